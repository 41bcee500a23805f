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
  ])("%p → %p", (input, expected) => {
    expect(parseYesNo(input as never)).toEqual({ ok: true, value: expected });
  });
  test.each([["cos"], ["2"], [5], ["maybe"]])("%p is not understood", (input) => {
    expect(parseYesNo(input as never).ok).toBe(false);
  });
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
