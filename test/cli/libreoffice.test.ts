/**
 * Schools still keep .xls (Excel 97–2003) and .ods (LibreOffice) files. The sample, saved by
 * LibreOffice in each format inside the test, must evaluate to exactly the result of the .xlsx it came
 * from; the result goes into a new .xlsx beside it (the original is never rewritten in a format the
 * writer cannot keep), with a notice saying what the copy keeps.
 *
 * Needs LibreOffice (`soffice`): CI installs it. Without it this test fails, it does not skip.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import type { PointsSummaryJson as SummaryJson } from "../../src/core";
import ExcelJS from "exceljs";
import { openWorkbookBytes } from "../../src/xlsx/open";
import { readWithSheetJs } from "../../src/xlsx/read";
import { tempDir } from "../helpers/xlsx-fixtures";

const ROOT = path.join(__dirname, "..", "..");
const BIN = path.join(ROOT, "bin", "dvht.js");
const SAMPLE = path.join(ROOT, "samples", "truong-tieu-hoc-binh-an-2023.xlsx");
const TODAY = ["--today", "20/12/2023"];

const dvht = (args: string[]) => {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: "utf8", timeout: 120000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

let dir: string;
const converted: Record<string, string> = {};

beforeAll(async () => {
  const which = spawnSync("sh", ["-c", "command -v soffice"], { encoding: "utf8" });
  if (which.status !== 0) throw new Error("LibreOffice (soffice) is needed to make the .xls and .ods of the sample: apt-get install libreoffice-calc");
  dir = tempDir("dvht-lo-");
  fs.copyFileSync(SAMPLE, path.join(dir, "binh-an.xlsx"));
  // The sample has no hidden sheet: a small workbook with one shows that an .ods keeps it hidden.
  const hidden = new ExcelJS.Workbook();
  hidden.addWorksheet("Thành viên").getCell("A1").value = "STT";
  const h = hidden.addWorksheet("Ẩn");
  h.getCell("A1").value = "ẩn";
  h.state = "hidden";
  await hidden.xlsx.writeFile(path.join(dir, "an.xlsx"));
  // Its own profile: a LibreOffice already running (or another test) must not share it.
  const profile = `file://${path.join(dir, "lo-profile")}`;
  for (const [file, format] of [
    ["binh-an.xlsx", "xls"],
    ["binh-an.xlsx", "ods"],
    ["an.xlsx", "ods"],
  ]) {
    const r = spawnSync("soffice", [`-env:UserInstallation=${profile}`, "--headless", "--convert-to", format, "--outdir", dir, path.join(dir, file)], {
      encoding: "utf8",
      timeout: 120000,
    });
    const out = path.join(dir, file.replace(/xlsx$/, format));
    if (!fs.existsSync(out)) throw new Error(`soffice did not write ${out}: ${r.stderr}`);
    if (file === "binh-an.xlsx") converted[format] = out;
  }
}, 240000);

test("a sheet an .ods hides stays hidden, in the grids and in the .xlsx copy", async () => {
  const ods = path.join(dir, "an.ods");
  const opened = await openWorkbookBytes(fs.readFileSync(ods), ods);
  expect(opened.book.grids.sheets.map((s) => [s.name, s.visibility])).toEqual([
    ["Thành viên", "visible"],
    ["Ẩn", "hidden"],
  ]);
  const out = path.join(dir, "an-kq.xlsx");
  dvht(["evaluate", ods, "-o", out, ...TODAY]);
  expect(readWithSheetJs(fs.readFileSync(out)).grids.sheets.find((s) => s.name === "Ẩn")?.visibility).toBe("hidden");
});

test.each(["xls", "ods"])("the .%s LibreOffice made from the sample evaluates to the same result as the .xlsx", (format) => {
  const xlsx = dvht(["evaluate", path.join(dir, "binh-an.xlsx"), "-o", path.join(dir, "from-xlsx.xlsx"), "--json", ...TODAY]);
  expect(xlsx.code).toBe(0);
  const r = dvht(["evaluate", converted[format], "--json", ...TODAY]);
  expect(r.code).toBe(0);
  expect(JSON.parse(r.stdout) as SummaryJson).toEqual(JSON.parse(xlsx.stdout) as SummaryJson);
  const out = path.join(dir, "binh-an-ket-qua.xlsx");
  expect(r.stderr).toContain(`kết quả được ghi vào tệp mới '${out}'`);
  expect(r.stderr).toContain("không giữ được");
  // The copy holds every sheet of the original, then the product's.
  const names = readWithSheetJs(fs.readFileSync(out)).grids.sheets.map((s) => s.name);
  expect(names.slice(0, 5)).toEqual(["Thông tin", "Thành viên", "Tiêu chí đơn vị", "Minh chứng", "Nội dung báo cáo"]);
  expect(names).toEqual(expect.arrayContaining(["Biểu điểm", "Kiểm tra"]));
  fs.rmSync(out);
});

test.each(["xls", "ods"])("--in-place on an .%s writes the result beside it and leaves it as it was", (format) => {
  const before = fs.readFileSync(converted[format]);
  const r = dvht(["evaluate", converted[format], "--in-place", ...TODAY]);
  expect(r.code).toBe(0);
  expect(fs.readFileSync(converted[format]).equals(before)).toBe(true);
  const out = path.join(dir, "binh-an-ket-qua.xlsx");
  expect(r.stderr).toContain(`Đã ghi kết quả vào ${out}`);
  expect(fs.readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  fs.rmSync(out);
});

test("an .ods renamed .xlsx is read for what it is", () => {
  const renamed = path.join(dir, "doi-duoi.xlsx");
  fs.copyFileSync(converted.ods, renamed);
  const r = dvht(["evaluate", renamed, "-o", path.join(dir, "doi-duoi-kq.xlsx"), "--json", ...TODAY]);
  expect(r.code).toBe(0);
  expect((JSON.parse(r.stdout) as SummaryJson).total).toBe(95.75);
  expect(r.stderr).toContain("là tệp LibreOffice (.ods)");
});
