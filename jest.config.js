// Two tiers of tests (README, "Development"):
// - fast (`npm test`): Node only, plus xmllint for the manifest; no browser, no LibreOffice, no prior build.
// - slow: what needs a production build (dist/), Chromium, LibreOffice or `npm pack`, and two long suites. `npm run test:ci`
//   builds first and runs both; `npx jest <file>` runs any one file of either tier.
"use strict";

/** The suites of the slow tier (every other test file is fast). */
const SLOW = [
  "**/test/e2e/**/*.test.ts",
  "**/test/package/pack.test.ts",
  "**/test/manifest/built.test.ts",
  // LibreOffice makes the .xls and .ods of the sample; the real-world workbooks run only when DVHT_REALWORLD_DIR is set.
  "**/test/cli/libreoffice.test.ts",
  "**/test/realworld/*.test.ts",
  // Large or long: 30,000 members through the in-memory Excel, and one school's whole year end to end.
  "**/test/excel/port-large.test.ts",
  "**/test/cli/year-walk.test.ts",
];

/** swc for TypeScript (tsx: also JSX, React 17+ runtime as in tsconfig.json's "react-jsx"). */
const swc = (tsx) => [
  "@swc/jest",
  { jsc: { target: "es2022", parser: { syntax: "typescript", tsx }, transform: { react: { runtime: "automatic" } } }, module: { type: "commonjs" } },
];

const common = {
  rootDir: __dirname,
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  // Types are checked once by `npm run typecheck`, not per test file: swc only strips them (isolatedModules
  // in tsconfig.json guarantees that this is safe), several times faster than ts-jest on a cold cache.
  transform: { "^.+\\.ts$": swc(false), "^.+\\.tsx$": swc(true) },
};

/** @type {import('jest').Config} */
module.exports = {
  testTimeout: 60000,
  // Jest's default is one worker fewer than the cores: on a 2-core machine a single worker. The CLI tests
  // spend their time in child processes, so two workers keep both cores busy.
  maxWorkers: 2,
  projects: [
    { ...common, displayName: "fast", testMatch: ["**/*.test.ts", "**/*.test.tsx", ...SLOW.map((g) => `!${g}`)] },
    { ...common, displayName: "slow", testMatch: SLOW },
  ],
};
