/**
 * The architecture is enforced by the linter (eslint.config.mjs), not hoped for: each rule of
 * docs/ARCHITECTURE.md is tried here with a file that breaks it, linted as if it sat at that path.
 */
import { spawnSync } from "child_process";
import * as path from "path";

const ROOT = path.join(__dirname, "../..");

type Case = [name: string, file: string, source: string, expected: RegExp];

/** Lints every case in one Node process (ESLint's API; the flat config is an ES module, which jest's sandbox cannot load). */
function lintAll(cases: { file: string; source: string }[]): string[][] {
  const script = `
    const { ESLint } = require("eslint");
    (async () => {
      const eslint = new ESLint({ cwd: process.cwd() });
      const cases = JSON.parse(require("fs").readFileSync(0, "utf8"));
      const out = [];
      for (const c of cases) {
        const [r] = await eslint.lintText(c.source, { filePath: c.file });
        out.push(r.messages.map((m) => m.ruleId + ": " + m.message));
      }
      process.stdout.write(JSON.stringify(out));
    })();`;
  const r = spawnSync(process.execPath, ["-e", script], { cwd: ROOT, input: JSON.stringify(cases), encoding: "utf8" });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout) as string[][];
}

const CASES: Case[] = [
  ["documents never import read", "src/core/documents/x.ts", 'import { show } from "../read/values";\nexport const y = show;\n', /never import read/],
  [
    "a dossier document never imports read either",
    "src/core/documents/dossier/x.ts",
    'import { show } from "../../read/values";\nexport const y = show;\n',
    /never import read/,
  ],
  ["read never imports evaluate", "src/core/read/x.ts", 'import { evaluate } from "../evaluate";\nexport const y = evaluate;\n', /must not import/],
  [
    "evaluate never imports documents",
    "src/core/evaluate/x.ts",
    'import { SHEET_NAMES } from "../documents/names";\nexport const y = SHEET_NAMES;\n',
    /must not import/,
  ],
  [
    "the shared vocabulary never imports the reader",
    "src/core/workbook/x.ts",
    'import { readWorkbook } from "../read";\nexport const y = readWorkbook;\n',
    /must not import/,
  ],
  [
    "the catalog of messages imports nothing above it",
    "src/core/messages/x.ts",
    'import { SHEET_NAMES } from "../workbook/sheets";\nexport const y = SHEET_NAMES;\n',
    /must not import/,
  ],
  ["the core has no clock", "src/core/read/x.ts", "export const y = Date.now();\n", /no clock/],
  ["the core has no Node modules", "src/core/text/x.ts", 'import * as fs from "fs";\nexport const y = fs;\n', /pure/],
  ["adapters use the core's entry only", "src/xlsx/x.ts", 'import { run } from "../core/run";\nexport const y = run;\n', /public entry/],
  [
    "adapters never import each other",
    "src/xlsx/x.ts",
    'import { ExcelPort } from "../excel/port";\nexport const y = ExcelPort;\n',
    /never imports the Office\.js adapter/,
  ],
  [
    "the Office.js adapter never imports the exceljs one",
    "src/excel/x.ts",
    'import { XlsxPort } from "../xlsx/port";\nexport const y = XlsxPort;\n',
    /never imports the exceljs adapter/,
  ],
  ["commands never import React", "src/commands/x.ts", 'import * as React from "react";\nexport const y = React;\n', /never imports React/],
  [
    "the pane never imports the ribbon's function file",
    "src/taskpane/x.ts",
    'import { y as z } from "../commands/ribbon";\nexport const y = z;\n',
    /never the ribbon/,
  ],
  [
    "the pane never loads the exceljs adapter, not even on demand",
    "src/taskpane/x.ts",
    'export const y = () => import("../xlsx/open");\n',
    /only in workbookFile\.ts/,
  ],
  [
    "the pane's file writer loads the writer and nothing else of src/xlsx",
    "src/taskpane/workbookFile.ts",
    'export const y = () => import("../xlsx/open");\n',
    /nothing else/,
  ],
  [
    "the pane's file writer never imports src/xlsx statically (it would land in the pane's first download)",
    "src/taskpane/workbookFile.ts",
    'import { freshWorkbookBytes } from "../xlsx/book-file";\nexport const y = freshWorkbookBytes;\n',
    /Office\.js adapter only/,
  ],
];
const CLEAN = { file: "src/xlsx/x.ts", source: 'import { run } from "../core";\nexport const y = run;\n' };

let results: string[][];
beforeAll(() => {
  results = lintAll([...CASES.map(([, file, source]) => ({ file, source })), CLEAN]);
});

test.each(CASES.map((c, i) => [...c, i] as const))("%s", (_name, _file, _source, expected, i) => {
  expect(results[i].some((m) => expected.test(m))).toBe(true);
});

test("a file that keeps the rules lints clean", () => {
  expect(results[CASES.length]).toEqual([]);
});
