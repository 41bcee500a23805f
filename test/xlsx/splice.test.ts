/**
 * The command line's writer: the plan goes into the clerk's own package, and every part the product
 * does not own keeps its bytes (charts, chart sheets, parts no library knows). Checked part by part on
 * the zip, and by reading the result back (SheetJS for values, exceljs for styles).
 */
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { run } from "../../src/core";
import type { CellPatch, SheetPlan, WritePlan } from "../../src/core/plan";
import { XlsxPort } from "../../src/xlsx";
import { openWorkbookBytes } from "../../src/xlsx/open";
import { checkNothingLost, renderPlan, WouldLoseData } from "../../src/xlsx/output";
import { ZipPackage } from "../../src/xlsx/package";
import { readWithSheetJs } from "../../src/xlsx/read";
import { splicePlan } from "../../src/xlsx/splice";
import { handWorkbook, partsOf, withExtras, type HandOptions } from "./helpers/ooxml";

const SAMPLE = path.join(__dirname, "../../samples/truong-tieu-hoc-binh-an-2023.xlsx");
const TODAY = 45245;
const R = (top: number, left: number, bottom = top, right = left) => ({ top, left, bottom, right });

function ownedSheet(over: Partial<SheetPlan> = {}): SheetPlan {
  return {
    id: "bieu-diem",
    name: "Biểu điểm",
    values: [["=1+1", "Tổng", 95.75], ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"]],
    styles: [
      { range: R(0, 0, 1, 2), style: { font: { name: "Times New Roman", size: 13 } } },
      { range: R(1, 0), style: { font: { bold: true }, fill: "#DDEBF7", align: { h: "center", wrap: true }, border: { bottom: "medium" } } },
      { range: R(0, 2), style: { numberFormat: "0.00" } },
    ],
    merges: [R(1, 0, 1, 2)],
    columnWidths: [30, 12],
    links: [{ row: 3, col: 0, sheet: "Thành viên", cell: "B2", text: "Thành viên!B2" }],
    names: [{ name: "DVHT_KETQUA", range: R(0, 0, 1, 2) }],
    print: { paperSize: "A4", orientation: "portrait", margins: { top: 20, bottom: 20, left: 30, right: 15 }, fitToWidth: true, printArea: R(0, 0, 9, 2) },
    ...over,
  };
}

const band: CellPatch = {
  sheet: "Thành viên",
  kind: "member-band",
  top: 0,
  left: 4,
  values: [["KẾT QUẢ"], ["Đạt"], ["=thiếu"]],
  clear: R(0, 4, 5, 5),
  styles: [{ range: R(0, 4), style: { font: { bold: true }, fill: "#FFF2CC" } }],
  columnWidths: [{ col: 4, width: 14 }],
};

/** A clerk's workbook: members with a styled header, an old band, a chart on the members sheet, a chart sheet, a part nobody knows. */
async function clerkWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Thành viên");
  ws.addRow(["STT", "Họ và tên", "Tổ", "Ghi chú"]);
  ws.addRow([1, "Nguyễn Văn An", "Tổ 1", "chuyển đến"]);
  ws.addRow([2, "Trần Thị Bình", "Tổ 2", null]);
  ws.getRow(1).font = { name: "Arial", bold: true, color: { argb: "FF112233" } };
  ws.getCell("E2").value = "cũ";
  ws.getCell("F3").value = "cũ";
  ws.getCell("F3").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFF0000" } };
  ws.getCell("G2").value = { formula: "A2*2", result: 2 };
  wb.addWorksheet("Ghi chép").getCell("A1").value = "của văn thư";
  wb.definedNames.add("'Ghi chép'!$A$1", "GhiChep");
  const bytes = Buffer.from(await wb.xlsx.writeBuffer());
  return withExtras(bytes, {
    chartOn: { sheet: "Thành viên", ref: "'Thành viên'!$A$2:$A$3" },
    chartSheet: { name: "Biểu đồ", ref: "'Thành viên'!$A$2:$A$3" },
    unknownPart: true,
    customXml: true,
  });
}

async function splice(bytes: Buffer, plan: WritePlan): Promise<Buffer> {
  return (await splicePlan(await ZipPackage.load(bytes), plan)).bytes;
}

const PLAN: WritePlan = { sheets: [ownedSheet()], patches: [band], activate: "bieu-diem" };

