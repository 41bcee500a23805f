/**
 * Issue 12's "done when": one school's whole year on the 2026 sample, through the command line on real
 * files. The clerk starts from the staff list (answers blank); forms per tổ; each tổ trưởng fills hers (a
 * script: the sample's answers, typed her way, one answer that differs from what the clerk had typed, one
 * person the list lacks); merged (the conflict and the unknown member said; a second merge changes
 * nothing); evaluated with the dossier; announced; finalized; refused on a second evaluation; un-finalized with a
 * reason (logged); evaluated and re-finalized; carried into 2027 with the staff list intact; and the
 * district's consolidation of that school shows it finalized.
 */
import * as fs from "fs";
import * as path from "path";
import { readWorkbook } from "../../src/core/read";
import type { CellValue, WorkbookGrids } from "../../src/core";
import { XlsxPort } from "../../src/xlsx";
import { answersOf, fillScripted, staffWithOneAnswer, type, expectScriptedMergeSaid } from "../helpers/year-forms";
import { dvhtInProcess } from "../helpers/cli";
import { tempDir } from "../helpers/xlsx-fixtures";

const ROOT = path.join(__dirname, "..", "..");
const SAMPLE = path.join(ROOT, "samples", "truong-tieu-hoc-tan-phu-2026.xlsx");

/** In the test's process (test/helpers/cli.ts); the launcher itself is tested in test/cli/cli.test.ts. */
async function dvht(...args: string[]) {
  const r = await dvhtInProcess(args);
  return { code: r.code, out: r.stdout, err: r.stderr };
}

const gridsOf = async (file: string) => (await XlsxPort.fromFile(file)).read();

test("a school's year, end to end", async () => {
  const dir = tempDir("dvht-walk-");
  const book = path.join(dir, "tan-phu-2026.xlsx");
  const formsDir = path.join(dir, "phieu-to");
  fs.copyFileSync(SAMPLE, book);
  const sample = await gridsOf(SAMPLE);
  const answers = answersOf(sample);
  const staff = (g: WorkbookGrids) => readWorkbook(g).model.members.map((m) => [m.name, m.group ?? null, m.position ?? null]);

  // January: the staff list only; the clerk has typed one answer herself (the first member's discipline: "Có").
  const first = [...answers.keys()][0];
  await type(book, (g) => staffWithOneAnswer(g, first));

  // Phiếu theo tổ.
  const made = await dvht("phieu-to", book, "-o", formsDir, "--today", "05/11/2026");
  expect(made.code).toBe(0);
  const formFiles = fs.readdirSync(formsDir).sort();
  expect(formFiles).toHaveLength(new Set(staff(sample).map((m) => m[1])).size);

  // Each tổ trưởng fills her form: "x" for yes; the first member's discipline "Không"; one tổ adds a newcomer.
  for (const [k, f] of formFiles.entries()) {
    await type(path.join(formsDir, f), (g) => {
      const form = fillScripted(g.sheets[0], answers, first, k === 1 ? "x" : undefined, (_who, a) => {
        for (const key of Object.keys(a)) if (a[key] === "Có") a[key] = "x";
      });
      return { sheets: [form, ...g.sheets.slice(1)] };
    });
  }

  // Gộp phiếu tổ: the conflict kept and said, the newcomer said; again: nothing changes.
  const merged = await dvht("gop-to", book, formsDir, "--in-place");
  expect(merged.code).toBe(0);
  expectScriptedMergeSaid(merged.out);
  const once = fs.readFileSync(book);
  const again = await dvht("gop-to", book, formsDir, "--in-place");
  expect(again.out).toContain("Tổng: gộp 0 ô");
  expect(fs.readFileSync(book).equals(once)).toBe(true);

  // Tạo hồ sơ; the result is the sample's.
  expect((await dvht("evaluate", book, "--dossier", "--in-place", "--today", "10/12/2026")).code).toBe(0);
  const summary = JSON.parse((await dvht("evaluate", book, "-o", path.join(dir, "xem.xlsx"), "--json", "--today", "10/12/2026")).out) as { rating: string };
  expect(summary.rating).toBe("Mức độ 1");

  // Announced: the notice to post is in the dossier.
  const notice = (await gridsOf(book)).sheets.find((s) => s.name === "Thông báo kết quả")!;
  expect(notice.values.flat()).toContain('Đơn vị đạt Mức độ 1; đề nghị công nhận "Đơn vị học tập" Mức độ 1 năm 2026.');

  // Hoàn tất; a second evaluation refused; Mở khóa with a reason; evaluated again and re-finalized.
  expect((await dvht("finalize", book, "--today", "14/12/2026")).code).toBe(0);
  const refused = await dvht("evaluate", book, "--in-place", "--today", "15/12/2026");
  expect(refused.code).toBe(1);
  expect(refused.out).toContain("Sổ đã Hoàn tất ngày 14/12/2026");
  expect((await dvht("unfinalize", book, "--reason", "Bổ sung minh chứng chỉ tiêu 1.2", "--today", "16/12/2026")).code).toBe(0);
  expect((await dvht("evaluate", book, "--dossier", "--in-place", "--today", "17/12/2026")).code).toBe(0);
  const second = await dvht("finalize", book, "--today", "18/12/2026");
  expect(second.out).toContain("Đã Hoàn tất lần 2 ngày 18/12/2026");
  const log = (await gridsOf(book)).sheets.find((s) => s.name === "Nhật ký hoàn tất")!;
  expect(log.values.slice(4, 7).map((r) => [r[1], r[2], r[6] ?? null])).toEqual([
    ["14/12/2026", "Hoàn tất", null],
    ["16/12/2026", "Mở khóa", "Bổ sung minh chứng chỉ tiêu 1.2"],
    ["18/12/2026", "Hoàn tất", null],
  ] as CellValue[][]);

  // The district: finalized, not changed since.
  const district = await dvht("tong-hop", book, "-o", path.join(dir, "tong-hop.xlsx"), "--json", "--today", "05/03/2027");
  const row = (JSON.parse(district.out) as { rows: { finalizedAt: string | null; changedAfterFinalizing: boolean | null }[] }).rows[0];
  expect(row).toMatchObject({ finalizedAt: "18/12/2026", changedAfterFinalizing: false });

  // 2027: the staff list intact (the newcomer was never added: the clerk was told).
  const next = path.join(dir, "tan-phu-2027.xlsx");
  expect((await dvht("next-year", book, "-o", next, "--today", "05/01/2027")).code).toBe(0);
  expect(staff(await gridsOf(next))).toEqual(staff(sample));
}, 600000);
