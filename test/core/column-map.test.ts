/**
 * The clerk maps a column of her school's own wording once (workbook.md, "The clerk can say which column
 * is which"): typed in "Thông tin" or given on the command line, stored in the workbook, used by every
 * later run. Each case is the smallest workbook that shows it.
 */
import { columnMapCells, mappableColumn, mappableLabels, readWorkbook, run, type CellValue, type RunOptions, type WorkbookGrids } from "../../src/core";
import { applyValues, book, evidence, FULL_EVIDENCE, FULL_UNIT_ITEMS, info, members, MEMBER_HEADER, okMember, pointsOf, TODAY, unitItems } from "./helpers";

/** A TT 22 workbook whose title column is headed "Thi đua cuối năm" (G); `infoRows` are added to Thông tin from row 8. */
function schoolWords(infoRows: [string, CellValue][] = [], header = "Thi đua cuối năm", extra: CellValue[][] = []): WorkbookGrids {
  const h = MEMBER_HEADER.map((x) => (x === "Danh hiệu thi đua" ? header : x));
  const ms = [okMember("Lê Thị Hoa"), okMember("Trần Văn Bình", "Tổ 2")];
  ms[1][5] = "Hoàn thành tốt nhiệm vụ";
  const th = info(infoRows);
  th.values.push(...extra);
  return book(th, members(ms, { header: h }), unitItems(FULL_UNIT_ITEMS), evidence(FULL_EVIDENCE));
}

const ev = (g: WorkbookGrids, o: Partial<RunOptions> = {}) => run(g, { today: TODAY, ...o });
const at = (o: ReturnType<typeof run>, code: string) => o.issues.filter((i) => i.code === code).map((i) => `${i.sheet ?? ""}!${i.cell ?? ""}`);

describe("without a mapping", () => {
  test("the missing column is an error that lists the unrecognised headers and says how to map one (pane and command line)", () => {
    const out = ev(schoolWords());
    expect(out.fatal).toBe(true);
    expect(out.missingColumns).toEqual(["title"]);
    const miss = out.issues.find((i) => i.code === "MISSING_COLUMN")!;
    expect(miss.message).toBe('Trang Thành viên thiếu cột "Danh hiệu thi đua". Các cột chưa nhận ra: "Thi đua cuối năm".');
    expect(miss.fix).toContain('"Cột chưa nhận ra"');
    expect(miss.fix).toContain('dòng "Cột: Danh hiệu thi đua"');
    expect(miss.fix).toContain('--cot "Danh hiệu thi đua=<tiêu đề cột>"');
    expect(out.model.recognition.find((r) => r.role === "members")!.unrecognised).toEqual([{ column: 6, header: "Thi đua cuối năm" }]);
  });
});

