/**
 * Totals and summary rows under a table (workbook.md, "Reading"): "Tổng cộng", "Cộng", "Tổng số", "Tỷ lệ",
 * a row of counts only, merged across the first columns or not. Such a row is not a member (nor an item,
 * nor a document) and not an error: it ends the table, unless rows of the table's own kind follow it (a
 * tổ's subtotal in the middle of the list), and then it is only skipped.
 */
import { isCellError, type CellValue, type Rect, type SheetGrid } from "../grid";
import { show } from "../text/cell";
import { fold } from "../text/vi";
import { isBlank } from "./values";

// Compared with their diacritics: "Cộng" and "Tổng" are totals, "Công" and "Tống" are family names. A
// lone "Tổng" or "Cộng" only before a number, a colon or a tổ ("Cộng tổ 1"): "Tổng kết năm học" and
// "Cộng đồng …" are a document's words.
const LABEL = /^(?:(?:tổng cộng|tổng số|tỷ lệ|tỉ lệ)(?=$|[\s:.,;(\-–—0-9])|(?:tổng|cộng)(?=$|\s*[:(\-–—0-9]|\s+(?:tổ|toàn|chung|cả)(?=$|[\s:0-9])))/u;
// Typed without diacritics, only the two-word labels (no one is named "Tong Cong").
const LABEL_FOLDED = /^(?:tong cong|tong so)\b/;

export function isTotalsLabel(text: string): boolean {
  const t = text.normalize("NFC").trim().toLocaleLowerCase("vi");
  return LABEL.test(t) || LABEL_FOLDED.test(fold(t));
}

/** A count as a totals row writes it: 38, "38", "95%", "95,5 %", "38/40". */
function isCount(v: CellValue): boolean {
  if (typeof v === "number") return true;
  return typeof v === "string" && /^\d+(?:[.,]\d+)?\s*%?$|^\d+\s*\/\s*\d+$/.test(v.trim());
}

/** A value no yes/no answer is (an answer is 0 or 1): only a count says so. */
function isMoreThanAnswer(v: CellValue): boolean {
  return typeof v === "number" ? v !== 0 && v !== 1 : typeof v === "string" && !/^[01]$/.test(v.trim());
}

/**
 * The row's label when it is a totals row: its first filled cell or its name cell (a label merged
 * across the first columns sits in one of them) is a totals label; or, with no name, it holds counts only, one of them more than a
 * yes/no answer could be (a nameless row of 1s and 0s stays a member row without a name, an error).
 */
export function totalsRow(grid: SheetGrid, r: number, width: number, nameCol: number | undefined): string | null {
  const row = grid.values[r] ?? [];
  let first: CellValue = null;
  for (let c = 0; c < width; c++) {
    const v = row[c] ?? null;
    if (!isBlank(v)) {
      first = v;
      break;
    }
  }
  if (typeof first === "string" && isTotalsLabel(first)) return show(first);
  if (nameCol !== undefined) {
    const name = row[nameCol] ?? mergedText(grid, r, nameCol);
    if (typeof name === "string" && isTotalsLabel(name)) return show(name);
    if (!isBlank(name)) return null;
  }
  const filled = row.slice(0, width).filter((v) => !isBlank(v ?? null) && !isCellError(v));
  if (filled.length > 0 && filled.every(isCount) && filled.some(isMoreThanAnswer)) return filled.map(show).join(" · ");
  return null;
}

/** The value of a merged area over the cell (a label merged across the name column), else blank. */
function mergedText(grid: SheetGrid, r: number, c: number): CellValue {
  const m = mergesByRow(grid)
    .get(r)
    ?.find((x) => c >= x.left && c <= x.right);
  return m ? (grid.values[m.top]?.[m.left] ?? null) : null;
}

// A sheet may hold thousands of merges: each row's are found once, not by a scan per row.
const BY_ROW = new WeakMap<SheetGrid, Map<number, Rect[]>>();
function mergesByRow(grid: SheetGrid): Map<number, Rect[]> {
  let m = BY_ROW.get(grid);
  if (!m) {
    m = new Map();
    for (const x of grid.merges ?? []) {
      // Only merges over a few rows are labels; a tall merge is listed on its top row alone.
      for (let r = x.top; r <= Math.min(x.bottom, x.top + 3); r++) {
        const list = m.get(r);
        if (list) list.push(x);
        else m.set(r, [x]);
      }
    }
    BY_ROW.set(grid, m);
  }
  return m;
}

/**
 * The rows of a table once its totals rows are taken out: a totals row ends the table (what is under it,
 * signatures and notes, is not read), unless a row of the table's own kind (`holdsData`) follows it
 * before the table ends, and then only that row is skipped.
 * Returns the rows to read and the totals rows found (0-based, each said once, as a note).
 */
export function splitTotals(
  rows: number[],
  isTotals: (r: number) => string | null,
  holdsData: (r: number) => boolean,
): { rows: number[]; totals: { r: number; label: string; ended: boolean }[] } {
  const out: number[] = [];
  const totals: { r: number; label: string; ended: boolean }[] = [];
  const labels = rows.map(isTotals);
  if (labels.every((l) => l === null)) return { rows, totals };
  // dataAfter[i]: a row of data follows row i (computed once, from the end).
  const dataAfter: boolean[] = new Array(rows.length).fill(false);
  for (let i = rows.length - 2; i >= 0; i--) dataAfter[i] = dataAfter[i + 1] || (labels[i + 1] === null && holdsData(rows[i + 1]));
  for (let i = 0; i < rows.length; i++) {
    const label = labels[i];
    if (label === null) {
      out.push(rows[i]);
      continue;
    }
    // The table goes on only if a row of data follows; the rows between are read as usual.
    const ended = !dataAfter[i];
    totals.push({ r: rows[i], label, ended });
    if (ended) break;
  }
  return { rows: out, totals };
}
