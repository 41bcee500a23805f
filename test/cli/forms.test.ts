/**
 * `dvht phieu-to` and `dvht gop-to` (issue 12), in both of the clerk's ways, on real files made from the 2026
 * sample with every answer blank: a file per tổ (-o FOLDER, merged back from the folder), or a sheet per tổ in
 * the workbook itself (--in-place, as the pane's Phiếu theo tổ; merged back with no form files). In both, the
 * conflict with what the clerk had typed is kept and said, a person the list lacks is named at the form's cell,
 * and doing it again changes nothing.
 */
import * as fs from "fs";
import * as path from "path";
import { readWorkbook } from "../../src/core/read";
import type { SheetGrid, WorkbookGrids } from "../../src/core";
import { XlsxPort } from "../../src/xlsx";
import { dvhtInProcess } from "../helpers/cli";
import { answersOf, fillScripted, staffWithOneAnswer, type, expectScriptedMergeSaid } from "../helpers/year-forms";
import { tempDir } from "../helpers/xlsx-fixtures";

const SAMPLE = path.join(__dirname, "..", "..", "samples", "truong-tieu-hoc-tan-phu-2026.xlsx");
const dvht = (...args: string[]) => dvhtInProcess(args);
const gridsOf = async (file: string) => (await XlsxPort.fromFile(file)).read();
const TODAY = ["--today", "05/11/2026"];

let sample: WorkbookGrids;
let answers: ReturnType<typeof answersOf>;
let first: string;

/** A copy of the sample with every answer blank but one the clerk typed: the first member's discipline, "Có". */
async function staffOnly(dir: string): Promise<string> {
  const file = path.join(dir, "so-2026.xlsx");
  fs.copyFileSync(SAMPLE, file);
  await type(file, (g) => staffWithOneAnswer(g, first));
  return file;
}

/** The tổ trưởng's way: the sample's answers, the first member's discipline "Không"; the second form adds a newcomer. */
const fill = (form: SheetGrid, k: number) => fillScripted(form, answers, first, k === 1 ? "Có" : undefined);

beforeAll(async () => {
  sample = await gridsOf(SAMPLE);
  answers = answersOf(sample);
  first = [...answers.keys()][0];
});

test.each([
  ["neither a folder nor --in-place", [] as string[], /Thiếu nơi ghi phiếu: thêm -o THƯ-MỤC \(mỗi tổ một tệp\) hoặc --in-place/],
  ["both", ["-o", "phieu/", "--in-place"], /Không dùng cùng lúc --in-place/],
])("phieu-to with %s: refused, nothing written", async (_name, extra, message) => {
  const r = await dvht("phieu-to", SAMPLE, ...extra);
  expect(r.code).toBe(2);
  expect(r.stderr).toMatch(message);
});

test("a file per tổ: made into a folder, filled, merged back from the folder; again: nothing changes", async () => {
  const dir = tempDir("dvht-forms-files-");
  const book = await staffOnly(dir);
  const folder = path.join(dir, "phieu-to");
  const before = fs.readFileSync(book);
  const made = await dvht("phieu-to", book, "-o", folder, ...TODAY);
  expect(made.code).toBe(0);
  expect(fs.readFileSync(book).equals(before)).toBe(true);
  const files = fs.readdirSync(folder).sort();
  expect(files.length).toBe(new Set(readWorkbook(sample).model.members.map((m) => m.group)).size);
  for (const [k, f] of files.entries()) await type(path.join(folder, f), (g) => ({ sheets: [fill(g.sheets[0], k), ...g.sheets.slice(1)] }));

  const merged = await dvht("gop-to", book, folder, "--in-place");
  expect(merged.code).toBe(0);
  expectScriptedMergeSaid(merged.stdout);
  const once = fs.readFileSync(book);
  expect((await dvht("gop-to", book, folder, "--in-place")).stdout).toContain("Tổng: gộp 0 ô");
  expect(fs.readFileSync(book).equals(once)).toBe(true);
});

test("a sheet per tổ in the workbook (--in-place): added beside the clerk's sheets, filled there, merged with no form files; again: nothing changes", async () => {
  const dir = tempDir("dvht-forms-sheets-");
  const book = await staffOnly(dir);
  const clerks = await gridsOf(book);
  const made = await dvht("phieu-to", book, "--in-place", ...TODAY);
  expect(made.code).toBe(0);
  const withForms = await gridsOf(book);
  const forms = withForms.sheets.map((s) => s.name).filter((n) => !clerks.sheets.some((s) => s.name === n));
  expect(forms.length).toBe(new Set(readWorkbook(sample).model.members.map((m) => m.group)).size);
  expect(made.stdout).toContain(`→ trang '${forms[0]}'`);
  // Every sheet of the clerk's holds what it held.
  for (const s of clerks.sheets) expect(withForms.sheets.find((x) => x.name === s.name)!.values).toEqual(s.values);
  // Again: each tổ has its sheet; nothing is written.
  const once = fs.readFileSync(book);
  const again = await dvht("phieu-to", book, "--in-place", ...TODAY);
  expect(again.code).toBe(0);
  expect(again.stderr).toContain("Mỗi tổ đã có trang phiếu trong sổ; không ghi gì.");
  expect(fs.readFileSync(book).equals(once)).toBe(true);

  // The tổ trưởng fill their sheets in the workbook; Gộp phiếu tổ from the workbook itself.
  await type(book, (g) => ({ sheets: g.sheets.map((s) => (forms.includes(s.name) ? fill(s, forms.indexOf(s.name)) : s)) }));
  const merged = await dvht("gop-to", book, "--in-place");
  expect(merged.code).toBe(0);
  expect(merged.stdout).toContain("giữ nguyên 'Có'");
  expect(merged.stdout).toMatch(new RegExp(`${forms[1]}!B\\d+.*'Người Mới Chuyển Đến'|'Người Mới Chuyển Đến'.*${forms[1]}`));
  expect(merged.stdout).toMatch(/1 ô khác với sổ \(giữ nguyên\); 1 người không có trong danh sách/);
  const after = readWorkbook(await gridsOf(book)).model.members;
  expect(after.find((m) => m.name === first)).toBeDefined();
  const twice = fs.readFileSync(book);
  expect((await dvht("gop-to", book, "--in-place")).stdout).toContain("Tổng: gộp 0 ô");
  expect(fs.readFileSync(book).equals(twice)).toBe(true);
});

test("gop-to with no form files on a workbook without form sheets: refused in Vietnamese, nothing written", async () => {
  const dir = tempDir("dvht-forms-none-");
  const book = await staffOnly(dir);
  const before = fs.readFileSync(book);
  const r = await dvht("gop-to", book, "--in-place");
  expect(r.code).toBe(1);
  expect(r.stderr).toContain("Chưa gộp; sổ");
  expect(r.stdout.length).toBeGreaterThan(0);
  expect(fs.readFileSync(book).equals(before)).toBe(true);
});
