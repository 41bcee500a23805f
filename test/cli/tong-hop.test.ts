/**
 * `dvht tong-hop`: the district's command, on real workbooks: results produced by `dvht evaluate`
 * (Thông tư 22, 2023) and thirty generated Thông tư 24 results (test/helpers/district-farm.ts), with
 * the officer's own consolidation workbook holding the roster and the settings.
 */
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { XlsxPort } from "../../src/xlsx";
import { tempDir } from "../helpers/xlsx-fixtures";
import { district30, rosterSheetValues, unitXlsx } from "../helpers/district-farm";
import { dvhtInProcess, type CliRun } from "../helpers/cli";

const ROOT = path.join(__dirname, "..", "..");
const SAMPLE = path.join(ROOT, "samples", "truong-tieu-hoc-binh-an-2023.xlsx");
const dvht = (args: string[]) => dvhtInProcess(args);

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
  expect((await await dvht(["evaluate", SAMPLE, "-o", path.join(dir, "in", "binh-an.xlsx"), "--today", "20/12/2023"])).code).toBe(0);
  expect((await await dvht(["evaluate", path.join(dir, "b.xlsx"), "-o", path.join(dir, "in", "an-phu.xlsx"), "--today", "20/12/2023"])).code).toBe(0);
});

describe("Thông tư 22 results, as before", () => {
  test("a folder of schools' results becomes one table, sorted, totals with a decimal comma", async () => {
    const out = path.join(dir, "tong-hop.xlsx");
    const r = await dvht(["tong-hop", path.join(dir, "in"), "-o", out, "--co-quan", "PHÒNG GD&ĐT HUYỆN THỦ THỪA", "--today", "10/01/2024"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/1 {2}TRƯỜNG TIỂU HỌC AN PHÚ +95,75 {2}Tốt/);
    expect(r.stdout).toContain("Tổng số: 2 đơn vị. Tốt: 2; Khá: 0; Trung bình: 0; Chưa đạt: 0; không tính: 0; chưa gửi: 0.");
    const grids = await (await XlsxPort.fromFile(out)).read();
    const table = grids.sheets.find((s) => s.name === "Tổng hợp đơn vị")!;
    const text = table.values.flat().filter((v) => typeof v === "string");
    expect(text).toEqual(expect.arrayContaining(["BẢNG TỔNG HỢP", "PHÒNG GD&ĐT HUYỆN THỦ THỪA", "TRƯỜNG TIỂU HỌC BÌNH AN", "95,75"]));
    expect(grids.sheets.map((s) => [s.name, s.visibility ?? "visible"])).toEqual([
      ["Tổng hợp đơn vị", "visible"],
      ["Báo cáo kết quả", "visible"],
      ["Kiểm tra", "visible"],
      // The registry: what the next run may replace (never a sheet of the officer's).
      ["_dvht", "veryHidden"],
    ]);
  });

  test("a result typed over is not counted; a workbook never evaluated is named; nothing stops at the first", async () => {
    const edited = path.join(dir, "edited.xlsx");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(dir, "in", "an-phu.xlsx"));
    wb.getWorksheet("Kết quả")!.eachRow((row) => {
      if (row.getCell(1).value === "total") row.getCell(2).value = 99;
    });
    await wb.xlsx.writeFile(edited);
    const r = await dvht(["tong-hop", edited, SAMPLE, "-o", path.join(dir, "th2.xlsx"), "--json", "--today", "10/01/2024"]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect([...json.issues.map((i: { code: string }) => i.code)].sort()).toEqual(["DISTRICT_HASH_MISMATCH", "DISTRICT_NO_BLOCK", "DISTRICT_NO_ROSTER"]);
    expect(json.rows.map((x: { status: string; hashOk: boolean }) => [x.status, x.hashOk])).toEqual([["not-counted", false]]);
  });
});

test("the 2026 sample evaluated by dvht counts; its printed level typed over in the workbook does not", async () => {
  const folder = path.join(dir, "tt24-real");
  fs.mkdirSync(folder);
  const sample = path.join(ROOT, "samples", "truong-tieu-hoc-tan-phu-2026.xlsx");
  expect((await await dvht(["evaluate", sample, "-o", path.join(folder, "tan-phu.xlsx"), "--today", "10/01/2027"])).code).toBe(0);
  const ok = await dvht(["tong-hop", folder, "-o", path.join(dir, "real.xlsx"), "--json", "--today", "05/03/2027"]);
  expect(JSON.parse(ok.stdout).rows.map((x: { status: string; printed: string }) => [x.status, x.printed])).toEqual([["counted", "ok"]]);
  // The clerk types another level over the Bản tổng hợp's result (the block is left as it was).
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(folder, "tan-phu.xlsx"));
  wb.getWorksheet("Bản tổng hợp")!.eachRow((row) => {
    if (String(row.getCell(1).value).startsWith("Mức độ đơn vị có thể đề nghị")) row.getCell(4).value = "Mức độ 2";
  });
  await wb.xlsx.writeFile(path.join(folder, "tan-phu.xlsx"));
  const edited = await dvht(["tong-hop", folder, "-o", path.join(dir, "real2.xlsx"), "--json", "--today", "05/03/2027"]);
  const json = JSON.parse(edited.stdout);
  expect(json.rows.map((x: { status: string; printed: string }) => [x.status, x.printed])).toEqual([["not-counted", "edited"]]);
  expect(json.issues.map((i: { code: string }) => i.code)).toContain("DISTRICT_PRINTED_EDITED");
});

