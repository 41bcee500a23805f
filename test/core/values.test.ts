import { parseYesNo, parseDate, parseNumber, normaliseItemId, splitItemIds, splitCodes } from "../../src/core/read/values";
import { formatDateVi, ymdToSerial } from "../../src/core";

describe("yes/no tokens (workbook.md)", () => {
  test.each([
    ["x", true],
    ["X", true],
    ["✓", true],
    ["✔", true],
    ["có", true],
    ["Có", true],
    ["c", true],
    ["đạt", true],
    ["Đ", true],
    ["rồi", true],
    ["yes", true],
    ["y", true],
    ["TRUE", true],
    [true, true],
    [1, true],
    ["đã duyệt", true],
    ["Hoàn thành", true],
    ["HT", true],
    [null, false],
    ["", false],
    ["không", false],
    ["k", false],
    ["ko", false],
    ["chưa", false],
    ["Chưa đạt", false],
    ["CĐ", false],
    ["no", false],
    ["n", false],
    ["false", false],
    [false, false],
    [0, false],
    ["-", false],
    ["co\u0301", true], // NFD "có"
    // Beyond workbook.md's list, words a clerk writes for the same answer.
    ["Đã phê duyệt", true],
    ["Được duyệt", true],
    ["có đạt", true],
    ["☑", true],
    ["✅", true],
    ["Không đạt", false],
    ["Chưa hoàn thành", false],
    ["chưa duyệt", false],
    ["chưa có", false],
    ["–", false],
    ["—", false],
    ["✗", false],
    ["✘", false],
    ["  Có  ", true],
    ["Chưa\nđạt", false],
    ["Hoàn\u00a0thành", true],
  ])("%p → %p", (input, expected) => {
    expect(parseYesNo(input as never)).toEqual({ ok: true, value: expected });
  });
  // workbook.md's list, written in capitals and in NFD: the same answers.
  const LISTED: [string, boolean][] = [
    ...["x", "✓", "✔", "có", "c", "đạt", "đ", "rồi", "yes", "y", "true", "1", "đã duyệt", "hoàn thành", "ht"].map((t) => [t, true] as [string, boolean]),
    ...["", "không", "k", "ko", "chưa", "chưa đạt", "cđ", "no", "n", "false", "0", "-"].map((t) => [t, false] as [string, boolean]),
  ];
  test.each(LISTED.flatMap(([t, v]) => [[t.toUpperCase().normalize("NFD"), v] as const, [t.normalize("NFD"), v] as const]))("%p → %p", (input, expected) => {
    expect(parseYesNo(input)).toEqual({ ok: true, value: expected });
  });
  // workbook.md: anything else is an error at its cell, punctuation included ("?" is not blank).
  test.each([["cos"], ["2"], [5], [-1], ["maybe"], ["?"], ["??"], ["=TRUE()"], ["+x"], ["x?"], ["(x)"], ["'x"], ["có."], ["*"], ["Không áp dụng"]])(
    "%p is not understood",
    (input) => {
      expect(parseYesNo(input as never)).toEqual({ ok: false, shown: String(input) });
    },
  );
});

describe("dates are day first", () => {
  test.each([
    ["5/9/2023", { y: 2023, m: 9, d: 5 }],
    ["05/09/2023", { y: 2023, m: 9, d: 5 }],
    ["5-9-2023", { y: 2023, m: 9, d: 5 }],
    ["05.09.2023", { y: 2023, m: 9, d: 5 }],
  ])("%s", (text, ymd) => {
    expect(parseDate(text)).toEqual({ ok: true, value: ymdToSerial(ymd) });
  });
  test("serials stay serials and print dd/mm/yyyy", () => {
    expect(parseDate(45174)).toEqual({ ok: true, value: 45174 });
    expect(formatDateVi(45174)).toBe("05/09/2023");
  });
  test("31/02/2023 is not a date", () => expect(parseDate("31/02/2023").ok).toBe(false));
});

test("numbers take a decimal comma", () => {
  expect(parseNumber("9,5")).toEqual({ ok: true, value: 9.5 });
  expect(parseNumber("9.25")).toEqual({ ok: true, value: 9.25 });
  expect(parseNumber("10 điểm")).toEqual({ ok: true, value: 10 });
  expect(parseNumber("mười").ok).toBe(false);
  // A minus sign is read, so that the evaluation can say a negative score is none (POINTS_BELOW_ZERO).
  expect(parseNumber("-2")).toEqual({ ok: true, value: -2 });
  expect(parseNumber("−2,5")).toEqual({ ok: true, value: -2.5 });
  expect(parseNumber("-").ok).toBe(false);
});

describe("unit item ids as clerks write them", () => {
  test.each([
    ["1a", "1a"],
    ["1.a", "1a"],
    ["1 a", "1a"],
    ["Tiêu chí 1 – a", "1a"],
    ["TC 3.c", "3c"],
    ["1.1", "1.1"],
    ["Tiêu chí 2.2", "2.2"],
    ["Nhóm 1", null],
    ["1", null],
  ])("%s → %s", (text, id) => {
    expect(normaliseItemId(text)).toBe(id);
  });
  test("evidence rows name several items", () => {
    expect(splitItemIds("2a; 2b, 2c")).toEqual({ ids: ["2a", "2b", "2c"], unknown: [] });
    expect(splitItemIds("1.a, 1.b")).toEqual({ ids: ["1a", "1b"], unknown: [] });
    expect(splitItemIds("2a 2b")).toEqual({ ids: ["2a", "2b"], unknown: [] });
    expect(splitItemIds("1a; khác")).toEqual({ ids: ["1a"], unknown: ["khác"] });
  });
  test("evidence code lists", () => {
    expect(splitCodes("H1-1.1-01; H1-1.1-02,[H2-2.3-01]")).toEqual(["H1-1.1-01", "H1-1.1-02", "H2-2.3-01"]);
  });
});
