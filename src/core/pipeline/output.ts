/**
 * Stage 9's finishing touches on every plan the run writes:
 *  - the ownership marker in each of the product's sheets (workbook/marker.ts), in a hidden column
 *    right of the document, first row;
 *  - the draft line under each document's title while the data has errors;
 *  - every text capped at Excel's 32,767 characters per cell (text/cap.ts).
 */
import type { CellPatch, PlanValue, SheetPlan, StyleRange } from "../plan";
import { DOC_FONT } from "../plan";
import { capText } from "../text/cap";
export { withMarker } from "../workbook/marker";

/** "BẢN NHÁP – còn 3 lỗi, xem trang Kiểm tra": what every output says while the data it rests on has errors. */
export function draftNotice(errors: number, kiemTra: string): string {
  return `BẢN NHÁP – còn ${errors} lỗi, xem trang ${kiemTra}`;
}

/** The draft line in the row the document left blank under its title, across the document, in red. */
export function withDraftLine(p: SheetPlan, notice: string): SheetPlan {
  const r = p.noticeRow;
  if (r === undefined) return p;
  const right = Math.max(0, p.columnWidths.length - 1);
  const values = p.values.map((row) => [...row]);
  while (values.length <= r) values.push([]);
  values[r][0] = notice;
  const style: StyleRange = {
    range: { top: r, left: 0, bottom: r, right },
    style: { font: { name: DOC_FONT, size: 13, bold: true, color: "#C00000" }, align: { h: "center", v: "middle", wrap: true } },
  };
  const merges = right > 0 && !p.merges.some((m) => m.top <= r && m.bottom >= r) ? [...p.merges, { top: r, left: 0, bottom: r, right }] : p.merges;
  return { ...p, values, styles: [...p.styles, style], merges };
}

const cap = (v: PlanValue): PlanValue => (typeof v === "string" ? capText(v) : v);
const capRows = (rows: PlanValue[][]) => (rows.some((r) => r.some((v) => typeof v === "string" && v.length > 32767)) ? rows.map((r) => r.map(cap)) : rows);

export function cappedSheet(p: SheetPlan): SheetPlan {
  const links = p.links?.some((l) => l.text.length > 32767) ? p.links.map((l) => ({ ...l, text: capText(l.text) })) : p.links;
  return { ...p, values: capRows(p.values), links };
}

export function cappedPatch(p: CellPatch): CellPatch {
  return { ...p, values: capRows(p.values) };
}
