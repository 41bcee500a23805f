/**
 * The `dvht` command line on real .xlsx files in a temporary folder: usage as a user runs it (`node bin/dvht.js …`
 * in a child process), the evaluations through the same `main()` in this process. Checks exit codes, what goes to stdout (only the result) and
 * stderr (messages), that the input file is never modified, and that runs are reproducible.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { XlsxPort } from "../../src/xlsx";
import type { PointsSummaryJson as SummaryJson, Tt24SummaryJson } from "../../src/core";
import { tempDir, writeAllFixtures } from "../helpers/xlsx-fixtures";
import { dvhtInProcess } from "../helpers/cli";

const ROOT = path.join(__dirname, "..", "..");
const BIN = path.join(ROOT, "bin", "dvht.js");
const SAMPLE = path.join(ROOT, "samples", "truong-tieu-hoc-binh-an-2023.xlsx");
const SAMPLE_2026 = path.join(ROOT, "samples", "truong-tieu-hoc-tan-phu-2026.xlsx");
const TODAY = ["--today", "20/12/2023"];

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** As a user runs it: the launcher in a child process (usage and the launcher's own exit codes). */
function dvhtProcess(args: string[], cwd = ROOT): Run {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: "utf8", timeout: 60000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The evaluations themselves: the same main() in this process (no start-up per run). */
const dvht = (args: string[]): Promise<Run> => dvhtInProcess(args);

async function valuesOf(file: string) {
  const grids = await (await XlsxPort.fromFile(file)).read();
  return grids.sheets.map((s) => ({ name: s.name, values: s.values }));
}

let dir: string;
let fx: Record<string, string>;
let sample: string;

beforeAll(async () => {
  dir = tempDir("dvht-cli-");
  fx = await writeAllFixtures(dir);
  sample = path.join(dir, "binh-an.xlsx");
  fs.copyFileSync(SAMPLE, sample);
});

describe("usage", () => {
  it("prints Vietnamese help on --help (exit 0, stdout)", () => {
    const r = dvhtProcess(["--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Cách dùng");
    expect(r.stdout).toContain("dvht evaluate");
    expect(dvhtProcess(["evaluate", "--help"]).stdout).toContain("--today dd/mm/yyyy");
  });

  it.each([
    [[], "Cách dùng"],
    [["chamdiem"], "Không có lệnh 'chamdiem'"],
    [["evaluate", "so.xlsx", "--foo"], "Không hiểu tùy chọn '--foo'"],
    [["evaluate", "khong-co.xlsx"], "Không tìm thấy tệp 'khong-co.xlsx'"],
    [["evaluate"], "Thiếu tên tệp Excel"],
    [["evaluate", "SAMPLE", "--today", "31/02/2023"], "Ngày '31/02/2023' không hợp lệ"],
    [["evaluate", "SAMPLE", "--preset", "sao-hoa"], "Không có phương án địa phương 'sao-hoa'"],
    [["evaluate", "SAMPLE", "--framework", "TT99"], "Không có bộ tiêu chí 'TT99'"],
    [["evaluate", "SAMPLE", "--in-place", "-o", "x.xlsx"], "Không dùng cùng lúc --in-place và -o"],
    [["evaluate", "SAMPLE", "-o", "SAMPLE"], "Tệp kết quả trùng tệp gốc"],
  ])("exits 2 with a Vietnamese message on stderr: %j", async (args, message) => {
    const r = await dvht(args.map((a) => (a === "SAMPLE" ? sample : a)));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(r.stdout).toBe("");
  });

  it("refuses a file that is not a workbook, whatever it is called, naming it", async () => {
    for (const name of ["cu.xls", "hong.xlsx"]) {
      const file = path.join(dir, name);
      fs.writeFileSync(file, "đây không phải tệp Excel");
      const r = await dvht(["evaluate", file]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`Tệp '${file}' không phải sổ tính Excel`);
      expect(fs.readdirSync(dir).filter((f) => f.endsWith(".tmp") || (f.includes("-ket-qua") && f.startsWith(name.split(".")[0])))).toEqual([]);
    }
  });
});

describe("evaluate the bundled sample", () => {
  let json: SummaryJson;
  let before: Buffer;
  let out: string;

  beforeAll(async () => {
    before = fs.readFileSync(sample);
    const r = await dvht(["evaluate", sample, "--json", ...TODAY]);
    expect(r.stderr).toContain("Đã ghi kết quả");
    expect(r.code).toBe(0);
    json = JSON.parse(r.stdout); // stdout holds the JSON and nothing else
    out = path.join(dir, "binh-an-ket-qua.xlsx");
  });

  it("prints the machine-readable summary", async () => {
    expect(json).toMatchObject({ framework: "TT22/2020", preset: "toan-quoc", year: 2023, members: { counted: 39, excluded: 1 } });
    expect(json.unit.name).toBe("TRƯỜNG TIỂU HỌC BÌNH AN");
    expect(json.items.map((i) => i.id)).toEqual(["1a", "1b", "1c", "2a", "2b", "2c", "2d", "3a", "3b", "3c"]);
    for (const i of json.items) {
      expect(Object.keys(i)).toEqual(expect.arrayContaining(["id", "max", "points", "rate"]));
    }
    const byId = Object.fromEntries(json.items.map((i) => [i.id, i]));
    expect(byId["2a"]).toMatchObject({ max: 10, points: 9.25, counted: 39, meeting: 37 });
    expect(byId["2d"].rate).toBeCloseTo(29 / 39, 6);
    expect(byId["3a"]).toMatchObject({ points: 23.5, meeting: 37 });
    expect(json.total).toBe(95.75);
    expect(json.rating).toBe("Tốt");
    expect(Array.isArray(json.issues)).toBe(true);
    for (const i of json.issues) expect(Object.keys(i)).toEqual(expect.arrayContaining(["severity", "code", "sheet", "cell", "message"]));
  });

  it("writes IN-ket-qua.xlsx beside the input and leaves the input's bytes unchanged", async () => {
    expect(fs.existsSync(out)).toBe(true);
    expect(fs.readFileSync(sample).equals(before)).toBe(true);
  });

  it("gives identical cell values when run twice (and when re-run on its own output)", async () => {
    const second = path.join(dir, "lan-2.xlsx");
    expect((await await dvht(["evaluate", sample, "-o", second, ...TODAY])).code).toBe(0);
    expect(await valuesOf(second)).toEqual(await valuesOf(out));
    const third = path.join(dir, "lan-3.xlsx");
    expect((await await dvht(["evaluate", out, "-o", third, "--json", ...TODAY])).code).toBe(0);
    expect(await valuesOf(third)).toEqual(await valuesOf(out));
  });

  it("prints a readable score table without --json", async () => {
    const r = await dvht(["evaluate", sample, "-o", path.join(dir, "bang.xlsx"), ...TODAY]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("TRƯỜNG TIỂU HỌC BÌNH AN");
    expect(r.stdout).toMatch(/2a\s+KH tự học/);
    expect(r.stdout).toContain("9,25/10");
    expect(r.stdout).toContain("Tổng điểm: 95,75/100");
    expect(r.stdout).toContain("Xếp loại: Tốt");
    expect(r.stdout).toMatch(/Lỗi: \d+, cảnh báo: \d+/);
  });

  it("applies a preset from the command line (Hà Nội: 70% LĐTT earns full 2d points)", async () => {
    const r = await dvht(["evaluate", sample, "-o", path.join(dir, "ha-noi.xlsx"), "--json", "--preset", "Hà Nội", ...TODAY]);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout) as SummaryJson;
    expect(j.preset).toBe("ha-noi");
    expect(j.items.find((i) => i.id === "2d")!.points).toBe(5);
    expect(j.total).toBe(97.25);
  });

  it("adds the dossier documents with --dossier, and only then", async () => {
    const withDossier = path.join(dir, "thu-muc-moi", "ho-so.xlsx"); // the folder is created
    expect((await await dvht(["evaluate", sample, "-o", withDossier, "--dossier", ...TODAY])).code).toBe(0);
    const plain = (await valuesOf(out)).map((s) => s.name);
    const full = (await valuesOf(withDossier)).map((s) => s.name);
    expect(plain).toEqual(expect.arrayContaining(["Biểu điểm", "Kiểm tra"]));
    expect(full).toEqual(expect.arrayContaining(plain));
    expect(full.length).toBeGreaterThan(plain.length);
  });

  it("writes into the input only with --in-place", async () => {
    const copy = path.join(dir, "tai-cho.xlsx");
    fs.copyFileSync(SAMPLE, copy);
    const r = await dvht(["evaluate", copy, "--in-place", ...TODAY]);
    expect(r.code).toBe(0);
    expect(fs.existsSync(path.join(dir, "tai-cho-ket-qua.xlsx"))).toBe(false);
    expect((await valuesOf(copy)).map((s) => s.name)).toContain("Biểu điểm");
  });
});

describe("evaluate the fixtures", () => {
  const json = async (name: string): Promise<{ r: Run; j: SummaryJson }> => {
    const r = await dvht(["evaluate", fx[name], "-o", path.join(dir, `out-${name}`), "--json", ...TODAY]);
    return { r, j: JSON.parse(r.stdout) };
  };

  it("exits 1 when the members table has no name column, still printing the JSON and writing Kiểm tra", async () => {
    const { r, j } = await json("missing-name-column.xlsx");
    expect(r.code).toBe(1);
    expect(j.issues.some((i) => i.severity === "error")).toBe(true);
    expect(r.stderr).toContain("Kiểm tra");
    const names = (await valuesOf(path.join(dir, "out-missing-name-column.xlsx"))).map((s) => s.name);
    expect(names).toContain("Kiểm tra");
  });

  it("exits 1 without a members sheet, with the error in the readable output too", async () => {
    const r = await dvht(["evaluate", fx["no-members-sheet.xlsx"], "-o", path.join(dir, "out-none.xlsx"), ...TODAY]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("[Lỗi]");
  });

  it("reads NFD headers exactly like NFC ones", async () => {
    const nfd = (await json("nfd-headers.xlsx")).j;
    const nfc = (await json("valid-small.xlsx")).j;
    expect(nfd.members).toEqual(nfc.members);
    expect(nfd.items).toEqual(nfc.items);
    expect(nfd.total).toBe(nfc.total);
  });

  it("accepts the 8 competences as 8 columns or as one column", async () => {
    const eight = (await json("eight-competence-columns.xlsx")).j.items.find((i) => i.id === "3a")!;
    const one = (await json("one-competence-column.xlsx")).j.items.find((i) => i.id === "3a")!;
    expect(eight.rate).toBeCloseTo(0.8, 6);
    expect(one.rate).toBeCloseTo(0.8, 6);
    expect(one.points).toBe(eight.points);
  });

  it("names the cell of a value it cannot read, and still evaluates (exit 0)", async () => {
    const { r, j } = await json("bad-yes-no-value.xlsx");
    expect(r.code).toBe(0);
    const bad = j.issues.find((i) => i.code === "BAD_YES_NO")!;
    expect(bad).toMatchObject({ severity: "error", sheet: "Thành viên" });
    expect(bad.cell).toMatch(/^[A-Z]+\d+$/);
    expect(bad.message).toContain("cos");
  });

  it("never turns a clerk's text into a formula in the output", async () => {
    const { r } = await json("formula-like-names.xlsx");
    expect(r.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(dir, "out-formula-like-names.xlsx"));
    let formulas = 0;
    let seen = false;
    wb.eachSheet((ws) =>
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          if (cell.formula || cell.type === ExcelJS.ValueType.Formula) formulas++;
          if (cell.value === "=1+1") seen = true;
        }),
      ),
    );
    expect(formulas).toBe(0);
    expect(seen).toBe(true);
  });
});