describe("writing into the clerk's package", () => {
  let input: Buffer;
  let output: Buffer;
  let before: Map<string, Buffer>;
  let after: Map<string, Buffer>;

  beforeAll(async () => {
    input = await clerkWorkbook();
    output = await splice(input, PLAN);
    before = await partsOf(input);
    after = await partsOf(output);
  });

  it("keeps every part it does not own byte for byte: charts, the chart sheet, drawings, unknown parts, custom XML", () => {
    const changed = [...before.keys()].filter((n) => !after.get(n)?.equals(before.get(n)!)).sort();
    expect(changed).toEqual(["[Content_Types].xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml"]);
    expect([...after.keys()].filter((n) => !before.has(n))).toEqual(["xl/worksheets/sheet3.xml"]);
    for (const kept of [
      "xl/chartsheets/sheet1.xml",
      "xl/charts/chart1.xml",
      "xl/charts/chart2.xml",
      "xl/drawings/drawing92.xml",
      "xl/dvht-test/unknown.bin",
      "customXml/item1.xml",
    ]) {
      expect(after.get(kept)).toEqual(before.get(kept));
    }
  });

  it("lists every sheet of the input, the chart sheet included, and adds the product's after them", () => {
    expect(readWithSheetJs(output).allSheets).toEqual([
      { name: "Thành viên", kind: "worksheet" },
      { name: "Ghi chép", kind: "worksheet" },
      { name: "Biểu đồ", kind: "chart" },
      { name: "Biểu điểm", kind: "worksheet" },
    ]);
  });

  it("changes in the patched sheet only the patched rows and the column width; the chart on it stays", () => {
    const was = before.get("xl/worksheets/sheet1.xml")!.toString("utf8");
    const now = after.get("xl/worksheets/sheet1.xml")!.toString("utf8");
    expect(now).toContain('<drawing r:id="rId1"/>');
    const outside = (x: string) =>
      x
        .replace(/<sheetData>[\s\S]*<\/sheetData>/, "")
        .replace(/<cols>[\s\S]*<\/cols>/, "")
        .replace(/<dimension[^>]*>/, "");
    expect(outside(now).replace(/ tabSelected="1"/, "")).toBe(outside(was).replace(/ tabSelected="1"/, ""));
    expect(readWithSheetJs(output).grids.sheets[0].values).toEqual([
      ["STT", "Họ và tên", "Tổ", "Ghi chú", "KẾT QUẢ"],
      [1, "Nguyễn Văn An", "Tổ 1", "chuyển đến", "Đạt", null, 2],
      [2, "Trần Thị Bình", "Tổ 2", null, "=thiếu"],
    ]);
    expect(now).not.toMatch(/<f>[^<]*thiếu/);
  });

  it("appends styles without renumbering the clerk's, and puts the patch's style on top of the cell's own", async () => {
    const xfs = (b: Buffer) => /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(b.toString("utf8"))![1];
    expect(xfs(after.get("xl/styles.xml")!).startsWith(xfs(before.get("xl/styles.xml")!))).toBe(true);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(output as unknown as ArrayBuffer);
    const ws = wb.getWorksheet("Thành viên")!;
    // E1 was an empty cell of the clerk's bold Arial header row? No: the row style is on A1:D1 only, so E1 starts from the default.
    expect(ws.getCell("E1").font).toMatchObject({ bold: true });
    expect(ws.getCell("E1").fill).toMatchObject({ pattern: "solid", fgColor: { argb: "FFFFF2CC" } });
    expect(ws.getCell("B1").font).toMatchObject({ name: "Arial", bold: true, color: { argb: "FF112233" } });
    expect(ws.getCell("F3").value).toBeNull();
    expect((ws.getCell("F3").fill as ExcelJS.FillPattern | undefined)?.pattern ?? "none").toBe("none");
    expect(ws.getColumn(5).width).toBe(14);
    const doc = wb.getWorksheet("Biểu điểm")!;
    expect(doc.getCell("A2").font).toMatchObject({ name: "Times New Roman", size: 13, bold: true });
    expect(doc.getCell("A2").border?.bottom).toMatchObject({ style: "medium" });
    expect(doc.getCell("C1").numFmt).toBe("0.00");
    expect(doc.getCell("A1").type).toBe(ExcelJS.ValueType.String);
    expect(doc.model.merges).toEqual(["A2:C2"]);
  });

  it("keeps the clerk's defined names and adds the product's (print area local to its sheet)", () => {
    const wb = after.get("xl/workbook.xml")!.toString("utf8");
    const names = [...wb.matchAll(/<definedName ([^>]*)>([^<]*)<\/definedName>/g)].map((m) => `${m[1]} ${m[2].replace(/&apos;/g, "'")}`);
    expect(names).toEqual([
      `name="GhiChep" 'Ghi chép'!$A$1`,
      `name="DVHT_KETQUA" 'Biểu điểm'!$A$1:$C$2`,
      `name="_xlnm.Print_Area" localSheetId="3" 'Biểu điểm'!$A$1:$C$10`,
    ]);
  });

  it("opens on the product's sheet, with one selected tab", async () => {
    const wb = after.get("xl/workbook.xml")!.toString("utf8");
    expect(wb).toMatch(/<workbookView[^>]*activeTab="3"/);
    const selected = [...after.entries()].filter(([n, b]) => /sheets\/sheet\d+\.xml$/.test(n) && /tabSelected="1"/.test(b.toString("utf8"))).map(([n]) => n);
    expect(selected).toEqual(["xl/worksheets/sheet3.xml"]);
  });

  it("writes internal links as locations Excel follows", () => {
    expect(after.get("xl/worksheets/sheet3.xml")!.toString("utf8")).toContain(`location="&apos;Thành viên&apos;!B2"`);
  });

  it("gives the same workbook when run again on its own output (the owned sheet replaced in place, nothing appended twice)", async () => {
    const again = await partsOf(await splice(output, PLAN));
    expect([...again.keys()].sort()).toEqual([...after.keys()].sort());
    for (const [n, b] of after) expect([n, again.get(n)!.toString("utf8")]).toEqual([n, b.toString("utf8")]);
  });

  it("replaces an owned sheet at its place, dropping what was attached to it", async () => {
    const zip = await JSZip.loadAsync(output);
    zip.file(
      "xl/worksheets/_rels/sheet3.xml.rels",
      `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>`,
    );
    const next = await partsOf(await splice(await zip.generateAsync({ type: "nodebuffer" }), { sheets: [ownedSheet({ values: [["mới"]] })], patches: [] }));
    expect(next.has("xl/worksheets/_rels/sheet3.xml.rels")).toBe(false);
    expect(readWithSheetJs(Buffer.from(await (await JSZip.loadAsync(output)).generateAsync({ type: "nodebuffer" }))).allSheets.length).toBe(4);
    const names = /<sheets>([\s\S]*?)<\/sheets>/.exec(next.get("xl/workbook.xml")!.toString("utf8"))![1].match(/name="[^"]+"/g);
    expect(names).toEqual(['name="Thành viên"', 'name="Ghi chép"', 'name="Biểu đồ"', 'name="Biểu điểm"']);
  });
});

