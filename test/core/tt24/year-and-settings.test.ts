/** "Năm đánh giá", "Công nhận hiện có: mức độ", and the authority settings with their defaults. */
import { parseAssessmentYear } from "../../../src/core/read/assessment-year";
import { parseRecognitionLevel } from "../../../src/core/read/recognition";
import { parseCount, parseDigitalLevel } from "../../../src/core/read/tt24-values";
import { tt24Authority, tt24Calendar } from "../../../src/core/rules/tt24-authority";

describe("Năm đánh giá is a calendar year", () => {
  test.each<[string, string | number, number]>([
    ["a number", 2025, 2025],
    ["text", "2026", 2026],
    ['"năm 2025"', "năm 2025", 2025],
    ['"Năm 2025" in NFD', "Năm 2025".normalize("NFD"), 2025],
    ["padded", "  2024 ", 2024],
  ])("%s", (_n, v, year) => expect(parseAssessmentYear(v)).toEqual({ ok: true, year }));

  test.each<[string, string]>([
    ["2025-2026", "2025-2026"],
    ["2025 - 2026", "2025 - 2026"],
    ["an en dash", "2025 – 2026"],
    ["năm học 2025 – 2026", "năm học 2025 – 2026"],
    ["Năm học 2025-2026 in NFD", "Năm học 2025-2026".normalize("NFD")],
    ["a slash", "2025/2026"],
    ["short", "2025-26"],
    ["NH 2025-2026", "NH 2025-2026"],
    ["năm học 2025", "năm học 2025"],
  ])("a school year (%s) is an error asking for the calendar year, never its first year", (_n, v) => {
    const r = parseAssessmentYear(v);
    expect(r).toMatchObject({ ok: false, code: "YEAR_IS_SCHOOL_YEAR", params: { first: 2025, second: 2026 } });
  });

  test.each<[string, string | number | boolean | null]>([
    ["blank", null],
    ["a date serial", 45678],
    ["a fraction", 2025.5],
    ["words", "hai nghìn"],
    ["two years that are not a school year", "2024-2026"],
    ["a boolean", true],
  ])("%s is not understood", (_n, v) => expect(parseAssessmentYear(v)).toMatchObject({ ok: false, code: "YEAR_NOT_UNDERSTOOD" }));
});

describe("Công nhận hiện có: mức độ", () => {
  test.each<[string | number | null, "M1" | "M2" | null]>([
    ["Mức độ 1", "M1"],
    ["mức độ 2", "M2"],
    ["Mức 1", "M1"],
    ["MĐ2", "M2"],
    ["M1", "M1"],
    [1, "M1"],
    [2, "M2"],
    ["2", "M2"],
    ["Mức độ II", "M2"],
    ["Đã được công nhận mức độ 1", "M1"],
    ["Đơn vị học tập mức độ 2", "M2"],
    [null, null],
    ["", null],
    ["Chưa", null],
    ["Chưa được công nhận", null],
    ["Không", null],
  ])("%p → %p", (v, level) => expect(parseRecognitionLevel(v)).toEqual({ ok: true, level }));
  test.each<[string | number]>([["Tốt"], ["Khá"], [3], ["mức độ 3"]])("%p is not a TT 24 level", (v) =>
    expect(parseRecognitionLevel(v)).toMatchObject({ ok: false }),
  );
});

