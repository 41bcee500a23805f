/**
 * Every applicability cell of docs/domain/tt24-2023.md ("applies to"), per unit type, tier and
 * level, as a table written by hand from the circular's scope words; and docs/tt24-applicability.md
 * is exactly what the rules render (it cannot drift).
 */
import * as fs from "fs";
import { APPLICABILITY_DOC, APPLICABILITY_ROWS, renderTt24Applicability, rowUnit } from "../../../scripts/tt24-applicability";
import { applicabilityOf, indicatorApplicability } from "../../../src/core/evaluate/tt24/applicability";
import { tt24RuleSet } from "../../../src/core/rules/tt24";
import type { Tt24LevelId, Tt24Tier } from "../../../src/core/rules/schema";

/**
 * Per row and tier: the indicators that do NOT apply at Mức độ 1 and at Mức độ 2 (every other one
 * applies), whether 3.1's learners clause applies (L) and whether the public-preschool sentence of
 * 1.2 / 3.2 binds the unit (E).
 */
interface Cell {
  m1: string;
  m2: string;
  L: boolean;
  E: boolean;
}
const c = (m1: string, m2: string, L = false, E = false): Cell => ({ m1, m2, L, E });

// District (Điều 6, 7): 1.3 public sector; 2.4 not economic; 3.3 at M2 public sector; 3.4 general
// education; 3.5 vocational; learners: Điều 2; câu 2: public preschools.
// Province (Điều 12, 13): 1.3, 2.4 as district; 3.3 everyone; 3.4 THPT, nhiều cấp đến THPT, GDTX
// (PTDT nội trú tỉnh counted as a THPT-level school); 3.5 higher education; 3.6 vocational.
const EXPECTED: Record<string, Record<Tt24Tier, Cell>> = {
  "Nhà trẻ công lập": { "cap-huyen": c("3.4 3.5", "3.4 3.5", false, true), "cap-tinh": c("3.4 3.5 3.6", "3.4 3.5 3.6") },
  "Nhà trẻ tư thục, dân lập": { "cap-huyen": c("1.3 3.4 3.5", "1.3 3.3 3.4 3.5"), "cap-tinh": c("1.3 3.4 3.5 3.6", "1.3 3.4 3.5 3.6") },
  "Trường mẫu giáo công lập": { "cap-huyen": c("3.4 3.5", "3.4 3.5", false, true), "cap-tinh": c("3.4 3.5 3.6", "3.4 3.5 3.6") },
  "Trường mẫu giáo tư thục, dân lập": { "cap-huyen": c("1.3 3.4 3.5", "1.3 3.3 3.4 3.5"), "cap-tinh": c("1.3 3.4 3.5 3.6", "1.3 3.4 3.5 3.6") },
  "Trường mầm non công lập": { "cap-huyen": c("3.4 3.5", "3.4 3.5", false, true), "cap-tinh": c("3.4 3.5 3.6", "3.4 3.5 3.6") },
  "Trường mầm non tư thục, dân lập": { "cap-huyen": c("1.3 3.4 3.5", "1.3 3.3 3.4 3.5"), "cap-tinh": c("1.3 3.4 3.5 3.6", "1.3 3.4 3.5 3.6") },
  "Trường tiểu học công lập": { "cap-huyen": c("3.5", "3.5"), "cap-tinh": c("3.4 3.5 3.6", "3.4 3.5 3.6") },
  "Trường tiểu học tư thục": { "cap-huyen": c("1.3 3.5", "1.3 3.3 3.5"), "cap-tinh": c("1.3 3.4 3.5 3.6", "1.3 3.4 3.5 3.6") },
  "Trường THCS công lập": { "cap-huyen": c("3.5", "3.5"), "cap-tinh": c("3.4 3.5 3.6", "3.4 3.5 3.6") },
  "Trường THCS tư thục": { "cap-huyen": c("1.3 3.5", "1.3 3.3 3.5"), "cap-tinh": c("1.3 3.4 3.5 3.6", "1.3 3.4 3.5 3.6") },
  "Trường phổ thông nhiều cấp, cao nhất là THCS": { "cap-huyen": c("3.5", "3.5"), "cap-tinh": c("3.4 3.5 3.6", "3.4 3.5 3.6") },
  "Trường PTDT bán trú": { "cap-huyen": c("3.5", "3.5"), "cap-tinh": c("3.4 3.5 3.6", "3.4 3.5 3.6") },
  "Trường PTDT nội trú huyện": { "cap-huyen": c("3.5", "3.5"), "cap-tinh": c("3.4 3.5 3.6", "3.4 3.5 3.6") },
  "Trường THPT công lập": { "cap-huyen": c("3.5", "3.5", true), "cap-tinh": c("3.5 3.6", "3.5 3.6", true) },
  "Trường THPT tư thục": { "cap-huyen": c("1.3 3.5", "1.3 3.3 3.5", true), "cap-tinh": c("1.3 3.5 3.6", "1.3 3.5 3.6", true) },
  "Trường phổ thông nhiều cấp, cao nhất là THPT": { "cap-huyen": c("3.5", "3.5", true), "cap-tinh": c("3.5 3.6", "3.5 3.6", true) },
  "Trường PTDT nội trú tỉnh": { "cap-huyen": c("3.5", "3.5", true), "cap-tinh": c("3.5 3.6", "3.5 3.6", true) },
  "Trung tâm GDTX": { "cap-huyen": c("3.4 3.5", "3.4 3.5", true), "cap-tinh": c("3.5 3.6", "3.5 3.6", true) },
  "Trung tâm GDNN": { "cap-huyen": c("3.4", "3.4", true), "cap-tinh": c("3.4 3.5", "3.4 3.5", true) },
  "Trung tâm GDNN – GDTX": { "cap-huyen": c("3.4", "3.4", true), "cap-tinh": c("3.5", "3.5", true) },
  "Trường trung cấp": { "cap-huyen": c("3.4", "3.4", true), "cap-tinh": c("3.4 3.5", "3.4 3.5", true) },
  "Trường cao đẳng": { "cap-huyen": c("3.4", "3.4", true), "cap-tinh": c("3.4 3.5", "3.4 3.5", true) },
  "Cơ sở giáo dục đại học công lập": { "cap-huyen": c("3.4 3.5", "3.4 3.5", true), "cap-tinh": c("3.4 3.6", "3.4 3.6", true) },
  "Cơ sở giáo dục đại học tư thục": { "cap-huyen": c("1.3 3.4 3.5", "1.3 3.3 3.4 3.5", true), "cap-tinh": c("1.3 3.4 3.6", "1.3 3.4 3.6", true) },
  "Trường dự bị đại học, năng khiếu, khuyết tật, giáo dưỡng; TT hỗ trợ GD hòa nhập": {
    "cap-huyen": c("3.4 3.5", "3.4 3.5", true),
    "cap-tinh": c("3.4 3.5 3.6", "3.4 3.5 3.6", true),
  },
  "Cơ quan nhà nước": { "cap-huyen": c("3.4 3.5", "3.4 3.5"), "cap-tinh": c("3.4 3.5 3.6", "3.4 3.5 3.6") },
  "UBND xã, phường, thị trấn": { "cap-huyen": c("3.4 3.5", "3.4 3.5"), "cap-tinh": c("3.4 3.5 3.6", "3.4 3.5 3.6") },
  "Đơn vị sự nghiệp công lập": { "cap-huyen": c("3.4 3.5", "3.4 3.5"), "cap-tinh": c("3.4 3.5 3.6", "3.4 3.5 3.6") },
  "Đơn vị sự nghiệp ngoài công lập": { "cap-huyen": c("1.3 3.4 3.5", "1.3 3.3 3.4 3.5"), "cap-tinh": c("1.3 3.4 3.5 3.6", "1.3 3.4 3.5 3.6") },
  "Doanh nghiệp, hợp tác xã": { "cap-huyen": c("1.3 2.4 3.4 3.5", "1.3 2.4 3.3 3.4 3.5"), "cap-tinh": c("1.3 2.4 3.4 3.5 3.6", "1.3 2.4 3.4 3.5 3.6") },
  "Tổ chức chính trị – xã hội": { "cap-huyen": c("1.3 3.4 3.5", "1.3 3.3 3.4 3.5"), "cap-tinh": c("1.3 3.4 3.5 3.6", "1.3 3.4 3.5 3.6") },
  Hội: { "cap-huyen": c("1.3 3.4 3.5", "1.3 3.3 3.4 3.5"), "cap-tinh": c("1.3 3.4 3.5 3.6", "1.3 3.4 3.5 3.6") },
};

