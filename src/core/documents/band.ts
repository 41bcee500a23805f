/**
 * The result band: columns the product appends to the right of the clerk's members table, under
 * the title "KẾT QUẢ ĐÁNH GIÁ (tự động)". The band is the only part of that sheet the product
 * writes; the reader finds where an earlier run wrote it (registry, or the title cell), and the
 * band planned here replaces exactly it.
 */
import type { Rect } from "../grid";
import type { CellPatch, PlanValue, StyleRange } from "../plan";
import { DOC_FONT } from "../plan";
import type { BandPosition, BandRecord, RoleRecognition } from "../model";
import type { EvaluationResult } from "../result";
import type { RuleSet } from "../rules/schema";
import { BAND_TITLE } from "../workbook/band";

export function planBand(position: BandPosition, rec: RoleRecognition, result: EvaluationResult, ruleSet: RuleSet): { patch: CellPatch; record: BandRecord } {
  const { start, previous: prev } = position;
  const memberItems = result.items.filter((i) => i.measuredOn === "members" && i.applicable);
  const hasCdht =
    ruleSet.items.some((i) => i.test?.kind === "competences") || ruleSet.items.some((i) => i.test?.kind === "flag" && i.test.field === "cdhtTitle");
  const labels = ["Chung", ...memberItems.map((i) => `${i.id} ${i.short}`), ...(hasCdht ? ["Đạt CDHT"] : []), "Lý do chưa đạt"];
  const width = labels.length;
  const top = rec.headerRows[0] - 1;
  const headerBottom = rec.headerRows[rec.headerRows.length - 1] - 1;
  const lastMemberRow = Math.max(headerBottom, ...result.memberResults.map((m) => m.row - 1));
  const bottom = lastMemberRow;
  const values: PlanValue[][] = [];
  for (let r = top; r <= bottom; r++) values.push(new Array(width).fill(null));
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
  const font = { name: DOC_FONT, size: 11 };
  const styles: StyleRange[] = [
    {
      range: { top, left: start, bottom, right: start + width - 1 },
      style: { font, border: { top: "thin", bottom: "thin", left: "thin", right: "thin" }, align: { v: "middle" } },
    },
    {
      range: { top, left: start, bottom: headerBottom, right: start + width - 1 },
      style: { font: { ...font, bold: true }, fill: "#FFF2CC", align: { h: "center", v: "middle", wrap: true } },
    },
    { range: { top: headerBottom + 1, left: start, bottom, right: start + width - 2 }, style: { align: { h: "center" } } },
    { range: { top: headerBottom + 1, left: start + width - 1, bottom, right: start + width - 1 }, style: { align: { wrap: true } } },
  ];
  // Clear what an earlier run wrote (it may have been wider or longer), and nothing else.
  const clear: Rect = prev
    ? { top: Math.min(prev.top, top), left: start, bottom: Math.max(prev.bottom, bottom), right: start + Math.max(prev.width, width) - 1 }
    : { top, left: start, bottom, right: start + width - 1 };
  return {
    patch: {
      sheet: position.sheet,
      kind: "member-band",
      top,
      left: start,
      values,
      clear,
      styles,
      columnWidths: labels.map((l, i) => ({ col: start + i, width: i === width - 1 ? 40 : i === 0 ? 12 : 11 })),
    },
    record: { sheet: position.sheet, start, width, top, bottom },
  };
}
