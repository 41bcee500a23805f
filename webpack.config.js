// Builds the Excel add-in: the task pane (React + Fluent UI) and the ribbon's function file (no
// React). One setting decides where the add-in is served from: package.json › config.addinUrl. The
// manifest in the repository uses the development server (https://localhost:3000); a production build
// writes dist/manifest.xml with every URL under config.addinUrl (scripts/manifest.js).
"use strict";
const fs = require("fs");
const os = require("os");
const path = require("path");
const zlib = require("zlib");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { DEV_URL, addinUrl, productionManifest } = require("./scripts/manifest");

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
  if (process.env.DVHT_BASE_URL) {
    // An older way to name the host: refuse it rather than build a manifest for another address than intended.
    throw new Error("DVHT_BASE_URL is no longer read: set package.json › config.addinUrl (the one setting; see README, Cài đặt cho trường).");
  }
  const baseUrl = production ? addinUrl() : DEV_URL;
  if (production) console.log(`dist/manifest.xml: every URL under ${baseUrl} (package.json › config.addinUrl)`);
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
          // The core is pure: importing one of its modules does nothing but define it. Said to webpack, an
          // import through the core's entry links to the module that defines the name, so a chunk loaded on
          // demand (the pane's file writer) shares only the few core modules it uses, and the rest of the
          // core stays concatenated (smaller) in the bundles that load it.
          test: /[\\/]src[\\/]core[\\/]/,
          sideEffects: false,
        },
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
            // AppDomains take the origin; every other URL the full address.
            transform: (content) => (production ? productionManifest(content.toString(), baseUrl) : content),
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
