/**
 * The browser test's Office: the in-memory Excel (test/fakes/excel.ts, transpiled as is) behind
 * a fake `Office`/`Excel` pair, injected into the page before its scripts run. The real office.js
 * URL is routed to an empty script, so nothing is fetched from the network.
 */
import * as fs from "fs";
import * as path from "path";
import ts from "typescript";
import type { WorkbookGrids } from "../../../src/core/grid";

export const OFFICE_JS_URL = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

export interface StubOptions {
  /** Highest ExcelApi version the fake host supports ("1.17" by default; "1.4" for an old Excel). */
  maxApi?: string;
  /** Office.onReady never fires (the 10-second message). */
  neverReady?: boolean;
}

function transpile(file: string): string {
  const src = fs.readFileSync(file, "utf8");
  return ts.transpileModule(src, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020 } }).outputText;
}

/** Runs in the page (serialised with toString): builds Office and Excel over the fake workbook. */
function install(fake: Record<string, any>, grids: WorkbookGrids, options: StubOptions): void {
  const w = window as any;
  const wb = fake.FakeWorkbook.fromGrids(grids);
  const max = (options.maxApi ?? "1.17").split(".").map(Number);
  const supported = (v: string) => {
    const [a, b] = v.split(".").map(Number);
    return a < max[0] || (a === max[0] && (b || 0) <= max[1]);
  };
  w.__dvhtWorkbook = wb;
  w.Office = {
    HostType: { Excel: "Excel" },
    PlatformType: { OfficeOnline: "OfficeOnline" },
    onReady(cb?: (info: unknown) => void) {
      const info = { host: "Excel", platform: "OfficeOnline" };
      if (options.neverReady) return new Promise(() => undefined);
      return new Promise((resolve) =>
        setTimeout(() => {
          cb?.(info);
          resolve(info);
        }, 0),
      );
    },
    context: { displayLanguage: "vi-VN", requirements: { isSetSupported: (name: string, v: string) => name === "ExcelApi" && supported(v) } },
    actions: { associate() {} },
  };
  w.Excel = fake.fakeExcelNamespace(wb);
}

/** The script for page.addInitScript. */
export function initScript(grids: WorkbookGrids, options: StubOptions = {}): string {
  const fakeJs = transpile(path.join(__dirname, "../../fakes/excel.ts"));
  return [
    "(function () {",
    "var exports = {}; var module = { exports: exports };",
    fakeJs,
    `var install = ${install.toString()};`,
    `install(exports, ${JSON.stringify(grids)}, ${JSON.stringify(options)});`,
    "})();",
  ].join("\n");
}
