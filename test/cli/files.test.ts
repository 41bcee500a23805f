/**
 * `dvht evaluate` on files as clerks have them: never lose, never refuse a good file, never leak
 * internals. Run as a user runs it (`node bin/dvht.js` in a child process), in a temporary folder that
 * is listed after each run: nothing but the expected files, never a `.tmp`.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import JSZip from "jszip";
import type { PointsSummaryJson as SummaryJson } from "../../src/core";
import { readWithSheetJs } from "../../src/xlsx/read";
import ExcelJS from "exceljs";
import { dvhtInProcess } from "../helpers/cli";
import { addEvidenceSheet, addInfoSheet, addMembersSheet, addUnitItemsSheet, DEFAULT_MEMBERS, tempDir, writeFixture } from "../helpers/xlsx-fixtures";
import { BAD_FILES } from "../xlsx/helpers/bad-files";
import { partsOf, withExtras } from "../xlsx/helpers/ooxml";

const ROOT = path.join(__dirname, "..", "..");
const SAMPLE = path.join(ROOT, "samples", "truong-tieu-hoc-binh-an-2023.xlsx");
const TODAY = ["--today", "20/12/2023"];

const dvht = (args: string[]) => dvhtInProcess(args);

/** Library text or a stack trace: what a clerk must never read. */
const LEAK = /\b(Error|TypeError|Cannot read|undefined|is not a|at \S+ \(|node:internal|ENOENT|EISDIR|zip file|Corrupted)\b/;

const ls = (dir: string) => fs.readdirSync(dir).sort();

/** A folder holding one file, and a snapshot to check that nothing else appears and the file is unchanged. */
function alone(name: string, bytes: Buffer) {
  const dir = tempDir("dvht-files-");
  const file = path.join(dir, name);
  fs.writeFileSync(file, bytes);
  return { dir, file, unchanged: () => fs.readFileSync(file).equals(bytes) && JSON.stringify(ls(dir)) === JSON.stringify([name]) };
}

describe.each(BAD_FILES)("a file that cannot be used: $what", ({ file: name, bytes, says }) => {
  test.each([[[] as string[]], [["--in-place"]]])("is refused in Vietnamese, naming it, writing nothing (%j)", async (extra) => {
    const f = alone(name, await bytes());
    const r = await dvht(["evaluate", f.file, ...extra, ...TODAY]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(says);
    expect(r.stderr).toContain(`'${f.file}'`);
    expect(r.stderr).not.toMatch(LEAK);
    expect(r.stdout).toBe("");
    expect(f.unchanged()).toBe(true);
  });
});

describe("--in-place", () => {
  let withCharts: Buffer;
  beforeAll(async () => {
    withCharts = await withExtras(fs.readFileSync(SAMPLE), {
      chartSheet: { name: "Biểu đồ", ref: "'Thành viên'!$A$6:$A$10" },
      chartOn: { sheet: "Minh chứng", ref: "'Thành viên'!$A$6:$A$10" },
      unknownPart: true,
    });
  });

  it("keeps a chart sheet, a chart and an unknown part byte for byte, and evaluates", async () => {
    const f = alone("co-bieu-do.xlsx", withCharts);
    const r = await dvht(["evaluate", f.file, "--in-place", "--json", ...TODAY]);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as SummaryJson).total).toBe(95.75);
    expect(ls(f.dir)).toEqual(["co-bieu-do.xlsx"]);
    const before = await partsOf(withCharts);
    const after = await partsOf(fs.readFileSync(f.file));
    for (const part of ["xl/chartsheets/sheet1.xml", "xl/charts/chart1.xml", "xl/charts/chart2.xml", "xl/drawings/drawing92.xml", "xl/dvht-test/unknown.bin"]) {
      expect([part, after.get(part)?.equals(before.get(part)!)]).toEqual([part, true]);
    }
    const sheets = readWithSheetJs(fs.readFileSync(f.file)).allSheets.map((s) => s.name);
    expect(sheets).toEqual(
      expect.arrayContaining(["Thông tin", "Thành viên", "Tiêu chí đơn vị", "Minh chứng", "Nội dung báo cáo", "Biểu đồ", "Biểu điểm", "Kiểm tra"]),
    );
    // A second run in place changes nothing more.
    const once = await partsOf(fs.readFileSync(f.file));
    expect((await dvht(["evaluate", f.file, "--in-place", ...TODAY])).code).toBe(0);
    const twice = await partsOf(fs.readFileSync(f.file));
    expect([...twice.keys()].sort()).toEqual([...once.keys()].sort());
    for (const [n, b] of once) expect([n, twice.get(n)!.equals(b)]).toEqual([n, true]);
  });

  it("never touches the input when the run fails (exit 1), and writes nothing else", async () => {
    const dir = tempDir("dvht-files-");
    const broken = await withExtras(fs.readFileSync(await writeFixture("missing-name-column.xlsx", dir)), {
      chartSheet: { name: "Biểu đồ", ref: "'Thành viên'!$A$2:$A$4" },
    });
    const f = alone("thieu-cot.xlsx", broken);
    const r = await dvht(["evaluate", f.file, "--in-place", ...TODAY]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("không bị sửa");
    expect(r.stdout).toContain("[Lỗi]");
    expect(f.unchanged()).toBe(true);
  });

  it("never drops a sheet whose part has an unusual name (the members sheet in xl/worksheets/members.xml)", async () => {
    const zip = await JSZip.loadAsync(fs.readFileSync(SAMPLE));
    const sheet2 = await zip.file("xl/worksheets/sheet2.xml")!.async("uint8array");
    zip.remove("xl/worksheets/sheet2.xml");
    zip.file("xl/worksheets/members.xml", sheet2);
    for (const part of ["xl/_rels/workbook.xml.rels", "[Content_Types].xml"]) {
      zip.file(part, (await zip.file(part)!.async("string")).replace("sheet2.xml", "members.xml"));
    }
    const f = alone("doi-ten.xlsx", await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
    const r = await dvht(["evaluate", f.file, "--in-place", "--json", ...TODAY]);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as SummaryJson).members.total).toBe(40);
    const book = readWithSheetJs(fs.readFileSync(f.file));
    expect(book.grids.sheets.map((s) => s.name).slice(0, 5)).toEqual(["Thông tin", "Thành viên", "Tiêu chí đơn vị", "Minh chứng", "Nội dung báo cáo"]);
    expect(book.grids.sheets[1].values[5].slice(0, 2)).toEqual([1, "Lê Văn Hùng"]);
  });
});

