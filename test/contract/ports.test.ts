/**
 * One contract, two adapters: the Office.js adapter (on the in-memory Excel) and the exceljs
 * adapter (XlsxPort) read the same workbook into the same grids, the core makes the same model and
 * result from them, and writing the plan leaves the same cells in both workbooks. So a test on an
 * .xlsx file tests what the clerk gets in Excel.
 */
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { run, type RunOptions } from "../../src/core";
import type { SheetGrid, WorkbookGrids } from "../../src/core/grid";
import type { WorkbookPort } from "../../src/core/port";
import { OfficePort } from "../../src/excel/port";
import { XlsxPort } from "../../src/xlsx";
import { FakeWorkbook } from "../fakes/excel";

const SAMPLE = path.join(__dirname, "../../samples/truong-tieu-hoc-binh-an-2023.xlsx");
const SAMPLE_2026 = path.join(__dirname, "../../samples/truong-tieu-hoc-tan-phu-2026.xlsx");
// 15/11/2023 as an Excel serial: the core never reads the clock.
const TODAY = 45245;

/** A fixture: how to build the workbook in exceljs (the fake is loaded from its grids). */
interface Fixture {
  name: string;
  workbook: () => Promise<ExcelJS.Workbook>;
  /** `today` defaults to 15/11/2023. */
  options: Omit<RunOptions, "today"> & { today?: number };
}

async function sample(): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(SAMPLE);
  return wb;
}

/** Today's job: the 2026 sample under Thông tư 24 (the Bản tổng hợp, the 3.3 value written back). */
async function sample2026(): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(SAMPLE_2026);
  return wb;
}

/** A workbook whose cells hold text that must stay text (and a clerk's sheet named like an output). */
async function tricky(): Promise<ExcelJS.Workbook> {
  const wb = await sample();
  wb.addWorksheet("Biểu điểm").getCell("A1").value = "Bảng điểm riêng của tổ trưởng";
  return wb;
}

/** Clerk text that Excel would take for formulas or numbers if written carelessly. */
async function formulaLike(): Promise<ExcelJS.Workbook> {
  const wb = await sample();
  const members = wb.getWorksheet("Thành viên")!;
  members.getCell("B6").value = "=Lê Văn Hùng"; // name column (B), first member
  members.getCell("C7").value = "-Phó Hiệu trưởng";
  members.getCell("D8").value = "@Tổ 1";
  const evidence = wb.getWorksheet("Minh chứng")!;
  evidence.getCell("C3").value = "+Kế hoạch đăng ký";
  return wb;
}

/** A clerk's own "Kiểm tra", which a registry of an old product version names (a name proves nothing alone). */
async function oldRegistry(): Promise<ExcelJS.Workbook> {
  const wb = await sample();
  wb.addWorksheet("Kiểm tra").getCell("A1").value = "Việc cần kiểm tra của tổ văn phòng";
  const reg = wb.addWorksheet("_dvht");
  reg.addRow(["dvht-registry", "1", "Trang này do phần mềm Đơn vị học tập (dvht) quản lý. Không sửa."]);
  reg.addRow(["sheet", "kiem-tra", "Kiểm tra"]);
  reg.state = "veryHidden";
  return wb;
}

const FIXTURES: Fixture[] = [
  { name: "the sample workbook (Bình An 2023)", workbook: sample, options: {} },
  { name: "the sample workbook with the dossier", workbook: sample, options: { dossier: true } },
  { name: "a clerk's own 'Biểu điểm' sheet", workbook: tricky, options: {} },
  { name: "a clerk's own 'Kiểm tra' that an old registry names", workbook: oldRegistry, options: {} },
  { name: "text starting with = + - @ in the clerk's data, with the dossier", workbook: formulaLike, options: { dossier: true } },
  // 10/12/2026: the core never reads the clock.
  { name: "the 2026 sample (Tân Phú, Thông tư 24)", workbook: sample2026, options: { today: 46366 } },
  { name: "the 2026 sample (Tân Phú, Thông tư 24) with the dossier", workbook: sample2026, options: { today: 46366, dossier: true } },
];

/**
 * Trailing blanks are not data: compare grids without them. (Both adapters read an empty string
 * as a blank cell, as Excel stores nothing when "" is written.)
 */
