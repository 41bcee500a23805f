/**
 * Workbook file → grids, with SheetJS (the read half of the command line).
 *
 * SheetJS reads what Excel and LibreOffice open: .xlsx/.xlsm written by anyone (the .NET packaging
 * API's prefixes, absolute part names and byte-order marks, cells without `r`, lower-case references,
 * backslash zip paths, Excel 2007 beta shared strings, sheet parts with any name), and also .xls
 * (Excel 97–2003) and .ods (LibreOffice). exceljs refuses or damages several of these and silently
 * drops a sheet whose part has an unusual name, so the command line reads with SheetJS and keeps
 * exceljs for rendering the product's own sheets.
 *
 * The grids are the same as the exceljs reader's (grids.ts) and the Office.js adapter's: values from
 * A1, formula cells by their cached result, dates as Excel serials in the 1900 system, errors as
 * {error}, strings in NFC, only the top-left cell of a merged area carrying a value, number formats
 * beside the values, merges, visibility. Sheet names are reported exactly as the file spells them
 * (an NFD name stays NFD): links and messages must name a sheet that exists. Chart sheets and other
 * non-worksheets are not grids (Excel's worksheet collection leaves them out too); the writer keeps them.
 */
import * as XLSX from "@e965/xlsx";
import type { CellValue, Rect, SheetGrid, SheetVisibility, WorkbookGrids } from "../core";

/** Serial 0 of the 1904 date system is serial 1462 of the 1900 system. */
const DATE1904_OFFSET = 1462;

/** Error codes SheetJS keeps for the error values BIFF knows; newer ones (#SPILL! …) keep their text in `w`. */
const ERRORS: Record<number, string> = {
  0x00: "#NULL!",
  0x07: "#DIV/0!",
  0x0f: "#VALUE!",
  0x17: "#REF!",
  0x1d: "#NAME?",
  0x24: "#NUM!",
  0x2a: "#N/A",
  0x2b: "#GETTING_DATA",
};

export const SHEETJS_READ_OPTIONS: XLSX.ParsingOptions = {
  type: "buffer",
  dense: true,
  cellNF: true,
  cellDates: false,
  cellFormula: false,
  cellHTML: false,
  // Formatted text is needed only for error values Excel added after BIFF (#SPILL!, #CALC! …);
  // SheetJS drops their text otherwise.
  cellText: true,
  cellStyles: false,
  sheetStubs: false,
};

interface SheetJsCell {
  t: string;
  v?: unknown;
  w?: string;
  z?: string | number;
}

function visibilityOf(hidden: number | undefined): SheetVisibility {
  return hidden === 2 ? "veryHidden" : hidden === 1 ? "hidden" : "visible";
}

function cellValue(cell: SheetJsCell, date1904: boolean, format: string | null): CellValue {
  const v = cell.v;
  switch (cell.t) {
    case "s":
      return typeof v === "string" && v !== "" ? v.normalize("NFC") : null;
    case "n": {
      if (typeof v !== "number" || !Number.isFinite(v)) return null;
      // Office.js gives a 1904 workbook's serials as stored; exceljs (and so the core) sees dates in
      // the 1900 system. Dates are the only numbers whose meaning depends on it.
      return date1904 && format !== null && XLSX.SSF.is_date(format) ? v + DATE1904_OFFSET : v;
    }
    case "b":
      return v === true;
    case "e": {
      const text = typeof v === "number" ? ERRORS[v] : undefined;
      return { error: text ?? (typeof cell.w === "string" && cell.w.startsWith("#") ? cell.w : "#VALUE!") };
    }
    case "d":
      return v instanceof Date ? v.getTime() / 86400000 + 25569 : null;
    default:
      return null;
  }
}

function formatOf(cell: SheetJsCell): string | null {
  const z = cell.z;
  if (typeof z !== "string" || z === "" || z === "General") return null;
  return z;
}

