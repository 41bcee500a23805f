/**
 * Same workbook in, same workbook out (issue 9): the bundled samples evaluated, then the output evaluated
 * again, and `--in-place` twice, give identical workbooks, part for part.
 */
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { dvhtInProcess } from "../helpers/cli";
import { tempDir, writeFixture } from "../helpers/xlsx-fixtures";

const ROOT = path.join(__dirname, "..", "..");
const SAMPLES = path.join(ROOT, "samples");
const TODAY = ["--today", "20/11/2023"];

const dvht = (args: string[]) => dvhtInProcess(args);

/** Every part of the package, by name, as text (the zip's own timestamps and compression left aside). */
async function parts(file: string): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  const out: Record<string, string> = {};
  for (const name of Object.keys(zip.files).sort()) if (!zip.files[name].dir) out[name] = await zip.file(name)!.async("string");
  return out;
}

describe.each(fs.readdirSync(SAMPLES).filter((f) => f.endsWith(".xlsx")))("the bundled sample %s", (sample) => {
  test.each([[[] as string[]], [["--dossier"]]])(
    "evaluated, then its output evaluated again, and --in-place twice: identical workbooks (%j)",
    async (extra) => {
      const dir = tempDir("dvht-rerun-");
      const input = path.join(dir, "so.xlsx");
      fs.copyFileSync(path.join(SAMPLES, sample), input);
      const first = path.join(dir, "kq1.xlsx");
      const second = path.join(dir, "kq2.xlsx");
      const r1 = await dvht(["evaluate", input, "-o", first, ...TODAY, ...extra]);
      const r2 = await dvht(["evaluate", first, "-o", second, ...TODAY, ...extra]);
      expect(r2.code).toBe(r1.code);
      expect(r2.stdout).toBe(r1.stdout);
      if (r1.code !== 0) return; // the empty template: nothing is written on a failed run
      expect(await parts(second)).toEqual(await parts(first));

      const inPlace = path.join(dir, "tai-cho.xlsx");
      fs.copyFileSync(path.join(SAMPLES, sample), inPlace);
      expect((await dvht(["evaluate", inPlace, "--in-place", ...TODAY, ...extra])).code).toBe(0);
      const once = await parts(inPlace);
      expect(once).toEqual(await parts(first));
      expect((await dvht(["evaluate", inPlace, "--in-place", ...TODAY, ...extra])).code).toBe(0);
      expect(await parts(inPlace)).toEqual(once);
    },
  );
});

test("the Bình An sample with 3b left blank: --in-place three times keeps 95,75 (3b derived from the collective title each time) and the same workbook", async () => {
  const dir = tempDir("dvht-rerun-");
  const file = path.join(dir, "binh-an.xlsx");
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(SAMPLES, "truong-tieu-hoc-binh-an-2023.xlsx"));
  const items = wb.getWorksheet("Tiêu chí đơn vị")!;
  expect(items.getCell("A6").value).toBe("3b");
  for (const c of ["D6", "E6", "F6"]) items.getCell(c).value = null;
  await wb.xlsx.writeFile(file);
  const totals: unknown[] = [];
  const packages: Record<string, string>[] = [];
  for (let i = 0; i < 3; i++) {
    const r = await dvht(["evaluate", file, "--in-place", "--json", ...TODAY]);
    expect(r.code).toBe(0);
    const s = JSON.parse(r.stdout) as { total: number; rating: string; items: { id: string; points: number }[] };
    totals.push([s.total, s.rating, s.items.find((x) => x.id === "3b")!.points]);
    packages.push(await parts(file));
  }
  // The second and third runs give exactly the first run's workbook, part for part.
  expect(packages[1]).toEqual(packages[0]);
  expect(packages[2]).toEqual(packages[0]);
  expect(totals).toEqual([
    [95.75, "Tốt", 10],
    [95.75, "Tốt", 10],
    [95.75, "Tốt", 10],
  ]);
});