describe("template", () => {
  it("creates a workbook with the input sheets and refuses to overwrite without --force", async () => {
    const file = path.join(dir, "mau.xlsx");
    const r = await dvht(["template", file]);
    expect(r.code).toBe(0);
    const names = (await valuesOf(file)).map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(["Thông tin", "Thành viên"]));
    const again = await dvht(["template", file]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain("--force");
    expect((await await dvht(["template", file, "--force"])).code).toBe(0);
  });

  it.each([
    ["this year (2026): Thông tư 24, cấp huyện", ["--today", "01/12/2026"], 2026, "1.1", "Trường tiểu học"],
    ["--year 2023: Thông tư 22", ["--year", "2023"], 2023, "1a", null],
    [
      "--framework TT24/2023-cap-tinh: the province's indicators, through 3.6",
      ["--framework", "TT24/2023-cap-tinh", "--today", "01/12/2026"],
      2026,
      "1.1",
      null,
    ],
  ])("writes the year's framework: %s", async (_name, flags, year, firstItem, unitTypeChoice) => {
    const file = path.join(dir, `mau-${year}-${flags.join("")}.xlsx`.replace(/[^\w.-]/g, "_"));
    const r = await dvht(["template", file, ...flags]);
    expect(r.code).toBe(0);
    const sheets = await valuesOf(file);
    const info = sheets.find((s) => s.name === "Thông tin")!.values;
    expect(info.find((row) => row[0] === "Năm đánh giá")![1]).toBe(year);
    const items = sheets.find((s) => s.name === "Tiêu chí đơn vị")!.values;
    expect(items[3][0]).toBe(firstItem);
    if (flags.includes("TT24/2023-cap-tinh")) expect(items.map((row) => row[0])).toContain("3.6");
    if (unitTypeChoice) expect(info.some((row) => row.includes(unitTypeChoice))).toBe(true);
    expect(r.stderr).toContain(`năm ${year}`);
  });

  it("refuses a school year for --year", async () => {
    const r = await dvht(["template", path.join(dir, "x.xlsx"), "--year", "2025-2026"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("năm dương lịch");
  });
});

describe("evaluate the 2026 sample (Thông tư 24): npm run demo's job", () => {
  it("prints each indicator at Mức độ 1 and Mức độ 2, the level it may propose and why", async () => {
    const out = path.join(dir, "tan-phu-ket-qua.xlsx");
    const r = await dvht(["evaluate", SAMPLE_2026, "-o", out, "--dossier", "--today", "10/12/2026"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^2\.4 +Ngoại ngữ, tiếng dân tộc thiểu số +64,1% +Đạt +Chưa đạt$/m);
    expect(r.stdout).toMatch(/^3\.5 +Kiểm định chất lượng giáo dục nghề n… +Không áp dụng Không áp dụng$/m);
    expect(r.stdout).toContain("Mức độ có thể đề nghị: Mức độ 1");
    expect(r.stdout).toContain("Chưa đạt Mức độ 2: 3/14 chỉ tiêu áp dụng của Điều 7 chưa đạt (2.4, 2.5, 3.4).");
    expect(r.stdout).toContain("  2.4: 66,6% < 70%, cần thêm 2 thành viên có trình độ ngoại ngữ đáp ứng");
    expect(r.stdout).toContain('Đề nghị công nhận "Đơn vị học tập" Mức độ 1 (lần đầu).');
    expect(r.stdout).not.toMatch(/TẠM THỜI|điểm/);
  });

  it("--json: framework, rating, items with met per level, proposal", async () => {
    const r = await dvht(["evaluate", SAMPLE_2026, "-o", path.join(dir, "tan-phu.xlsx"), "--json", "--today", "10/12/2026"]);
    const j = JSON.parse(r.stdout) as Tt24SummaryJson;
    expect(j).toMatchObject({ framework: "TT24/2023-cap-huyen", rating: "Mức độ 1", proposal: { level: "Mức độ 1", kind: "first" } });
    expect(j.items.find((i) => i.id === "2.5")).toEqual({
      id: "2.5",
      applicable: true,
      rate: 36 / 39,
      met: { "Mức độ 1": true, "Mức độ 2": false },
      override: null,
    });
  });
});
