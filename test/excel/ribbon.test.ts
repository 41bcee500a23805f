/**
 * The ribbon's Đánh giá button on the fake: the whole evaluation in two syncs (one read, one write), the result sheet
 * shown, and every failure written into the workbook (function commands cannot show messages).
 */
import { evaluateFromRibbon } from "../../src/commands/ribbon";
import { OfficePort, type ExcelRunner } from "../../src/excel/port";
import type { ApiSupport } from "../../src/excel/support";
import { FakeWorkbook } from "../fakes/excel";
import { sampleGrids } from "../fakes/workbooks";

const TODAY = 45245;
const runner =
  (wb: FakeWorkbook): ExcelRunner =>
  (batch) =>
    wb.run(batch as never) as never;
const all = () => true;
const deps = (wb: FakeWorkbook, support: ApiSupport = all) => ({ port: new OfficePort({ run: runner(wb), support }), support, today: TODAY });

test("evaluates the sample: two syncs (one read, one write), Biểu điểm shown, no formulas written", async () => {
  const wb = FakeWorkbook.fromGrids(await sampleGrids());
  const out = await evaluateFromRibbon(deps(wb));
  expect(out).toBe("ok");
  expect(wb.syncCount).toBe(2);
  expect(wb.activeSheet).toBe("Biểu điểm");
  expect(wb.sheet("Kiểm tra")).toBeDefined();
  expect(wb.sheet("_dvht")?.visibility).toBe("VeryHidden");
  expect(wb.formulaCells()).toEqual([]);
});

test("data errors: Kiểm tra is shown", async () => {
  const grids = await sampleGrids();
  const members = grids.sheets.find((s) => s.name === "Thành viên")!;
  // An answer the reader cannot understand (workbook.md: "cos" is an error at that cell).
  const row = members.values.findIndex((r) => r[1] === "Lê Văn Hùng");
  members.values[row][4] = "cos";
  const wb = FakeWorkbook.fromGrids(grids);
  const out = await evaluateFromRibbon(deps(wb));
  expect(out).toBe("errors");
  expect(wb.activeSheet).toBe("Kiểm tra");
  expect(JSON.stringify(wb.toGrid("Kiểm tra").values)).toContain("cos");
});

test("a protected members sheet: nothing half-written, the failure and the fix on a Kiểm tra sheet", async () => {
  const wb = FakeWorkbook.fromGrids(await sampleGrids());
  wb.sheet("Thành viên")!.protected = true;
  const out = await evaluateFromRibbon(deps(wb));
  expect(out).toBe("failed");
  expect(wb.sheet("Biểu điểm")).toBeUndefined();
  expect(wb.activeSheet).toBe("Kiểm tra");
  const text = JSON.stringify(wb.toGrid("Kiểm tra").values);
  expect(text).toContain("đang được bảo vệ");
  expect(text).toContain("Bỏ bảo vệ trang");
});

test("a clerk's own 'Kiểm tra' sheet is never used for the failure report", async () => {
  const wb = FakeWorkbook.fromGrids({ sheets: [{ name: "Kiểm tra", values: [["sổ kiểm tra của cô Hoa"]] }] });
  wb.failNextSyncWith = "InvalidOperationInCellEditMode";
  const out = await evaluateFromRibbon(deps(wb));
  expect(out).toBe("failed");
  expect(wb.toGrid("Kiểm tra").values).toEqual([["sổ kiểm tra của cô Hoa"]]);
  expect(JSON.stringify(wb.toGrid("Kiểm tra (dvht)").values)).toContain("chế độ sửa ô");
});

test("Excel older than ExcelApi 1.7: a Vietnamese message naming the versions that work", async () => {
  const wb = FakeWorkbook.fromGrids(await sampleGrids());
  const out = await evaluateFromRibbon(deps(wb, (v) => v === "1.1"));
  expect(out).toBe("failed");
  const text = JSON.stringify(wb.toGrid("Kiểm tra").values);
  expect(text).toContain("Excel 2019");
  expect(text).toContain("Excel trên web");
  expect(wb.sheet("Biểu điểm")).toBeUndefined();
});
