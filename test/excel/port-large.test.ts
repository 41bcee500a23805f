/**
 * The Office.js adapter on a staff list too large for one Excel response (30,000 members of 25 columns,
 * over Excel on the web's 5 MB): refused once, then read in row blocks each under the limit. In the slow
 * tier (jest.config.js) for its size: it alone took 7 s of the fast tier's minute.
 */
import { OfficePort, type ExcelRunner } from "../../src/excel/port";
import { FakeWorkbook } from "../fakes/excel";

const runner =
  (wb: FakeWorkbook): ExcelRunner =>
  (batch) =>
    wb.run(batch as never) as never;

test("a workbook too large for one response is read in row blocks", async () => {
  const extra = Array.from({ length: 20 }, () => "x");
  const rows = Array.from({ length: 30000 }, (_, i) => [i + 1, `Thành viên số ${i + 1}`, "x", "x", "Lao động tiên tiến", ...extra]);
  const wb = FakeWorkbook.fromGrids({ sheets: [{ name: "Thành viên", values: [["STT", "Họ và tên", "KH", "KL", "Danh hiệu"], ...rows] }] });
  const port = new OfficePort({ run: runner(wb) });
  const grids = await port.read();
  expect(grids.sheets[0].values.length).toBe(30001);
  expect(grids.sheets[0].values[30000][1]).toBe("Thành viên số 30000");
  expect(wb.syncCount).toBeGreaterThan(3);
  // The first attempt was refused, the second asked for the shape only; every block read after
  // them stayed under the limit.
  expect(wb.syncLog[0].failed).toBe("ResponsePayloadSizeLimitExceeded");
  expect(wb.syncLog.slice(1).every((s) => !s.failed && s.responseBytes <= 5_000_000)).toBe(true);
});
