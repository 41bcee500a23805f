/**
 * Rendering write plans with exceljs, checked on real files: write → save → reload with a fresh
 * exceljs workbook (and, where exceljs hides the detail, in the saved XML itself).
 */
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { XlsxPort } from "../../src/xlsx";
import type { CellPatch, SheetPlan, WritePlan } from "../../src/core/plan";
import { ymdToSerial } from "../../src/core/text/dates";
import { tempDir } from "../helpers/xlsx-fixtures";

// jszip comes with exceljs; used here only to look at the saved XML.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const JSZip = require("jszip");

const R = (top: number, left: number, bottom = top, right = left) => ({ top, left, bottom, right });

function docSheet(over: Partial<SheetPlan> = {}): SheetPlan {
  return {
    id: "bieu-diem",
    name: "Biểu điểm",
    values: [
      ["=1+1", "-abc", "@x", "+1", "Tổng"],
      ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", null, null, null, 95.75],
      [null, null, null, null, ymdToSerial({ y: 2023, m: 12, d: 15 })],
    ],
    styles: [
      { range: R(0, 0, 2, 4), style: { font: { name: "Times New Roman", size: 13 } } },
      { range: R(1, 0), style: { font: { bold: true, color: "#C00000" }, fill: "#DDEBF7", align: { h: "center", v: "middle", wrap: true } } },
      { range: R(1, 0), style: { font: { italic: true, underline: true } } },
      { range: R(0, 0, 0, 4), style: { border: { top: "thin", bottom: "medium", left: "thin", right: "hair" } } },
      { range: R(2, 4), style: { numberFormat: "dd/mm/yyyy" } },
    ],
    merges: [R(1, 0, 1, 3)],
    columnWidths: [30, 12, 8, 8, 14],
    rowHeights: [undefined, 40],
    links: [{ row: 3, col: 0, sheet: "Thành viên", cell: "B7", text: "Thành viên!B7" }],
    validations: [{ range: R(5, 1, 9, 1), list: ["Có", "Không"], error: "Chọn Có hoặc Không." }],
    names: [{ name: "DVHT_KETQUA", range: R(0, 0, 29, 1) }],
    print: {
      paperSize: "A4",
      orientation: "portrait",
      margins: { top: 20, bottom: 20, left: 30, right: 15 },
      fitToWidth: true,
      fitToHeight: 0,
      printArea: R(0, 0, 29, 4),
      repeatRows: { from: 0, to: 1 },
      footer: "Trang &P/&N",
      horizontalCentered: true,
    },
    freeze: { rows: 1, cols: 0 },
    tabColor: "#2E75B6",
    showGridLines: false,
    ...over,
  };
}

function registrySheet(): SheetPlan {
  return { id: "registry", name: "_dvht", values: [["dvht-registry", "1"]], styles: [], merges: [], columnWidths: [], visibility: "veryHidden" };
}

/** A clerk's workbook saved to disk and read back, so cells share style objects as they do in real use. */
async function clerkWorkbook(dir: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const info = wb.addWorksheet("Thông tin");
  info.getCell("A1").value = "Tên đơn vị";
  info.getCell("B1").value = "TRƯỜNG TIỂU HỌC BÌNH AN";
  const ws = wb.addWorksheet("Thành viên");
  const style: Partial<ExcelJS.Style> = { font: { name: "Arial", size: 10, color: { argb: "FF112233" } }, border: { top: { style: "thin" } } };
  for (let r = 1; r <= 8; r++) {
    for (let c = 1; c <= 4; c++) {
      const cell = ws.getCell(r, c);
      cell.value = r === 1 ? `Cột ${c}` : `${r}-${c}`;
      cell.style = style;
    }
  }
  // A styled but empty cell the clerk left blank: the product fills it (unit points) and formats it.
  ws.getCell("D9").style = style;
  // A band left by a previous run, to be cleared by the next one.
  ws.getCell("F1").value = "KẾT QUẢ CŨ";
  ws.getCell("F1").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFF0000" } };
  ws.getCell("G5").value = "cũ";
  wb.addWorksheet("Ghi chép").getCell("A1").value = "của văn thư";
  const file = path.join(dir, "clerk.xlsx");
  await wb.xlsx.writeFile(file);
  return file;
}

async function writeAndReload(file: string, plan: WritePlan, out: string): Promise<ExcelJS.Workbook> {
  const port = await XlsxPort.fromFile(file);
  await port.write(plan);
  await port.save(out);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  return wb;
}

