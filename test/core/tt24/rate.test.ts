/** Exact member rates: integers only (rules.md §3), the gap in the clerk's terms, a decimal comma. */
import { formatRateVi, meetsPercent, rateLineVi, shortfall } from "../../../src/core/evaluate/rate";

describe("a rate meets its threshold exactly", () => {
  test.each([
    ["9 of 10 meets 90%", 9, 10, 90, true, 0],
    ["8 of 10 misses 90% by one", 8, 10, 90, false, 1],
    ["27 of 30 meets 90% exactly", 27, 30, 90, true, 0],
    ["26 of 30: one member below 90%", 26, 30, 90, false, 1],
    ["35 of 39 does not meet 90% (89,7%)", 35, 39, 90, false, 1],
    ["36 of 39 meets 90%", 36, 39, 90, true, 0],
    ["19 of 20 meets 95% exactly", 19, 20, 95, true, 0],
    ["18 of 20: one below 95%", 18, 20, 95, false, 1],
    ["20 of 21 meets 95% (95,2%)", 20, 21, 95, true, 0],
    ["19 of 21 misses 95% (90,4%)", 19, 21, 95, false, 1],
    ["38 of 40 meets 95% exactly", 38, 40, 95, true, 0],
    ["37 of 40 misses 95%", 37, 40, 95, false, 1],
    ["5 of 10 meets 50%", 5, 10, 50, true, 0],
    ["7 of 15 misses 50% (need 8)", 7, 15, 50, false, 1],
    ["7 of 10 meets 70%", 7, 10, 70, true, 0],
    ["21 of 36 misses 70% by 5 (58,3%)", 21, 36, 70, false, 5],
    ["97 of 100 learners meet 97%", 97, 100, 97, true, 0],
    ["969 of 1000 learners miss 97% by one", 969, 1000, 97, false, 1],
    ["1 of 1 meets any threshold", 1, 1, 95, true, 0],
    ["0 of 3 needs 3 for 90%", 0, 3, 90, false, 3],
    ["nobody counted meets nothing", 0, 0, 90, false, 0],
    // Floating point would say 0.29 * 100 = 28.999…; integers do not.
    ["29 of 100 meets 29%", 29, 100, 29, true, 0],
    ["57 of 100 meets 57%", 57, 100, 57, true, 0],
  ])("%s", (_name, meeting, counted, percent, met, need) => {
    expect(meetsPercent({ meeting, counted }, percent)).toBe(met);
    expect(shortfall({ meeting, counted }, percent)).toBe(need);
  });

  test.each([
    [{ meeting: 11, counted: 10 }, 90],
    [{ meeting: -1, counted: 10 }, 90],
    [{ meeting: 1.5, counted: 10 }, 90],
    [{ meeting: 1, counted: 10 }, 90.5],
  ])("refuses %p at %p%% (not a count or not a whole percent)", (c, p) => expect(() => meetsPercent(c, p)).toThrow(RangeError));
});

describe("the rate as the clerk reads it", () => {
  test.each([
    [9, 10, "90%"],
    [21, 36, "58,3%"],
    [35, 39, "89,7%"],
    [28, 30, "93,3%"],
    [2, 3, "66,6%"], // cut, not rounded: a failing rate never prints as its threshold
    [1799, 2000, "89,9%"],
    [30, 30, "100%"],
    [0, 0, "0%"],
  ])("%p of %p → %s", (meeting, counted, shown) => expect(formatRateVi({ meeting, counted })).toBe(shown));

  test("the gap line of the issue", () =>
    expect(rateLineVi({ meeting: 21, counted: 36 }, 70, "có trình độ ngoại ngữ đáp ứng")).toBe(
      "58,3% < 70%, cần thêm 5 thành viên có trình độ ngoại ngữ đáp ứng",
    ));
  test("a met rate", () => expect(rateLineVi({ meeting: 28, counted: 30 }, 90, "x")).toBe("93,3% ≥ 90%"));
  test("learners", () =>
    expect(rateLineVi({ meeting: 470, counted: 500 }, 95, 'đạt danh hiệu "Công dân học tập"', "người học")).toBe(
      '94% < 95%, cần thêm 5 người học đạt danh hiệu "Công dân học tập"',
    ));
});
