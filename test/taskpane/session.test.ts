/**
 * What the pane does, on the fake, without a browser: Tạo mẫu never touches existing sheets; the
 * settings are written into their two "Thông tin" value cells and nowhere else; evaluation reports
 * its steps in order.
 */
import { OfficePort } from "../../src/excel/port";
import {
  addTemplate,
  evaluateAndWrite,
  findSettingRow,
  preview,
  saveColumnMapping,
  saveSetting,
  writeSize,
  type Step,
  type WriteSize,
} from "../../src/taskpane/session";
import { columnChoices } from "../../src/taskpane/view";
import { evidence, FULL_EVIDENCE, FULL_UNIT_ITEMS, info, members, MEMBER_HEADER, okMember, unitItems } from "../core/helpers";
import { FakeWorkbook } from "../fakes/excel";
import { sampleGrids } from "../fakes/workbooks";

const TODAY = 45245;
const TODAY_2026 = 46356; // 30/11/2026
const portOf = (wb: FakeWorkbook) => new OfficePort({ run: (batch) => wb.run(batch as never) as never });

test("Tạo mẫu on an empty workbook adds the input sheets; a second click adds nothing", async () => {
  const wb = FakeWorkbook.fromGrids({ sheets: [{ name: "Sheet1", values: [] }] });
  const port = portOf(wb);
  const added = await addTemplate(port, TODAY);
  expect(added.length).toBeGreaterThanOrEqual(4);
  expect(wb.sheets.map((s) => s.name)).toEqual(["Sheet1", ...added]);
  expect(await addTemplate(portOf(wb), TODAY)).toEqual([]);
  // The template is what the reader recognises.
  const o = await preview(portOf(wb), TODAY);
  expect(o.model.recognition.map((r) => r.role)).toEqual(expect.arrayContaining(["members", "unitInfo", "unitItems", "evidence"]));
});

test.each([
  ["in 2026: a Thông tư 24 workbook of that year", TODAY_2026, 2026, "Tiêu chí đơn vị", "1.1"],
  ["in 2023: a Thông tư 22 workbook", TODAY, 2023, "Tiêu chí đơn vị", "1a"],
])("Tạo mẫu %s", async (_name, today, year, sheet, firstItem) => {
  const wb = FakeWorkbook.fromGrids({ sheets: [{ name: "Sheet1", values: [] }] });
  await addTemplate(portOf(wb), today);
  const o = await preview(portOf(wb), today);
  expect(o.model.unit.year).toBe(year);
  expect(wb.toGrid(sheet).values[3][0]).toBe(firstItem);
});

test("Tạo mẫu on a workbook whose Thông tin says 2023 adds the TT 22 sheets it lacks, even in 2026", async () => {
  const grids = await sampleGrids();
  grids.sheets = grids.sheets.filter((g) => g.name !== "Tiêu chí đơn vị");
  const wb = FakeWorkbook.fromGrids(grids);
  const o = await preview(portOf(wb), TODAY_2026);
  // The sample predates the council's overrides sheet: Tạo mẫu adds it too.
  expect(await addTemplate(portOf(wb), TODAY_2026, o)).toEqual(["Tiêu chí đơn vị", "Hội đồng điều chỉnh"]);
  expect(wb.toGrid("Tiêu chí đơn vị").values[3][0]).toBe("1a");
});

test("Tạo mẫu never touches an existing sheet of the same name", async () => {
  const wb = FakeWorkbook.fromGrids({ sheets: [{ name: "Thành viên", values: [["danh sách riêng của trường"]] }] });
  const added = await addTemplate(portOf(wb), TODAY);
  expect(added).not.toContain("Thành viên");
  expect(wb.toGrid("Thành viên").values).toEqual([["danh sách riêng của trường"]]);
});

test("settings: only the two value cells of Thông tin are written", async () => {
  const grids = await sampleGrids();
  const wb = FakeWorkbook.fromGrids(grids);
  const port = portOf(wb);
  const before = wb.toGrid("Thông tin").values;
  const o = await preview(port, TODAY);
  const presetRow = findSettingRow(o.model.unit.rows, "preset")!;
  const frameworkRow = findSettingRow(o.model.unit.rows, "framework")!;
  expect(presetRow.key).toBe("Phương án địa phương");
  expect(frameworkRow.key).toBe("Bộ tiêu chí");
  expect(await saveSetting(port, o, "preset", "Hà Nội")).toBe(true);
  expect(await saveSetting(port, o, "framework", "TT22/2020")).toBe(true);
  const after = wb.toGrid("Thông tin").values;
  const changed: string[] = [];
  for (let r = 0; r < Math.max(before.length, after.length); r++)
    for (let c = 0; c < Math.max(before[r]?.length ?? 0, after[r]?.length ?? 0); c++)
      if ((before[r]?.[c] ?? null) !== (after[r]?.[c] ?? null)) changed.push(`${String.fromCharCode(65 + c)}${r + 1}`);
  expect(changed.sort()).toEqual([presetRow.valueCell, frameworkRow.valueCell].sort());
  // The core reads them back: the setting travels with the file.
  const again = await preview(port, TODAY);
  expect(again.summary.preset).toBe("ha-noi");
  expect(again.summary.framework).toBe("TT22/2020");
});