async function xmlOf(file: string, part: string): Promise<string> {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  const f = zip.file(part);
  if (!f) throw new Error(`no ${part} in ${file}`);
  return f.async("string");
}

/** The zip part of a sheet, by its name in workbook.xml. */
async function sheetPart(file: string, name: string): Promise<string> {
  const wbXml = await xmlOf(file, "xl/workbook.xml");
  const rels = await xmlOf(file, "xl/_rels/workbook.xml.rels");
  const esc = name.replace(/'/g, "&apos;");
  const rid = new RegExp(`<sheet [^>]*name="${esc}"[^>]*r:id="(rId\\d+)"`).exec(wbXml)![1];
  const target = new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`Target="([^"]+)"[^>]*Id="${rid}"`).exec(rels)![1];
  return xmlOf(file, `xl/${target.replace(/^\/?xl\//, "")}`);
}

describe("XlsxPort.write on a real file", () => {
  let dir: string;
  let input: string;
  let out: string;
  let wb: ExcelJS.Workbook;
  let inputBytes: Buffer;

  const patch: CellPatch = {
    sheet: "Thành viên",
    kind: "member-band",
    top: 0,
    left: 5,
    values: [
      ["KẾT QUẢ ĐÁNH GIÁ (tự động)", "Lý do"],
      ["Đạt", "=thiếu"],
      ["Chưa đạt", "thiếu KH tự học"],
    ],
    clear: R(0, 5, 7, 6),
    styles: [{ range: R(0, 5, 0, 6), style: { font: { name: "Times New Roman", bold: true }, fill: "#FFF2CC" } }],
    columnWidths: [
      { col: 5, width: 14 },
      { col: 6, width: 30 },
    ],
  };

  beforeAll(async () => {
    dir = tempDir();
    input = await clerkWorkbook(dir);
    inputBytes = fs.readFileSync(input);
    out = path.join(dir, "out.xlsx");
    const points: CellPatch = {
      sheet: "Thành viên",
      kind: "unit-points",
      top: 8,
      left: 3,
      values: [[9.5]],
      styles: [{ range: R(8, 3), style: { numberFormat: "0.00", font: { bold: true } } }],
    };
    wb = await writeAndReload(input, { sheets: [docSheet(), registrySheet()], patches: [patch, points], activate: "bieu-diem" }, out);
  });

  const doc = () => wb.getWorksheet("Biểu điểm")!;

  it("never changes the input file", () => {
    expect(fs.readFileSync(input).equals(inputBytes)).toBe(true);
  });

  it("writes strings that look like formulas as text", async () => {
    const row = doc().getRow(1);
    for (const [c, text] of [
      [1, "=1+1"],
      [2, "-abc"],
      [3, "@x"],
      [4, "+1"],
    ] as const) {
      expect(row.getCell(c).value).toBe(text);
      expect(row.getCell(c).type).toBe(ExcelJS.ValueType.String);
      expect(row.getCell(c).formula).toBeUndefined();
    }
    const xml = await sheetPart(out, "Biểu điểm");
    expect(xml).not.toContain("<f>");
    expect(wb.getWorksheet("Thành viên")!.getCell("G2").value).toBe("=thiếu");
  });

  it("writes numbers and dates as serials with a dd/mm/yyyy format", async () => {
    expect(doc().getCell("E2").value).toBe(95.75);
    // exceljs shows a date-formatted serial as a Date; the file holds the serial itself.
    const e3 = doc().getCell("E3");
    expect(e3.numFmt).toBe("dd/mm/yyyy");
    const xml = await sheetPart(out, "Biểu điểm");
    expect(xml).toMatch(new RegExp(`<c r="E3"[^>]*><v>${ymdToSerial({ y: 2023, m: 12, d: 15 })}</v>`));
  });

  it("applies styles, later ranges winning property by property", () => {
    const a2 = doc().getCell("A2");
    expect(a2.font).toMatchObject({ name: "Times New Roman", size: 13, bold: true, italic: true, underline: true, color: { argb: "FFC00000" } });
    expect(a2.fill).toMatchObject({ type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } });
    expect(a2.alignment).toMatchObject({ horizontal: "center", vertical: "middle", wrapText: true });
    expect(doc().getCell("B1").border).toMatchObject({
      top: { style: "thin" },
      bottom: { style: "medium" },
      left: { style: "thin" },
      right: { style: "hair" },
    });
    expect(doc().getCell("E1").font?.name).toBe("Times New Roman");
  });

  it("writes merges, column widths and row heights", () => {
    expect(doc().model.merges).toEqual(["A2:D2"]);
    expect(doc().getColumn(1).width).toBe(30);
    expect(doc().getColumn(5).width).toBe(14);
    expect(doc().getRow(2).height).toBe(40);
  });

  it("sets up A4 printing: orientation, margins in inches, fit to one page wide, print area, title rows, footer", () => {
    const ps = doc().pageSetup;
    expect(ps.paperSize).toBe(9);
    expect(ps.orientation).toBe("portrait");
    expect(ps.margins!.top).toBeCloseTo(20 / 25.4, 3);
    expect(ps.margins!.left).toBeCloseTo(30 / 25.4, 3);
    expect(ps.margins!.right).toBeCloseTo(15 / 25.4, 3);
    expect(ps.fitToPage).toBe(true);
    expect(ps.fitToWidth).toBe(1);
    expect(ps.fitToHeight).toBe(0);
    expect(ps.horizontalCentered).toBe(true);
    expect(ps.printArea).toBe("A1:E30");
    expect(ps.printTitlesRow).toBe("1:2");
    expect(doc().headerFooter.oddFooter).toBe("Trang &P/&N");
  });

  it("writes the print area with absolute rows and columns ($A$1:$E$30), which LibreOffice requires", async () => {
    const port = XlsxPort.fromWorkbook(new ExcelJS.Workbook());
    await port.write({ sheets: [docSheet()], patches: [] });
    expect(port.workbook.getWorksheet("Biểu điểm")!.pageSetup.printArea).toBe("A$1:E$30");
  });

  it("adds the workbook-level defined name", () => {
    expect(wb.definedNames.model).toContainEqual({ name: "DVHT_KETQUA", ranges: ["'Biểu điểm'!$A$1:$B$30"] });
  });

  it("writes internal links Excel can follow (location only, no '#') and reads them back", async () => {
    expect(doc().getCell("A4").value).toEqual({ text: "Thành viên!B7", hyperlink: "#'Thành viên'!B7" });
    const xml = await sheetPart(out, "Biểu điểm");
    expect(xml).toContain(`<hyperlink ref="A4" location="&apos;Thành viên&apos;!B7"/>`);
  });

  it("writes list validations (dropdowns)", () => {
    const model = (doc() as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } }).dataValidations.model;
    const entries = Object.entries(model).filter(([, v]) => v);
    expect(entries.length).toBeGreaterThan(0);
    for (const [, v] of entries) expect(v).toMatchObject({ type: "list", formulae: ['"Có,Không"'], error: "Chọn Có hoặc Không." });
    expect(entries.map(([k]) => k).join(" ")).toMatch(/B6/);
  });

  it("freezes panes, hides gridlines, colours the tab", () => {
    const v = doc().views[0] as ExcelJS.WorksheetViewFrozen & { showGridLines?: boolean };
    expect(v.state).toBe("frozen");
    expect(v.ySplit).toBe(1);
    expect(v.showGridLines).toBe(false);
    expect(doc().properties.tabColor).toEqual({ argb: "FF2E75B6" });
  });

  it("hides the registry sheet from the sheet list (veryHidden)", () => {
    expect(wb.getWorksheet("_dvht")!.state).toBe("veryHidden");
  });

  it("appends new sheets after the clerk's and opens the workbook on the activated one", async () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Thông tin", "Thành viên", "Ghi chép", "Biểu điểm", "_dvht"]);
    expect(wb.views[0].activeTab).toBe(3);
    // Several selected tabs would open Excel in group-edit mode; exceljs does not read tabSelected back, so look at the XML.
    const selected: string[] = [];
    for (const w of wb.worksheets) if ((await sheetPart(out, w.name)).includes('tabSelected="1"')) selected.push(w.name);
    expect(selected).toEqual(["Biểu điểm"]);
  });

  it("patches only the given cells: clears the old band, writes values, styles and widths", () => {
    const ws = wb.getWorksheet("Thành viên")!;
    expect(ws.getCell("F1").value).toBe("KẾT QUẢ ĐÁNH GIÁ (tự động)");
    expect(ws.getCell("F1").font).toMatchObject({ name: "Times New Roman", bold: true });
    expect(ws.getCell("F1").fill).toMatchObject({ fgColor: { argb: "FFFFF2CC" } });
    expect(ws.getCell("F3").value).toBe("Chưa đạt");
    expect(ws.getCell("G5").value).toBeNull();
    expect(ws.getCell("F2").fill === undefined || (ws.getCell("F2").fill as ExcelJS.FillPattern).pattern === "none").toBe(true);
    expect(ws.getColumn(7).width).toBe(30);
  });

  it("formats a filled blank cell on top of the clerk's own style, without touching cells that shared it", () => {
    const ws = wb.getWorksheet("Thành viên")!;
    expect(ws.getCell("D9").value).toBe(9.5);
    expect(ws.getCell("D9").numFmt).toBe("0.00");
    expect(ws.getCell("D9").font).toMatchObject({ name: "Arial", size: 10, bold: true });
    expect(ws.getCell("D9").border).toMatchObject({ top: { style: "thin" } });
    expect(ws.getCell("D8").font?.bold).toBeFalsy();
    expect(ws.getCell("D8").numFmt).toBeFalsy();
  });

  it("leaves every other clerk cell exactly as it was: value and style", async () => {
    const before = new ExcelJS.Workbook();
    await before.xlsx.readFile(input);
    for (const name of ["Thông tin", "Thành viên", "Ghi chép"]) {
      const a = before.getWorksheet(name)!;
      const b = wb.getWorksheet(name)!;
      a.eachRow({ includeEmpty: false }, (row, r) => {
        row.eachCell({ includeEmpty: true }, (cell, c) => {
          if (name === "Thành viên" && (c >= 6 || cell.address === "D9")) return; // the patched cells
          const other = b.getCell(r, c);
          expect([name, cell.address, other.value]).toEqual([name, cell.address, cell.value]);
          expect([name, cell.address, JSON.stringify(other.style)]).toEqual([name, cell.address, JSON.stringify(cell.style)]);
        });
      });
    }
    // No unstyled clerk cell got a style either.
    expect(wb.getWorksheet("Ghi chép")!.getCell("A1").font).toBeUndefined();
    expect(wb.getWorksheet("Thành viên")!.getCell("B3").font).toMatchObject({ name: "Arial", size: 10 });
  });
});