const TIERS: Tt24Tier[] = ["cap-huyen", "cap-tinh"];
const LEVELS: Tt24LevelId[] = ["M1", "M2"];

test("the expected table covers every row of the generated table, and only those", () =>
  expect(Object.keys(EXPECTED).sort()).toEqual(APPLICABILITY_ROWS.map((r) => r.label).sort()));

const cells: [string, Tt24Tier, Tt24LevelId, string, boolean][] = [];
for (const row of APPLICABILITY_ROWS)
  for (const tier of TIERS)
    for (const lv of LEVELS) {
      const na = (lv === "M1" ? EXPECTED[row.label][tier].m1 : EXPECTED[row.label][tier].m2).split(" ");
      for (const it of tt24RuleSet(tier).indicators) cells.push([row.label, tier, lv, it.id, !na.includes(it.id)]);
    }

describe("every indicator cell", () => {
  test.each(cells)("%s, %s, %s, %s applies: %p", (label, tier, lv, id, applies) => {
    const row = APPLICABILITY_ROWS.find((r) => r.label === label)!;
    const it = tt24RuleSet(tier).indicators.find((i) => i.id === id)!;
    const a = indicatorApplicability(it, lv, rowUnit(row, tier));
    expect(a.indicator.applies).toBe(applies);
    if (!a.indicator.applies) expect(a.indicator.reason).toBe(it.levels[lv].scope!.reason);
  });
});