test("a workbook with errors: the command line says the result is a draft, on stderr and in the JSON", async () => {
  const dir = tempDir("dvht-draft-");
  const file = await writeFixture("bad-yes-no-value.xlsx", dir);
  const r = await dvht(["evaluate", file, "-o", path.join(dir, "kq.xlsx"), "--json", ...TODAY]);
  expect(r.code).toBe(0);
  const s = JSON.parse(r.stdout) as { draft: string | null; issues: { severity: string }[] };
  const errors = s.issues.filter((i) => i.severity === "error").length;
  expect(s.draft).toBe(`BẢN NHÁP – còn ${errors} lỗi, xem trang Kiểm tra`);
  expect(r.stderr).toContain(`BẢN NHÁP – còn ${errors} lỗi, xem trang Kiểm tra: kết quả và các văn bản chỉ là bản nháp`);
  const clean = await dvht(["evaluate", await writeFixture("valid-small.xlsx", dir), "-o", path.join(dir, "kq2.xlsx"), "--json", ...TODAY]);
  expect((JSON.parse(clean.stdout) as { draft: string | null }).draft).toBeNull();
  expect(clean.stderr).not.toContain("BẢN NHÁP");
});

test("a council override: the table marks it, the JSON carries it, and --in-place twice keeps one log line", async () => {
  const dir = tempDir("dvht-override-");
  const file = await writeFixture("valid-small.xlsx", dir);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.addWorksheet("Hội đồng điều chỉnh");
  ws.addRow(["Mã tiêu chí", "Giá trị điều chỉnh", "Lý do điều chỉnh"]);
  ws.addRow(["1c", 9, "Hội đồng họp ngày 09/11/2023 chấm lại: phòng tin học chưa đủ máy"]);
  await wb.xlsx.writeFile(file);
  const table = await dvht(["evaluate", file, "-o", path.join(dir, "kq.xlsx"), ...TODAY]);
  expect(table.code).toBe(0);
  expect(table.stdout).toMatch(/^1c .*9\/10\*$/m);
  expect(table.stdout).toContain("* 1c: Hội đồng điều chỉnh: 9/10 điểm (tính được 8,5/10 điểm); lý do: Hội đồng họp ngày 09/11/2023 chấm lại");
  const logs: unknown[] = [];
  for (let i = 0; i < 2; i++) {
    const r = await dvht(["evaluate", file, "--in-place", "--json", ...TODAY]);
    expect((JSON.parse(r.stdout) as { items: { id: string; override: string | null }[] }).items.find((x) => x.id === "1c")!.override).toMatch(
      /^Hội đồng điều chỉnh: 9\/10 điểm/,
    );
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    const log = book.getWorksheet("Nhật ký điều chỉnh")!;
    logs.push(log.getSheetValues().filter((row) => Array.isArray(row) && typeof row[2] === "string" && row[2] === "1c").length);
  }
  expect(logs).toEqual([1, 1]);
});

test("the 2026 sample (Thông tư 24, 3.3 left blank): --in-place three times keeps its level, 3.3 derived from the collective title each time", async () => {
  const dir = tempDir("dvht-rerun-");
  const file = path.join(dir, "tan-phu.xlsx");
  fs.copyFileSync(path.join(SAMPLES, "truong-tieu-hoc-tan-phu-2026.xlsx"), file);
  const seen: unknown[] = [];
  const packages: Record<string, string>[] = [];
  for (let i = 0; i < 3; i++) {
    const r = await dvht(["evaluate", file, "--in-place", "--json", "--today", "10/12/2026"]);
    expect(r.code).toBe(0);
    const s = JSON.parse(r.stdout) as { rating: string; items: { id: string; met: Record<string, boolean | null> }[] };
    seen.push([s.rating, s.items.find((x) => x.id === "3.3")!.met]);
    packages.push(await parts(file));
  }
  expect(packages[1]).toEqual(packages[0]);
  expect(packages[2]).toEqual(packages[0]);
  expect(seen[0]).toEqual(["Mức độ 1", { "Mức độ 1": true, "Mức độ 2": true }]);
  expect(seen).toEqual([seen[0], seen[0], seen[0]]);
});
