import { planTemplate, readWorkbook, run, type SheetPlan, type WritePlan } from "../../src/core";
import { INDIVIDUAL_CHOICES } from "../../src/core/documents/template";
import { INDIVIDUAL_TITLES, matchIndividualTitle } from "../../src/core/rules/titles";

const grids = (plan: WritePlan) => ({ sheets: plan.sheets.map((s) => ({ name: s.name, values: s.values, merges: s.merges })) });
const sheet = (plan: WritePlan, name: string): SheetPlan => plan.sheets.find((s) => s.name === name)!;
const labels = (plan: WritePlan) =>
  sheet(plan, "Thông tin")
    .values.slice(3)
    .map((r) => r[0]);

describe.each([
  ["without a year: Thông tư 24, cấp huyện (a new workbook is a TT 24 workbook)", {}, "TT24/2023-cap-huyen"],
  ["2026: Thông tư 24", { year: 2026 }, "TT24/2023-cap-huyen"],
  ["2023: Thông tư 22", { year: 2023 }, "TT22/2020"],
  ["2026 asked for TT 22", { year: 2026, framework: "TT22/2020" }, "TT22/2020"],
  ["cấp tỉnh by its id", { framework: "TT24/2023-cap-tinh" }, "TT24/2023-cap-tinh"],
  ["cấp tỉnh by the option", { year: 2025, tier: "cap-tinh" as const }, "TT24/2023-cap-tinh"],
])("the standard template, %s", (_name, opts, ruleSet) => {
  const plan = planTemplate([], opts);
  test("has the four input sheets, the report-content sheet (TT 24: and the Tổ đánh giá's) and the council's overrides, none registered as the product's", () => {
    const tt24 = ruleSet === "TT22/2020" ? [] : ["Tổ đánh giá"];
    expect(plan.sheets.map((s) => s.name)).toEqual([
      "Thông tin",
      "Thành viên",
      "Tiêu chí đơn vị",
      "Minh chứng",
      "Nội dung báo cáo",
      ...tt24,
      "Hội đồng điều chỉnh",
    ]);
    expect(plan.patches).toEqual([]);
  });
  test("the reader recognises every role of its own template", () => {
    const r = readWorkbook(grids(plan));
    const roles = Object.fromEntries(r.model.recognition.map((x) => [x.role, x.sheet]));
    expect(roles).toEqual({
      unitInfo: "Thông tin",
      members: "Thành viên",
      unitItems: "Tiêu chí đơn vị",
      evidence: "Minh chứng",
      overrides: "Hội đồng điều chỉnh",
    });
    const cols = r.model.recognition.find((x) => x.role === "members")!.columns;
    const tt22 = ["selfStudyPlan", "approvalDate", "c1", "c8"];
    const tt24 = ["digitalTraining", "languageCertificate", "languageLevel"];
    const common = [
      "name",
      "group",
      "discipline",
      "training",
      "title",
      "cdhtTitle",
      "digitalSkills",
      "familyRegistered",
      "familyRecognised",
      "exclusion",
      "note",
    ];
    for (const f of [...common, ...(ruleSet === "TT22/2020" ? tt22 : tt24)]) expect([f, cols[f]]).toEqual([f, expect.any(Number)]);
    // A TT 24 workbook has no TT 22 column, and the reverse.
    for (const f of ruleSet === "TT22/2020" ? tt24 : tt22) expect([f, cols[f]]).toEqual([f, undefined]);
  });
  test("run on the blank template: the year's rule set, no missing column", () => {
    const out = run(grids(plan), { today: 46357 }); // 30/11/2026
    expect(out.issues.filter((i) => i.code === "MISSING_COLUMN")).toEqual([]);
    if (ruleSet !== "TT22/2020") expect(out.issues.map((i) => i.code)).toContain("TT24_UNIT_TYPE_MISSING");
  });
  test("the unit items of that rule set, with the circular's words", () => {
    const ids = sheet(plan, "Tiêu chí đơn vị")
      .values.slice(3)
      .map((r) => r[0])
      .filter(Boolean);
    const want: Record<string, string[]> = {
      "TT22/2020": ["1a", "1b", "1c", "3b", "3c"],
      "TT24/2023-cap-huyen": ["1.1", "1.2", "1.3", "1.4", "1.5", "3.2", "3.3", "3.4", "3.5"],
      "TT24/2023-cap-tinh": ["1.1", "1.2", "1.3", "1.4", "1.5", "3.2", "3.3", "3.4", "3.5", "3.6"],
    };
    expect(ids).toEqual(want[ruleSet]);
  });
});

