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

/**
 * Prints what each entry has the browser load, gzipped (gzip -9; KB of 1,024 bytes): its initial JS, each async
 * chunk it can load (webpack `import()`: name and size), and for an entry with a click (the ribbon's function
 * file: Đánh giá) what one click loads in all: the initial JS and every async chunk the entry can reach, except
 * those named as off the click's path (loaded only for something a click does not do). The goals are read by
 * people, not asserted: the function file's is for a click, the pane's for its initial JS.
 */
class BundleSizePlugin {
  /** @param {{ goals: Record<string, number>, clicks: Record<string, { what: string, offPath: string[] }> }} options */
  constructor(options) {
    this.options = options;
  }

  apply(compiler) {
    compiler.hooks.afterEmit.tap("BundleSizePlugin", (compilation) => {
      const { goals, clicks } = this.options;
      const outDir = compilation.outputOptions.path;
      const kb = (n) => (n / 1024).toFixed(1);
      const goal = (name) => (goals[name] ? ` (goal ≤ ${goals[name]} KB)` : "");
      const size = (files) => {
        let raw = 0;
        let gz = 0;
        for (const file of files) {
          if (!file.endsWith(".js")) continue;
          // Emitted assets are released from memory after emit: read what was written.
          const f = path.join(outDir, file);
          if (!fs.existsSync(f)) continue;
          const buf = fs.readFileSync(f);
          raw += buf.length;
          gz += zlib.gzipSync(buf, { level: 9 }).length;
        }
        return { raw, gz };
      };
      for (const [name, entry] of compilation.entrypoints) {
        const click = clicks[name];
        const initial = size(entry.getFiles());
        console.log(`bundle ${name}: ${kb(initial.raw)} KB, gzipped ${kb(initial.gz)} KB${click ? "" : goal(name)}`);
        const asyncChunks = new Map();
        for (const chunk of entry.chunks) for (const c of chunk.getAllAsyncChunks()) asyncChunks.set(c.name ?? String(c.id), c);
        const onClick = [];
        let clickGz = initial.gz;
        for (const [chunkName, c] of [...asyncChunks].sort(([a], [b]) => (a < b ? -1 : 1))) {
          const s = size(c.files);
          const off = click && click.offPath.includes(chunkName);
          console.log(
            `bundle ${name} › async chunk ${chunkName}: ${kb(s.raw)} KB, gzipped ${kb(s.gz)} KB${click && off ? ` (not on ${click.what}'s path)` : ""}`,
          );
          if (click && !off) {
            onClick.push(chunkName);
            clickGz += s.gz;
          }
        }
        if (!click) continue;
        for (const n of click.offPath) if (!asyncChunks.has(n)) console.log(`bundle ${name}: no async chunk "${n}" (named off ${click.what}'s path)`);
        const what = onClick.length ? `the initial file + ${onClick.join(" + ")}` : "the initial file, no async chunk";
        console.log(`bundle ${name} › ${click.what} loads: gzipped ${kb(clickGz)} KB (${what})${goal(name)}`);
      }
    });
  }
}

/** The ribbon's function file's layer (webpack `layer`): its modules compiled apart from the task pane's. */
const FUNCTION_FILE = "function-file";

function tsLoader(target, production) {
  return {
    loader: "ts-loader",
    options: { transpileOnly: true, compilerOptions: { module: "esnext", moduleResolution: "node", target, sourceMap: !production } },
  };
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
      // Its own layer: the function file's modules (the core's included) are compiled for it alone (below).
      commands: { import: "./src/commands/commands.ts", layer: FUNCTION_FILE },
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
        // Types are checked once by `tsc --noEmit`; ES modules here let webpack drop unused code.
        // The task pane: ES2017 output, for Excel 2019 on Windows may show add-ins in EdgeHTML, which lacks ?. and ??.
        { test: /\.tsx?$/, exclude: /node_modules/, issuerLayer: (layer) => layer !== FUNCTION_FILE, use: tsLoader("ES2017", production) },
        // The function file: ES2020. commands.html hands the click to its ES5 fallback on any engine without
        // ?., ??, object spread or \p{L} (EdgeHTML, Internet Explorer), so whatever runs this file has them.
        { test: /\.tsx?$/, exclude: /node_modules/, issuerLayer: FUNCTION_FILE, use: tsLoader("ES2020", production) },
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
      new BundleSizePlugin({
        goals: { commands: 60, taskpane: 250 },
        // The function file's goal is what a click on Đánh giá loads: its file and every async chunk it can
        // reach, but those named here, which a click does not load (none: it has no async chunk).
        clicks: { commands: { what: "a Đánh giá click", offPath: [] } },
      }),
    ],
    devServer: {
      port: 3000,
      server: devHttps(),
      headers: { "Access-Control-Allow-Origin": "*" },
      static: false,
    },
  };
};
