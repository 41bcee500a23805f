/**
 * Through the Office.js adapter on the in-memory Excel, as the pane does it (evaluateAndWrite): a second
 * click changes nothing, sheets are named as the workbook spells them, and only what the product owns
 * is written.
 */
import * as fs from "fs";
import * as path from "path";
import type { WorkbookGrids } from "../../src/core";
import { OfficePort, type ExcelRunner } from "../../src/excel/port";
import { evaluateAndWrite } from "../../src/taskpane/session";
import { readWithSheetJs } from "../../src/xlsx/read";
import { FakeWorkbook } from "../fakes/excel";
import { cleanBook, FULL_UNIT_ITEMS, pointsOf, TODAY, unitItems } from "../core/helpers";

const runner =
  (wb: FakeWorkbook): ExcelRunner =>
  (batch) =>
    wb.run(batch as never) as never;
const port = (wb: FakeWorkbook) => new OfficePort({ run: runner(wb) });
const SAMPLES = path.join(__dirname, "../../samples");

/** Everything the fake holds, in a stable order: what "the same workbook" means here. */
function state(wb: FakeWorkbook): unknown {
  return wb.sheets.map((s) => ({
    name: s.name,
    visibility: s.visibility,
    cells: [...s.cells.entries()].filter(([, c]) => c.value !== "" || c.format || c.numberFormat || c.hyperlink).sort(([a], [b]) => (a < b ? -1 : 1)),
    merges: [...s.merges].sort((a, b) => a.top - b.top || a.left - b.left),
    columnWidths: [...s.columnWidths.entries()].sort((a, b) => a[0] - b[0]),
    hiddenColumns: [...s.hiddenColumns].sort((a, b) => a - b),
    rowHeights: [...s.rowHeights.entries()].sort((a, b) => a[0] - b[0]),
    validations: s.validations,
    freeze: s.freeze,
    tabColor: s.tabColor,
    pageLayout: s.pageLayout,
  }));
}

const click = async (wb: FakeWorkbook, dossier = false) => (await evaluateAndWrite(port(wb), TODAY, dossier, () => {})).outcome;

