#!/usr/bin/env node
// The `dvht` command. The installed package runs the compiled CLI in lib/ (built by `npm run build:cli`,
// and by `npm pack` through prepack): no TypeScript is compiled at start.
// In a clone of the repository (src/ is beside lib/), lib/ may be missing (right after `npm ci`) or older
// than the sources (after an edit): then the sources are run through tsx, a dev dependency, so that
// `npx dvht` and the tests always run the code as it is now. `npm run build:cli` makes the fast path current.
"use strict";
const fs = require("fs");
const path = require("path");

const root = path.join(__dirname, "..");
const lib = path.join(root, "lib", "cli", "main.js");
const src = path.join(root, "src", "cli", "main.ts");

/** The newest modification time under dir, in ms (a clone has a few hundred files: about a millisecond). */
function newest(dir) {
  let t = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : fs.statSync(p).mtimeMs);
  }
  return t;
}

function entry() {
  if (!fs.existsSync(src)) return lib; // the installed package ships no sources
  const built = fs.existsSync(lib) ? fs.statSync(lib).mtimeMs : -1;
  if (built >= newest(path.join(root, "src"))) return lib;
  try {
    require("tsx/cjs");
    return src;
  } catch {
    if (built >= 0) return lib; // installed without dev dependencies: the last build is all there is
    console.error("dvht: chưa biên dịch dòng lệnh. Chạy: npm run build:cli (hoặc npm ci để có đủ công cụ phát triển).");
    process.exit(1);
  }
}

require(entry())
  .main(process.argv.slice(2))
  .then(
    (code) => {
      process.exitCode = code;
    },
    (err) => {
      console.error(err && err.stack ? err.stack : err);
      process.exitCode = 1;
    },
  );
