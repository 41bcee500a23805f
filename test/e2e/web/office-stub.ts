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
  /** Office.context.officeTheme (with `themeId` by name); none by default, as on hosts that report no theme. */
  theme?: StubTheme;
}

/** Office.context.officeTheme, with the theme id by name ("Black", "Colorful", "DarkGray", "White"). */
export interface StubTheme {
  themeId?: "Black" | "Colorful" | "DarkGray" | "White";
  isDarkTheme?: boolean;
  bodyBackgroundColor: string;
  bodyForegroundColor: string;
  controlBackgroundColor: string;
  controlForegroundColor: string;
}

/** Office's themes as a host reports them (colours of Microsoft 365 on Windows, approximately). */
export const OFFICE_THEMES: Record<"white" | "colorful" | "darkGray" | "black", StubTheme> = {
  white: {
    themeId: "White",
    isDarkTheme: false,
    bodyBackgroundColor: "#FFFFFF",
    bodyForegroundColor: "#262626",
    controlBackgroundColor: "#FFFFFF",
    controlForegroundColor: "#262626",
  },
  colorful: {
    themeId: "Colorful",
    isDarkTheme: false,
    bodyBackgroundColor: "#F3F3F3",
    bodyForegroundColor: "#262626",
    controlBackgroundColor: "#FFFFFF",
    controlForegroundColor: "#262626",
  },
  darkGray: {
    themeId: "DarkGray",
    isDarkTheme: true,
    bodyBackgroundColor: "#444444",
    bodyForegroundColor: "#FFFFFF",
    controlBackgroundColor: "#6A6A6A",
    controlForegroundColor: "#FFFFFF",
  },
  black: {
    themeId: "Black",
    isDarkTheme: true,
    bodyBackgroundColor: "#000000",
    bodyForegroundColor: "#FFFFFF",
    controlBackgroundColor: "#262626",
    controlForegroundColor: "#FFFFFF",
  },
};

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
  // Office.ThemeId is a numeric enum in Office.js's typings; the theme is reported with its value.
  const THEME_IDS: Record<string, number> = { Black: 0, Colorful: 1, DarkGray: 2, White: 3 };
  const reported = (t: StubTheme | undefined) => (t ? { ...t, themeId: t.themeId === undefined ? undefined : THEME_IDS[t.themeId] } : undefined);
  const themeHandlers: ((args: unknown) => void)[] = [];
  // The test changes the theme as a clerk would (File › Account › Office Theme): the host reports it with colours only.
  w.__dvhtSetTheme = (t: StubTheme) => {
    w.Office.context.officeTheme = reported(t);
    const { themeId: _id, isDarkTheme: _dark, ...colours } = t;
    for (const h of themeHandlers) h({ type: "officeThemeChanged", officeTheme: colours });
  };
  w.Office = {
    HostType: { Excel: "Excel" },
    ThemeId: THEME_IDS,
    EventType: { OfficeThemeChanged: "officeThemeChanged" },
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
    context: {
      displayLanguage: "vi-VN",
      requirements: { isSetSupported: (name: string, v: string) => name === "ExcelApi" && supported(v) },
      officeTheme: reported(options.theme),
      document: {
        addHandlerAsync(type: string, handler: (args: unknown) => void, cb?: (r: unknown) => void) {
          if (type === "officeThemeChanged") themeHandlers.push(handler);
          cb?.({ status: "succeeded" });
        },
      },
    },
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