describe("re-running: an owned sheet is replaced in place", () => {
  it("keeps the tab position, drops the old cells, merges and names, and rewrites", async () => {
    const dir = tempDir();
    const first = path.join(dir, "first.xlsx");
    const second = path.join(dir, "second.xlsx");
    const wb0 = new ExcelJS.Workbook();
    wb0.addWorksheet("Thành viên").getCell("A1").value = "Họ và tên";
    await wb0.xlsx.writeFile(first);

    // Run 1: a big Biểu điểm with a name; the clerk then adds a sheet after it.
    let port = await XlsxPort.fromFile(first);
    await port.write({ sheets: [docSheet({ values: [["cũ"], [], [], [], [], [], [], [], [], ["Z10"]], merges: [R(5, 0, 6, 3)] })], patches: [] });
    port.workbook.addWorksheet("Sau cùng").getCell("A1").value = "của văn thư";
    await port.save(first);

    // Run 2: a smaller Biểu điểm.
    port = await XlsxPort.fromFile(first);
    await port.write({ sheets: [docSheet({ values: [["mới"]], merges: [], names: [{ name: "DVHT_KETQUA", range: R(0, 0, 4, 1) }] })], patches: [] });
    await port.save(second);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(second);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Thành viên", "Biểu điểm", "Sau cùng"]);
    const ws = wb.getWorksheet("Biểu điểm")!;
    expect(ws.getCell("A1").value).toBe("mới");
    expect(ws.getCell("A10").value).toBeNull();
    expect(ws.model.merges).toEqual([]);
    expect(wb.definedNames.model.filter((n) => n.name === "DVHT_KETQUA")).toEqual([{ name: "DVHT_KETQUA", ranges: ["'Biểu điểm'!$A$1:$B$5"] }]);
    expect(wb.getWorksheet("Sau cùng")!.getCell("A1").value).toBe("của văn thư");
  });

  it("finds a clerk sheet for a patch whatever its Unicode form (NFC/NFD)", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Minh chứng".normalize("NFD")).getCell("A1").value = "Mã minh chứng";
    const port = XlsxPort.fromWorkbook(wb);
    await port.write({ sheets: [], patches: [{ sheet: "Minh chứng", kind: "evidence-code", top: 1, left: 0, values: [["H1-1.1-03"]] }] });
    expect(wb.worksheets[0].getCell("A2").value).toBe("H1-1.1-03");
  });

  it("keeps a clerk's external links and notes next to the product's internal links", async () => {
    const dir = tempDir();
    const wb0 = new ExcelJS.Workbook();
    const ws0 = wb0.addWorksheet("Minh chứng");
    ws0.getCell("A1").value = { text: "Cổng thông tin", hyperlink: "https://example.invalid/van-ban" };
    ws0.getCell("B1").value = { text: "về đầu", hyperlink: "#'Minh chứng'!A1" };
    ws0.getCell("C1").value = "có ghi chú";
    ws0.getCell("C1").note = "Ghi chú của văn thư";
    const input = path.join(dir, "links.xlsx");
    await wb0.xlsx.writeFile(input);
    const out = path.join(dir, "links-out.xlsx");
    const wb = await writeAndReload(
      input,
      { sheets: [docSheet({ links: [{ row: 5, col: 0, sheet: "Minh chứng", cell: "C1", text: "xem" }] })], patches: [] },
      out,
    );
    const ws = wb.getWorksheet("Minh chứng")!;
    expect(ws.getCell("A1").value).toEqual({ text: "Cổng thông tin", hyperlink: "https://example.invalid/van-ban" });
    expect(ws.getCell("B1").value).toEqual({ text: "về đầu", hyperlink: "#'Minh chứng'!A1" });
    expect(ws.getCell("C1").note).toBe("Ghi chú của văn thư");
    expect(wb.getWorksheet("Biểu điểm")!.getCell("A6").value).toEqual({ text: "xem", hyperlink: "#'Minh chứng'!C1" });
    const xml = await sheetPart(out, "Minh chứng");
    expect(xml).toContain(`location="&apos;Minh chứng&apos;!A1"`);
    expect(xml).not.toContain(`location="#`);
  });

  it("reports the sheet names written and the cell count", async () => {
    const port = XlsxPort.fromWorkbook(new ExcelJS.Workbook());
    const report = await port.write({ sheets: [docSheet(), registrySheet()], patches: [] });
    expect(report.sheets).toEqual({ "bieu-diem": "Biểu điểm", registry: "_dvht" });
    expect(report.cellsWritten).toBe(10);
  });
});