describe("thirty Thông tư 24 units, the roster and settings in the officer's consolidation workbook", () => {
  const farm = district30();
  let book: string;
  let first: CliRun;
  beforeAll(async () => {
    fs.mkdirSync(path.join(dir, "tt24"));
    for (const f of farm.files) fs.writeFileSync(path.join(dir, "tt24", f.source), await unitXlsx(f.unit, f.tamper));
    // A file cut off while downloading.
    fs.writeFileSync(path.join(dir, "tt24", "t31.xlsx"), fs.readFileSync(path.join(dir, "tt24", "t2.xlsx")).subarray(0, 2000));
    book = path.join(dir, "tong-hop-2026.xlsx");
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Danh sách đơn vị").addRows(rosterSheetValues(farm));
    wb.addWorksheet("Thông tin tổng hợp").addRows([
      ["Cơ quan chủ quản", "UBND XÃ THỬ NGHIỆM"],
      ["Cơ quan lập báo cáo", "PHÒNG VĂN HÓA – XÃ HỘI"],
      ["Địa danh", "Thử Nghiệm"],
      ["Nơi nhận báo cáo", "Sở Giáo dục và Đào tạo tỉnh Thử Nghiệm"],
    ]);
    await wb.xlsx.writeFile(book);
    first = await dvht(["tong-hop", path.join(dir, "tt24"), "-o", book, "--today", "05/03/2027"]);
  });

  test("one progress line (n / N), the unusable file named in Vietnamese, and the run goes on", () => {
    expect(first.code).toBe(0);
    expect(first.stderr).toContain(`Đang đọc ${farm.files.length + 1} / ${farm.files.length + 1} tệp`);
    expect(first.stderr).not.toMatch(/Đang đọc .*\.xlsx/);
    expect(first.stderr).toContain("dvht: Tệp 't31.xlsx' bị hỏng");
  });

  test("every roster unit is printed, in the roster's order, 'chưa gửi' where nothing usable came; files apart in natural order", () => {
    const lines = first.stdout.split("\n");
    const rows = lines.filter((l) => /^ {1,3}\d+ {2}/.test(l));
    expect(rows).toHaveLength(30);
    expect(rows[6]).toMatch(/7 {2}Trường Mầm non Hưng Long +chưa gửi$/);
    expect(rows[15]).toMatch(/16 {2}Trường Tiểu học Thạnh Lợi +Mức độ 2 {2}đề nghị Mức độ 2 \(nâng mức độ\)$/);
    // The results start in one column, whatever the row says.
    expect(new Set(rows.map((l) => l.search(/(Mức độ|Chưa đạt|chưa gửi|KHÔNG TÍNH)/))).size).toBe(1);
    expect(rows[8]).toContain("KHÔNG TÍNH (kết quả bị sửa)");
    const apart = lines.slice(lines.indexOf("Không đưa vào bảng:") + 1, lines.indexOf("Không đưa vào bảng:") + 3);
    expect(apart).toEqual(["  t4.xlsx (TRƯỜNG TIỂU HỌC ĐỨC HÒA): kết quả năm 2025, không phải năm 2026", expect.stringMatching(/^ {2}t31\.xlsx: /)]);
  });

  test("the officer's sheets are kept; the product's are added, and replaced by the next run", async () => {
    const names = async () => (await (await XlsxPort.fromFile(book)).read()).sheets.filter((s) => s.visibility !== "veryHidden").map((s) => s.name);
    const expected = ["Danh sách đơn vị", "Thông tin tổng hợp", "Tổng hợp đơn vị", "Kết quả chỉ tiêu", "Báo cáo kết quả", "Dự thảo quyết định", "Kiểm tra"];
    expect(await names()).toEqual(expected);
    const second = await dvht(["tong-hop", path.join(dir, "tt24"), "-o", book, "--today", "05/03/2027"]);
    expect(second.code).toBe(0);
    expect(second.stdout).toBe(first.stdout);
    expect(await names()).toEqual(expected);
    const grids = await (await XlsxPort.fromFile(book)).read();
    expect(grids.sheets[0].values).toEqual(
      rosterSheetValues(farm)
        .map((r) => r.map((v) => (typeof v === "string" ? v.normalize("NFC") : v)))
        .map(trimRow),
    );
    const report = grids.sheets.find((s) => s.name === "Báo cáo kết quả")!.values.flat();
    expect(report).toEqual(expect.arrayContaining(["Kính gửi: Sở Giáo dục và Đào tạo tỉnh Thử Nghiệm.", "Thử Nghiệm, ngày 05 tháng 03 năm 2027"]));
  });

  test("--nam and --json: the other year alone", async () => {
    const r = await dvht([
      "tong-hop",
      path.join(dir, "tt24"),
      "-o",
      path.join(dir, "nam-2025.xlsx"),
      "--nam",
      "2025",
      "--roster",
      book,
      "--json",
      "--today",
      "05/03/2027",
    ]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.year).toBe(2025);
    expect(json.rows.filter((x: { status: string }) => x.status === "counted").map((x: { file: string }) => x.file)).toEqual(["t4.xlsx"]);
  });
});

/** A read row drops trailing blanks. */
function trimRow<T>(r: T[]): T[] {
  const out = [...r];
  while (out.length && (out[out.length - 1] === null || out[out.length - 1] === undefined)) out.pop();
  return out;
}

test("usage errors exit 2 with a Vietnamese message", async () => {
  for (const [args, words] of [
    [["tong-hop", dir], "Thiếu tệp bảng tổng hợp"],
    [["tong-hop", dir, "-o", "x.xlsx", "--nam", "hai nghìn"], "Năm 'hai nghìn' không hợp lệ"],
    [["tong-hop", dir, "-o", "x.xlsx", "--roster", "khong-co.xlsx"], "Không tìm thấy tệp 'khong-co.xlsx'"],
  ] as const) {
    const r = await dvht([...args]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(words);
  }
});
