/**
 * What the sample workbooks' generators share (scripts/make-sample.ts, scripts/sample-2026.ts): the
 * clerk's fonts and borders, the title-and-header layout of a simple sheet, dates as serials, and a
 * deterministic zip, so that a committed sample changes only when its generator does.
 */
import ExcelJS from "exceljs";
import { ymdToSerial } from "../src/core/text/dates";

const FONT = "Times New Roman";

export const d = (day: number, month: number, year: number) => ymdToSerial({ y: year, m: month, d: day });

const thin: Partial<ExcelJS.Border> = { style: "thin" };
export const BOX: Partial<ExcelJS.Borders> = { top: thin, bottom: thin, left: thin, right: thin };

export function font(extra: Partial<ExcelJS.Font> = {}): Partial<ExcelJS.Font> {
  return { name: FONT, size: 12, ...extra };
}

/** A bold title merged over the table in row 1 and a boxed, shaded header in row 2. */
export function titleAndHeader(ws: ExcelJS.Worksheet, title: string, header: string[]): void {
  ws.getCell("A1").value = title;
  ws.getCell("A1").font = font({ bold: true, size: 13 });
  ws.mergeCells(1, 1, 1, header.length);
  header.forEach((h, i) => {
    const c = ws.getCell(2, i + 1);
    c.value = h;
    c.font = font({ bold: true });
    c.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
    c.border = BOX;
    c.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } };
  });
}

/**
 * exceljs stamps every zip entry with the current time (JSZip's default). A fixed stamp makes the
 * bytes depend only on the content, so regenerating a sample changes nothing in git.
 */
export async function deterministicBuffer(wb: ExcelJS.Workbook, stamp: Date): Promise<Buffer> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- exceljs internal, see above
  const { ZipWriter } = require("exceljs/lib/utils/zip-stream.js");
  const original = ZipWriter.prototype.append;
  ZipWriter.prototype.append = function (
    this: { zip: { file: (n: string, d: unknown, o: object) => void } },
    data: unknown,
    options: { name: string; base64?: boolean },
  ) {
    this.zip.file(options.name, data, { base64: Boolean(options.base64), date: stamp, createFolders: false });
  };
  try {
    return Buffer.from(await wb.xlsx.writeBuffer());
  } finally {
    ZipWriter.prototype.append = original;
  }
}

/** One row of a sample's "Minh chứng" sheet, as a clerk lists a document. */
export interface SampleEvidence {
  code: string | null;
  items: string;
  title: string;
  number?: string;
  date?: number | string;
  issuer: string;
  location: string;
  note?: string;
}

/** The "Minh chứng" sheet both samples keep: the same columns, each sample its own widths, title and rows. */
export function evidenceSheet(wb: ExcelJS.Workbook, title: string, widths: number[], rows: SampleEvidence[]): void {
  const ws = wb.addWorksheet("Minh chứng");
  widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  titleAndHeader(ws, title, [
    "Mã minh chứng",
    "Tiêu chí",
    "Tên minh chứng / Trích yếu",
    "Số, ký hiệu",
    "Ngày ban hành",
    "Cơ quan ban hành",
    "Nơi lưu / Đường dẫn",
    "Ghi chú",
  ]);
  rows.forEach((e, i) => {
    const row = ws.getRow(3 + i);
    [e.code, e.items, e.title, e.number ?? null, e.date ?? null, e.issuer, e.location, e.note ?? null].forEach((v, j) => {
      const c = row.getCell(j + 1);
      c.value = v;
      c.font = font();
      c.border = BOX;
      c.alignment = { vertical: "top", wrapText: j === 2 || j === 6 };
    });
    if (typeof e.date === "number") row.getCell(5).numFmt = "dd/mm/yyyy";
  });
}

/**
 * The "Thông tin" sheet both samples keep: a title, a "Thông tin | Giá trị" header, one row per key. A row's
 * third entry is the value's number format when it is "dd/mm/yyyy", else a third cell (a target's result).
 */
export function infoSheet(wb: ExcelJS.Workbook, title: string, widths: number[], rows: [string, ExcelJS.CellValue, string?][]): void {
  const ws = wb.addWorksheet("Thông tin");
  widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  ws.getCell("A1").value = title;
  ws.getCell("A1").font = font({ bold: true, size: 14 });
  ws.mergeCells("A1:B1");
  const header = ws.getRow(2);
  header.values = ["Thông tin", "Giá trị"];
  header.eachCell((c) => {
    c.font = font({ bold: true });
    c.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } };
    c.border = BOX;
  });
  rows.forEach(([key, value, third], i) => {
    const row = ws.getRow(3 + i);
    row.getCell(1).value = key;
    row.getCell(2).value = value;
    for (const c of [row.getCell(1), row.getCell(2)]) {
      c.font = font();
      c.border = BOX;
      c.alignment = { vertical: "middle", wrapText: true };
    }
    if (third === "dd/mm/yyyy") row.getCell(2).numFmt = third;
    else if (third !== undefined) {
      row.getCell(3).value = third;
      row.getCell(3).font = font();
      row.getCell(3).border = BOX;
    }
  });
}
