/**
 * Helpers shared by the dossier documents: sheet names, header data taken from the model,
 * number and date wording, and row-height estimates for wrapped prose.
 *
 * Why estimate row heights: neither Excel nor LibreOffice grows a row to fit wrapped text in a
 * MERGED cell, and every paragraph of these documents is a merged cell across the page. Without an
 * explicit height the printed report would show one clipped line per paragraph.
 */
import type { DocContext } from "../context";
import type { CellStyle, OwnedSheetId, PlanValue } from "../../plan";
import type { ItemResult } from "../../result";
import type { RuleSet } from "../../rules/schema";
import { SheetBuilder, S, merge, nd30Header, type HeaderInfo } from "../builder";
import { formatNumberVi, formatPercentVi, clean } from "../../text/vi";
import { SHEET_NAMES } from "../../workbook/sheets";
import { wrapLines } from "../metrics";

/** The final name of an owned sheet (after the writer's clash resolution), for text and links. */
export function sheetName(ctx: DocContext, id: OwnedSheetId): string {
  return ctx.names[id] ?? SHEET_NAMES[id] ?? id;
}

export const isPoints = (ctx: DocContext) => ctx.result.ruleSet.model === "points";

/** Upper-case abbreviation of the unit for document numbers ("THBA"); dots when unknown, never invented. */
export function unitCode(ctx: DocContext): string {
  return ctx.model.unit.code ?? ctx.result.unit.code ?? "…";
}

/**
 * "Số: 15/BC-THBA". A number the clerk wrote in "Thông tin" is used as written (with or without
 * "Số:"); otherwise the number is left as dots to fill by hand after registration at the văn thư.
 */
export function numberLine(ctx: DocContext, kind: string, written?: string): string {
  const w = written ? clean(written).replace(/^s[oố]\s*:\s*/i, "") : "";
  if (w) return `Số: ${w}`;
  return `Số: ……/${kind}-${unitCode(ctx)}`;
}

export function headerInfo(ctx: DocContext, numberLineText: string, date?: number): HeaderInfo {
  const u = ctx.model.unit;
  return {
    parentBody: u.parentBody ?? ctx.result.unit.parentBody,
    unitName: u.name ?? ctx.result.unit.name,
    numberLine: numberLineText,
    place: u.place ?? ctx.result.unit.place,
    // Without a known date the line stays "ngày … tháng … năm …" for the signer: a report is often
    // signed in the year after the assessment year, so no year is guessed either.
    date,
  };
}

/** The unit's name in running text: "Trường Tiểu học Bình An" (sentence case kept as written). */
export function unitNameText(ctx: DocContext): string {
  const n = ctx.model.unit.name ?? ctx.result.unit.name;
  if (!n) return "Đơn vị";
  // Names in "Thông tin" are often typed in capitals for the header; running text wants title case.
  if (n === n.toUpperCase()) return titleCaseVi(n);
  return n;
}

/** "TRƯỜNG TIỂU HỌC BÌNH AN" → "Trường Tiểu học Bình An": the first word and proper names upper-cased. */
export function titleCaseVi(s: string): string {
  const lowerWords = new Set(["học", "cơ", "sở", "phổ", "thông", "mầm", "non", "trung", "tiểu", "dân", "lập", "và", "nội", "trú", "bán", "dạy", "nghề"]);
  const words = s.toLocaleLowerCase("vi").split(/\s+/);
  // School-type words stay lower case after "Trường" ("Trường Tiểu học", "Trường Trung học cơ sở").
  return words
    .map((w, i) => {
      if (i === 0) return cap(w);
      const prev = words[i - 1];
      if ((prev === "trường" || prev === "trung") && (w === "tiểu" || w === "trung" || w === "mầm")) return cap(w);
      if (lowerWords.has(w) && i <= 3) return w;
      return cap(w);
    })
    .join(" ");
}
const cap = (w: string) => (w ? w[0].toLocaleUpperCase("vi") + w.slice(1) : w);

export const pts = (n: number | undefined) => (n === undefined ? "…" : formatNumberVi(n, 2));
export const pct = (r: number | undefined) => (r === undefined ? "…" : formatPercentVi(r));

/** Items of the rule set in rule order, with their result. */
export function orderedItems(ctx: DocContext): ItemResult[] {
  const byId = new Map(ctx.result.items.map((i) => [i.id, i]));
  const out: ItemResult[] = [];
  for (const it of ctx.ruleSet.items) {
    const r = byId.get(it.id);
    if (r) out.push(r);
  }
  return out;
}

