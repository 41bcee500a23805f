/**
 * What the ribbon's Đánh giá button does, without the Office globals (so jest can run it on the
 * fake): read the workbook, run the core, write the plan (which activates "Biểu điểm", or
 * "Kiểm tra" when there are errors). Function commands have no way to show a message, so every
 * failure is written into the workbook, on a "Kiểm tra" sheet, and that sheet is shown.
 */
import type { PlanValue } from "../core";
import { run, type RunOutcome } from "../core";
import { ExcelPortError, officeCode, translateExcelError } from "../excel/errors";
import { OfficePort, type ExcelRunner } from "../excel/port";
import { meetsMinimum, type ApiSupport } from "../excel/support";

export interface RibbonDeps {
  run: ExcelRunner;
  support: ApiSupport;
  /** Today as an Excel serial (the core never reads the clock). */
  today: number;
}

export type RibbonOutcome = "ok" | "errors" | "failed";

export async function evaluateFromRibbon(deps: RibbonDeps): Promise<RibbonOutcome> {
  if (!meetsMinimum(deps.support)) {
    await reportFailure(deps.run, new ExcelPortError("oldExcel"));
    return "failed";
  }
  const port = new OfficePort({ run: deps.run, support: deps.support });
  let outcome: RunOutcome | undefined;
  try {
    const grids = await port.read();
    outcome = run(grids, { today: deps.today });
    await port.write(outcome.plan);
    return outcome.fatal || outcome.issues.some((i) => i.severity === "error") ? "errors" : "ok";
  } catch (e) {
    const err = e instanceof ExcelPortError ? e : translateExcelError(e);
    await reportFailure(deps.run, err, outcome?.names["kiem-tra"]);
    return "failed";
  }
}

const REPORT_SHEET = "Kiểm tra";
const FALLBACK_SHEET = "Kiểm tra (dvht)";

/**
 * Writes the failure on a report sheet with ExcelApi 1.1 calls only (it must work on the Excel that
 * is too old for the rest). Uses the core's Kiểm tra sheet when known; otherwise "Kiểm tra" if no
 * such sheet exists, else "Kiểm tra (dvht)" — never a clerk's sheet of the same name.
 */
export async function reportFailure(runner: ExcelRunner, err: ExcelPortError, ownedName?: string): Promise<void> {
  const rows: PlanValue[][] = [
    ["KIỂM TRA: ĐÁNH GIÁ CHƯA CHẠY XONG", ""],
    ["Vấn đề", err.message],
    ["Cách xử lý", err.fix],
    ["Mã lỗi", err.officeCode ?? err.problem],
  ];
  try {
    await runner(async (ctx) => {
      const sheets = ctx.workbook.worksheets;
      sheets.load("items/name");
      await ctx.sync();
      const names = sheets.items.map((s) => s.name.normalize("NFC").toLowerCase());
      const name = ownedName ?? (names.includes(REPORT_SHEET.toLowerCase()) ? FALLBACK_SHEET : REPORT_SHEET);
      const ws = names.includes(name.toLowerCase()) ? sheets.getItem(name) : sheets.add(name);
      ws.getRange("A1:B10").clear();
      const range = ws.getRange("A1:B4");
      // Messages quote sheet names and may start with a quote; "@" keeps every cell text.
      range.numberFormat = rows.map((r) => r.map(() => "@"));
      range.values = rows as unknown[][];
      ws.getRange("A1").format.font.bold = true;
      ws.getRange("A:A").format.columnWidth = 90;
      ws.getRange("B:B").format.columnWidth = 520;
      ws.getRange("B1:B4").format.wrapText = true;
      ws.activate();
      await ctx.sync();
    });
  } catch (e) {
    // Nothing more can be done from a function command (no UI); the pane shows the same errors.
    // Logged for the developer console only.
    console.error("dvht: could not write the failure report", officeCode(e), e);
  }
}
