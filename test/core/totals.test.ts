/**
 * Totals and summary rows under a table (workbook.md, "Reading"): not a member, not an error; the table
 * ends there, unless members follow (a tổ's subtotal). Each case is the smallest sheet that shows it.
 */
import { readWorkbook, run, type CellValue, type SheetGrid } from "../../src/core";
import { isTotalsLabel } from "../../src/core/read/totals";
import { book, evidence, FULL_EVIDENCE, FULL_UNIT_ITEMS, info, members, okMember, TODAY, unitItems } from "./helpers";

/** Two members (rows 2 and 3 of "Thành viên"), then the given rows from row 4 on. */
function twoAndThen(rows: CellValue[][], merges: SheetGrid["merges"] = []) {
  const m = members([okMember("Lê Thị Hoa"), okMember("Trần Văn Bình", "Tổ 2")]);
  m.values.push(...rows.map((r) => [...r]));
  m.merges = merges;
  return book(info(), m, unitItems(FULL_UNIT_ITEMS), evidence(FULL_EVIDENCE));
}

const codes = (o: { issues: { code: string; severity: string; cell?: string }[] }) => o.issues.map((i) => `${i.severity} ${i.code} ${i.cell ?? ""}`.trim());

describe("a totals row ends the members table: neither a member nor an error", () => {
  test.each<[string, CellValue[][], SheetGrid["merges"]]>([
    ["a merged TỔNG CỘNG across STT, name and tổ, with counts", [["TỔNG CỘNG", null, null, 2, 2, 2, 2, 2]], [{ top: 3, left: 0, bottom: 3, right: 2 }]],
    ["a merged TỔNG CỘNG without counts", [["TỔNG CỘNG", null, null, null, null, null, null, null]], [{ top: 3, left: 0, bottom: 3, right: 7 }]],
    ["a merged label starting at the name column", [[null, "Tổng cộng: 2 người", null, 2, 2, 2, 2, 2]], [{ top: 3, left: 1, bottom: 3, right: 2 }]],
    ["Tổng cộng in the STT column, not merged", [["Tổng cộng", null, null, 2, 2, 2, 2, 2]], []],
    ["Cộng in the name column", [[null, "Cộng", null, 2, 2, 2, 2, 2]], []],
    ["Tổng số: 2 in the name column, with a number in STT", [[3, "Tổng số: 2", null, null, null, null, null, null]], []],
    ["Tỷ lệ with percentages", [[null, "Tỷ lệ", null, "100%", "100%", "100%", "100%", "100%"]], []],
    ["typed without diacritics", [[null, "TONG CONG", null, 2, 2, 2, 2, 2]], []],
    ["a row of counts only", [[null, null, null, 2, 2, 2, 2, 2]], []],
    [
      "a row of counts, then the signatures under it",
      [
        [null, null, null, 2, 2, 2, 2, 2],
        [],
        [null, "Người lập biểu", null, null, null, "HIỆU TRƯỞNG"],
        [],
        [null, "Nguyễn Thị Lan", null, null, null, "Trần Văn Hùng"],
      ],
      [],
    ],
    [
      "TỔNG CỘNG, then the signatures under it",
      [["TỔNG CỘNG"], [null, "Người lập biểu", null, null, null, "HIỆU TRƯỞNG"], [null, "Nguyễn Thị Lan"]],
      [{ top: 3, left: 0, bottom: 3, right: 2 }],
    ],
  ])("%s", (_name, rows, merges) => {
    const out = run(twoAndThen(rows, merges), { today: TODAY });
    expect(out.model.members.map((m) => m.name)).toEqual(["Lê Thị Hoa", "Trần Văn Bình"]);
    // An information line at most, pointing at the row.
    expect(codes(out)).toEqual(["info SUMMARY_ROW_SKIPPED B4"]);
    expect(out.summary.members.total).toBe(2);
  });

  test("the information line names the row and what it says", () => {
    const out = run(twoAndThen([["TỔNG CỘNG", null, null, 2, 2, 2, 2, 2]], [{ top: 3, left: 0, bottom: 3, right: 2 }]), { today: TODAY });
    expect(out.issues[0].message).toBe('dòng 4 ("TỔNG CỘNG") là dòng tổng cộng, không phải một dòng dữ liệu của bảng; không tính.');
  });

  test("subtotals per tổ: each skipped, every member read", () => {
    const m = members([okMember("An", "Tổ 1"), okMember("Bình", "Tổ 1")]);
    m.values.push(
      [null, "Cộng tổ 1", null, 2, 2, 2, null, 2],
      [3, ...okMember("Chi", "Tổ 2")],
      [null, "Cộng tổ 2", null, 1, 1, 1, null, 1],
      [null, "TỔNG CỘNG", null, 3, 3, 3, null, 3],
    );
    const r = readWorkbook(book(info(), m));
    expect(r.model.members.map((x) => x.name)).toEqual(["An", "Bình", "Chi"]);
    // The last subtotal ends the table: the grand total under it is not read at all.
    expect(r.issues.map((i) => `${i.code} ${i.cell}`)).toEqual(["SUMMARY_ROW_SKIPPED B4", "SUMMARY_ROW_SKIPPED B6"]);
  });

  test("a member after a subtotal who meets nothing is still read (the rows between are read as usual)", () => {
    const m = members([okMember("An")]);
    m.values.push([null, "Cộng tổ 1", null, 1, 1, 1, null, 1], [2, "Bình", "Tổ 2", null, null, null, null, null], [3, ...okMember("Chi", "Tổ 2")]);
    expect(readWorkbook(book(info(), m)).model.members.map((x) => x.name)).toEqual(["An", "Bình", "Chi"]);
  });

  test("not a totals row: a nameless row of answers is still a row without a name", () => {
    const out = readWorkbook(twoAndThen([[null, null, "Tổ 1", 1, 1, 0, null, 1]]));
    expect(out.issues.map((i) => `${i.code} ${i.cell}`)).toEqual(["ROW_WITHOUT_NAME B4"]);
  });

  test("not a totals row: Công and Tống are family names", () => {
    const out = readWorkbook(
      twoAndThen([
        [3, ...okMember("Công Thị Hoa")],
        [4, ...okMember("Tống Văn Cộng")],
      ]),
    );
    expect(out.model.members.map((m) => m.name)).toEqual(["Lê Thị Hoa", "Trần Văn Bình", "Công Thị Hoa", "Tống Văn Cộng"]);
    expect(out.issues).toEqual([]);
  });
});

