/**
 * The command line's reader (SheetJS) against the exceljs reader, on the same files: the same grids,
 * so that every test written on the exceljs reader (and the contract with Office.js) holds for what the
 * command line reads. Then the files only SheetJS reads: written by other software, as Excel opens them.
 */
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import * as XLSX from "@e965/xlsx";
import { XlsxPort } from "../../src/xlsx";
import { readWithSheetJs } from "../../src/xlsx/read";
import { openWorkbookBytes } from "../../src/xlsx/open";
import type { SheetGrid, WorkbookGrids } from "../../src/core/grid";
import { ymdToSerial } from "../../src/core/text/dates";
import { FIXTURES } from "../helpers/xlsx-fixtures";
import { handWorkbook, withExtras } from "./helpers/ooxml";

const SAMPLE = path.join(__dirname, "../../samples/truong-tieu-hoc-binh-an-2023.xlsx");
const TEMPLATE = path.join(__dirname, "../../samples/mau-so-don-vi-hoc-tap.xlsx");

/** Trailing blanks are not data; number formats are compared where a cell has a value. */
function normal(g: SheetGrid) {
  const values = g.values.map((r) => {
    const x = [...r];
    while (x.length && x[x.length - 1] === null) x.pop();
    return x;
  });
  while (values.length && values[values.length - 1].length === 0) values.pop();
  const formats = values.map((r, i) => r.map((v, j) => (v === null ? null : (g.numberFormats?.[i]?.[j] ?? null))));
  return { name: g.name, values, formats, visibility: g.visibility ?? "visible", merges: g.merges ?? [] };
}
const normalAll = (g: WorkbookGrids) => g.sheets.map(normal);

/** exceljs names some built-in formats differently from SheetJS (id 14: "mm-dd-yy" / "m/d/yy"); both are the same date format. */
const sameFormats = (g: ReturnType<typeof normal>[]) =>
  g.map((s) => ({ ...s, formats: s.formats.map((r) => r.map((f) => (f === "mm-dd-yy" || f === "m/d/yy" ? "builtin-14" : f))) }));

async function both(bytes: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return { exceljs: await XlsxPort.fromWorkbook(wb).read(), sheetjs: readWithSheetJs(bytes).grids };
}