function normal(g: SheetGrid) {
  const values = g.values.map((r) => {
    const x = [...r];
    while (x.length && x[x.length - 1] === null) x.pop();
    return x;
  });
  while (values.length && values[values.length - 1].length === 0) values.pop();
  return { name: g.name, values, visibility: g.visibility ?? "visible", merges: [...(g.merges ?? [])].sort((a, b) => a.top - b.top || a.left - b.left) };
}
const normalAll = (g: WorkbookGrids) => g.sheets.map(normal);

async function bothPorts(f: Fixture): Promise<{ xlsx: WorkbookPort; office: OfficePort; fake: FakeWorkbook; xlsxBook: ExcelJS.Workbook }> {
  const xlsxBook = await f.workbook();
  const xlsx = XlsxPort.fromWorkbook(xlsxBook);
  const fake = FakeWorkbook.fromGrids(await XlsxPort.fromWorkbook(await f.workbook()).read());
  const office = new OfficePort({ run: (batch) => fake.run(batch as never) as never });
  return { xlsx, office, fake, xlsxBook };
}

beforeAll(() => {
  if (!fs.existsSync(SAMPLE)) throw new Error(`The sample workbook is missing: ${SAMPLE} (npm run sample).`);
});

describe.each(FIXTURES)("contract: $name", (f) => {
  test("same grids, same model, same result, same cells written; running twice changes nothing", async () => {
    const { xlsx, office, fake } = await bothPorts(f);
    const gx = await xlsx.read();
    const go = await office.read();
    expect(normalAll(go)).toEqual(normalAll(gx));
    expect(go).toEqual(gx);

    const ox = run(gx, { today: TODAY, ...f.options });
    const oo = run(go, { today: TODAY, ...f.options });
    expect(oo.model).toEqual(ox.model);
    expect(oo.result).toEqual(ox.result);
    expect(oo.issues).toEqual(ox.issues);
    expect(oo.plan).toEqual(ox.plan);

    const rx = await xlsx.write(ox.plan);
    const ro = await office.write(oo.plan);
    expect(ro.sheets).toEqual(rx.sheets);
    expect(ro.cellsWritten).toBe(rx.cellsWritten);
    expect(fake.formulaCells()).toEqual([]);

    const afterX = normalAll(await xlsx.read());
    const afterO = normalAll(await office.read());
    expect(afterO.map((s) => s.name)).toEqual(afterX.map((s) => s.name));
    for (let i = 0; i < afterX.length; i++) expect({ sheet: afterO[i].name, ...afterO[i] }).toEqual({ sheet: afterX[i].name, ...afterX[i] });
    if (f.workbook === formulaLike) {
      // The output really carries such text at the start of cells, and it stayed text.
      const written = afterO.filter((g) => !gx.sheets.some((s) => s.name === g.name)).flatMap((g) => g.values.flat());
      expect(written.filter((v) => typeof v === "string" && /^[=+\-@]/.test(v)).length).toBeGreaterThan(0);
    }

    // Idempotent from the first run on (its notes, e.g. "sheet name taken", are said again): running
    // again writes the same workbook, in both adapters.
    await office.write(run(await office.read(), { today: TODAY, ...f.options }).plan);
    expect(normalAll(await office.read())).toEqual(afterO);
    await xlsx.write(run(await xlsx.read(), { today: TODAY, ...f.options }).plan);
    expect(normalAll(await xlsx.read())).toEqual(afterX);
    expect(fake.formulaCells()).toEqual([]);
  });
});

test("the core's own output (ket-qua, registry) is recognised by both after a write", async () => {
  const { xlsx, office } = await bothPorts(FIXTURES[0]);
  const o = run(await office.read(), { today: TODAY });
  await office.write(o.plan);
  await xlsx.write(run(await xlsx.read(), { today: TODAY }).plan);
  const second = run(await office.read(), { today: TODAY });
  expect(second.model.owned).toEqual(run(await xlsx.read(), { today: TODAY }).model.owned);
  expect(Object.keys(second.model.owned).length).toBeGreaterThan(0);
});

