// Builds the Excel add-in: the task pane (React + Fluent UI) and the ribbon's function file (no
// React). One setting decides the URLs: the manifest in the repository uses the development server
// (DEV_URL); a production build writes dist/manifest.xml with DVHT_BASE_URL in its place.
"use strict";
const fs = require("fs");
const os = require("os");
const path = require("path");
const zlib = require("zlib");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

const DEV_URL = "https://localhost:3000";
// The host the production add-in is served from (no trailing slash); override with DVHT_BASE_URL.
const PROD_URL = (process.env.DVHT_BASE_URL || "https://dvht.github.io/dvht").replace(/\/+$/, "");

/** Prints the gzipped size of each entry's initial JS: the goals are read by people, not asserted. */
class BundleSizePlugin {
  apply(compiler) {
    compiler.hooks.afterEmit.tap("BundleSizePlugin", (compilation) => {
      const outDir = compilation.outputOptions.path;
      const goals = { commands: 60, taskpane: 250 };
      for (const [name, entry] of compilation.entrypoints) {
        let raw = 0;
        let gz = 0;
        for (const file of entry.getFiles()) {
          if (!file.endsWith(".js")) continue;
          // Emitted assets are released from memory after emit: read what was written.
          const f = path.join(outDir, file);
          if (!fs.existsSync(f)) continue;
          const buf = fs.readFileSync(f);
          raw += buf.length;
          gz += zlib.gzipSync(buf, { level: 9 }).length;
        }
        const kb = (n) => (n / 1024).toFixed(1);
        const goal = goals[name] ? ` (goal ≤ ${goals[name]} KB)` : "";
        console.log(`bundle ${name}: ${kb(raw)} KB, gzipped ${kb(gz)} KB${goal}`);
      }
    });
  }
}

/** Dev certificates of office-addin-dev-certs, when present (only the dev server needs them). */
function devHttps() {
  const dir = path.join(os.homedir(), ".office-addin-dev-certs");
  const f = (n) => path.join(dir, n);
  if (fs.existsSync(f("localhost.crt"))) {
    return {
      type: "https",
      options: { key: fs.readFileSync(f("localhost.key")), cert: fs.readFileSync(f("localhost.crt")), ca: fs.readFileSync(f("ca.crt")) },
    };
  }
  return { type: "https" }; // webpack-dev-server makes a self-signed certificate
}

module.exports = (_env, argv) => {
  const production = argv.mode === "production";
  const baseUrl = production ? PROD_URL : DEV_URL;
  if (production && !process.env.DVHT_BASE_URL) {
    console.log(`dist/manifest.xml points at ${PROD_URL} (default); set DVHT_BASE_URL to the host that serves dist/ before deploying.`);
  }
  return {
    mode: production ? "production" : "development",
    devtool: production ? false : "source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].[contenthash:8].js",
      chunkFilename: "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js", ".json"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            // Types are checked once by `tsc --noEmit`; ES modules here let webpack drop unused code.
            // ES2017 output: Excel 2019 on Windows may show add-ins in EdgeHTML, which lacks ?. and ??.
            options: { transpileOnly: true, compilerOptions: { module: "esnext", moduleResolution: "node", target: "ES2017", sourceMap: !production } },
          },
        },
      ],
    },
    performance: { hints: false }, // sizes are printed by BundleSizePlugin against our own goals
    optimization: { splitChunks: false },
    plugins: [
      new HtmlWebpackPlugin({ filename: "taskpane.html", template: "./src/taskpane/taskpane.html", chunks: ["taskpane"] }),
      new HtmlWebpackPlugin({ filename: "commands.html", template: "./src/commands/commands.html", chunks: ["commands"] }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/icon-*.png", to: "assets/[name][ext]" },
          { from: "src/taskpane/help.html", to: "help.html" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            // AppDomains take an origin; every other URL takes the full base.
            transform: (content) =>
              content
                .toString()
                .split(`<AppDomain>${DEV_URL}</AppDomain>`)
                .join(`<AppDomain>${new URL(baseUrl).origin}</AppDomain>`)
                .split(DEV_URL)
                .join(baseUrl),
          },
        ],
      }),
      new BundleSizePlugin(),
    ],
    devServer: {
      port: 3000,
      server: devHttps(),
      headers: { "Access-Control-Allow-Origin": "*" },
      static: false,
    },
  };
};

module.exports.DEV_URL = DEV_URL;
module.exports.PROD_URL = PROD_URL;
