/**
 * exceljs workbook → grids (the read half of the exceljs adapter).
 *
 * The grids must look exactly like what the Office.js adapter reads from Excel, so that a test on an
 * .xlsx file tests what the clerk gets in Excel: values from A1, formula cells by their cached result,
 * dates as Excel serial numbers (never Date objects), error values as {error}, strings in NFC, and only
 * the top-left cell of a merged area carrying the value (Excel's Range.values does the same). Sheet
 * names are reported as the file spells them, as Excel does.
 */
import ExcelJS from "exceljs";
import type { CellValue, Rect, SheetGrid, SheetVisibility, WorkbookGrids } from "../core";

const DAY_MS = 86400000;
// Serial 25569 is 1970-01-01 in Excel's 1900 date system.
const UNIX_EPOCH_SERIAL = 25569;

/**
 * exceljs turns date-formatted numbers into Date objects whose UTC fields are the Excel date and time
 * (it reads serials as UTC), so the serial comes back from the UTC timestamp, independent of the
 * machine's time zone. Rounded to the millisecond to drop float noise from the division.
 */
export function dateToSerial(d: Date): number {
  const serial = d.getTime() / DAY_MS + UNIX_EPOCH_SERIAL;
  return Math.round(serial * DAY_MS) / DAY_MS;
}

function richTextToString(rt: { richText: { text: string }[] }): string {
  return rt.richText.map((r) => r.text ?? "").join("");
}

/** One exceljs cell value (or a formula's result) → a grid value. */
export function toCellValue(v: unknown): CellValue {
  if (v === null || v === undefined) return null;
  // An empty string is an empty cell, as Excel (and the Office.js adapter) reports it.
  if (typeof v === "string") return v === "" ? null : v.normalize("NFC");
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  if (typeof v === "boolean") return v;
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : dateToSerial(v);
  if (typeof v === "object") {
    const o = v as Record<string, unknown>;
    if (typeof o.error === "string") return { error: o.error };
    if (Array.isArray(o.richText)) return richTextToString(o as { richText: { text: string }[] }).normalize("NFC");
    // Hyperlink cells: {text, hyperlink}; the text may itself be rich text.
    if ("hyperlink" in o && "text" in o) return toCellValue(o.text);
    // Formula cells (plain, shared, array): the cached result, as Excel shows it.
    if ("formula" in o || "sharedFormula" in o || "result" in o) return toCellValue(o.result);
    if ("text" in o) return toCellValue(o.text);
  }
  return String(v).normalize("NFC");
}

function visibilityOf(ws: ExcelJS.Worksheet): SheetVisibility {
  const s = ws.state as string;
  return s === "hidden" ? "hidden" : s === "veryHidden" ? "veryHidden" : "visible";
}

/**
 * Merged areas, 0-based. Read from the worksheet's merge table rather than `worksheet.model`:
 * the model getter serialises every row, which costs more than the whole read on a large sheet.
 */
export function mergesOf(ws: ExcelJS.Worksheet): Rect[] {
  const table = (ws as unknown as { _merges?: Record<string, { model: { top: number; left: number; bottom: number; right: number } }> })._merges;
  const out: Rect[] = [];
  if (table) {
    for (const m of Object.values(table)) {
      if (!m) continue;
      const { top, left, bottom, right } = m.model;
      out.push({ top: top - 1, left: left - 1, bottom: bottom - 1, right: right - 1 });
    }
  } else {
    for (const ref of (ws.model as unknown as { merges?: string[] }).merges ?? []) {
      const [a, b] = ref.split(":");
      const p = decode(a);
      const q = decode(b ?? a);
      out.push({ top: Math.min(p.row, q.row), left: Math.min(p.col, q.col), bottom: Math.max(p.row, q.row), right: Math.max(p.col, q.col) });
    }
  }
  out.sort((x, y) => x.top - y.top || x.left - y.left);
  return out;
}

function decode(ref: string): { row: number; col: number } {
  const m = /^\$?([A-Z]+)\$?(\d+)$/i.exec(ref)!;
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

export function sheetGrid(ws: ExcelJS.Worksheet): SheetGrid {
  const values: CellValue[][] = [];
  const numberFormats: (string | null)[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const r = rowNumber - 1;
    const vals: CellValue[] = [];
    const fmts: (string | null)[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      const c = colNumber - 1;
      // A merged area's other cells report the top-left value in exceljs; Excel reports them empty.
      const v = cell.type === ExcelJS.ValueType.Merge ? null : toCellValue(cell.value);
      const f = cell.numFmt && cell.numFmt !== "General" ? cell.numFmt : null;
      if (v === null && f === null) return;
      while (vals.length < c) {
        vals.push(null);
        fmts.push(null);
      }
      vals[c] = v;
      fmts[c] = f;
    });
    while (vals.length > 0 && vals[vals.length - 1] === null && fmts[fmts.length - 1] === null) {
      vals.pop();
      fmts.pop();
    }
    if (vals.length === 0) return;
    while (values.length < r) {
      values.push([]);
      numberFormats.push([]);
    }
    values[r] = vals;
    numberFormats[r] = fmts;
  });
  // The name exactly as the file spells it (NFD stays NFD): links and messages must name a sheet that exists.
  return { name: ws.name, values, numberFormats, merges: mergesOf(ws), visibility: visibilityOf(ws) };
}

/** Every sheet of the workbook, in tab order. */
export function gridsFromWorkbook(wb: ExcelJS.Workbook): WorkbookGrids {
  return { sheets: wb.worksheets.map(sheetGrid) };
}