/** Everything the grids carry, in one small workbook. */
async function everything(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Dữ liệu");
  ws.getCell("A1").value = "Họ và tên".normalize("NFD");
  ws.getCell("B1").value = 42.5;
  ws.getCell("C1").value = true;
  ws.getCell("D1").value = { formula: "1+1", result: 2 };
  ws.getCell("E1").value = { formula: 'A1&"x"', result: "Họ và tênx" };
  ws.getCell("F1").value = { formula: "NA()", result: { error: "#N/A" } };
  ws.getCell("G1").value = { error: "#REF!" };
  ws.getCell("H1").value = { error: "#DIV/0!" };
  ws.getCell("A2").value = { richText: [{ text: "Nguyễn " }, { font: { bold: true }, text: "Văn An" }] };
  ws.getCell("B2").value = { text: "trang chủ", hyperlink: "https://example.invalid/" };
  ws.getCell("C2").value = new Date(Date.UTC(2023, 4, 15));
  ws.getCell("C2").numFmt = "dd/mm/yyyy";
  ws.getCell("D2").value = ymdToSerial({ y: 2023, m: 11, d: 1 });
  ws.getCell("D2").numFmt = "dd/mm/yyyy";
  ws.getCell("E2").value = { formula: "C2+1", result: new Date(Date.UTC(2023, 4, 16)) };
  ws.getCell("E2").numFmt = "dd/mm/yyyy";
  ws.getCell("F2").value = "";
  ws.getCell("A4").value = "gộp";
  ws.mergeCells("A4:C5");
  ws.getCell("E7").value = "xa";
  ws.getCell("G9").value = 0.25;
  ws.getCell("G9").numFmt = "0.0%";
  wb.addWorksheet("Ẩn").state = "hidden";
  const vh = wb.addWorksheet("Rất ẩn");
  vh.state = "veryHidden";
  vh.getCell("C3").value = "bắt đầu ở C3";
  wb.addWorksheet("Thành viên".normalize("NFD")).getCell("A1").value = "STT";
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const FILES: [string, () => Promise<Buffer>][] = [
  ["the bundled sample", async () => fs.readFileSync(SAMPLE)],
  ["the bundled template", async () => fs.readFileSync(TEMPLATE)],
  ["values of every kind, merges, hidden sheets, an NFD sheet name", everything],
  ...Object.entries(FIXTURES).map(([name, build]): [string, () => Promise<Buffer>] => [
    `fixture ${name}`,
    async () => Buffer.from(await build().xlsx.writeBuffer()),
  ]),
];

describe.each(FILES)("SheetJS reads %s exactly as exceljs does", (_name, build) => {
  test("same sheets, values, number formats, merges, visibility", async () => {
    const { exceljs, sheetjs } = await both(await build());
    expect(sameFormats(normalAll(sheetjs))).toEqual(sameFormats(normalAll(exceljs)));
  });
});

describe("grids from SheetJS", () => {
  let grids: WorkbookGrids;
  beforeAll(async () => {
    grids = readWithSheetJs(await everything()).grids;
  });
  const sheet = (name: string) => grids.sheets.find((s) => s.name === name)!;

  it("reports a sheet name exactly as the file spells it (NFD stays NFD)", () => {
    const nfd = "Thành viên".normalize("NFD");
    expect(grids.sheets.map((s) => s.name)).toContain(nfd);
    expect(grids.sheets.map((s) => s.name)).not.toContain("Thành viên".normalize("NFC"));
  });

  it("normalises cell strings to NFC, reads errors, formula results and dates as serials", () => {
    const s = sheet("Dữ liệu");
    expect(s.values[0]).toEqual(["Họ và tên", 42.5, true, 2, "Họ và tênx", { error: "#N/A" }, { error: "#REF!" }, { error: "#DIV/0!" }]);
    expect(s.values[1].slice(0, 5)).toEqual(["Nguyễn Văn An", "trang chủ", 45061, ymdToSerial({ y: 2023, m: 11, d: 1 }), 45062]);
    expect(s.values[1][5] ?? null).toBeNull();
    expect(s.numberFormats![1][2]).toBe("dd/mm/yyyy");
  });

  it("keeps only the top-left value of a merged area, whatever the file holds in the others", async () => {
    // A writer that leaves values in covered cells (exceljs never does; some libraries do).
    const bytes = await handWorkbook([{ name: "S", rows: `<row r="1"><c r="A1" t="inlineStr"><is><t>gộp</t></is></c><c r="B1"><v>7</v></c></row>` }]);
    const withMerge = (await import("jszip")).default;
    const zip = await withMerge.loadAsync(bytes);
    const part = "xl/worksheets/sheet1.xml";
    zip.file(part, (await zip.file(part)!.async("string")).replace("</sheetData>", `</sheetData><mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells>`));
    const g = readWithSheetJs(await zip.generateAsync({ type: "nodebuffer" })).grids.sheets[0];
    expect(g.values).toEqual([["gộp"]]);
    expect(g.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 1 }]);
  });

  it("gives a 1904 workbook's dates in the 1900 system, as exceljs does", async () => {
    const bytes = await handWorkbook([{ name: "S", rows: `<row r="1"><c r="A1"><v>0</v></c></row>` }], { date1904: true });
    // The same number with a date format, and without.
    const wb = XLSX.read(bytes, { type: "buffer", dense: true, cellNF: true });
    expect(wb.Workbook?.WBProps?.date1904).toBe(true);
    const data = (wb.Sheets.S as unknown as { "!data": { z?: string }[][] })["!data"];
    data[0][0].z = "dd/mm/yyyy";
    const { gridsFromSheetJs } = await import("../../src/xlsx/read");
    expect(gridsFromSheetJs(wb).grids.sheets[0].values[0][0]).toBe(1462);
  });
});