describe("authority settings (tt24-2023.md, last section) and the year's dates", () => {
  test("the year's calendar: data 01/01–31/12, dossier before 15/01, decision before 15/02, report before 15/03", () =>
    expect(tt24Calendar(2026)).toMatchObject({
      dataFrom: { y: 2026, m: 1, d: 1 },
      dataTo: { y: 2026, m: 12, d: 31 },
      dossierBefore: { y: 2027, m: 1, d: 15 },
      decisionBefore: { y: 2027, m: 2, d: 15 },
      reportUpwardBefore: { y: 2027, m: 3, d: 15 },
      defaultDossierDate: { y: 2027, m: 1, d: 15 },
    }));
  test.each([
    [
      "district level, dossier for 2024 (sent 15/01/2025): Phòng GD&ĐT, Chủ tịch UBND cấp huyện",
      "cap-huyen",
      { y: 2025, m: 1, d: 15 },
      { recipient: "Phòng Giáo dục và Đào tạo", through: null, approver: "Chủ tịch Ủy ban nhân dân cấp huyện", confirmed: true },
    ],
    [
      "former district level after 01/7/2025: UBND xã/phường through its Phòng Văn hóa – Xã hội, Chủ tịch UBND cấp xã",
      "cap-huyen",
      { y: 2026, m: 1, d: 15 },
      { recipient: "Ủy ban nhân dân xã/phường …", through: "Phòng Văn hóa – Xã hội", approver: "Chủ tịch Ủy ban nhân dân cấp xã", confirmed: false },
    ],
    [
      "province level before",
      "cap-tinh",
      { y: 2025, m: 1, d: 15 },
      { recipient: "Sở Giáo dục và Đào tạo", approver: "Chủ tịch Ủy ban nhân dân cấp tỉnh", reportUpward: null },
    ],
    [
      "province level after: unchanged",
      "cap-tinh",
      { y: 2027, m: 1, d: 15 },
      { recipient: "Sở Giáo dục và Đào tạo", approver: "Chủ tịch Ủy ban nhân dân cấp tỉnh" },
    ],
    ["on 01/7/2025 itself the new regime applies", "cap-huyen", { y: 2025, m: 7, d: 1 }, { regime: "chinh-quyen-hai-cap-2025" }],
    ["on 30/6/2025 the old one", "cap-huyen", { y: 2025, m: 6, d: 30 }, { regime: "tt24-2023" }],
  ] as const)("%s", (_n, tier, date, want) => expect(tt24Authority(tier, date)).toMatchObject(want));
  test("the clerk's words win over the defaults", () =>
    expect(tt24Authority("cap-huyen", { y: 2026, m: 1, d: 15 }, { recipient: "Ủy ban nhân dân phường Tân Định", approver: "" })).toMatchObject({
      recipient: "Ủy ban nhân dân phường Tân Định",
      approver: "Chủ tịch Ủy ban nhân dân cấp xã",
      fromClerk: ["recipient"],
    }));
});

describe("Mức độ chuyển đổi số and learner counts", () => {
  test.each<[string | number | null, string | null]>([
    ["Đáp ứng tốt", "dap-ung-tot"],
    ["mức đáp ứng cơ bản", "dap-ung-co-ban"],
    ["Đạt mức đáp ứng cơ bản", "dap-ung-co-ban"],
    ["Mức đáp ứng tốt theo Quyết định 4725/QĐ-BGDĐT", "dap-ung-tot"],
    ["Chưa đạt", "chua-dat"],
    ["ĐÁP ỨNG TỐT".normalize("NFD"), "dap-ung-tot"],
    [null, null],
    ["", null],
  ])("%p → %p", (v, level) => expect(parseDigitalLevel(v)).toEqual({ ok: true, value: level }));
  test.each<[string | number]>([["khá"], [2], ["đáp ứng"]])("%p is not a digital-transformation level", (v) =>
    expect(parseDigitalLevel(v)).toMatchObject({ ok: false }),
  );
  test.each<[string | number | null, number | null]>([
    [500, 500],
    ["1.250", 1250],
    ["1 250", 1250],
    ["97", 97],
    [null, null],
  ])("count %p → %p", (v, n) => expect(parseCount(v)).toEqual({ ok: true, value: n }));
  test.each<[string | number]>([[-1], [12.5], ["12,5"], ["nhiều"]])("%p is not a count", (v) => expect(parseCount(v)).toMatchObject({ ok: false }));
});