/** Roman numerals for section headings (I … X is all a report needs). */
export function roman(n: number): string {
  return ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"][n] ?? String(n);
}

/** "Đạt" / "Chưa đạt" / "Không áp dụng" for an indicator (TT 24). */
export function metText(met: boolean | null | undefined, applicable = true): string {
  if (!applicable || met === null) return "Không áp dụng";
  return met ? "Đạt" : "Chưa đạt";
}

// ---------------------------------------------------------------------------------------------
// Row heights for wrapped text

/**
 * Lines a text needs in a cell `widthUnits` wide: Times New Roman's own glyph widths and the spreadsheet's
 * word wrap (documents/metrics.ts). Bold glyphs are wider, and so are capitals.
 */
export function linesNeeded(text: string, widthUnits: number, fontSize: number, bold = false): number {
  return wrapLines(text, widthUnits, fontSize, bold);
}

/** Row height in points for `lines` lines of the given font size (line spacing ≈ 1.17 em + padding). */
export function heightFor(lines: number, fontSize: number): number {
  return Math.ceil(lines * fontSize * 1.17 + 3);
}

/**
 * Width of columns [left, right] in column units, as one merged cell: each column is `units × 7 + 5` px
 * wide, so a merged cell gains the 5 px of every column after the first.
 */
export function widthOf(b: SheetBuilder, left: number, right: number): number {
  let w = 0;
  for (let c = left; c <= right; c++) w += b.columnWidths[c] ?? 8;
  return w + ((right - left) * 5) / 7;
}

/**
 * A paragraph merged across columns [left, right] with wrap and a height that fits its text.
 * `indent` is a first-level indent expressed by leading spaces (Excel's indent is per cell and
 * LibreOffice renders it differently, so spaces give the same result in both).
 */
export function para(b: SheetBuilder, text: string, style?: CellStyle, left = 0, right = b.lastCol): number {
  const size = style?.font?.size ?? b.fontSize;
  const st = merge({ align: { wrap: true, v: "top", h: "justify" } }, style);
  const r = b.row;
  b.block(r, left, right, text, st);
  const lines = linesNeeded(text, widthOf(b, left, right), size, st.font?.bold === true);
  if (lines > 1 || size > b.fontSize) b.height(r, heightFor(lines, size));
  b.row++;
  return r;
}

/** A table cell whose row must grow to the tallest wrapped cell of the row. */
export function fitRow(b: SheetBuilder, row: number, cells: { text: PlanValue; left: number; right: number; size?: number; bold?: boolean }[]): void {
  // Each cell at its own size: a row of 11 pt notes beside 12 pt text is as tall as its tallest cell.
  let h = 0;
  let wraps = false;
  for (const c of cells) {
    if (c.text === null || c.text === undefined || c.text === "") continue;
    const size = c.size ?? b.fontSize;
    const lines = linesNeeded(String(c.text), widthOf(b, c.left, c.right), size, c.bold);
    if (lines > 1) wraps = true;
    h = Math.max(h, heightFor(lines, size));
  }
  if (wraps) b.height(row, Math.max(h, b.rowHeights[row] ?? 0));
}

export const TABLE_HEAD: CellStyle = merge(S.box, S.center, S.bold, S.headerFill);

/**
 * A table's header row from column `left`, bold and centred, as tall as its most wrapped header: a
 * header row of fixed height clipped its words ("Điểm tự đánh giá" printed as "tự đánh").
 */
export function tableHead(b: SheetBuilder, row: number, headers: string[], size = b.fontSize, left = 0): void {
  b.line(row, left, headers, merge(TABLE_HEAD, size === b.fontSize ? {} : { font: { size } }));
  fitRow(
    b,
    row,
    headers.map((h, k) => ({ text: h, left: left + k, right: left + k, size, bold: true })),
  );
}
export const TABLE_CELL: CellStyle = merge(S.box, { align: { v: "top", wrap: true } });
export const TABLE_CENTER: CellStyle = merge(S.box, { align: { h: "center", v: "top", wrap: true } });
export const HEADING: CellStyle = { font: { bold: true }, align: { h: "left", v: "top", wrap: true } };

