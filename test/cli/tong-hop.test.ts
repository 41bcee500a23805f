/**
 * `dvht tong-hop`: the district's command, on real result workbooks produced by `dvht evaluate`.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { XlsxPort } from "../../src/xlsx";
import { tempDir } from "../helpers/xlsx-fixtures";

const ROOT = path.join(__dirname, "..", "..");
const BIN = path.join(ROOT, "bin", "dvht.js");
const SAMPLE = path.join(ROOT, "samples", "truong-tieu-hoc-binh-an-2023.xlsx");
const dvht = (args: string[]) => {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: "utf8", timeout: 120000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

/** A copy of the sample under another school's name. */
async function renamedSchool(file: string, name: string) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(SAMPLE);
  const info = wb.getWorksheet("Thông tin")!;
  info.eachRow((row) => {
    if (String(row.getCell(1).value).startsWith("Tên đơn vị")) row.getCell(2).value = name;
  });
  await wb.xlsx.writeFile(file);
}

let dir: string;
beforeAll(async () => {
  dir = tempDir("dvht-tonghop-");
  fs.mkdirSync(path.join(dir, "in"));
  await renamedSchool(path.join(dir, "b.xlsx"), "TRƯỜNG TIỂU HỌC AN PHÚ");
  expect(dvht(["evaluate", SAMPLE, "-o", path.join(dir, "in", "binh-an.xlsx"), "--today", "20/12/2023"]).code).toBe(0);
  expect(dvht(["evaluate", path.join(dir, "b.xlsx"), "-o", path.join(dir, "in", "an-phu.xlsx"), "--today", "20/12/2023"]).code).toBe(0);
});

test("a folder of schools' results becomes one table, sorted, with the ratings counted", async () => {
  const out = path.join(dir, "tong-hop.xlsx");
  const r = dvht(["tong-hop", path.join(dir, "in"), "-o", out, "--co-quan", "PHÒNG GD&ĐT HUYỆN THỦ THỪA", "--today", "10/01/2024", "--json"]);
  expect(r.code).toBe(0);
  const json = JSON.parse(r.stdout);
  expect(json.schools.map((s: { unit: string; total: number; hashOk: boolean }) => [s.unit, s.total, s.hashOk])).toEqual([
    ["TRƯỜNG TIỂU HỌC AN PHÚ", 95.75, true],
    ["TRƯỜNG TIỂU HỌC BÌNH AN", 95.75, true],
  ]);
  expect(json.ratingCounts).toEqual([{ rating: "Tốt", count: 2 }]);
  const grids = await (await XlsxPort.fromFile(out)).read();
  const table = grids.sheets.find((s) => s.name === "Tổng hợp đơn vị")!;
  const text = table.values.flat().filter((v) => typeof v === "string");
  expect(text).toEqual(expect.arrayContaining(["BẢNG TỔNG HỢP", "PHÒNG GD&ĐT HUYỆN THỦ THỪA", "TRƯỜNG TIỂU HỌC BÌNH AN", "Tổng số: 2 đơn vị. Tốt: 2."]));
});

test("a result typed over by hand is flagged; a workbook never evaluated is an error; nothing stops at the first", async () => {
  const edited = path.join(dir, "edited.xlsx");
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(dir, "in", "an-phu.xlsx"));
  wb.getWorksheet("Kết quả")!.eachRow((row) => {
    if (row.getCell(1).value === "total") row.getCell(2).value = 99;
  });
  await wb.xlsx.writeFile(edited);
  const r = dvht(["tong-hop", edited, SAMPLE, "-o", path.join(dir, "th2.xlsx"), "--json", "--today", "10/01/2024"]);
  expect(r.code).toBe(0);
  const codes = JSON.parse(r.stdout).issues.map((i: { code: string }) => i.code);
  expect([...codes].sort()).toEqual(["DISTRICT_HASH_MISMATCH", "DISTRICT_NO_BLOCK"]);
});

test("usage errors exit 2 with a Vietnamese message", () => {
  const r = dvht(["tong-hop", path.join(dir, "in")]);
  expect(r.code).toBe(2);
  expect(r.stderr).toContain("Thiếu tệp bảng tổng hợp");
});