describe("Thông tư 24's template", () => {
  const plan = planTemplate([], { year: 2026 });
  test("Thông tin: the year, the TT 24 keys, no locality preset", () => {
    const info = sheet(plan, "Thông tin");
    expect(info.values.find((r) => r[0] === "Năm đánh giá")![1]).toBe(2026);
    for (const k of [
      "Loại hình đơn vị",
      "Công lập / ngoài công lập",
      "Cấp đơn vị",
      "Mức độ chuyển đổi số",
      "Kiểm định chất lượng GDNN",
      "Số người học",
      "Số người học đạt CDHT",
      "Công nhận hiện có: mức độ",
      "Công nhận hiện có: số quyết định",
      "Công nhận hiện có: ngày quyết định",
      "Ngày trình hồ sơ",
      "Người, cơ quan quyết định công nhận",
      "Cơ quan nhận hồ sơ",
    ])
      expect(labels(plan)).toContain(k);
    expect(labels(plan)).not.toContain("Phương án địa phương");
  });
  test("dropdowns for the level, the unit type (a list on the sheet: it has commas), public or not, the digital level", () => {
    const info = sheet(plan, "Thông tin");
    const rowOf = (k: string) => info.values.findIndex((r) => r[0] === k);
    const dv = (k: string) => info.validations!.find((v) => v.range.top === rowOf(k) && v.range.left === 1)!;
    expect(dv("Cấp đơn vị").list).toEqual(["cấp huyện", "cấp tỉnh"]);
    expect(dv("Mức độ chuyển đổi số").list).toEqual(["chưa đạt", "đáp ứng cơ bản", "đáp ứng tốt"]);
    const type = dv("Loại hình đơn vị");
    expect(type.list).toContain("Trường tiểu học");
    expect(type.listRange).toBeDefined();
    const listed = info.values.slice(type.listRange!.top, type.listRange!.bottom + 1).map((r) => r[type.listRange!.left]);
    expect(listed).toEqual(type.list);
    expect(dv("Công lập / ngoài công lập").list).toEqual(["công lập", "ngoài công lập (tư thục, dân lập)"]);
    // Every literal list fits Excel's 255 characters and has no comma inside a value.
    for (const s of plan.sheets)
      for (const v of s.validations ?? [])
        if (!v.listRange) expect([v.list.join(",").length <= 255, v.list.every((x) => !x.includes(","))]).toEqual([true, true]);
  });
  test("Tiêu chí đơn vị: Đạt / Không đạt / Không áp dụng, and each indicator's own words", () => {
    const items = sheet(plan, "Tiêu chí đơn vị");
    expect(items.validations![0].list).toEqual(["Đạt", "Không đạt", "Không áp dụng"]);
    expect(String(items.values.find((r) => r[0] === "3.4")![1])).toContain('"mức đáp ứng cơ bản"');
    expect(String(items.values.find((r) => r[0] === "3.4")![1])).toContain(
      'Mức độ 2: Đơn vị cấp huyện là cơ sở giáo dục phổ thông đạt mức độ chuyển đổi số của đơn vị ở "mức đáp ứng tốt"',
    );
  });
  test("the short instructions say how a TT 24 workbook is filled", () => {
    const members = sheet(plan, "Thành viên");
    expect(String(members.values[1][0])).toContain("Thông tư 24/2023");
    expect(String(sheet(plan, "Tiêu chí đơn vị").values[1][0])).toContain("không có minh chứng là không đạt");
  });
});

describe("Thông tư 22's template", () => {
  const plan = planTemplate([], { year: 2023 });
  test("dropdowns, frozen headers, date formats", () => {
    const members = sheet(plan, "Thành viên");
    expect(members.freeze).toEqual({ rows: 4, cols: 2 });
    expect(members.validations!.find((v) => v.range.left === 8)!.list).toContain("Lao động tiên tiến");
    expect(members.validations!.find((v) => v.range.left === 4)!.list).toEqual(["Có", "Không"]);
    expect(members.styles.some((s) => s.style.numberFormat === "dd/mm/yyyy" && s.range.left === 5)).toBe(true);
    const info = sheet(plan, "Thông tin");
    expect(info.validations!.find((v) => v.list.includes("Hà Nội"))).toBeDefined();
    expect(labels(plan)).not.toContain("Cấp đơn vị");
  });
});

test("every title the dropdown offers reads back as that title", () => {
  // A form of commendation is not offered: it is not a title (rules.md §2).
  const titles = INDIVIDUAL_TITLES.filter((t) => t.code !== "NONE" && !t.commendation);
  expect(INDIVIDUAL_CHOICES.map((c) => matchIndividualTitle(c)?.code)).toEqual(titles.map((t) => t.code));
});

test("existing sheets are never touched: only the missing ones are planned", () => {
  expect(planTemplate(["Thành viên", "minh chứng", "Tổ đánh giá"]).sheets.map((s) => s.name)).toEqual([
    "Thông tin",
    "Tiêu chí đơn vị",
    "Nội dung báo cáo",
    "Hội đồng điều chỉnh",
  ]);
});