/** One SheetJS worksheet → a grid. Only rows and cells that exist are visited (a whole-column range costs nothing). */
export function sheetGridFromSheetJs(name: string, ws: XLSX.WorkSheet, visibility: SheetVisibility, date1904: boolean): SheetGrid {
  const data = ((ws as unknown as { "!data"?: (SheetJsCell | undefined)[][] })["!data"] ?? []) as (SheetJsCell | undefined)[][];
  const values: CellValue[][] = [];
  const numberFormats: (string | null)[][] = [];
  for (let r = 0; r < data.length; r++) {
    const row = data[r];
    if (!row) continue;
    const vals: CellValue[] = [];
    const fmts: (string | null)[] = [];
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      if (!cell) continue;
      const f = formatOf(cell);
      const v = cellValue(cell, date1904, f);
      if (v === null) continue;
      while (vals.length < c) {
        vals.push(null);
        fmts.push(null);
      }
      vals[c] = v;
      fmts[c] = f;
    }
    if (vals.length === 0) continue;
    while (values.length < r) {
      values.push([]);
      numberFormats.push([]);
    }
    values[r] = vals;
    numberFormats[r] = fmts;
  }
  const merges: Rect[] = ((ws["!merges"] ?? []) as XLSX.Range[]).map((m) => ({
    top: Math.min(m.s.r, m.e.r),
    left: Math.min(m.s.c, m.e.c),
    bottom: Math.max(m.s.r, m.e.r),
    right: Math.max(m.s.c, m.e.c),
  }));
  merges.sort((x, y) => x.top - y.top || x.left - y.left);
  // Excel shows (and Office.js reads) a merged area's value in its top-left cell only, whatever a
  // writer left in the other cells. Only rows that hold data are visited.
  for (const m of merges) {
    for (let r = m.top; r <= Math.min(m.bottom, values.length - 1); r++) {
      const row = values[r];
      if (!row || row.length <= m.left) continue;
      for (let c = m.left; c <= Math.min(m.right, row.length - 1); c++) {
        if (r === m.top && c === m.left) continue;
        row[c] = null;
        numberFormats[r][c] = null;
      }
    }
  }
  trimRows(values, numberFormats);
  return { name, values, numberFormats, merges, visibility };
}

function trimRows(values: CellValue[][], numberFormats: (string | null)[][]): void {
  for (let r = 0; r < values.length; r++) {
    const row = values[r];
    const fmts = numberFormats[r];
    while (row.length > 0 && row[row.length - 1] === null) {
      row.pop();
      fmts.pop();
    }
  }
  while (values.length > 0 && values[values.length - 1].length === 0) {
    values.pop();
    numberFormats.pop();
  }
}

/** What a SheetJS read tells beyond the grids. */
export interface SheetJsBook {
  grids: WorkbookGrids;
  /** Every sheet of the file in tab order, worksheets and others (chart sheets, macro sheets), by its name in the file. */
  allSheets: { name: string; kind: "worksheet" | "chart" | "other" | "unreadable" }[];
  date1904: boolean;
}

/** Grids from a SheetJS workbook object. */
export function gridsFromSheetJs(wb: XLSX.WorkBook, only?: Set<string>): SheetJsBook {
  const date1904 = Boolean(wb.Workbook?.WBProps?.date1904);
  const meta = wb.Workbook?.Sheets ?? [];
  const sheets: SheetGrid[] = [];
  const allSheets: SheetJsBook["allSheets"] = [];
  wb.SheetNames.forEach((name, i) => {
    const ws = wb.Sheets[name];
    const type = (ws as { "!type"?: string } | undefined)?.["!type"];
    // A sheet the workbook lists but whose part SheetJS could not find or parse is reported, never skipped.
    if (only && !only.has(name)) {
      // Not asked for (the guard reads only the clerk's sheets): listed, not parsed.
      allSheets.push({ name, kind: "other" });
      return;
    }
    const kind = !ws ? "unreadable" : type === "chart" ? "chart" : type === undefined || type === "sheet" ? "worksheet" : "other";
    allSheets.push({ name, kind });
    if (!ws || kind !== "worksheet") return;
    sheets.push(sheetGridFromSheetJs(name, ws, visibilityOf(meta[i]?.Hidden), date1904));
  });
  return { grids: { sheets }, allSheets, date1904 };
}

/**
 * Runs a SheetJS call with the console silenced: SheetJS reports oddities it meets ("ODS number format
 * may be incorrect", "Could not parse defined name" …) on the console, in English, where a clerk would
 * read them. What matters is reported by its result or its exception instead.
 */
export function quietly<T>(f: () => T): T {
  const saved = { log: console.log, warn: console.warn, error: console.error, info: console.info };
  const mute = () => undefined;
  console.log = console.warn = console.error = console.info = mute;
  try {
    return f();
  } finally {
    Object.assign(console, saved);
  }
}

/** Reads a workbook from its bytes (any format SheetJS knows; the caller has checked what the bytes are). */
export function readWithSheetJs(bytes: Buffer, only?: Set<string>): SheetJsBook {
  const options = only ? { ...SHEETJS_READ_OPTIONS, sheets: [...only] } : SHEETJS_READ_OPTIONS;
  return gridsFromSheetJs(
    quietly(() => XLSX.read(bytes, options)),
    only,
  );
}
