/**
 * Real workbooks from other projects' test suites that trip spreadsheet readers (their README says where
 * each comes from and what a correct program does with it). They are not in this repository: the test
 * runs when DVHT_REALWORLD_DIR names the folder that holds them (CI sets it), and says it is skipped
 * otherwise.
 *
 * For every file, `dvht evaluate` must read it (exit 0, or 1 when it is not a school workbook, with the
 * Kiểm tra sheet written) or refuse it in Vietnamese (exit 2) as the README says; in bounded time (the
 * child is killed after a minute) and memory (Node is given 512 MB); with no library text; leaving
 * nothing behind. `--in-place` never loses a sheet or a clerk cell, and never touches a file whose run
 * fails.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { readWithSheetJs } from "../../src/xlsx/read";
import { openWorkbookBytes } from "../../src/xlsx/open";
import { tempDir } from "../helpers/xlsx-fixtures";

const ROOT = path.join(__dirname, "..", "..");
const BIN = path.join(ROOT, "bin", "dvht.js");
const DIR = process.env.DVHT_REALWORLD_DIR ? path.resolve(process.env.DVHT_REALWORLD_DIR) : null;

/** Bounds: a run that takes longer is killed (the test fails); more memory than this makes Node fail. */
const TIMEOUT_MS = 60000;
const HEAP_MB = 512;

