/**
 * Tạo sổ năm sau in the pane, on the fake Excel with the 2026 sample: the new workbook is the
 * command line's (the same plan, the same writer), handed to Excel.createWorkbook as base64; this
 * workbook is only read. Where the host cannot open a workbook (below ExcelApi 1.8) or Excel refuses,
 * the same file is kept for the pane to offer as a download, with Excel's reason in Vietnamese.
 */
import { planNextYear, run, type WorkbookGrids } from "../../src/core";
import { OfficePort } from "../../src/excel/port";
import { typedYear } from "../../src/taskpane/components/NextYear";
import { nextYearWorkbook, type NextYearDone } from "../../src/taskpane/session";
import { freshWorkbookBytes, gridsOfXlsxBytes, readWithSheetJs } from "../../src/xlsx";
import { FakeWorkbook } from "../fakes/excel";
import { NEXT_YEAR_SHEETS_2026 } from "../helpers/year-forms";
import { sample2026Grids } from "../fakes/workbooks";

const TODAY = 46390; // 03/01/2027
/** The pane's files, as in Excel but without the chunk: the same module. */
const files = { write: freshWorkbookBytes, read: gridsOfXlsxBytes };
const portOf = (wb: FakeWorkbook, support: (v: string) => boolean = () => true) =>
  new OfficePort({ run: (batch) => wb.run(batch as never) as never, support, createWorkbook: (b) => wb.createWorkbook(b) });

/** A workbook's grids without what only the file format decides (number formats, merges, widths). */
const valuesOf = (g: WorkbookGrids) => g.sheets.map((s) => ({ name: s.name, visibility: s.visibility, values: s.values }));
const gridsOfFile = (bytes: Uint8Array) => readWithSheetJs(Buffer.from(bytes)).grids;
const snapshot = (wb: FakeWorkbook) => JSON.stringify(wb.sheets.map((s) => [s.name, [...s.cells.entries()]]));

let sample: WorkbookGrids;
beforeAll(async () => {
  sample = await sample2026Grids();
});

test("the 2027 workbook opens in Excel: the command line's file, its 40 members carried, nothing answered; this workbook only read", async () => {
  const wb = FakeWorkbook.fromGrids(sample);
  const before = snapshot(wb);
  const r: NextYearDone = await nextYearWorkbook(portOf(wb), TODAY, files);
  expect(r.outcome.fatal).toBe(false);
  expect(r.outcome.issues.map((i) => i.code)).toEqual(["NEXT_YEAR_DONE"]);
  expect(r.opened).toEqual({ opened: true });
  expect(r.file!.name).toBe("so-dvht-2027.xlsx");

  // Excel got exactly the file, as base64; one workbook, and this one unchanged (one sync: the read).
  expect(wb.createdWorkbooks).toHaveLength(1);
  expect(Buffer.from(wb.createdWorkbooks[0], "base64").equals(Buffer.from(r.file!.bytes))).toBe(true);
  expect(snapshot(wb)).toBe(before);
  expect(wb.syncCount).toBe(1);

  // What Excel opened is what `dvht next-year` writes (the same plan through the same writer).
  const opened = gridsOfFile(r.file!.bytes);
  const cli = gridsOfFile(await freshWorkbookBytes(planNextYear(sample, { today: TODAY }).plan));
  expect(valuesOf(opened)).toEqual(valuesOf(cli));
  expect(opened.sheets.map((s) => [s.name, s.visibility])).toEqual(NEXT_YEAR_SHEETS_2026);

  // Evaluated before anyone answered: "not yet filled", no score.
  const first = run(opened, { today: TODAY });
  expect(first.issues.filter((i) => i.severity === "error").map((i) => i.code)).toEqual(["MEMBERS_NOT_FILLED"]);
  expect(first.model.members.map((m) => [m.name, m.group])).toEqual(run(sample, { today: TODAY }).model.members.map((m) => [m.name, m.group]));
  expect(first.model.unit.year).toBe(2027);
});

test("a year chosen in the pane: the 2028 workbook", async () => {
  const wb = FakeWorkbook.fromGrids(sample);
  const r = await nextYearWorkbook(portOf(wb), TODAY, files, 2028);
  expect(r.file!.name).toBe("so-dvht-2028.xlsx");
  expect(run(gridsOfFile(r.file!.bytes), { today: TODAY }).model.unit.year).toBe(2028);
});

test.each([
  ["a year not after this workbook's", 2026, "NEXT_YEAR_NOT_AFTER"],
  ["a year before it", 2020, "NEXT_YEAR_NOT_AFTER"],
])("%s: nothing written, nothing opened, the reason in Vietnamese", async (_name, year, code) => {
  const wb = FakeWorkbook.fromGrids(sample);
  const writer = jest.fn(freshWorkbookBytes);
  const r = await nextYearWorkbook(portOf(wb), TODAY, { ...files, write: writer }, year);
  expect(r.outcome.fatal).toBe(true);
  expect(r.outcome.issues.map((i) => i.code)).toEqual([code]);
  expect(r.file).toBeUndefined();
  expect(writer).not.toHaveBeenCalled();
  expect(wb.createdWorkbooks).toEqual([]);
});

test("an Excel below ExcelApi 1.8 is not asked: the file is kept for download, no error", async () => {
  const wb = FakeWorkbook.fromGrids(sample);
  const r = await nextYearWorkbook(
    portOf(wb, (v) => Number(v.split(".")[1]) < 8),
    TODAY,
    files,
  );
  expect(r.opened).toEqual({ opened: false });
  expect(wb.createdWorkbooks).toEqual([]);
  expect(run(gridsOfFile(r.file!.bytes), { today: TODAY }).model.members).toHaveLength(40);
});

test("Excel refuses the new workbook: its reason in Vietnamese, the file kept for download", async () => {
  const wb = FakeWorkbook.fromGrids(sample);
  wb.failCreateWith = "GeneralException";
  const r = await nextYearWorkbook(portOf(wb), TODAY, files);
  expect(r.opened!.opened).toBe(false);
  const error = (r.opened as { error: { message: string; fix: string } }).error;
  expect(error.message).toBe("Excel không mở được sổ mới trong cửa sổ riêng (mã lỗi GeneralException).");
  expect(error.fix).toMatch(/^Tải tệp về/);
  expect(r.file!.bytes.length).toBeGreaterThan(1000);
});

test.each([
  ["blank: the workbook's next year", "", undefined],
  ["spaces only", "  ", undefined],
  ["a year", "2027", 2027],
  ["a year with spaces", " 2028 ", 2028],
  ["two digits", "27", null],
  ["a letter in it", "20x7", null],
  ["before 2000", "1999", null],
  ["after 2100", "2101", null],
])("the pane's year field, %s → %p", (_name, text, want) => {
  expect(typedYear(text)).toBe(want);
});
