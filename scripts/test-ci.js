#!/usr/bin/env node
// The README's test command (`npm run test:ci`, the full tier): typecheck, lint, format, the production
// build of the add-in and of the CLI, then every jest suite of both tiers (jest.config.js: the fast one,
// and the slow one that needs the build, Chromium, LibreOffice and `npm pack`); then the closing line CI
// reads, "N passed, N failed" (jest's own summary is not read by CI).
"use strict";
const { spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");

const root = path.resolve(__dirname, "..");
const sh = (cmd, args) => spawnSync(cmd, args, { cwd: root, stdio: "inherit", env: process.env }).status;

let passed = 0;
let failed = 0;
const step = (name, status) => {
  if (status === 0) passed++;
  else {
    failed++;
    console.error(`✗ ${name} failed (exit ${status})`);
  }
};

step("typecheck", sh("npx", ["tsc", "-p", "tsconfig.json", "--noEmit"]));
// The core compiled alone, without DOM, Node or Office types: purity as a rule, not a habit.
step("typecheck the pure core", sh("npx", ["tsc", "-p", "src/core/tsconfig.json"]));
// Lint encodes the architecture (import rules) and Office's own rules; prettier checks the format.
step("lint", sh("npx", ["eslint", "."]));
step("format", sh("npx", ["prettier", "--check", "."]));
if (fs.existsSync(path.join(root, "webpack.config.js"))) step("build", sh("npx", ["webpack", "--mode", "production"]));
// The CLI as shipped (lib/): from here on the CLI tests run the compiled code that the package carries.
step("build the CLI", sh("npx", ["tsc", "-p", "tsconfig.cli.json"]));

const out = path.join(root, ".test-output", "jest.json");
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.rmSync(out, { force: true });
sh("npx", ["jest", "--ci", "--json", `--outputFile=${out}`]);
if (fs.existsSync(out)) {
  const r = JSON.parse(fs.readFileSync(out, "utf8"));
  passed += r.numPassedTests;
  failed += r.numFailedTests + r.numRuntimeErrorTestSuites;
  if (r.numTotalTests === 0) failed++;
} else {
  failed++;
  console.error("✗ jest wrote no results");
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
