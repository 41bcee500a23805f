/**
 * "Bản tổng hợp tự đánh giá của tổ" (the Nông Nghiệp plan's steps 1 and 2): one sheet per tổ, which is
 * both the form the tổ trưởng fills (the tổ's members, one column per answer the year's framework asks,
 * dropdowns) and the document the tổ signs and sends to the principal (Nghị định 30 layout, A4 landscape,
 * a count of each answer that follows what is typed, the tổ trưởng's signature). Its first row carries
 * the form's marker (workbook/forms.ts): the merge finds it by that, and the reader never takes it for
 * the members sheet.
 */
import type { PlanValidation, SheetPlan } from "../plan";
import { DOC_FONT } from "../plan";
import type { RuleSet } from "../rules/schema";
import { INDIVIDUAL_TITLES } from "../rules/titles";
import { columnLetter } from "../grid";
import { FORM_COMPETENCE_GROUP, FORM_HEADERS, FORM_TOTAL_LABEL, formMarkerText } from "../workbook/forms";
import { SheetBuilder, S, merge, nd30Header, titleBlock, a4Print } from "./builder";
import { INDIVIDUAL_CHOICES } from "./template";

export interface FormMember {
  name: string;
  position?: string;
  /** Printed in Ghi chú (a member the evaluation does not count, and why). */
  note?: string;
}

export interface FormInput {
  /** The sheet's name (its own in a tổ's workbook; "Phiếu – Tổ 1" beside the clerk's sheets). */
  sheetName: string;
  /** The tổ as the members sheet names it ("" for members without one) and as it is printed. */
  group: string;
  groupLabel: string;
  year: number;
  ruleSet: RuleSet;
  unit: { name?: string; parentBody?: string; place?: string };
  /** The tổ trưởng, when the members sheet names one. */
  leader?: string;
  members: FormMember[];
  /** The answer columns: members fields ("discipline", …), "competences" for TT 22's eight. */
  fields: string[];
}

/** Blank rows left under the members for someone the list lacks (the merge names them). */
export const FORM_SPARE_ROWS = 3;

const YES_NO = ["Có", "Không"];
const YES_WORDS = ["Có", "x", "Đạt", "Rồi"];
/** Titles counted by 2.5 / 2d: "Lao động tiên tiến" or higher, as the dropdown offers them, and their usual abbreviations. */
const TITLE_WORDS = [...INDIVIDUAL_TITLES.filter((t) => t.rank >= 1).map((t) => t.label.replace(/, /g, "/")), "LĐTT", "CSTĐCS"];

const HEAD = merge(S.bold, S.center, S.box, S.headerFill, { font: { size: 11 } });
const CELL = merge(S.box, { font: { size: 12 }, align: { v: "middle", wrap: true } });
const CENTER = merge(CELL, { align: { h: "center" } });

interface Column {
  field: string;
  header: string;
  /** Under the group header (TT 22's competences, numbered). */
  sub?: string;
  width: number;
  list: string[];
  words: string[];
}

function columnsOf(input: FormInput): Column[] {
  const tt24 = input.ruleSet.model === "indicators";
  const out: Column[] = [];
  for (const f of input.fields) {
    if (f === "competences") {
      for (let k = 1; k <= 8; k++) out.push({ field: `c${k}`, header: FORM_COMPETENCE_GROUP, sub: String(k), width: 5.5, list: YES_NO, words: YES_WORDS });
      continue;
    }
    const h = FORM_HEADERS[f];
    const header = (tt24 ? h?.tt24 : h?.tt22) ?? h?.tt24 ?? h?.tt22 ?? f;
    if (f === "title") out.push({ field: f, header, width: 20, list: INDIVIDUAL_CHOICES, words: TITLE_WORDS });
    else out.push({ field: f, header, width: 12, list: YES_NO, words: YES_WORDS });
  }
  return out;
}

/** The count of a column's answers: each accepted word counted (COUNTIF ignores case). */
function countFormula(col: number, top: number, bottom: number, words: string[]): string {
  const range = `${columnLetter(col)}${top + 1}:${columnLetter(col)}${bottom + 1}`;
  return `SUMPRODUCT(COUNTIF(${range},{${words.map((w) => `"${w.replace(/"/g, '""')}"`).join(",")}}))`;
}

