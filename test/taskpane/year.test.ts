/**
 * Hoàn tất and Mở khóa in the pane, on the fake Excel with the 2026 sample: the checklist, the
 * protection of exactly the product's sheets, the refused evaluation, the logged Mở khóa, and the
 * number of syncs (one read, one write).
 */
import * as path from "path";
import { OfficePort } from "../../src/excel/port";
import { evaluateAndWrite, finalizeWorkbook, preview, unfinalizeWorkbook } from "../../src/taskpane/session";
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
