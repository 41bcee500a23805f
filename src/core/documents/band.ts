/**
 * The result band: columns the product appends to the right of the clerk's members table, under
 * the title "KẾT QUẢ ĐÁNH GIÁ (tự động)". The band is the only part of that sheet the product
 * writes. The reader found where an earlier run wrote it (by its header) and which columns hold the
 * clerk's data; the band goes where the earlier one was, and never over a cell of the clerk's (a column
 * of hers among its columns is skipped and kept); it always stays within Excel's 16,384 columns.
 */
import { columnLetter, type Rect } from "../grid";
import { issue } from "../messages/run";
import type { Issue } from "../messages";
import type { CellPatch, CellStyle, PlanValue, StyleRange } from "../plan";
import { DOC_FONT } from "../plan";
import type { BandPosition, RoleRecognition } from "../model";
import type { EvaluationResult } from "../result";
import type { RuleSet } from "../rules/schema";
import { BAND_LABELS, BAND_TITLE, EXCEL_COLUMNS } from "../workbook/band";

/** The first `width` columns from `from` that hold none of the clerk's data, within Excel's limit; fewer when there is no room. */
function freeColumns(occupied: number[], from: number, width: number): number[] {
  const taken = new Set(occupied);
  const out: number[] = [];
  for (let c = from; c < EXCEL_COLUMNS && out.length < width; c++) if (!taken.has(c)) out.push(c);
  return out;
}

const letters = (cols: number[]) => cols.slice(0, 10).map(columnLetter).join(", ") + (cols.length > 10 ? ` và ${cols.length - 10} cột khác` : "");

/**
 * The columns of a band `width` wide, and what the clerk is told. The band starts where the earlier one
 * starts (its title column), else right of everything on the sheet, else, when that is past Excel's last
 * column, right of the table. From there it takes the first free columns: a column of the clerk's among
 * them (she inserted one inside the band, or typed where a wider band needs to go) is skipped and kept.
 * Every notice describes the sheet as it is, so the same workbook gives the same notices on every run.
 */
export function placeBand(position: BandPosition, width: number): { columns: number[]; issues: Issue[] } {
  const { previous, occupied, sheet } = position;
  const where = { sheet };
  const issues: Issue[] = [];
  const tooFar = position.freeFrom + width > EXCEL_COLUMNS;
  const start = previous ? previous.columns[0] : tooFar ? position.tableEnd : position.freeFrom;
  const columns = freeColumns(occupied, start, width);
  if (columns.length < width) return { columns: [], issues: [issue("BAND_NO_ROOM", { sheet, width }, where)] };
  if (tooFar) issues.push(issue("BAND_BESIDE_TABLE", { sheet, to: `${columnLetter(columns[0])}–${columnLetter(columns[width - 1])}` }, where));
  const skipped = occupied.filter((c) => c > columns[0] && c < columns[width - 1]);
  if (skipped.length) issues.push(issue("BAND_SKIPS_COLUMNS", { sheet, columns: letters(skipped) }, where));
  return { columns, issues };
}

