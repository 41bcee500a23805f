/**
 * Grids: what an adapter reads from a workbook, before any meaning is attached.
 * Coordinates are 0-based and every grid starts at A1 (row 0 = Excel row 1), so a cell
 * address can always be derived without knowing where the used range began.
 */

/** An Excel error value (#N/A, #REF! …) read from a cell. */
export interface CellError {
  error: string;
}

/** A cell's value as read. Dates arrive as Excel serial numbers (never JS Date objects). */
export type CellValue = string | number | boolean | null | CellError;

export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export type SheetVisibility = "visible" | "hidden" | "veryHidden";

export interface SheetGrid {
  name: string;
  /** Row-major values from A1. Rows may have different lengths; missing cells are null. */
  values: CellValue[][];
  /** Number formats, same shape as values where known (used to tell dates from numbers). */
  numberFormats?: (string | null)[][];
  /** Merged areas (0-based, inclusive). */
  merges?: Rect[];
  visibility?: SheetVisibility;
}

export interface WorkbookGrids {
  sheets: SheetGrid[];
}

export function isCellError(v: unknown): v is CellError {
  return typeof v === "object" && v !== null && typeof (v as CellError).error === "string";
}

/** 0 → "A", 25 → "Z", 26 → "AA". */
export function columnLetter(col: number): string {
  let s = "";
  let n = col + 1;
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** "AB" → 27 (0-based). */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** (row 0, col 0) → "A1". */
export function a1(row: number, col: number): string {
  return `${columnLetter(col)}${row + 1}`;
}

export function rectA1(r: Rect): string {
  return r.top === r.bottom && r.left === r.right ? a1(r.top, r.left) : `${a1(r.top, r.left)}:${a1(r.bottom, r.right)}`;
}

/** "$G$4:$G$26": a range that does not move when a formula referring to it is copied. */
export function absRectA1(r: Rect): string {
  return `$${columnLetter(r.left)}$${r.top + 1}:$${columnLetter(r.right)}$${r.bottom + 1}`;
}

/** "B3" → {row: 2, col: 1}; "B3:D9" → Rect. */
export function parseA1(ref: string): { row: number; col: number } {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(ref.trim());
  if (!m) throw new Error(`Not an A1 cell reference: ${ref}`);
  return { row: Number(m[2]) - 1, col: columnIndex(m[1]) };
}

export function parseRect(ref: string): Rect {
  const [a, b] = ref.split(":");
  const p = parseA1(a);
  const q = b ? parseA1(b) : p;
  return { top: Math.min(p.row, q.row), left: Math.min(p.col, q.col), bottom: Math.max(p.row, q.row), right: Math.max(p.col, q.col) };
}

/** "'Kết quả'!$A$1:$B$34" → the sheet and the rectangle; null for anything else (several areas, another book). */
export function parseSheetRange(ref: string): { sheet: string; rect: Rect } | null {
  const m = /^\s*(?:'((?:[^']|'')+)'|([^'!\s[\]]+))!(\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?)\s*$/.exec(ref);
  if (!m) return null;
  const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2];
  return { sheet, rect: parseRect(m[3].replace(/\$/g, "")) };
}

/** Quote a sheet name for a reference: 'Thành viên'!F12. */
export function sheetRef(sheet: string, cell: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${cell}`;
}

export function cellAt(grid: SheetGrid, row: number, col: number): CellValue {
  const r = grid.values[row];
  if (!r) return null;
  const v = r[col];
  return v === undefined ? null : v;
}

export function gridWidth(grid: SheetGrid): number {
  let w = 0;
  for (const r of grid.values) if (r.length > w) w = r.length;
  return w;
}
