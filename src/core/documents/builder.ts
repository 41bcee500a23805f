/**
 * A small builder for sheet plans, shared by every document: cells, merges, styles, and the
 * Nghị định 30/2020 parts (header block, title, "Nơi nhận", signature block, A4 print setup).
 * Pure: it only assembles data.
 */
import type { Rect } from "../grid";
import type { CellStyle, PlanLink, PlanValue, PrintSetup, SheetPlan, StyleRange, DefinedName, PlanValidation, OwnedSheetId } from "../plan";
import { DOC_FONT } from "../plan";
import { formatDateLineVi } from "../text/dates";
import { wrapLines } from "./metrics";

export const BODY_SIZE = 13;

/**
 * A number with two decimals written the Vietnamese way, "29,50", in the format's own language (LCID
 * 042A): LibreOffice prints the comma whatever the machine's locale; Excel follows the machine's
 * separators, which on a Vietnamese machine are the same. Cells that are only read carry text instead.
 */
export const VI_DECIMAL_2 = "[$-42A]0.00";

export const S = {
  bold: { font: { bold: true } } as CellStyle,
  italic: { font: { italic: true } } as CellStyle,
  center: { align: { h: "center", v: "middle", wrap: true } } as CellStyle,
  wrap: { align: { wrap: true, v: "top" } } as CellStyle,
  box: { border: { top: "thin", bottom: "thin", left: "thin", right: "thin" } } as CellStyle,
  headerFill: { fill: "#DDEBF7" } as CellStyle,
};

export function merge(...styles: (CellStyle | undefined)[]): CellStyle {
  const out: CellStyle = {};
  for (const s of styles) {
    if (!s) continue;
    if (s.font) out.font = { ...out.font, ...s.font };
    if (s.align) out.align = { ...out.align, ...s.align };
    if (s.border) out.border = { ...out.border, ...s.border };
    if (s.fill !== undefined) out.fill = s.fill;
    if (s.numberFormat !== undefined) out.numberFormat = s.numberFormat;
  }
  return out;
}

export class SheetBuilder {
  readonly values: PlanValue[][] = [];
  readonly styles: StyleRange[] = [];
  readonly merges: Rect[] = [];
  readonly rowHeights: (number | undefined)[] = [];
  readonly links: PlanLink[] = [];
  readonly names: DefinedName[] = [];
  readonly validations: PlanValidation[] = [];
  /** The next free row; helpers that add blocks advance it. */
  row = 0;
  /** The blank row under the title (titleBlock), where a notice about the whole run may go. */
  noticeRow?: number;

  constructor(
    readonly id: OwnedSheetId,
    readonly name: string,
    readonly columnWidths: number[],
    readonly fontSize = BODY_SIZE,
  ) {}

  get lastCol(): number {
    return this.columnWidths.length - 1;
  }

  set(row: number, col: number, value: PlanValue, style?: CellStyle): this {
    while (this.values.length <= row) this.values.push([]);
    const r = this.values[row];
    while (r.length < col) r.push(null);
    r[col] = value;
    if (style) this.style({ top: row, left: col, bottom: row, right: col }, style);
    return this;
  }

  /** Writes a value into a merged block (one row unless `rows` > 1). */
  block(row: number, left: number, right: number, value: PlanValue, style?: CellStyle, rows = 1): this {
    this.set(row, left, value);
    const rect = { top: row, left, bottom: row + rows - 1, right };
    if (right > left || rows > 1) this.merges.push(rect);
    if (style) this.style(rect, style);
    return this;
  }

  /** A row of values from column `left`, each with the same style. */
  line(row: number, left: number, values: PlanValue[], style?: CellStyle): this {
    values.forEach((v, i) => this.set(row, left + i, v));
    if (style && values.length) this.style({ top: row, left, bottom: row, right: left + values.length - 1 }, style);
    return this;
  }

  style(range: Rect, style: CellStyle): this {
    this.styles.push({ range, style });
    return this;
  }

  height(row: number, points: number): this {
    this.rowHeights[row] = points;
    return this;
  }

  link(row: number, col: number, sheet: string, cell: string, text: string): this {
    this.set(row, col, text);
    this.links.push({ row, col, sheet, cell, text });
    return this;
  }

  build(extra: Partial<SheetPlan> = {}): SheetPlan {
    const lastRow = Math.max(0, this.values.length - 1);
    // Every cell of the used area gets the document font: Excel and LibreOffice then use the same metrics.
    const base: StyleRange = {
      range: { top: 0, left: 0, bottom: lastRow, right: this.lastCol },
      style: { font: { name: DOC_FONT, size: this.fontSize }, align: { v: "middle" } },
    };
    const width = this.columnWidths.length;
    const values = this.values.map((r) => {
      const out = r.slice(0, width);
      while (out.length < width) out.push(null);
      return out;
    });
    return {
      id: this.id,
      name: this.name,
      values,
      styles: [base, ...this.styles],
      merges: this.merges,
      columnWidths: this.columnWidths,
      rowHeights: this.rowHeights.length ? this.rowHeights : undefined,
      links: this.links.length ? this.links : undefined,
      names: this.names.length ? this.names : undefined,
      validations: this.validations.length ? this.validations : undefined,
      noticeRow: this.noticeRow,
      ...extra,
    };
  }
}

/**
 * The page number as Nghị định 30/2020 (Phụ lục I) places it: Arabic numerals, Times New Roman 13, centred
 * in the top margin (the writer puts it in the header's centre section), never on the first page.
 */