describe("a second click changes nothing (Office.js adapter, the fake)", () => {
  const samples = fs.readdirSync(SAMPLES).filter((f) => f.endsWith(".xlsx"));
  test.each(samples.flatMap((f) => [[f, false] as const, [f, true] as const]))(
    "%s (dossier: %s): the second and third clicks leave the workbook as the first did",
    async (file, dossier) => {
      const wb = FakeWorkbook.fromGrids(readWithSheetJs(fs.readFileSync(path.join(SAMPLES, file))).grids);
      const first = await click(wb, dossier);
      const after1 = JSON.stringify(state(wb));
      const second = await click(wb, dossier);
      expect(JSON.stringify(state(wb))).toBe(after1);
      expect(second.summary).toEqual(first.summary);
      await click(wb, dossier);
      expect(JSON.stringify(state(wb))).toBe(after1);
    },
  );

  test("3b left blank: derived and written once, derived again on the next click (the score does not drop)", async () => {
    const g = cleanBook(4);
    g.sheets[2] = unitItems(FULL_UNIT_ITEMS.map((r) => (r[0] === "3b" ? ["3b", "TTLĐTT", 10, null, null, null] : r)));
    const wb = FakeWorkbook.fromGrids(g);
    const first = await click(wb);
    expect(wb.sheet("Tiêu chí đơn vị")!.cells.get("4,3")!.value).toBe(10);
    const second = await click(wb);
    expect(pointsOf(second.summary).total).toBe(pointsOf(first.summary).total);
    expect(pointsOf(second.summary).total).toBe(100);
  });

  test.each<[string, string, string, (c: { summary: { rating: string; items: { id: string }[] } }) => unknown, unknown]>([
    [
      "the Bình An sample (Thông tư 22), 3b left blank",
      "truong-tieu-hoc-binh-an-2023.xlsx",
      "3b",
      (o) => [o.summary.rating, pointsOf(o.summary as never).total],
      ["Tốt", 95.75],
    ],
    [
      "the Tân Phú 2026 sample (Thông tư 24), 3.3 left blank",
      "truong-tieu-hoc-tan-phu-2026.xlsx",
      "3.3",
      (o) => [o.summary.rating, (o.summary.items.find((i) => i.id === "3.3") as { met?: unknown }).met],
      ["Mức độ 1", { "Mức độ 1": true, "Mức độ 2": true }],
    ],
  ])(
    "%s: derived from the collective title on every click, and the second and third clicks leave the workbook as the first did",
    async (_name, file, id, seen, expected) => {
      const grids = readWithSheetJs(fs.readFileSync(path.join(SAMPLES, file))).grids;
      const items = grids.sheets.find((s) => s.name === "Tiêu chí đơn vị")!;
      const row = items.values.findIndex((r) => r[0] === id);
      // Its value, codes and explanation cleared: the cell the product fills is blank.
      for (let c = 2; c < items.values[row].length; c++)
        if (typeof items.values[1][c] === "string" && !/^(Nội dung|Điểm tối đa)$/.test(items.values[1][c] as string)) items.values[row][c] = null;
      const wb = FakeWorkbook.fromGrids(grids);
      const outcomes = [];
      const states = [];
      for (let i = 0; i < 3; i++) {
        outcomes.push(await click(wb));
        states.push(JSON.stringify(state(wb)));
      }
      expect(outcomes.map((o) => seen(o as never))).toEqual([expected, expected, expected]);
      // The product wrote the value it derived into the blank cell, and it stays there.
      const col = items.values[1].findIndex((h) => typeof h === "string" && /^(Điểm tự đánh giá|Kết quả tự đánh giá)$/.test(h));
      expect(wb.sheet("Tiêu chí đơn vị")!.cells.get(`${row},${col}`)!.value).toBe(id === "3b" ? 10 : "Đạt");
      expect(states[1]).toBe(states[0]);
      expect(states[2]).toBe(states[0]);
    },
  );

  test("the product's sheets carry their marker in a hidden column", async () => {
    const wb = FakeWorkbook.fromGrids(cleanBook(3));
    const out = await click(wb);
    for (const p of out.plan.sheets.filter((s) => s.id !== "registry")) {
      const s = wb.sheet(p.name)!;
      const markerCol = [...s.cells.entries()].find(([, c]) => typeof c.value === "string" && c.value.startsWith("dvht:sheet:"))![0];
      expect(s.hiddenColumns.has(Number(markerCol.split(",")[1]))).toBe(true);
      expect(markerCol.startsWith("0,")).toBe(true);
    }
  });
});

describe("sheets by the name the workbook spells", () => {
  const NFD = "Thành viên".normalize("NFD");
  const nfdBook = (): WorkbookGrids => {
    const g = cleanBook(2);
    g.sheets[1] = { ...g.sheets[1], name: NFD };
    g.sheets[1].values[1][3] = "có lẽ";
    return g;
  };

  test("the grids carry an NFD name as it is; issues, Kiểm tra links, the band and 'select the cell' use it", async () => {
    const wb = FakeWorkbook.fromGrids(nfdBook());
    const p = port(wb);
    const grids = await p.read();
    expect(grids.sheets[1].name).toBe(NFD);
    const out = await click(wb);
    const bad = out.issues.find((i) => i.code === "BAD_YES_NO")!;
    expect(bad.sheet).toBe(NFD);
    await p.select(bad.sheet!, bad.cell!);
    expect(wb.selection).toEqual({ sheet: NFD, address: "D2" });
    const link = [...wb.sheet("Kiểm tra")!.cells.values()].find((c) => c.hyperlink)!.hyperlink!;
    expect(link.documentReference).toBe(`'${NFD}'!D2`);
    // No NFC twin of the members sheet appeared; the band is on the clerk's own sheet.
    expect(wb.sheets.map((s) => s.name).filter((n) => n.normalize("NFC") === "Thành viên")).toEqual([NFD]);
    expect([...wb.sheet(NFD)!.cells.values()].some((c) => c.value === "KẾT QUẢ ĐÁNH GIÁ (tự động)")).toBe(true);
  });
});
