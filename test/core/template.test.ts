import { planTemplate, readWorkbook } from "../../src/core";

describe("the standard template", () => {
  const plan = planTemplate([]);
  test("has the four input sheets, the report-content sheet and the council's overrides, none registered as the product's", () => {
    expect(plan.sheets.map((s) => s.name)).toEqual(["Thông tin", "Thành viên", "Tiêu chí đơn vị", "Minh chứng", "Nội dung báo cáo", "Hội đồng điều chỉnh"]);
    expect(plan.patches).toEqual([]);
  });
  test("the reader recognises every role of its own template", () => {
    const r = readWorkbook({ sheets: plan.sheets.map((s) => ({ name: s.name, values: s.values, merges: s.merges })) });
    const roles = Object.fromEntries(r.model.recognition.map((x) => [x.role, x.sheet]));
    expect(roles).toEqual({
      unitInfo: "Thông tin",
      members: "Thành viên",
      unitItems: "Tiêu chí đơn vị",
      evidence: "Minh chứng",
      overrides: "Hội đồng điều chỉnh",
    });
    const cols = r.model.recognition.find((x) => x.role === "members")!.columns;
    for (const f of [
      "name",
      "group",
      "selfStudyPlan",
      "approvalDate",
      "discipline",
      "training",
      "title",
      "c1",
      "c8",
      "cdhtTitle",
      "digitalSkills",
      "familyRegistered",
      "familyRecognised",
      "exclusion",
      "note",
    ])
      expect(cols[f]).toBeDefined();
  });
  test("dropdowns, frozen headers, date formats", () => {
    const members = plan.sheets.find((s) => s.name === "Thành viên")!;
    expect(members.freeze).toEqual({ rows: 4, cols: 2 });
    expect(members.validations!.find((v) => v.range.left === 8)!.list).toContain("Lao động tiên tiến");
    expect(members.validations!.find((v) => v.range.left === 4)!.list).toEqual(["Có", "Không"]);
    expect(members.styles.some((s) => s.style.numberFormat === "dd/mm/yyyy" && s.range.left === 5)).toBe(true);
    const info = plan.sheets.find((s) => s.name === "Thông tin")!;
    expect(info.validations!.find((v) => v.list.includes("Hà Nội"))).toBeDefined();
  });
  test("existing sheets are never touched: only the missing ones are planned", () => {
    expect(planTemplate(["Thành viên", "minh chứng"]).sheets.map((s) => s.name)).toEqual([
      "Thông tin",
      "Tiêu chí đơn vị",
      "Nội dung báo cáo",
      "Hội đồng điều chỉnh",
    ]);
  });
});
