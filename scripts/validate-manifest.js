#!/usr/bin/env node
// `npm run validate`: the manifest, offline. The repository's manifest.xml against Microsoft's XSDs
// (xmllint --nonet); then, when `npm run build` has written it, dist/manifest.xml against the XSDs and
// against what the schema cannot see (scripts/manifest.js): no localhost, every URL under
// package.json › config.addinUrl, every referenced file present in dist/, icons at their declared sizes.
"use strict";
const fs = require("fs");
const path = require("path");
const { ROOT, addinUrl, schemaProblems, builtProblems } = require("./manifest");

const source = path.join(ROOT, "manifest.xml");
const built = path.join(ROOT, "dist", "manifest.xml");
const problems = schemaProblems(source).map((p) => `manifest.xml: ${p}`);
if (fs.existsSync(built)) {
  problems.push(...schemaProblems(built).map((p) => `dist/manifest.xml: ${p}`));
  problems.push(...builtProblems(fs.readFileSync(built, "utf8"), path.dirname(built), addinUrl()).map((p) => `dist/manifest.xml: ${p}`));
} else {
  console.log("dist/manifest.xml is not built (npm run build): only manifest.xml is checked.");
}
if (problems.length > 0) {
  for (const p of problems) console.error(`✗ ${p}`);
  process.exit(1);
}
console.log(fs.existsSync(built) ? `✓ manifest.xml and dist/manifest.xml (for ${addinUrl()}) are valid` : "✓ manifest.xml is valid");