/** Files written the way other software writes them: every one must read into the same grid. */
const EXPECTED = [
  ["Họ và tên", "Tổ"],
  ["Nguyễn Văn An", 1],
  [null, null, "C3"],
];
const ROWS = `<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row><row r="2"><c r="A2" t="s"><v>2</v></c><c r="B2"><v>1</v></c></row><row r="3"><c r="C3" t="s"><v>3</v></c></row>`;
const STRINGS = ["Họ và tên", "Tổ", "Nguyễn Văn An", "C3"];

const TOLERATED: [string, () => Promise<Buffer>][] = [
  [
    "the .NET packaging API's shape: prefixes, absolute part names, byte-order marks",
    () => handWorkbook([{ name: "Thành viên", rows: ROWS }], { prefix: "x", absoluteTargets: true, bom: true, sharedStrings: STRINGS }),
  ],
  [
    "cells without the optional r attribute",
    () =>
      handWorkbook(
        [
          {
            name: "Thành viên",
            rows: `<row><c t="s"><v>0</v></c><c t="s"><v>1</v></c></row><row><c t="s"><v>2</v></c><c><v>1</v></c></row><row><c/><c/><c t="s"><v>3</v></c></row>`,
          },
        ],
        { sharedStrings: STRINGS },
      ),
  ],
  [
    "lower-case cell references",
    () =>
      handWorkbook([{ name: "Thành viên", rows: ROWS.replace(/r="([A-Z])(\d)"/g, (_, c: string, n: string) => `r="${c.toLowerCase()}${n}"`) }], {
        sharedStrings: STRINGS,
      }),
  ],
  ["backslashes in zip entry names", () => handWorkbook([{ name: "Thành viên", rows: ROWS }], { backslashes: true, sharedStrings: STRINGS })],
  [
    "a sheet part not named sheetN.xml",
    () =>
      handWorkbook(
        [
          { name: "Thông tin", rows: "" },
          { name: "Thành viên", rows: ROWS, part: "worksheets/members.xml" },
        ],
        { sharedStrings: STRINGS },
      ),
  ],
  [
    "inline strings",
    () =>
      handWorkbook([
        { name: "Thành viên", rows: ROWS.replace(/t="s"><v>(\d)<\/v>/g, (_, i: string) => `t="inlineStr"><is><t>${STRINGS[Number(i)]}</t></is>`) },
      ]),
  ],
];

describe.each(TOLERATED)("reads a workbook with %s", (_name, build) => {
  test("every sheet, every value", async () => {
    const book = (await openWorkbookBytes(await build(), "book.xlsx")).book;
    const members = book.grids.sheets.find((s) => s.name === "Thành viên")!;
    expect(members.values).toEqual(EXPECTED);
    expect(book.allSheets.length).toBe(book.grids.sheets.length);
  });
});

test("lists a chart sheet among the workbook's sheets, but gives it no grid (Excel's worksheets leave it out too)", async () => {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Dữ liệu").addRow([1, 2, 3]);
  const bytes = await withExtras(Buffer.from(await wb.xlsx.writeBuffer()), { chartSheet: { name: "Biểu đồ", ref: "'Dữ liệu'!$A$1:$C$1" } });
  const book = readWithSheetJs(bytes);
  expect(book.allSheets).toEqual([
    { name: "Dữ liệu", kind: "worksheet" },
    { name: "Biểu đồ", kind: "chart" },
  ]);
  expect(book.grids.sheets.map((s) => s.name)).toEqual(["Dữ liệu"]);
});

test("reads a character above U+FFFF written as a character reference (SheetJS alone would cut it to 16 bits)", async () => {
  const bytes = await handWorkbook(
    [{ name: "S", rows: `<row r="1"><c r="A1" t="inlineStr"><is><r><t>&#x1F61C;</t></r><r><t> Lan</t></r></is></c><c r="B1" t="s"><v>0</v></c></row>` }],
    {
      sharedStrings: ["&#128512;"],
    },
  );
  expect((await openWorkbookBytes(bytes, "s.xlsx")).book.grids.sheets[0].values).toEqual([["😜 Lan", "😀"]]);
});
