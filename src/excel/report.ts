/**
 * A short text report on a sheet of its own: what the ribbon's Đánh giá button writes when the
 * evaluation could not finish (a function command has no other way to speak to the clerk).
 * ExcelApi 1.1 calls only: it must also work on the Excel that is too old for the rest.
 */
import type { PlanValue } from "../core";

/** Where the report goes: the product's own sheet when known, else `name`, else `fallback` if the clerk has a `name` sheet. */
export interface ReportTarget {
  /** The product's sheet of that role (from the registry), when the run got that far. */
  owned?: string;
  name: string;
  fallback: string;
}

const lower = (s: string) => s.normalize("NFC").toLowerCase();

/**
 * Two columns (label, text), at most 10 rows; every cell is text ("@"), since messages may start with
 * a quote or a sign. Returns the sheet's name.
 */
export async function writeReport(ctx: Excel.RequestContext, rows: [PlanValue, PlanValue][], target: ReportTarget): Promise<string> {
  const sheets = ctx.workbook.worksheets;
  sheets.load("items/name");
  await ctx.sync();
  const names = sheets.items.map((s) => lower(s.name));
  const name = target.owned ?? (names.includes(lower(target.name)) ? target.fallback : target.name);
  const ws = names.includes(lower(name)) ? sheets.getItem(name) : sheets.add(name);
  const cells = rows.slice(0, 10);
  ws.getRange("A1:B10").clear();
  const range = ws.getRange(`A1:B${cells.length}`);
  range.numberFormat = cells.map((r) => r.map(() => "@"));
  range.values = cells as unknown[][];
  ws.getRange("A1").format.font.bold = true;
  ws.getRange("A:A").format.columnWidth = 90;
  ws.getRange("B:B").format.columnWidth = 520;
  ws.getRange(`B1:B${cells.length}`).format.wrapText = true;
  ws.activate();
  await ctx.sync();
  return name;
}