test("replaces an existing sheet only when the plan says the product owns it", async () => {
  const input = await clerkWorkbook();
  const plan = (owned: string[]): WritePlan => ({ sheets: [ownedSheet({ name: "Ghi chép" })], patches: [], owned });
  await expect(splice(input, plan(["Biểu điểm"]))).rejects.toThrow(/does not own/);
  const out = await splice(input, plan(["Ghi chép"]));
  expect(readWithSheetJs(out).grids.sheets.find((s) => s.name === "Ghi chép")!.values[0][0]).toBe("=1+1");
});

describe("patches", () => {
  it("drop the calculation chain only when a formula cell is overwritten", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Thành viên");
    ws.getCell("A1").value = { formula: "1+1", result: 2 };
    ws.getCell("B1").value = { formula: "A1+1", result: 3 };
    const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
    zip.file(
      "xl/calcChain.xml",
      `<?xml version="1.0"?><calcChain xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><c r="A1" i="1"/><c r="B1"/></calcChain>`,
    );
    const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
    zip.file(
      "xl/_rels/workbook.xml.rels",
      rels.replace(
        "</Relationships>",
        `<Relationship Id="rIdCC" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain" Target="calcChain.xml"/></Relationships>`,
      ),
    );
    const bytes = await zip.generateAsync({ type: "nodebuffer" });
    const keep = await partsOf(await splice(bytes, { sheets: [], patches: [{ sheet: "Thành viên", kind: "unit-points", top: 0, left: 2, values: [[1]] }] }));
    expect(keep.has("xl/calcChain.xml")).toBe(true);
    const drop = await partsOf(await splice(bytes, { sheets: [], patches: [{ sheet: "Thành viên", kind: "unit-points", top: 0, left: 1, values: [[1]] }] }));
    expect(drop.has("xl/calcChain.xml")).toBe(false);
    expect(drop.get("xl/_rels/workbook.xml.rels")!.toString()).not.toContain("calcChain");
  });

  it.each([
    ["the .NET packaging API's prefixes, absolute names and byte-order marks", { prefix: "x", absoluteTargets: true, bom: true }],
    ["rows and cells without r", { noR: true }],
    ["lower-case cell references", { lower: true }],
    ["backslash zip paths", { backslashes: true }],
  ] as [string, HandOptions & { noR?: boolean; lower?: boolean }][])("go into a sheet written with %s", async (_name, o) => {
    let rows = `<row r="1"><c r="A1" t="inlineStr"><is><t>Họ và tên</t></is></c></row><row r="3"><c r="A3" t="inlineStr"><is><t>An</t></is></c><c r="C3"><v>7</v></c></row>`;
    if (o.noR) rows = `<row><c t="inlineStr"><is><t>Họ và tên</t></is></c></row><row/><row><c t="inlineStr"><is><t>An</t></is></c><c/><c><v>7</v></c></row>`;
    if (o.lower) rows = rows.replace(/r="([A-Z])(\d)"/g, (_, c: string, n: string) => `r="${c.toLowerCase()}${n}"`);
    const bytes = await handWorkbook([{ name: "Thành viên", rows }], o);
    const opened = await openWorkbookBytes(bytes, "x.xlsx");
    const plan: WritePlan = {
      sheets: [ownedSheet()],
      patches: [
        {
          sheet: "Thành viên",
          kind: "member-band",
          top: 0,
          left: 1,
          values: [["KQ"], [null], ["Đạt"]],
          styles: [{ range: R(0, 1, 2, 1), style: { font: { bold: true } } }],
        },
      ],
    };
    const out = await renderPlan(opened, plan);
    expect(out.kind).toBe("kept");
    const again = await openWorkbookBytes(out.bytes, "x.xlsx");
    expect(again.book.grids.sheets.map((s) => s.name)).toEqual(["Thành viên", "Biểu điểm"]);
    expect(again.book.grids.sheets[0].values).toEqual([["Họ và tên", "KQ"], [], ["An", "Đạt", 7]]);
  });

  it("cap every cell at Excel's 32,767 characters, in the product's sheets and in patches", async () => {
    const long = "Ô".repeat(40000);
    const bytes = await handWorkbook([{ name: "Thành viên", rows: `<row r="1"><c r="A1"><v>1</v></c></row>` }]);
    const out = await renderPlan(await openWorkbookBytes(bytes, "x.xlsx"), {
      sheets: [ownedSheet({ values: [[long]], links: [] })],
      patches: [{ sheet: "Thành viên", kind: "member-band", top: 0, left: 1, values: [[long]] }],
    });
    const grids = readWithSheetJs(out.bytes).grids.sheets;
    for (const g of grids) {
      const v = g.values[0].find((x) => typeof x === "string") as string;
      expect(v.length).toBe(32767);
      expect(v.endsWith("…")).toBe(true);
    }
    // The exceljs writer (templates, the district's table) caps too.
    const port = XlsxPort.fromWorkbook(new ExcelJS.Workbook());
    await port.write({ sheets: [ownedSheet({ values: [[long]], links: [] })], patches: [] });
    expect((port.workbook.getWorksheet("Biểu điểm")!.getCell("A1").value as string).length).toBe(32767);
  });
});

