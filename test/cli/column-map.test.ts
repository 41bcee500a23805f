/**
 * `--cot`: a column of the school's own wording mapped on the command line applies to the run and is
 * stored in the written workbook's "Thông tin", so that the next run (here, or in Excel) needs no option.
 * Run as a user runs it: `node bin/dvht.js …` on real .xlsx files in a temporary folder.
 */
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { XlsxPort } from "../../src/xlsx";
import type { PointsSummaryJson, SheetGrid } from "../../src/core";
import { tempDir } from "../helpers/xlsx-fixtures";
import { evidence, FULL_EVIDENCE, FULL_UNIT_ITEMS, info, members, MEMBER_HEADER, okMember, unitItems } from "../core/helpers";
import { dvhtInProcess } from "../helpers/cli";

const TODAY = ["--today", "20/12/2023"];
const COT = ["--cot", "Danh hiệu thi đua=Thi đua cuối năm"];

const dvht = (args: string[]) => dvhtInProcess(args);

const gridOf = async (file: string, sheet: string) => (await (await XlsxPort.fromFile(file)).read()).sheets.find((s) => s.name === sheet)!.values;

async function writeBook(file: string, sheets: SheetGrid[]): Promise<void> {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    s.values.forEach((row) => ws.addRow(row.map((v) => (v === null ? undefined : v))));
  }
  await wb.xlsx.writeFile(file);
}

let dir: string;
let school: string;

beforeAll(async () => {
  dir = tempDir("dvht-cot-");
  school = path.join(dir, "truong.xlsx");
  const header = MEMBER_HEADER.map((h) => (h === "Danh hiệu thi đua" ? "Thi đua cuối năm" : h));
  const ms = [okMember("Lê Thị Hoa"), okMember("Trần Văn Bình", "Tổ 2")];
  ms[1][5] = "Hoàn thành tốt nhiệm vụ";
  await writeBook(school, [info(), members(ms, { header }), unitItems(FULL_UNIT_ITEMS), evidence(FULL_EVIDENCE)]);
});

test("without a mapping: exit 1, and the message says how to map (pane, Thông tin, --cot)", async () => {
  const r = await dvht(["evaluate", school, "-o", path.join(dir, "khong.xlsx"), "--json", ...TODAY]);
  expect(r.code).toBe(1);
  const miss = (JSON.parse(r.stdout) as PointsSummaryJson).issues.find((i) => i.code === "MISSING_COLUMN")!;
  expect(miss.message).toContain('Các cột chưa nhận ra: "Thi đua cuối năm"');
  expect(miss.fix).toContain('--cot "Danh hiệu thi đua=<tiêu đề cột>"');
});

test("--cot evaluates, stores the mapping in the written workbook's Thông tin, and the next run needs no option", async () => {
  const before = fs.readFileSync(school);
  const out1 = path.join(dir, "ket-qua-1.xlsx");
  const r1 = await dvht(["evaluate", school, "-o", out1, "--json", ...COT, ...TODAY]);
  expect(r1.stderr).not.toContain("lỗi nội bộ");
  expect(r1.code).toBe(0);
  const s1 = JSON.parse(r1.stdout) as PointsSummaryJson;
  expect(s1.items.find((i) => i.id === "2d")!.rate).toBe(0.5);
  expect(fs.readFileSync(school).equals(before)).toBe(true);
  // The clerk's own row, under what Thông tin held (rows 1–7).
  expect((await gridOf(out1, "Thông tin"))[7].slice(0, 2)).toEqual(["Cột: Danh hiệu thi đua", "Thi đua cuối năm"]);

  const out2 = path.join(dir, "ket-qua-2.xlsx");
  const r2 = await dvht(["evaluate", out1, "-o", out2, "--json", ...TODAY]);
  expect(r2.code).toBe(0);
  expect((JSON.parse(r2.stdout) as PointsSummaryJson).total).toBe(s1.total);
  expect((await gridOf(out2, "Thông tin")).filter((row) => row[0] === "Cột: Danh hiệu thi đua")).toHaveLength(1);
});

test("--in-place stores it in the clerk's own file; twice gives the same file", async () => {
  const copy = path.join(dir, "tai-cho.xlsx");
  fs.copyFileSync(school, copy);
  expect((await await dvht(["evaluate", copy, "--in-place", ...COT, ...TODAY])).code).toBe(0);
  const once = await gridOf(copy, "Thông tin");
  expect(once[7].slice(0, 2)).toEqual(["Cột: Danh hiệu thi đua", "Thi đua cuối năm"]);
  expect((await await dvht(["evaluate", copy, "--in-place", ...TODAY])).code).toBe(0);
  expect(await gridOf(copy, "Thông tin")).toEqual(once);
});

test.each([
  ["no '='", ["--cot", "Danh hiệu thi đua"], 'cần dạng "CỘT=TIÊU ĐỀ"'],
  ["a column the product has not", ["--cot", "Lương=Thi đua cuối năm"], "Không có cột 'Lương' để ghép. Chọn một trong: STT, Họ và tên"],
])("a mistyped --cot (%s) is a usage error in Vietnamese, before reading", async (_name, args, words) => {
  const r = await dvht(["evaluate", school, ...args, ...TODAY]);
  expect(r.code).toBe(2);
  expect(r.stderr).toContain(words);
});

test("help names the option in Vietnamese", async () => {
  expect((await dvht(["evaluate", "--help"])).stdout).toContain('--cot "CỘT=TIÊU ĐỀ"');
});
