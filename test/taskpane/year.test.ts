/**
 * Hoàn tất and Mở khóa in the pane, on the fake Excel with the 2026 sample: the checklist, the
 * protection of exactly the product's sheets, the refused evaluation, the logged Mở khóa, and the
 * number of syncs (one read, one write).
 */
import * as path from "path";
import { OfficePort } from "../../src/excel/port";
import { addTeamForms, evaluateAndWrite, finalizeWorkbook, mergeTeamFormsHere, preview, unfinalizeWorkbook } from "../../src/taskpane/session";
import { answersOf, blankAnswers, fillForm } from "../helpers/year-forms";
import { XlsxPort } from "../../src/xlsx";
import { FakeWorkbook } from "../fakes/excel";

const SAMPLE = path.join(__dirname, "../../samples/truong-tieu-hoc-tan-phu-2026.xlsx");
const portOf = (wb: FakeWorkbook) => new OfficePort({ run: (batch) => wb.run(batch as never) as never });
const protectedSheets = (wb: FakeWorkbook) => wb.sheets.filter((s) => s.protected).map((s) => s.name);

test("Hoàn tất, refused evaluation, Mở khóa: on the fake, each in two syncs", async () => {
  const wb = FakeWorkbook.fromGrids(await (await XlsxPort.fromFile(SAMPLE)).read());
  const early = await finalizeWorkbook(portOf(wb), 46370);
  expect(early.fatal).toBe(true);
  expect(early.issues.map((i) => i.code)).toEqual(["FINALIZE_NO_RESULT"]);
  expect(protectedSheets(wb)).toEqual([]);

  await evaluateAndWrite(portOf(wb), 46366, true, () => {});
  const syncs = wb.syncCount;
  const done = await finalizeWorkbook(portOf(wb), 46370);
  expect(done.issues.map((i) => i.code)).toEqual(["FINALIZED"]);
  expect(wb.syncCount - syncs).toBe(2);
  const locked = protectedSheets(wb);
  expect(locked).toEqual(expect.arrayContaining(["Kiểm tra", "Bản tổng hợp", "Kết quả", "Báo cáo tự đánh giá", "Nhật ký hoàn tất"]));
  expect(locked).not.toEqual(expect.arrayContaining(["Thành viên"]));
  expect(locked).not.toContain("Thông tin");

  // The pane's preview knows (the Mở khóa section shows); Đánh giá writes nothing.
  expect((await preview(portOf(wb), 46371)).refused).toBe(true);
  const again = await evaluateAndWrite(portOf(wb), 46371, true, () => {});
  expect(again.outcome.refused).toBe(true);
  expect(protectedSheets(wb)).toEqual(locked);

  expect((await unfinalizeWorkbook(portOf(wb), 46380, " ")).issues.map((i) => i.code)).toEqual(["UNFINALIZE_NO_REASON"]);
  const open = await unfinalizeWorkbook(portOf(wb), 46380, "Sửa tên tổ");
  expect(open.issues.map((i) => i.code)).toEqual(["UNFINALIZED"]);
  expect(protectedSheets(wb)).toEqual([]);
  expect(wb.toGrid("Nhật ký hoàn tất").values[5].slice(1, 7)).toEqual(["24/12/2026", "Mở khóa", 1, "dvht (Excel)", null, "Sửa tên tổ"]);
  expect((await evaluateAndWrite(portOf(wb), 46381, true, () => {})).outcome.refused).toBeUndefined();
});

test("Phiếu theo tổ and Gộp phiếu tổ in the workbook: form sheets added beside the clerk's, answers merged into blank cells only", async () => {
  const sample = await (await XlsxPort.fromFile(SAMPLE)).read();
  const wb = FakeWorkbook.fromGrids(blankAnswers(sample));
  const before = wb.sheets.map((s) => s.name);
  const f = await addTeamForms(portOf(wb), 46366);
  expect(f.fatal).toBe(false);
  const added = wb.sheets.map((s) => s.name).filter((n) => !before.includes(n));
  expect(added).toEqual(f.forms.map((x) => x.sheet.name));
  // The count under each answer column is a formula (the signed paper follows what is typed).
  expect([...wb.sheets.find((s) => s.name === added[0])!.cells.values()].some((c) => String(c.formula ?? "").startsWith("=SUMPRODUCT(COUNTIF("))).toBe(true);
  expect((await addTeamForms(portOf(wb), 46366)).issues.map((i) => i.code)).toEqual(added.map(() => "FORM_SHEET_KEPT"));

  // The tổ trưởng fill their sheets (here: the sample's answers), then Gộp phiếu tổ.
  const answers = answersOf(sample);
  const filled = FakeWorkbook.fromGrids({
    sheets: wb.sheets.map((s) => {
      const g = wb.toGrid(s.name);
      return added.includes(s.name) ? fillForm(g, answers) : g;
    }),
  });
  const m = await mergeTeamFormsHere(portOf(filled));
  expect(m.fatal).toBe(false);
  expect(m.conflicts).toBe(0);
  expect(m.filled).toBeGreaterThan(0);
  expect((await mergeTeamFormsHere(portOf(filled))).filled).toBe(0);
  const after = await preview(portOf(filled), 46366);
  expect(after.summary.rating).toBe("Mức độ 1");
});