export const PAGE_NUMBER = '&"Times New Roman,Regular"&13&P';

/** A4 portrait with the NĐ 30/2020 margins (mm), fit to one page wide, the page number from page 2 on. */
export function a4Print(area: Rect, opts: Partial<PrintSetup> = {}): PrintSetup {
  return {
    paperSize: "A4",
    orientation: "portrait",
    margins: { top: 20, bottom: 20, left: 30, right: 15, header: 8, footer: 8 },
    fitToWidth: true,
    fitToHeight: 0,
    printArea: area,
    header: PAGE_NUMBER,
    differentFirst: true,
    horizontalCentered: true,
    ...opts,
  };
}

export interface HeaderInfo {
  parentBody?: string;
  unitName?: string;
  /** "Số: …/BC-THBA"; blank number leaves dots for the clerk to fill by hand. */
  numberLine?: string;
  place?: string;
  /** Date serial; undefined prints "ngày … tháng … năm …" to be filled by hand. */
  date?: number;
  year?: number;
}

/**
 * The two-column header of an administrative document (NĐ 30/2020, docs/domain/rules.md §6).
 * Left columns [0, split-1]: parent body, unit (bold), rule, number. Right [split, last]: national motto.
 */
export function nd30Header(b: SheetBuilder, h: HeaderInfo, split: number): void {
  const r = b.row;
  const L = (row: number, v: PlanValue, st?: CellStyle) => b.block(row, 0, split - 1, v, merge(S.center, st));
  const R = (row: number, v: PlanValue, st?: CellStyle) => b.block(row, split, b.lastCol, v, merge(S.center, st));
  L(r, (h.parentBody ?? "").toUpperCase(), { font: { size: 12 } });
  L(r + 1, (h.unitName ?? "").toUpperCase(), { font: { bold: true, size: 12 } });
  // The short rule under the unit's name (NĐ 30/2020); U+2015, so it never reads as a formula.
  L(r + 2, "\u2015\u2015\u2015\u2015\u2015\u2015", { font: { size: 8 } });
  L(r + 3, h.numberLine ?? "Số: …", { font: { size: 13 } });
  R(r, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", { font: { bold: true, size: 12 } });
  R(r + 1, "Độc lập - Tự do - Hạnh phúc", { font: { bold: true, underline: true, size: 13 } });
  const place = h.place ? `${h.place}, ` : "";
  const dateLine = h.date !== undefined ? formatDateLineVi(h.date) : `ngày … tháng … năm ${h.year ?? "…"}`;
  R(r + 3, `${place}${dateLine}`, { font: { italic: true, size: 13 } });
  b.row = r + 5;
}

/**
 * Document type in bold capitals with its subject under it, then a blank row: the run writes the draft
 * line there while the data still has errors ("BẢN NHÁP – còn N lỗi …", pipeline/output.ts).
 */
export function titleBlock(b: SheetBuilder, docType: string, subject: string[]): void {
  b.block(b.row, 0, b.lastCol, docType.toUpperCase(), merge(S.center, { font: { bold: true, size: 14 } }));
  b.row++;
  for (const line of subject) {
    b.block(b.row, 0, b.lastCol, line, merge(S.center, { font: { bold: true, size: 13 } }));
    b.row++;
  }
  b.noticeRow ??= b.row;
  b.row++;
}

export interface SignatureInfo {
  /** "Nơi nhận" lines without the leading dash; "Lưu: VT" is appended. */
  recipients?: string[];
  /** e.g. "TM. HỘI ĐỒNG" (optional authority line). */
  authority?: string;
  title: string; // "HIỆU TRƯỞNG"
  name?: string;
  /** Split column: Nơi nhận left of it, signature right of it. */
  split: number;
}

/** "Nơi nhận:" at bottom left, signature block at bottom right (NĐ 30/2020). */
export function signatureBlock(b: SheetBuilder, s: SignatureInfo): void {
  const r = b.row + 1;
  let left = r;
  if (s.recipients) {
    b.block(left++, 0, s.split - 1, "Nơi nhận:", { font: { bold: true, italic: true, size: 12 } });
    // "Lưu: VT" is appended unless the list already has its own "Lưu: …" line (e.g. "Lưu: VT, HS").
    const own = s.recipients.some((x) => /^lưu\s*:/i.test(x.trim()));
    // A long recipient wraps inside its block ("- UBND xã Tân Phú (qua Phòng Văn hóa – Xã hội);"), its row as tall as it needs.
    let width = 0;
    for (let c = 0; c < s.split; c++) width += b.columnWidths[c] ?? 8;
    for (const x of own ? s.recipients : [...s.recipients, "Lưu: VT"]) {
      const line = `- ${x}${x.startsWith("Lưu") ? "." : ";"}`;
      const lines = wrapLines(line, width, 11);
      if (lines > 1) b.height(left, Math.ceil(lines * 11 * 1.17 + 3));
      b.block(left++, 0, s.split - 1, line, { font: { size: 11 }, align: { wrap: true, v: "top" } });
    }
  }
  let right = r;
  const R = (v: string, st: CellStyle) => b.block(right++, s.split, b.lastCol, v, merge(S.center, st));
  if (s.authority) R(s.authority, { font: { bold: true } });
  R(s.title, { font: { bold: true } });
  R("(Ký, ghi rõ họ tên, đóng dấu)", { font: { italic: true, size: 11 } });
  right += 3;
  R(s.name ?? "", { font: { bold: true } });
  b.row = Math.max(left, right) + 1;
}