describe('a mapping typed in "Thông tin"', () => {
  test.each<[string, [string, CellValue][], string, CellValue[][]]>([
    ["Cột: Danh hiệu thi đua | Thi đua cuối năm", [["Cột: Danh hiệu thi đua", "Thi đua cuối năm"]], "Thi đua cuối năm", []],
    ["the label as the reader knows it (Danh hiệu TĐ)", [["Cột: Danh hiệu TĐ", "Thi đua cuối năm"]], "Thi đua cuối năm", []],
    ["another case and spacing, NFD", [["CỘT:  danh hiệu thi đua".normalize("NFD"), "THI ĐUA  CUỐI NĂM".normalize("NFD")]], "Thi đua cuối năm", []],
    ["a header over two lines", [["Cột: Danh hiệu thi đua", "Thi đua\ncuối năm"]], "Thi đua\ncuối năm", []],
    ["typed without diacritics", [["Cot Danh hieu thi dua", "Thi dua cuoi nam"]], "Thi đua cuối năm", []],
    ["Cột | Danh hiệu thi đua | Thi đua cuối năm", [], "Thi đua cuối năm", [["Cột", "Danh hiệu thi đua", "Thi đua cuối năm"]]],
  ])("%s: the column is read, the unit evaluated", (_name, rows, header, extra) => {
    const out = ev(schoolWords(rows, header, extra));
    expect(out.fatal).toBe(false);
    expect(out.issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(out.model.recognition.find((r) => r.role === "members")!.columns.title).toBe(6);
    expect(out.result!.items.find((i) => i.id === "2d")).toMatchObject({ meeting: 1, counted: 2 });
    expect(out.model.columnMap.map((m) => [m.field, m.from])).toEqual([["title", "info"]]);
    // Nothing to store: it is already there.
    expect(out.plan.patches.filter((p) => p.kind === "column-map")).toEqual([]);
  });

  test("a mapping naming a header the sheet does not have is an error at its cell, listing the unrecognised headers", () => {
    const out = ev(schoolWords([["Cột: Danh hiệu thi đua", "Thi đua năm học"]]));
    expect(at(out, "COLUMN_MAP_NOT_FOUND")).toEqual(["Thông tin!B8"]);
    const i = out.issues.find((x) => x.code === "COLUMN_MAP_NOT_FOUND")!;
    expect(i.message).toBe('trang Thành viên không có cột tiêu đề "Thi đua năm học" để đọc làm cột "Danh hiệu thi đua".');
    expect(i.fix).toContain('"Thi đua cuối năm"');
    expect(out.missingColumns).toEqual(["title"]);
  });

  test("a column the product does not have is an error at its key", () => {
    const out = ev(schoolWords([["Cột: Lương cơ bản", "Thi đua cuối năm"]]));
    expect(at(out, "COLUMN_MAP_UNKNOWN_COLUMN")).toEqual(["Thông tin!A8"]);
    expect(out.issues.find((x) => x.code === "COLUMN_MAP_UNKNOWN_COLUMN")!.fix).toContain("Danh hiệu thi đua");
  });

  test("a column mapped twice: the first holds, the second is an error at its cell", () => {
    const out = ev(
      schoolWords([
        ["Cột: Danh hiệu thi đua", "Thi đua cuối năm"],
        ["Cột: Danh hiệu", "Ghi chú"],
      ]),
    );
    expect(at(out, "COLUMN_MAP_TWICE")).toEqual(["Thông tin!B9"]);
    expect(out.model.recognition.find((r) => r.role === "members")!.columns.title).toBe(6);
  });

  test("a blank mapping row maps nothing and says nothing", () => {
    const out = ev(schoolWords([["Cột: Danh hiệu thi đua", null]]));
    expect(out.issues.map((i) => i.code)).toEqual(["MISSING_COLUMN"]);
  });

  test("the mapping wins over a header the reader would take by its words, and settles two candidates", () => {
    const h = [...MEMBER_HEADER.slice(0, 6), "Danh hiệu thi đua 2022", "Danh hiệu thi đua 2023", MEMBER_HEADER[7]];
    const row = (name: string, old: string, now: string) => [name, "Tổ 1", "x", "x", "x", old, now, "x"];
    const g = (rows: [string, CellValue][]) =>
      book(info(rows), members([row("An", "LĐTT", "HTNV"), row("Bình", "HTNV", "LĐTT")], { header: h }), unitItems(FULL_UNIT_ITEMS), evidence(FULL_EVIDENCE));
    const before = ev(g([]));
    expect(before.issues.map((i) => i.code)).toContain("AMBIGUOUS_COLUMN");
    const after = ev(g([["Cột: Danh hiệu thi đua", "Danh hiệu thi đua 2023"]]));
    expect(after.fatal).toBe(false);
    expect(after.model.members.map((m) => m.title?.code)).toEqual(["HTNV", "LDTT"]);
  });

  test("the name column too: a sheet found only through the mapping", () => {
    const h = MEMBER_HEADER.map((x) => (x === "Họ và tên" ? "Giáo viên" : x));
    const g = (rows: [string, CellValue][]) => book(info(rows), members([okMember("An")], { header: h }), unitItems(FULL_UNIT_ITEMS), evidence(FULL_EVIDENCE));
    expect(ev(g([])).issues.map((i) => i.code)).toContain("NO_MEMBERS_SHEET");
    const out = ev(g([["Cột: Họ và tên", "Giáo viên"]]));
    expect(out.fatal).toBe(false);
    expect(out.model.members.map((m) => m.name)).toEqual(["An"]);
  });
});

describe("a mapping given on the command line (--cot)", () => {
  const cot = [{ column: "Danh hiệu thi đua", header: "Thi đua cuối năm" }];

  test("applies to the run and is stored in Thông tin as the clerk's own row; the next run uses it without the option", () => {
    const g = schoolWords();
    const first = ev(g, { columns: cot });
    expect(first.fatal).toBe(false);
    expect(first.plan.patches.filter((p) => p.kind === "column-map").map((p) => [p.sheet, p.top, p.left, p.values[0][0]])).toEqual([
      ["Thông tin", 7, 0, "Cột: Danh hiệu thi đua"],
      ["Thông tin", 7, 1, "Thi đua cuối năm"],
    ]);
    const written = applyValues(g, first.plan);
    const second = ev(written);
    expect(second.fatal).toBe(false);
    expect(second.model.columnMap.map((m) => [m.field, m.header, m.from, m.cell])).toEqual([["title", "Thi đua cuối năm", "info", "B8"]]);
    expect(pointsOf(second.summary).total).toBe(pointsOf(first.summary).total);
    // Given again, the option finds it stored: nothing more to write.
    expect(ev(written, { columns: cot }).plan.patches.filter((p) => p.kind === "column-map")).toEqual([]);
  });

  test("the stored row is the clerk's, never the product's: not in its registry of filled cells, kept as she edits it, the same workbook on every run", () => {
    const g = schoolWords();
    // 3b left blank too: the one cell the product fills and records as its own.
    g.sheets[2] = unitItems(FULL_UNIT_ITEMS.map((r) => (r[0] === "3b" ? ["3b", "TTLĐTT", 10, null, null, null] : r)));
    const first = ev(g, { columns: cot });
    expect(first.plan.patches.map((p) => p.kind).sort()).toEqual(expect.arrayContaining(["column-map", "unit-points"]));
    const filled = (p: typeof first.plan) => p.sheets.find((s) => s.id === "registry")!.values.filter((r) => r[0] === "filled");
    expect(filled(first.plan)).toEqual([["filled", "unit-points", "3b", "D5", 10]]);
    const g1 = applyValues(g, first.plan);
    const second = ev(g1);
    expect(filled(second.plan)).toEqual([["filled", "unit-points", "3b", "D5", 10]]);
    expect(second.plan.patches.filter((p) => p.kind === "column-map")).toEqual([]);
    const g2 = applyValues(g1, second.plan);
    expect(g2).toEqual(g1);
    expect(pointsOf(second.summary)).toEqual(pointsOf(first.summary));
    // She renames her column and her row with it: the run reads her row as written, and writes nothing over it.
    const g3 = applyValues(g2, { sheets: [], patches: [] });
    g3.sheets[1].values[0][6] = "Thi đua năm học";
    g3.sheets[0].values[7][1] = "Thi đua năm học";
    const third = ev(g3);
    expect(third.fatal).toBe(false);
    expect(third.model.columnMap.map((m) => [m.header, m.from])).toEqual([["Thi đua năm học", "info"]]);
    expect(third.plan.patches.filter((p) => p.sheet === "Thông tin")).toEqual([]);
  });

  test("the option wins over the stored row and is written over its value only", () => {
    const out = ev(schoolWords([["Cột: Danh hiệu thi đua", "Danh hiệu cũ"]]), { columns: cot });
    expect(out.fatal).toBe(false);
    expect(out.issues.map((i) => i.code)).not.toContain("COLUMN_MAP_NOT_FOUND");
    // A mistyped option does not blame the stored row.
    const wrong = ev(schoolWords([["Cột: Danh hiệu thi đua", "Thi đua cuối năm"]]), { columns: [{ column: "Danh hiệu thi đua", header: "Không có" }] });
    expect(at(wrong, "COLUMN_MAP_NOT_FOUND")).toEqual(["!"]);
    expect(out.plan.patches.filter((p) => p.kind === "column-map").map((p) => [p.top, p.left, p.values[0][0]])).toEqual([[7, 1, "Thi đua cuối năm"]]);
  });

  test("stored even when the run cannot evaluate, written under everything Thông tin holds", () => {
    const g = schoolWords([], "Thi đua cuối năm", [[], ["Ghi chú của văn thư", null]]);
    const out = ev(g, { columns: [...cot, { column: "Hoàn thành bồi dưỡng", header: "Chưa có cột này" }] });
    expect(at(out, "COLUMN_MAP_NOT_FOUND")).toEqual(["!"]);
    // The mapping that names a real header is stored (row 10, under the clerk's note in row 9); the other is not.
    expect(out.plan.patches.filter((p) => p.kind === "column-map").map((p) => [p.top, p.left, p.values[0][0]])).toEqual([
      [9, 0, "Cột: Danh hiệu thi đua"],
      [9, 1, "Thi đua cuối năm"],
    ]);
  });

  test("without a Thông tin sheet: used for the run, and a warning that it could not be stored", () => {
    const g = schoolWords();
    g.sheets.shift();
    const out = ev(g, { columns: cot });
    expect(out.model.recognition.find((r) => r.role === "members")!.columns.title).toBe(6);
    expect(out.issues.find((i) => i.code === "COLUMN_MAP_NOT_SAVED")).toMatchObject({ severity: "warning" });
    expect(out.plan.patches.filter((p) => p.kind === "column-map")).toEqual([]);
  });

  test("an unknown column name is an error", () => {
    expect(ev(schoolWords(), { columns: [{ column: "Lương", header: "Thi đua cuối năm" }] }).issues.map((i) => i.code)).toContain("COLUMN_MAP_UNKNOWN_COLUMN");
  });
});

describe("what the pane writes", () => {
  test("a new row under everything Thông tin holds, in its key and value columns", () => {
    const r = readWorkbook(schoolWords());
    expect(columnMapCells(r.model.unit, [{ field: "title", header: "Thi đua cuối năm" }])).toEqual({
      sheet: "Thông tin",
      cells: [
        { cell: "A8", value: "Cột: Danh hiệu thi đua" },
        { cell: "B8", value: "Thi đua cuối năm" },
      ],
    });
  });
  test("the value of the row that already maps the column; the 8 competences as their one column", () => {
    const r = readWorkbook(schoolWords([["Cột: Danh hiệu thi đua", "Cũ"]]));
    expect(columnMapCells(r.model.unit, [{ field: "title", header: "Thi đua cuối năm" }])!.cells).toEqual([{ cell: "B8", value: "Thi đua cuối năm" }]);
    expect(columnMapCells(r.model.unit, [{ field: "competences", header: "NL CDHT" }])!.cells).toEqual([
      { cell: "A9", value: "Cột: Đáp ứng năng lực, phẩm chất CDHT" },
      { cell: "B9", value: "NL CDHT" },
    ]);
  });
  test("no Thông tin sheet: nowhere to store", () => {
    const g = schoolWords();
    g.sheets.shift();
    expect(columnMapCells(readWorkbook(g).model.unit, [{ field: "title", header: "X" }])).toBeNull();
  });
});

test.each(mappableLabels().map((l) => [l]))("the label %s reads back as its column", (label) => {
  const field = mappableColumn(label);
  expect(field).not.toBeNull();
  expect(mappableColumn(label.normalize("NFD"))).toBe(field);
});