export function planBand(position: BandPosition, rec: RoleRecognition, result: EvaluationResult, ruleSet: RuleSet): { patches: CellPatch[]; issues: Issue[] } {
  const memberItems = result.items.filter((i) => i.measuredOn === "members" && i.applicable);
  const hasCdht =
    ruleSet.items.some((i) => i.test?.kind === "competences") || ruleSet.items.some((i) => i.test?.kind === "flag" && i.test.field === "cdhtTitle");
  const labels = [BAND_LABELS.overall, ...memberItems.map((i) => `${i.id} ${i.short}`), ...(hasCdht ? [BAND_LABELS.cdht] : []), BAND_LABELS.reasons];
  const width = labels.length;
  const place = placeBand(position, width);
  const clears = clearPatches(position);
  if (place.columns.length === 0) return { patches: clears, issues: place.issues };
  const top = rec.headerRows[0] - 1;
  const headerBottom = rec.headerRows[rec.headerRows.length - 1] - 1;
  const bottom = Math.max(headerBottom, ...result.memberResults.map((m) => m.row - 1));
  // The band's values by its own columns (0 … width-1), laid out afterwards on the sheet's columns.
  const values: PlanValue[][] = [];
  for (let r = top; r <= bottom; r++) values.push(new Array<PlanValue>(width).fill(null));
  const at = (r: number) => values[r - top];
  // Header: title in the band's first cell of the first header row; item labels on the last header row.
  at(top)[0] = BAND_TITLE;
  const labelRow = at(headerBottom);
  labels.forEach((l, i) => {
    if (i === 0 && headerBottom === top) return; // one header row: the title cell is the first label
    labelRow[i] = l;
  });
  for (const m of result.memberResults) {
    const row = at(m.row - 1);
    if (m.excluded) {
      row[0] = "Không tính";
      row[width - 1] = `Không tính: ${m.excluded}`;
      continue;
    }
    const ok = memberItems.every((i) => m.items[i.id]);
    row[0] = ok ? "Đạt" : "Chưa đạt";
    memberItems.forEach((i, k) => (row[1 + k] = m.items[i.id] ? "Đạt" : "Chưa đạt"));
    if (hasCdht) row[1 + memberItems.length] = m.cdht ? "Đạt" : "Chưa đạt";
    row[width - 1] = m.reasons || null;
  }
  const patches = runs(place.columns).map(({ from, to }) => {
    const left = place.columns[from];
    const right = place.columns[to];
    const wide = (k: number) => (k === width - 1 ? 40 : k === 0 ? 12 : 11);
    const styles: StyleRange[] = [
      { range: { top, left, bottom, right }, style: { font: FONT, border: BOX, align: { v: "middle" } } },
      {
        range: { top, left, bottom: headerBottom, right },
        style: { font: { ...FONT, bold: true }, fill: "#FFF2CC", align: { h: "center", v: "middle", wrap: true } },
      },
    ];
    if (bottom > headerBottom) {
      // Results centred; the reasons (the band's last column) wrapped.
      const hasReasons = to === width - 1;
      const lastCentred = hasReasons ? right - 1 : right;
      if (lastCentred >= left) styles.push({ range: { top: headerBottom + 1, left, bottom, right: lastCentred }, style: { align: { h: "center" } } });
      if (hasReasons) styles.push({ range: { top: headerBottom + 1, left: right, bottom, right }, style: { align: { wrap: true } } });
    }
    const patch: CellPatch = {
      sheet: position.sheet,
      kind: "member-band",
      top,
      left,
      values: values.map((r) => r.slice(from, to + 1)),
      styles,
      columnWidths: place.columns.slice(from, to + 1).map((col, i) => ({ col, width: wide(from + i) })),
    };
    return patch;
  });
  return { patches: [...clears, ...patches], issues: place.issues };
}

const FONT = { name: DOC_FONT, size: 11 };
const BOX: CellStyle["border"] = { top: "thin", bottom: "thin", left: "thin", right: "thin" };

/** Runs of consecutive sheet columns, as index ranges into `cols`. */
function runs(cols: number[]): { from: number; to: number }[] {
  const out: { from: number; to: number }[] = [];
  cols.forEach((c, i) => {
    const last = out[out.length - 1];
    if (last && cols[last.to] === c - 1) last.to = i;
    else out.push({ from: i, to: i });
  });
  return out;
}

/**
 * The earlier band's cells are cleared (contents and formats) before the new band is written: it may have
 * been wider or longer, or be moving. Only its own columns: a clerk's column among them is kept.
 */
function clearPatches(position: BandPosition): CellPatch[] {
  const prev = position.previous;
  if (!prev) return [];
  const rects: Rect[] = [];
  for (const c of prev.columns) {
    const last = rects[rects.length - 1];
    if (last && last.right === c - 1) last.right = c;
    else rects.push({ top: prev.top, left: c, bottom: prev.bottom, right: c });
  }
  return rects.map((clear) => ({ sheet: position.sheet, kind: "member-band", top: clear.top, left: clear.left, values: [], clear }));
}