describe("totals rows under the other tables", () => {
  test("unit items: a Tổng cộng row is not an unknown item", () => {
    const out = run(
      book(info(), members([okMember("An")]), unitItems([...FULL_UNIT_ITEMS, ["Tổng cộng", null, 45, 45, null, null]]), evidence(FULL_EVIDENCE)),
      {
        today: TODAY,
      },
    );
    expect(codes(out)).toEqual(["info SUMMARY_ROW_SKIPPED A7"]);
  });

  test("evidence: a Tổng số row is not a document without an item", () => {
    const out = run(
      book(
        info(),
        members([okMember("An")]),
        unitItems(FULL_UNIT_ITEMS),
        evidence([...FULL_EVIDENCE, [null, null, "Tổng số: 7 minh chứng", null, null, null]]),
      ),
      {
        today: TODAY,
      },
    );
    expect(codes(out)).toEqual(["info SUMMARY_ROW_SKIPPED C9"]);
  });
});

test.each([
  ["Tổng cộng", true],
  ["TỔNG CỘNG:", true],
  ["Tổng số CB-GV-NV: 40", true],
  ["Cộng", true],
  ["Cộng tổ 1", true],
  ["Tổng", true],
  ["Tỷ lệ (%)", true],
  ["tong cong", true],
  ["Tổng: 40", true],
  ["Cộng toàn trường", true],
  ["Tổng hợp ý kiến", false],
  ["Tổng kết năm học", false],
  ["Công Thị Hoa", false],
  ["Tống Văn An", false],
  ["Cộng đồng", false],
  ["Tổ 1", false],
  ["Tong Van A", false],
])("%s is a totals label: %p", (text, yes) => {
  expect(isTotalsLabel(text)).toBe(yes);
});