const LEAK = /\b(Error|TypeError|Cannot read|Cannot set|undefined|is not a|at \S+ \(|node:internal|zip file|Corrupted|Unexpected|entity)\b/;

type Expect = { read: string[] } | { refused: string };

/** What the README says, file by file: the sheets read, or the phrase of the refusal. */
const EXPECTED: Record<string, Expect> = {
  "open-leak_ns-prefixed-workbook_ClosedXML-ColumnCells.xlsx": { read: ["Column Cells"] },
  "open-leak_ns-prefixed-appxml_ClosedXML-TwoPivotTablesWithSingleSource.xlsx": { read: ["Sheet1", "Pivot1", "Pivot2"] },
  "open-leak_ns-prefixed-rels_EDR-Test_git_issue682.xlsx": { read: ["Blad1"] },
  "open-leak_lowercase-cell-refs_EDR-LowerCaseReferenceAttribute.xlsx": { read: ["Sheet1"] },
  "save-leak_backslash-zip-paths_EDR-Test_git_issue_385_backslash.xlsx": { read: ["Sheet1"] },
  "save-leak_no-workbook-part_EDR-EmptyZipFile.xlsx": { refused: "không chứa sổ tính" },
  "open-leak_sheetNo_poi-InlineString.xlsx": { read: ["Sheet1"] },
  "open-leak_excel2007-beta-sstItem_poi-sample-beta.xlsx": { read: ["Sheet1", "Sheet2", "Sheet3"] },
  "open-leak_core-unprefixed_poi-1_NoIden.xlsx": { read: ["시트_테스트(1)"] },
  "open-leak_table-filterButton_poi-61281.xlsx": { read: ["Sheet1"] },
  "open-leak_invalid-row-number_poi-56278.xlsx": {
    read: [
      "Market Rates",
      "Deposit Rates",
      "Fixed-Rate Advances",
      "Amortizing Advances",
      "Member Option Fixed-Rate Advanc",
      "Member Option Variable-Rate Adv",
      "Prime Rate Indexed Advances",
      "Convertible Advances",
      "LIBOR Indexed Advances",
      "Capped LIBOR Indexed Advances",
    ],
  },
  "open-leak_bad-xml-entity_poi-54764-2.xlsx": { refused: "DOCTYPE/ENTITY" },
  "open-leak_corrupt-zip_poi-clusterfuzz-5089447305609216.xlsx": { refused: "bị hỏng" },
  "open-leak_password-protected_excelize-encryptAES.xlsx": { refused: "có mật khẩu" },
  "open-leak_excel-lock-file_ClosedXML-LoadPivotTables.xlsx": { refused: "tệp khóa tạm" },
  "silent-sheet-loss_sheet-part-name_tealeg-macNumbersTest.xlsx": { read: ["主动技能"] },
  "silent-sheet-loss_sheet-part-name_tealeg-testrels.xlsx": { read: ["Dave", "Bob"] },
  "hang_whole-sheet-data-validation_exceljs-test-issue-1842.xlsx": { read: ["Sheet1"] },
  "memory_whole-column-data-validation_tealeg-testFileToSliceValueOnly.xlsx": { read: ["data", "data2", "data3"] },
  "DERIVED_memory_sample-whole-column-validation-4cols.xlsx": { read: ["Thông tin", "Thành viên", "Tiêu chí đơn vị", "Minh chứng", "Nội dung báo cáo"] },
  "DERIVED_slow_16000-merges.xlsx": { read: ["Sheet1"] },
  "DERIVED_silent-sheet-loss_sample-members-part-renamed.xlsx": { read: ["Thông tin", "Thành viên", "Tiêu chí đơn vị", "Minh chứng", "Nội dung báo cáo"] },
};

/** The workbooks made from the bundled sample evaluate like it. */
const SAMPLE_TOTAL = 95.75;

function dvht(args: string[]) {
  const r = spawnSync(process.execPath, [`--max-old-space-size=${HEAP_MB}`, BIN, ...args], {
    cwd: ROOT,
    encoding: "utf8",
    timeout: TIMEOUT_MS,
    killSignal: "SIGKILL",
  });
  return { code: r.status, signal: r.signal, stdout: r.stdout ?? "", stderr: r.stderr ?? "" };
}

const files =
  DIR && fs.existsSync(DIR)
    ? fs
        .readdirSync(DIR)
        .filter((f) => /\.(xlsx|xlsm|xls|ods)$/i.test(f))
        .sort()
    : [];

if (!DIR) {
  test.skip("real-world workbooks: skipped, DVHT_REALWORLD_DIR is not set (CI sets it to the folder of third-party test workbooks)", () => undefined);
} else {
  test("the folder of real-world workbooks is there and every file in it is described here", () => {
    expect(fs.existsSync(DIR)).toBe(true);
    expect(files.length).toBeGreaterThan(0);
    expect(files.filter((f) => !(f in EXPECTED))).toEqual([]);
  });

  describe.each(files)("%s", (name) => {
    const expected = EXPECTED[name];
    let dir: string;
    let input: string;
    let original: Buffer;

    beforeAll(() => {
      dir = tempDir("dvht-realworld-");
      input = path.join(dir, name);
      original = fs.readFileSync(path.join(DIR, name));
      fs.writeFileSync(input, original);
    });

    const others = () => fs.readdirSync(dir).filter((f) => f !== name);

    test("the pane's reader of returned forms (Gộp từ tệp phiếu…) ends on it, in bounded time and memory: it reads it or throws", () => {
      // In a child, as the CLI above: a reader that never ended would hold the test (and, in Excel, the pane).
      // exceljs is less forgiving than SheetJS: several of these it refuses, and the pane names them as unreadable.
      const script = `require("tsx/cjs"); const { gridsOfXlsxBytes } = require(${JSON.stringify(path.join(ROOT, "src", "xlsx", "book-file.ts"))});
        gridsOfXlsxBytes(new Uint8Array(require("fs").readFileSync(${JSON.stringify(input)}))).then(
          (g) => console.log("read " + g.sheets.length), () => console.log("threw"));`;
      const r = spawnSync(process.execPath, [`--max-old-space-size=${HEAP_MB}`, "-e", script], {
        cwd: ROOT,
        encoding: "utf8",
        timeout: TIMEOUT_MS,
        killSignal: "SIGKILL",
      });
      expect(r.signal).toBeNull();
      expect(r.status).toBe(0);
      expect(r.stdout).toMatch(/^(read \d+|threw)\n$/);
    });

    test(`${expected && "refused" in expected ? "is refused clearly" : "is read, every sheet"}, in bounded time and memory, leaking nothing`, () => {
      const out = path.join(dir, "out.xlsx");
      const r = dvht(["evaluate", input, "-o", out, "--json", "--today", "20/12/2023"]);
      expect(r.signal).toBeNull();
      expect(r.stderr).not.toMatch(LEAK);
      if (expected && "refused" in expected) {
        expect(r.code).toBe(2);
        expect(r.stderr).toContain(expected.refused);
        expect(r.stderr).toContain(`'${input}'`);
        expect(others()).toEqual([]);
        return;
      }
      expect([0, 1]).toContain(r.code);
      expect(r.stderr).toContain(`Đã đọc ${expected.read.length} trang`);
      const json = JSON.parse(r.stdout) as { total: number | null };
      if (name.startsWith("DERIVED_") && !name.includes("16000")) {
        expect(r.code).toBe(0);
        expect(json.total).toBe(SAMPLE_TOTAL);
      }
      // The output holds every sheet of the input, then the product's.
      const sheets = readWithSheetJs(fs.readFileSync(out)).allSheets.map((s) => s.name);
      expect(sheets.slice(0, expected.read.length)).toEqual(expected.read);
      expect(sheets).toContain("Kiểm tra");
      expect(others().sort()).toEqual(["out.xlsx"]);
      fs.rmSync(out);
    });

    if (!expected || "refused" in expected) return;

    test("--in-place never loses a sheet or a clerk cell, and leaves a failed run's input untouched", async () => {
      const before = await openWorkbookBytes(original, name);
      const r = dvht(["evaluate", input, "--in-place", "--today", "20/12/2023"]);
      expect(r.signal).toBeNull();
      expect([0, 1]).toContain(r.code);
      const now = fs.readFileSync(input);
      if (r.code === 1) {
        expect(now.equals(original)).toBe(true);
        expect(others()).toEqual([]);
        return;
      }
      const after = await openWorkbookBytes(now, name);
      // "kept": the clerk's own file, updated; else a converted copy beside it and the input untouched.
      const target = now.equals(original) ? path.join(dir, others()[0]) : input;
      const book = target === input ? after.book : readWithSheetJs(fs.readFileSync(target));
      for (const s of before.book.allSheets) expect(book.allSheets.map((x) => x.name)).toContain(s.name);
      for (const g of before.book.grids.sheets) {
        const g2 = book.grids.sheets.find((x) => x.name === g.name)!;
        // The clerk's cells left of the result band are unchanged (the band is the product's).
        let changed = 0;
        g.values.forEach((row, i) => row.forEach((v, j) => v !== null && JSON.stringify(g2.values[i]?.[j] ?? null) !== JSON.stringify(v) && changed++));
        expect([g.name, changed]).toEqual([g.name, 0]);
      }
      expect(fs.readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
    });
  });
}