describe("data bars and the page number in the top margin", () => {
  const plan = (): WritePlan => ({
    sheets: [
      docSheet({
        values: [
          ["Mức độ 2", "Mức độ 1"],
          [3, 0],
          [5, 2],
        ],
        dataBars: [
          { range: R(1, 0, 2, 0), color: "#81C784", max: 5 },
          { range: R(1, 1, 2, 1), color: "#64B5F6", max: 5 },
        ],
        print: {
          paperSize: "A4",
          orientation: "portrait",
          margins: { top: 20, bottom: 20, left: 30, right: 15 },
          fitToWidth: true,
          header: "&P",
          differentFirst: true,
        },
      }),
    ],
    patches: [],
  });
  const sheetXml = async () => {
    const port = XlsxPort.fromWorkbook(new ExcelJS.Workbook());
    await port.write(plan());
    const zip = await JSZip.loadAsync(await port.toBuffer());
    return (await zip.file("xl/worksheets/sheet1.xml").async("string")) as string;
  };

  test("solid bars from 0 (no bar for 0), on one scale; the same rule writes the same ids, run after run", async () => {
    const a = await sheetXml();
    const b = await sheetXml();
    expect(a).toBe(b);
    expect(a.match(/<x14:dataBar [^>]*minLength="0"[^>]*gradient="0"/g)).toHaveLength(2);
    expect(a).toMatch(/<cfvo type="num" val="0"\/><cfvo type="num" val="5"\/>/);
    const ids = [...a.matchAll(/<x14:id>([^<]+)<\/x14:id>/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(2);
  });

  test("the page number is centred in the header, and the first page has none", async () => {
    const a = await sheetXml();
    expect(a).toMatch(/<headerFooter differentFirst="1"[^>]*><oddHeader>&amp;C&amp;P<\/oddHeader>/);
    expect(a).not.toMatch(/<firstHeader>[^<]/);
  });
});