describe("the guard: never fewer sheets or clerk cells than were read", () => {
  it("refuses an output that lost a sheet, or changed a clerk cell outside the patched areas", async () => {
    const before = readWithSheetJs(await clerkWorkbook());
    const lostSheet = { ...before, allSheets: before.allSheets.filter((s) => s.kind !== "chart") };
    expect(() => checkNothingLost(before, lostSheet, PLAN, "kept")).toThrow(WouldLoseData);
    const changed = structuredClone(before);
    changed.grids.sheets[1].values[0][0] = "khác";
    try {
      checkNothingLost(before, changed, PLAN, "kept");
      throw new Error("not refused");
    } catch (e) {
      expect(e).toBeInstanceOf(WouldLoseData);
      expect((e as WouldLoseData).changedCells).toEqual([{ sheet: "Ghi chép", count: 1 }]);
    }
    // The band the plan clears and rewrites may change; nothing else.
    const banded = structuredClone(before);
    banded.grids.sheets[0].values[1][4] = "Đạt";
    expect(() => checkNothingLost(before, banded, PLAN, "kept")).not.toThrow();
  });
});

/** The exceljs writer (the contract with Office.js is proved on it) and this one leave the same cells. */
describe.each([
  ["the sample", {}],
  ["the sample with the dossier", { dossier: true }],
] as const)("same result as the exceljs writer: %s", (_name, options) => {
  test("same sheets, values and merges read back", async () => {
    const bytes = fs.readFileSync(SAMPLE);
    const opened = await openWorkbookBytes(bytes, SAMPLE);
    const plan = run(opened.book.grids, { today: TODAY, ...options }).plan;
    const spliced = readWithSheetJs((await renderPlan(opened, plan)).bytes).grids;
    const port = await XlsxPort.fromFile(SAMPLE);
    await port.write(run(await port.read(), { today: TODAY, ...options }).plan);
    const viaExcelJs = readWithSheetJs(await port.toBuffer()).grids;
    expect(spliced).toEqual(viaExcelJs);
  });
});