export function buildTeamForm(input: FormInput): SheetPlan {
  const cols = columnsOf(input);
  const two = cols.some((c) => c.sub !== undefined);
  const first = 3; // STT, Họ và tên, Chức vụ
  const widths = [5, 26, 16, ...cols.map((c) => c.width), 18];
  const b = new SheetBuilder(`phieu-to:${input.group}`, input.sheetName, widths, 12);
  const split = 3;
  nd30Header(b, { parentBody: input.unit.name, unitName: input.groupLabel, numberLine: "", place: input.unit.place, year: input.year }, split);
  titleBlock(b, "Bản tổng hợp tự đánh giá của tổ", [`${input.groupLabel} – năm ${input.year}`, `(Đơn vị học tập, ${input.ruleSet.legalSource.document})`]);
  b.block(b.row++, 0, b.lastCol, `Tổ trưởng: ${input.leader ?? "…………………………………"}      Số thành viên: ${input.members.length}`, { font: { size: 13 } });
  const hint =
    "Mỗi thành viên tự đánh giá; tổ trưởng ghi vào từng cột (chọn trong danh sách: Có hoặc Không" +
    (cols.some((c) => c.field === "title") ? "; danh hiệu thi đua năm đánh giá" : "") +
    "). Để trống ô chưa rõ. Không sửa cột Họ và tên. Thành viên tổ có mà danh sách thiếu: ghi vào dòng trống cuối bảng. " +
    "Họp tổ xong, ký và gửi lại phiếu này cho Hiệu trưởng để gộp vào sổ.";
  b.block(b.row, 0, b.lastCol, hint, merge(S.italic, S.wrap, { font: { size: 11 } }));
  b.height(b.row++, 46);
  b.row++;

  // The table.
  const h1 = b.row;
  const h2 = two ? h1 + 1 : h1;
  const fixed = ["STT", "Họ và tên", "Chức vụ"];
  fixed.forEach((t, c) => b.block(h1, c, c, t, HEAD, two ? 2 : 1));
  let c = first;
  while (c < first + cols.length) {
    const col = cols[c - first];
    if (col.sub !== undefined) {
      let end = c;
      while (end + 1 < first + cols.length && cols[end + 1 - first].header === col.header) end++;
      b.block(h1, c, end, col.header, HEAD);
      for (let k = c; k <= end; k++) b.set(h2, k, cols[k - first].sub!, HEAD);
      c = end + 1;
    } else {
      b.block(h1, c, c, col.header, HEAD, two ? 2 : 1);
      c++;
    }
  }
  b.block(h1, b.lastCol, b.lastCol, "Ghi chú", HEAD, two ? 2 : 1);
  b.height(h1, two ? 32 : 62);
  if (two) b.height(h2, 24);
  const top = h2 + 1;
  input.members.forEach((m, k) => {
    const r = top + k;
    b.set(r, 0, k + 1, CENTER);
    b.set(r, 1, m.name, CELL);
    b.set(r, 2, m.position ?? null, CELL);
    if (m.note) b.set(r, b.lastCol, m.note, CELL);
  });
  const bottom = top + input.members.length + FORM_SPARE_ROWS - 1;
  b.style({ top, left: 0, bottom, right: b.lastCol }, CELL);
  b.style({ top, left: 0, bottom, right: 0 }, CENTER);
  b.style({ top, left: first, bottom, right: first + cols.length - 1 }, CENTER);
  for (let r = top; r <= bottom; r++) b.height(r, 20);
  const validations: PlanValidation[] = cols.map((col, k) => ({
    range: { top, left: first + k, bottom, right: first + k },
    list: col.list,
    strict: false,
  }));
  b.validations.push(...validations);

  // The count and the rate under each answer: formulas, so the signed paper shows what was typed.
  const total = bottom + 1;
  const rate = total + 1;
  b.block(total, 0, 2, FORM_TOTAL_LABEL, merge(CELL, S.bold));
  b.block(rate, 0, 2, "Tỉ lệ đạt", merge(CELL, S.bold));
  const formulas: { row: number; col: number; formula: string }[] = [];
  const names = `${columnLetter(1)}${top + 1}:${columnLetter(1)}${bottom + 1}`;
  cols.forEach((col, k) => {
    const cc = first + k;
    b.set(total, cc, 0, merge(CENTER, S.bold));
    b.set(rate, cc, null, merge(CENTER, S.bold, { numberFormat: "0.0%" }));
    formulas.push({ row: total, col: cc, formula: countFormula(cc, top, bottom, col.words) });
    formulas.push({ row: rate, col: cc, formula: `IF(COUNTA(${names})=0,"",${columnLetter(cc)}${total + 1}/COUNTA(${names}))` });
  });
  b.set(total, b.lastCol, null, CELL);
  b.set(rate, b.lastCol, null, CELL);
  b.row = rate + 2;

  // The tổ trưởng signs (a tổ has no seal).
  const right = Math.max(first, b.lastCol - 3);
  b.block(b.row++, right, b.lastCol, "TỔ TRƯỞNG", merge(S.center, S.bold));
  b.block(b.row++, right, b.lastCol, "(Ký, ghi rõ họ tên)", merge(S.center, S.italic, { font: { size: 11 } }));
  b.row += 3;
  b.block(b.row++, right, b.lastCol, input.leader ?? "", merge(S.center, S.bold));
  const last = b.values.length - 1;

  // The marker, right of the document, in its first row (not printed: outside the print area).
  const markerCol = b.lastCol + 1;
  const plan = b.build({
    print: a4Print({ top: 0, left: 0, bottom: last, right: b.lastCol }, { orientation: "landscape", repeatRows: { from: h1, to: h2 } }),
    freeze: { rows: h2 + 1, cols: 2 },
    showGridLines: false,
    tabColor: "#70AD47",
  });
  const values = plan.values.map((r) => [...r]);
  values[0][markerCol] = formMarkerText({ year: input.year, group: input.group });
  return {
    ...plan,
    values,
    columnWidths: [...plan.columnWidths, 2],
    styles: [
      ...plan.styles,
      { range: { top: 0, left: markerCol, bottom: 0, right: markerCol }, style: { font: { name: DOC_FONT, size: 6, color: "#FFFFFF" } } },
    ],
    formulas,
  };
}
