/**
 * `dvht finalize` and `dvht unfinalize` (issue 12) on the 2026 sample as a clerk runs them, on real
 * files: the checklist's refusal leaves the file as it was; Hoàn tất protects exactly the product's
 * sheets (in the file: its sheet protection), a second evaluation is refused without writing, Mở khóa
 * needs a reason, logs it, and lifts the protection.
 */
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { dvhtInProcess } from "../helpers/cli";
import { tempDir } from "../helpers/xlsx-fixtures";
import { NEXT_YEAR_SHEETS_2026 } from "../helpers/year-forms";

const ROOT = path.join(__dirname, "..", "..");
const SAMPLE_2026 = path.join(ROOT, "samples", "truong-tieu-hoc-tan-phu-2026.xlsx");

/** In the test's process (test/helpers/cli.ts); the launcher itself is tested in test/cli/cli.test.ts. */
const dvht = (args: string[]) => dvhtInProcess(args);

/** Each sheet's name and whether it is protected, as Excel will see it. */
async function protection(file: string): Promise<Record<string, boolean>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return Object.fromEntries(wb.worksheets.map((ws) => [ws.name, Boolean((ws as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet)]));
}

describe("dvht finalize / unfinalize", () => {
  let file: string;
  beforeAll(() => {
    file = path.join(tempDir("dvht-year-"), "tan-phu.xlsx");
    fs.copyFileSync(SAMPLE_2026, file);
  });

  test("the whole cycle on one file", async () => {
    // Not evaluated yet: the checklist says so, and the file is not touched.
    const before = fs.readFileSync(file);
    const early = await dvht(["finalize", file, "--today", "14/12/2026"]);
    expect(early.code).toBe(1);
    expect(early.stdout).toContain("chưa có kết quả đánh giá");
    expect(fs.readFileSync(file).equals(before)).toBe(true);

    // Tạo hồ sơ, then Hoàn tất.
    expect((await dvht(["evaluate", file, "--dossier", "--in-place", "--today", "10/12/2026"])).code).toBe(0);
    const done = await dvht(["finalize", file, "--today", "14/12/2026"]);
    expect(done.stderr + done.stdout).toContain("Đã Hoàn tất lần 1 ngày 14/12/2026");
    expect(done.code).toBe(0);
    const locked = await protection(file);
    expect(locked).toMatchObject({
      "Thông tin": false,
      "Thành viên": false,
      "Bản tổng hợp": true,
      "Kết quả": true,
      "Kiểm tra": true,
      "Nhật ký hoàn tất": true,
    });
    expect(locked["Báo cáo tự đánh giá"]).toBe(true);

    // Evaluated again: refused, nothing written.
    const finalized = fs.readFileSync(file);
    const again = await dvht(["evaluate", file, "--in-place", "--today", "15/12/2026"]);
    expect(again.code).toBe(1);
    expect(again.stdout).toContain("Sổ đã Hoàn tất ngày 14/12/2026");
    expect(fs.readFileSync(file).equals(finalized)).toBe(true);
    expect(fs.readdirSync(path.dirname(file))).toEqual(["tan-phu.xlsx"]);

    // Mở khóa needs a reason; with one, it is logged and the protection lifted.
    expect((await dvht(["unfinalize", file])).code).toBe(2);
    const open = await dvht(["unfinalize", file, "--reason", "Phòng yêu cầu bổ sung minh chứng", "--today", "20/12/2026"]);
    expect(open.code).toBe(0);
    expect(Object.values(await protection(file)).some(Boolean)).toBe(false);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const log = wb.getWorksheet("Nhật ký hoàn tất")!;
    expect([5, 6].map((r) => [log.getCell(r, 2).value, log.getCell(r, 3).value, log.getCell(r, 7).value])).toEqual([
      ["14/12/2026", "Hoàn tất", null],
      ["20/12/2026", "Mở khóa", "Phòng yêu cầu bổ sung minh chứng"],
    ]);
    expect((await dvht(["evaluate", file, "--dossier", "--in-place", "--today", "21/12/2026"])).code).toBe(0);
  }, 300000);

  test("dvht next-year: the 2027 workbook, its members carried, evaluated before answers: not yet filled", async () => {
    const dir = tempDir("dvht-next-");
    const out = path.join(dir, "tan-phu-2027.xlsx");
    expect((await dvht(["next-year", SAMPLE_2026])).code).toBe(2);
    const r = await dvht(["next-year", SAMPLE_2026, "-o", out, "--today", "03/01/2027"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Đã tạo sổ năm 2027 từ sổ năm 2026: 40 thành viên");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((ws) => [ws.name, ws.state])).toEqual(NEXT_YEAR_SHEETS_2026);
    expect((await dvht(["next-year", SAMPLE_2026, "-o", out])).code).toBe(2);
    const ev = await dvht(["evaluate", out, "--in-place", "--today", "04/01/2027"]);
    expect(ev.code).toBe(1);
    expect(ev.stdout).toContain("Chưa có câu trả lời nào của 40 thành viên năm 2027");
  }, 120000);
});