describe("a workbook with macros", () => {
  let macro: Buffer;
  beforeAll(async () => {
    const zip = await JSZip.loadAsync(fs.readFileSync(SAMPLE));
    zip.file("xl/vbaProject.bin", Buffer.from("macro bytes"));
    const ct = await zip.file("[Content_Types].xml")!.async("string");
    zip.file("[Content_Types].xml", ct.replace("spreadsheetml.sheet.main+xml", "ms-excel.sheet.macroEnabled.main+xml"));
    macro = await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
  });

  it("stays a macro workbook (.xlsm) with its macros", async () => {
    const f = alone("so.xlsm", macro);
    expect((await dvht(["evaluate", f.file, ...TODAY])).code).toBe(0);
    expect(ls(f.dir)).toEqual(["so-ket-qua.xlsm", "so.xlsm"]);
    expect((await partsOf(fs.readFileSync(path.join(f.dir, "so-ket-qua.xlsm")))).get("xl/vbaProject.bin")!.toString()).toBe("macro bytes");
  });

  it("refuses an .xlsx output name, which would lose them", async () => {
    const f = alone("so.xlsm", macro);
    const r = await dvht(["evaluate", f.file, "-o", path.join(f.dir, "kq.xlsx"), ...TODAY]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("có macro");
    expect(f.unchanged()).toBe(true);
  });
});

describe("writing fails", () => {
  it("names the output (not the input), exits 1 and leaves no temporary file", async () => {
    const f = alone("so.xlsx", fs.readFileSync(SAMPLE));
    const taken = path.join(f.dir, "kq.xlsx");
    fs.mkdirSync(taken); // a folder where the output should go: the rename fails
    const r = await dvht(["evaluate", f.file, "-o", taken, ...TODAY]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`Không ghi được tệp '${taken}'`);
    expect(r.stderr).not.toMatch(LEAK);
    expect(ls(f.dir)).toEqual(["kq.xlsx", "so.xlsx"]);
    expect(fs.readdirSync(taken)).toEqual([]);
  });
});

describe("--help and mistakes load no workbook library", () => {
  // tsx runs the TypeScript source as the CLI does before it is compiled; the list of loaded modules is the evidence.
  const loaded = (args: string[]) => {
    const script = `require(${JSON.stringify(path.join(ROOT, "src/cli/main.ts"))}).main(${JSON.stringify(args)}, { out() {}, err() {}, now: () => 0 }).then((code) => {
      const mods = Object.keys(require.cache).filter((k) => /node_modules[\\\\/](exceljs|@e965|jszip)[\\\\/]|src[\\\\/](core|xlsx)[\\\\/]/.test(k));
      process.stdout.write(JSON.stringify({ code, mods }));
    });`;
    const r = spawnSync(process.execPath, ["-r", "tsx/cjs", "-e", script], { cwd: ROOT, encoding: "utf8", timeout: 60000 });
    return JSON.parse(r.stdout) as { code: number; mods: string[] };
  };

  it.each([[["--help"]], [["evaluate", "--help"]], [["--version"]], [["chamdiem"]], [["evaluate", "so.xlsx", "--foo"]], [[]]])("%j", (args) => {
    expect(loaded(args).mods).toEqual([]);
  });

  it("while evaluating loads them (the check above can fail)", () => {
    expect(loaded(["evaluate", SAMPLE, "-o", path.join(tempDir(), "x.xlsx"), ...TODAY]).mods.length).toBeGreaterThan(0);
  });
});

describe("a sheet whose name the file spells in NFD (as typed on some Macs)", () => {
  it("is named as it is in messages, links and patches: no NFC twin appears", async () => {
    const nfd = "Thành viên".normalize("NFD");
    const wb = new ExcelJS.Workbook();
    addInfoSheet(wb);
    addMembersSheet(wb, {
      sheetName: nfd,
      members: [...DEFAULT_MEMBERS.slice(0, 4), { name: "Đỗ Văn Giàu", group: "Tổ 1", title: "LĐTT", discipline: "cos" }],
    });
    addUnitItemsSheet(wb);
    addEvidenceSheet(wb);
    const f = alone("nfd.xlsx", Buffer.from(await wb.xlsx.writeBuffer()));
    const out = path.join(f.dir, "kq.xlsx");
    const r = await dvht(["evaluate", f.file, "-o", out, "--json", ...TODAY]);
    expect(r.code).toBe(0);
    const bad = (JSON.parse(r.stdout) as SummaryJson).issues.find((i) => i.code === "BAD_YES_NO")!;
    expect(bad.sheet).toBe(nfd);
    const book = readWithSheetJs(fs.readFileSync(out));
    const names = book.grids.sheets.map((s) => s.name);
    expect(names).toContain(nfd);
    expect(names).not.toContain(nfd.normalize("NFC"));
    // The band went into the clerk's sheet, and Kiểm tra's link points at the name that exists.
    expect(book.grids.sheets.find((s) => s.name === nfd)!.values.flat()).toContain("Đạt");
    const parts = await partsOf(fs.readFileSync(out));
    const links =
      [...parts.values()]
        .map((b) => b.toString("utf8"))
        .join("")
        .match(/location="[^"]*"/g) ?? [];
    expect(links.length).toBeGreaterThan(0);
    expect(links.some((l) => l.includes(nfd))).toBe(true);
    expect(links.some((l) => l.includes("Thành viên".normalize("NFC")))).toBe(false);
  });
});

describe("a stray value in column XFD of the members sheet", () => {
  it("does not stop the run: the band goes beside the table, within Excel's columns, and the clerk is told", async () => {
    const zip = await JSZip.loadAsync(fs.readFileSync(SAMPLE));
    const part = "xl/worksheets/sheet2.xml";
    const xml = await zip.file(part)!.async("string");
    // A stray value in XFD6 of the members sheet.
    zip.file(part, xml.replace(/(<row r="6"[^>]*>[\s\S]*?)(<\/row>)/, `$1<c r="XFD6" t="inlineStr"><is><t>lạc</t></is></c>$2`));
    const f = alone("xfd.xlsx", await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
    const out = path.join(f.dir, "kq.xlsx");
    for (const extra of [["-o", out], ["--in-place"]]) {
      const r = await dvht(["evaluate", f.file, ...extra, ...TODAY]);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain("cột cuối cùng Excel cho phép (XFD)");
      expect(r.stderr + r.stdout).not.toMatch(LEAK);
      const members = readWithSheetJs(fs.readFileSync(extra[0] === "-o" ? out : f.file)).grids.sheets.find((g) => g.name === "Thành viên")!;
      const title = members.values.flatMap((row, r) => row.map((v, c) => (v === "KẾT QUẢ ĐÁNH GIÁ (tự động)" ? { r, c } : null))).find((x) => x !== null)!;
      expect(title.c).toBeLessThan(16384 - 8);
      expect(members.values[5][16383]).toBe("lạc");
    }
  });
});