describe("3.1's learners clause and the public-preschool sentence of 1.2 / 3.2", () => {
  const clauses: [string, Tt24Tier, Tt24LevelId, boolean, boolean][] = [];
  for (const row of APPLICABILITY_ROWS)
    for (const tier of TIERS) for (const lv of LEVELS) clauses.push([row.label, tier, lv, EXPECTED[row.label][tier].L, EXPECTED[row.label][tier].E]);
  test.each(clauses)("%s, %s, %s: learners %p, câu 2 %p", (label, tier, lv, L, E) => {
    const row = APPLICABILITY_ROWS.find((r) => r.label === label)!;
    const rs = tt24RuleSet(tier);
    const unit = rowUnit(row, tier);
    const learners = indicatorApplicability(
      rs.indicators.find((i) => i.id === "3.1")!,
      lv,
      unit,
    ).learners!;
    expect(learners.applies).toBe(L);
    if (!learners.applies) expect(learners.reason).toMatch(/^Không áp dụng: đơn vị không có Người học theo Điều 2/);
    expect(
      indicatorApplicability(
        rs.indicators.find((i) => i.id === "1.2")!,
        lv,
        unit,
      ).extra,
    ).toBe(E);
    // Province 3.2 has no preschool sentence; district 3.2 follows 1.2.
    expect(
      indicatorApplicability(
        rs.indicators.find((i) => i.id === "3.2")!,
        lv,
        unit,
      ).extra,
    ).toBe(tier === "cap-huyen" && E);
  });
});

test("the reasons read as the brief words them", () => {
  const unit = rowUnit(
    APPLICABILITY_ROWS.find((r) => r.label === "Trường tiểu học tư thục")!,
    "cap-huyen",
  );
  const rows = applicabilityOf(tt24RuleSet("cap-huyen"), unit);
  const at = (id: string, lv: Tt24LevelId) => rows.find((r) => r.id === id)!.levels[lv].indicator;
  expect(at("1.3", "M1")).toEqual({ applies: false, reason: "Không áp dụng: chỉ áp dụng cho cơ quan, đơn vị sự nghiệp công lập" });
  expect(at("3.3", "M1")).toEqual({ applies: true });
  expect(at("3.3", "M2")).toEqual({ applies: false, reason: "Không áp dụng: ở Mức độ 2 chỉ áp dụng cho cơ quan, đơn vị sự nghiệp công lập" });
  expect(() => applicabilityOf(tt24RuleSet("cap-tinh"), unit)).toThrow(/tier|cap-huyen/);
});

test("docs/tt24-applicability.md is the table the rules render (run `npx tsx scripts/tt24-applicability.ts` after changing them)", () => {
  expect(fs.readFileSync(APPLICABILITY_DOC, "utf8")).toBe(renderTt24Applicability());
});