test("a workbook without the setting rows: nothing written, the pane says how to add them", async () => {
  const wb = FakeWorkbook.fromGrids({
    sheets: [
      {
        name: "Thông tin",
        values: [
          ["Tên đơn vị", "Trường A"],
          ["Năm đánh giá", 2023],
        ],
      },
    ],
  });
  const port = portOf(wb);
  const o = await preview(port, TODAY);
  const syncs = wb.syncCount;
  expect(await saveSetting(port, o, "preset", "Hà Nội")).toBe(false);
  expect(wb.syncCount).toBe(syncs);
});

test("Đánh giá reports its steps in order and writes the plan", async () => {
  const wb = FakeWorkbook.fromGrids(await sampleGrids());
  const steps: Step[] = [];
  const r = await evaluateAndWrite(portOf(wb), TODAY, false, (s) => steps.push(s));
  expect(steps).toEqual([0, 1, 2, 3]);
  expect(r.outcome.result?.total).toBeGreaterThan(0);
  expect(r.report?.sheets["bieu-diem"]).toBe("Biểu điểm");
  expect(wb.activeSheet).toBe("Biểu điểm");
});

test.each([
  ["the sample", false],
  ["the sample with the dossier", true],
])("Đánh giá on %s: two syncs, the floor (one read, one write)", async (_name, dossier) => {
  const wb = FakeWorkbook.fromGrids(await sampleGrids());
  const r = await evaluateAndWrite(portOf(wb), TODAY, dossier, () => undefined);
  expect(r.outcome.plan.sheets.length).toBeGreaterThan(dossier ? 4 : 1);
  expect(wb.syncCount).toBe(2);
  expect(wb.syncLog.every((s) => !s.failed)).toBe(true);
});

test("the write step says what it will write before anything is written (the 'Đang ghi …' line)", async () => {
  const wb = FakeWorkbook.fromGrids(await sampleGrids());
  const initialSheets = wb.sheets.length;
  const seen: { step: Step; writing?: WriteSize; syncs: number; sheets: number }[] = [];
  const r = await evaluateAndWrite(portOf(wb), TODAY, true, (step, writing) => seen.push({ step, writing, syncs: wb.syncCount, sheets: wb.sheets.length }));
  const before = seen.find((s) => s.step === 2)!;
  // Announced after the read and before the write: one sync so far, no sheet added yet.
  expect(before.syncs).toBe(1);
  expect(before.sheets).toBe(initialSheets);
  expect(wb.sheets.length).toBeGreaterThan(initialSheets);
  expect(before.writing).toEqual(writeSize(r.outcome.plan));
  expect(before.writing!.cells).toBe(r.report!.cellsWritten);
  expect(before.writing!.sheets).toBeGreaterThan(4);
  expect(seen.filter((s) => s.writing).map((s) => s.step)).toEqual([2]);
});

describe("Cột chưa nhận ra: a missing column mapped once, stored in Thông tin", () => {
  /** "Thông tin" (rows 1–7) and a members sheet whose title column is headed "Thi đua cuối năm". */
  const schoolWords = () =>
    FakeWorkbook.fromGrids({
      sheets: [
        info(),
        members([okMember("Lê Thị Hoa"), okMember("Trần Văn Bình")], {
          header: MEMBER_HEADER.map((h) => (h === "Danh hiệu thi đua" ? "Thi đua cuối năm" : h)),
        }),
        unitItems(FULL_UNIT_ITEMS),
        evidence(FULL_EVIDENCE),
      ],
    });

  test("the pane offers the sheet's unrecognised headers for the missing column; the choice is two cells of Thông tin, read by every later run", async () => {
    const wb = schoolWords();
    const port = portOf(wb);
    const before = await preview(port, TODAY);
    expect(before.fatal).toBe(true);
    expect(columnChoices(before)).toEqual([{ field: "title", label: "Danh hiệu thi đua", headers: ["Thi đua cuối năm"] }]);
    const others = wb.sheets.filter((x) => x.name !== "Thông tin").map((x) => wb.toGrid(x.name));
    const syncs = wb.syncCount;
    expect(await saveColumnMapping(port, before, "title", "Thi đua cuối năm")).toBe(true);
    // One write (the protection check and the cells), nothing else touched.
    expect(wb.syncCount - syncs).toBe(2);
    const infoAfter = wb.toGrid("Thông tin").values;
    expect(infoAfter.slice(0, 7)).toEqual(info().values);
    expect(infoAfter[7].slice(0, 2)).toEqual(["Cột: Danh hiệu thi đua", "Thi đua cuối năm"]);
    expect(wb.sheets.filter((x) => x.name !== "Thông tin").map((x) => wb.toGrid(x.name))).toEqual(others);
    const after = await preview(port, TODAY);
    expect(after.fatal).toBe(false);
    expect(columnChoices(after)).toEqual([]);
    expect(after.model.recognition.find((r) => r.role === "members")!.columns.title).toBe(6);
    // And Đánh giá evaluates with it.
    const r = await evaluateAndWrite(port, TODAY, false, () => undefined);
    expect(r.outcome.result!.items.find((i) => i.id === "2d")!.rate).toBe(1);
  });

  test("no Thông tin sheet: nothing written, the pane says to add one", async () => {
    const wb = schoolWords();
    wb.sheets.splice(0, 1);
    const port = portOf(wb);
    const o = await preview(port, TODAY);
    const syncs = wb.syncCount;
    expect(await saveColumnMapping(port, o, "title", "Thi đua cuối năm")).toBe(false);
    expect(wb.syncCount).toBe(syncs);
  });
});
