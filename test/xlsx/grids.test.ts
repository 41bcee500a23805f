/**
 * Reading real .xlsx files into grids: the values the core sees must be what Excel shows,
 * whatever exceljs turns them into (Date objects, rich text, formula objects, merged cells).
 */
import * as path from "path";
import ExcelJS from "exceljs";
import { XlsxPort, dateToSerial, gridsFromWorkbook } from "../../src/xlsx";
import { ymdToSerial } from "../../src/core/text/dates";
import { tempDir } from "../helpers/xlsx-fixtures";

async function roundTrip(wb: ExcelJS.Workbook): Promise<XlsxPort> {
  const file = path.join(tempDir(), "book.xlsx");
  await wb.xlsx.writeFile(file);
  return XlsxPort.fromFile(file);
}

describe("gridsFromWorkbook on a saved .xlsx", () => {
  let grids: Awaited<ReturnType<XlsxPort["read"]>>;

  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Dữ liệu");
    ws.getCell("A1").value = "Họ và tên".normalize("NFD");
    ws.getCell("B1").value = 42.5;
    ws.getCell("C1").value = true;
    ws.getCell("D1").value = { formula: "1+1", result: 2 };
    ws.getCell("E1").value = { formula: 'A1&"x"', result: "Họ và tênx" };
    ws.getCell("F1").value = { formula: "NA()", result: { error: "#N/A" } };
    ws.getCell("G1").value = { error: "#REF!" };
    ws.getCell("A2").value = { richText: [{ text: "Nguyễn " }, { font: { bold: true }, text: "Văn An" }] };
    ws.getCell("B2").value = { text: "trang chủ", hyperlink: "https://example.invalid/" };
    ws.getCell("C2").value = new Date(Date.UTC(2023, 4, 15));
    ws.getCell("C2").numFmt = "dd/mm/yyyy";
    ws.getCell("D2").value = ymdToSerial({ y: 2023, m: 11, d: 1 });
    ws.getCell("D2").numFmt = "dd/mm/yyyy";
    ws.getCell("E2").value = { formula: "C2+1", result: new Date(Date.UTC(2023, 4, 16)) };
    ws.getCell("E2").numFmt = "dd/mm/yyyy";
    ws.getCell("A4").value = "gộp";
    ws.mergeCells("A4:C5");
    ws.getCell("E7").value = "xa";
    wb.addWorksheet("Ẩn").state = "hidden";
    const vh = wb.addWorksheet("Rất ẩn");
    vh.state = "veryHidden";
    vh.getCell("C3").value = "bắt đầu ở C3";
    grids = await (await roundTrip(wb)).read();
  });

  const sheet = (name: string) => grids.sheets.find((s) => s.name === name)!;

  it("lists every sheet in tab order with its visibility", () => {
    expect(grids.sheets.map((s) => [s.name, s.visibility])).toEqual([
      ["Dữ liệu", "visible"],
      ["Ẩn", "hidden"],
      ["Rất ẩn", "veryHidden"],
    ]);
  });

  it("normalises strings to NFC", () => {
    expect(sheet("Dữ liệu").values[0][0]).toBe("Họ và tên".normalize("NFC"));
    expect(sheet("Dữ liệu").values[0][0]).not.toBe("Họ và tên".normalize("NFD"));
  });

  it("reads numbers, booleans, formula results, errors", () => {
    expect(sheet("Dữ liệu").values[0].slice(1)).toEqual([42.5, true, 2, "Họ và tênx", { error: "#N/A" }, { error: "#REF!" }]);
  });

  it("flattens rich text and hyperlinks to their text", () => {
    expect(sheet("Dữ liệu").values[1].slice(0, 2)).toEqual(["Nguyễn Văn An", "trang chủ"]);
  });

  it("gives dates as Excel serial numbers, never Date objects", () => {
    const row = sheet("Dữ liệu").values[1];
    expect(row[2]).toBe(ymdToSerial({ y: 2023, m: 5, d: 15 }));
    expect(row[2]).toBe(45061);
    expect(row[3]).toBe(ymdToSerial({ y: 2023, m: 11, d: 1 }));
    expect(row[4]).toBe(45062);
    expect(sheet("Dữ liệu").numberFormats![1][2]).toBe("dd/mm/yyyy");
  });

  it("keeps a merged area's value only in its top-left cell, and reports the merge 0-based", () => {
    const s = sheet("Dữ liệu");
    expect(s.values[3][0]).toBe("gộp");
    expect(s.values[3][1] ?? null).toBeNull();
    expect(s.values[4]?.[0] ?? null).toBeNull();
    expect(s.merges).toEqual([{ top: 3, left: 0, bottom: 4, right: 2 }]);
  });

  it("indexes every grid from A1, whatever the used range", () => {
    const s = sheet("Rất ẩn");
    expect(s.values.length).toBe(3);
    expect(s.values[2][2]).toBe("bắt đầu ở C3");
    expect(s.values[2][0]).toBeNull();
    expect(sheet("Dữ liệu").values[6][4]).toBe("xa");
  });

  it("converts exceljs Date objects by their UTC value, whatever the machine's zone", () => {
    expect(dateToSerial(new Date(Date.UTC(1970, 0, 1)))).toBe(25569);
    expect(dateToSerial(new Date(Date.UTC(2023, 11, 31, 12)))).toBe(ymdToSerial({ y: 2023, m: 12, d: 31 }) + 0.5);
  });

  it("reads an in-memory workbook the same way", () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("A").getCell("B2").value = "x";
    expect(gridsFromWorkbook(wb).sheets[0].values).toEqual([[], [null, "x"]]);
  });
});