/** Two signatures side by side (biên bản: thư ký left, chủ trì right; tables: người lập, hiệu trưởng). */
export function dualSignature(
  b: SheetBuilder,
  split: number,
  left: { title: string; name?: string; authority?: string },
  right: { title: string; name?: string; authority?: string },
  note = "(Ký, ghi rõ họ tên)",
): void {
  const r = b.row + 1;
  // A side without an authority line ("TM. …") starts one row lower, so that both titles and names align.
  const lines = Math.max(left.authority ? 1 : 0, right.authority ? 1 : 0);
  const put = (col0: number, col1: number, s: { title: string; name?: string; authority?: string }) => {
    let row = r + lines - (s.authority ? 1 : 0);
    if (s.authority) b.block(row++, col0, col1, s.authority, merge(S.center, S.bold));
    b.block(row++, col0, col1, s.title, merge(S.center, S.bold));
    b.block(row++, col0, col1, note, merge(S.center, S.italic, { font: { size: 11 } }));
    row += 3;
    b.block(row++, col0, col1, s.name ?? "", merge(S.center, S.bold));
    return row;
  };
  const a = put(0, split - 1, left);
  const c = put(split, b.lastCol, right);
  b.row = Math.max(a, c) + 1;
}

/** Names joined the Vietnamese way: "A, B và C". */
export function joinVi(list: string[]): string {
  if (list.length <= 1) return list.join("");
  return `${list.slice(0, -1).join(", ")} và ${list[list.length - 1]}`;
}

export function legalBasisLine(rs: RuleSet): string {
  const doc = rs.legalSource.document.replace(/^Thông tư\s+/i, "Thông tư số ");
  return `${doc} ngày ${rs.legalSource.issued} của Bộ Giáo dục và Đào tạo ${rs.model === "points" ? "quy định về đánh giá, xếp loại" : "quy định về đánh giá, công nhận"} "Đơn vị học tập"`;
}

/**
 * The NĐ 30 header (the shared nd30Header) plus row heights: a long unit or parent-body name wraps
 * inside its merged block, and neither Excel nor LibreOffice grows a merged row by itself.
 */
export function docHeader(b: SheetBuilder, h: HeaderInfo, split: number): void {
  const r = b.row;
  nd30Header(b, h, split);
  const left = widthOf(b, 0, split - 1);
  const right = widthOf(b, split, b.lastCol);
  const fit = (row: number, texts: [string, number, number][]) => {
    const lines = Math.max(...texts.map(([t, w, size]) => linesNeeded(t, w, size, true)));
    if (lines > 1) b.height(row, heightFor(lines, 12));
  };
  // The national title is one line in any right block of 46 units or more (every document's): measured
  // only below that, where the estimate's safety margin would otherwise add a line it does not need.
  fit(r, [
    [(h.parentBody ?? "").toUpperCase(), left, 12],
    ...(right < 46 ? [["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", right, 12] as [string, number, number]] : []),
  ]);
  fit(r + 1, [[(h.unitName ?? "").toUpperCase(), left, 12]]);
}

/**
 * Running text of a report spells out what tables abbreviate (rule data uses "KH tự học", "LĐTT" to
 * keep tables narrow): an administrative text does not rely on the reader knowing them.
 */
const ABBREVIATIONS: [RegExp, string][] = [
  [/\bKH\b/g, "kế hoạch"],
  [/LĐTT/g, "Lao động tiên tiến"],
  [/\bCDHT\b/g, "Công dân học tập"],
  [/\bBDTX\b/g, "bồi dưỡng thường xuyên"],
  [/\bNL\b/g, "năng lực"],
];
export function formal(s: string): string {
  let out = s;
  for (const [re, full] of ABBREVIATIONS) out = out.replace(re, full);
  return out;
}

/**
 * Who receives the dossier. A setting ("Cơ quan nhận hồ sơ" in Thông tin), because the receiving
 * level changed (docs/domain/rules.md §5: no district government since 01/7/2025). Without it, the usual
 * recipient of the framework with dots to complete by hand, never a guessed district name.
 */
export function recipientText(ctx: DocContext): string {
  const r = ctx.model.unit.recipient;
  if (r && r.trim()) return r.trim();
  return isPoints(ctx) ? "Phòng Giáo dục và Đào tạo ……" : "UBND xã/phường ……";
}

/** Ends a sentence with a full stop unless it already ends with one or with dots left to fill in. */
export function sentence(s: string): string {
  return /[.…!?]$/.test(s.trim()) ? s.trim() : `${s.trim()}.`;
}
