#!/usr/bin/env node
// Thin launcher: runs the TypeScript CLI through tsx's require hook, so `npx dvht` works right
// after `npm ci` with no separate build step.
"use strict";
require("tsx/cjs");
require("../src/cli/main.ts")
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