test("both refuse a plan that would replace a sheet it does not claim (the clerk's 'Biểu điểm'), before writing anything", async () => {
  const { xlsx, office, fake, xlsxBook } = await bothPorts(FIXTURES[2]);
  await office.read();
  const plan = {
    sheets: [{ id: "bieu-diem", name: "Biểu điểm", values: [["x"]], styles: [], merges: [], columnWidths: [] }],
    patches: [],
    owned: ["Kiểm tra"],
  };
  const syncs = fake.syncCount;
  await expect(office.write(plan)).rejects.toMatchObject({ problem: "notOwned", sheet: "Biểu điểm" });
  expect(fake.syncCount).toBe(syncs);
  await expect(xlsx.write(plan)).rejects.toThrow(/does not own/);
  expect(xlsxBook.getWorksheet("Biểu điểm")!.getCell("A1").value).toBe("Bảng điểm riêng của tổ trưởng");
});

test("a clerk's own 'Kiểm tra' that an old registry names is kept by both adapters; the product's goes beside it", async () => {
  const { xlsx, office, xlsxBook } = await bothPorts({ name: "old registry", workbook: oldRegistry, options: {} });
  for (const port of [xlsx, office]) {
    const o = run(await port.read(), { today: TODAY });
    expect(o.plan.owned).toEqual(["_dvht"]);
    await port.write(o.plan);
    const after = await port.read();
    expect(after.sheets.find((g) => g.name === "Kiểm tra")!.values).toEqual([["Việc cần kiểm tra của tổ văn phòng"]]);
    expect(after.sheets.find((g) => g.name === "Kiểm tra (2)")!.values[0][0]).toBe("KIỂM TRA DỮ LIỆU ĐÁNH GIÁ ĐƠN VỊ HỌC TẬP");
  }
  expect(xlsxBook.getWorksheet("Kiểm tra")!.getCell("A1").value).toBe("Việc cần kiểm tra của tổ văn phòng");
});

test("Thông tư 24 in both: the Bản tổng hợp in place of the Biểu điểm, and the blank 3.3 filled from the collective title", async () => {
  const f = FIXTURES.find((x) => x.workbook === sample2026)!;
  const { xlsx, office } = await bothPorts(f);
  const o = run(await office.read(), { today: 46366 });
  await office.write(o.plan);
  await xlsx.write(run(await xlsx.read(), { today: 46366 }).plan);
  for (const port of [office, xlsx] as WorkbookPort[]) {
    const g = await port.read();
    expect(g.sheets.map((s) => s.name)).toEqual(expect.arrayContaining(["Bản tổng hợp", "Kiểm tra", "Kết quả"]));
    expect(g.sheets.map((s) => s.name)).not.toContain("Biểu điểm");
    const items = g.sheets.find((s) => s.name === "Tiêu chí đơn vị")!;
    expect(items.values.find((r) => r[0] === "3.3")![2]).toBe("Đạt");
  }
});

test("in a real file: the clerk inserts a 'Ghi chú' column where the band was; the next run finds the band by its header and keeps every note", async () => {
  const book = await sample();
  const port = XlsxPort.fromWorkbook(book);
  const first = run(await port.read(), { today: TODAY });
  await port.write(first.plan);
  const members = (g: WorkbookGrids) => g.sheets.find((s) => s.name === "Thành viên")!;
  const g1 = await port.read();
  const headerRow = members(g1).values.findIndex((r) => r.includes("KẾT QUẢ ĐÁNH GIÁ (tự động)"));
  const band = members(g1).values[headerRow].indexOf("KẾT QUẢ ĐÁNH GIÁ (tự động)");
  // Excel's "Insert column" at the band's first column, and a note on every row of the table.
  const ws = book.getWorksheet("Thành viên")!;
  const rows = members(g1).values.length;
  const named = (r: number) => first.model.members.some((m) => m.row === r + 1);
  ws.spliceColumns(
    band + 1,
    0,
    // A note on every member's row (the tổ's title rows and the rows under the table stay blank).
    Array.from({ length: rows }, (_, r) => (r === headerRow ? "Ghi chú" : r > headerRow && named(r) ? `Ghi chú dòng ${r + 1}` : null)),
  );
  const notes = (g: WorkbookGrids) => members(g).values.map((r) => r[band] ?? null);
  const before = notes(await port.read());
  expect(before.filter((v) => typeof v === "string" && v.startsWith("Ghi chú dòng")).length).toBeGreaterThan(8);
  const second = run(await port.read(), { today: TODAY });
  expect(second.summary).toEqual(first.summary);
  await port.write(second.plan);
  const g2 = await port.read();
  expect(notes(g2)).toEqual(before);
  expect(members(g2).values[headerRow].indexOf("KẾT QUẢ ĐÁNH GIÁ (tự động)")).toBe(band + 1);
});
