/**
 * Tạo sổ năm sau (issue 12) on the 2026 sample: the 2027 workbook carries the unit, the members and the
 * targets, lists 2026's evidence for reference only, holds no result; evaluated before anyone answers,
 * it says "not yet filled", not a score.
 */
import * as path from "path";
import { planNextYear, run, type WorkbookGrids } from "../../src/core";
import { XlsxPort } from "../../src/xlsx";
import { applyValues } from "./helpers";

const SAMPLE = path.join(__dirname, "../../samples/truong-tieu-hoc-tan-phu-2026.xlsx");
const TODAY = 46390; // 03/01/2027

const infoValue = (g: WorkbookGrids, label: string) => g.sheets.find((s) => s.name === "Thông tin")!.values.find((r) => r[0] === label)?.[1];

describe("Tạo sổ năm sau", () => {
  let sample: WorkbookGrids;
  beforeAll(async () => {
    sample = await (await XlsxPort.fromFile(SAMPLE)).read();
  });

  test("2026 → 2027: the unit, the members and the targets carried; last year's evidence for reference; no result", () => {
    const n = planNextYear(sample, { today: TODAY });
    expect(n.fatal).toBe(false);
    expect(n.year).toBe(2027);
    const g = applyValues({ sheets: [] }, n.plan);
    expect(g.sheets.map((s) => s.name)).toEqual([
      "Thông tin",
      "Thành viên",
      "Tiêu chí đơn vị",
      "Minh chứng",
      "Nội dung báo cáo",
      "Tổ đánh giá",
      "Hội đồng điều chỉnh",
      "Minh chứng năm 2026",
      "_dvht",
    ]);
    expect(infoValue(g, "Năm đánh giá")).toBe(2027);
    expect(infoValue(g, "Tên đơn vị")).toBe(infoValue(sample, "Tên đơn vị"));
    expect(infoValue(g, "Danh hiệu tập thể năm đánh giá")).toBeNull();

    const before = run(sample, { today: TODAY }).model;
    const after = run(g, { today: TODAY });
    expect(after.model.members.map((m) => [m.name, m.group, m.position])).toEqual(before.members.map((m) => [m.name, m.group, m.position]));
    expect(after.model.members.every((m) => !m.excludedReason)).toBe(true);
    expect(after.model.unit.targets.map((t) => [t.label, t.target])).toEqual(before.unit.targets.map((t) => [t.label, t.target]));
    expect(after.model.evidence).toEqual([]);
    expect(after.model.recognition.find((r) => r.role === "evidence")?.sheet).toBe("Minh chứng");
    const ref = g.sheets.find((s) => s.name === "Minh chứng năm 2026")!;
    expect(ref.values.length - 3).toBe(before.evidence.length);
    expect(ref.values[3].slice(0, 3)).toEqual(["H1-1.1-01", "1.1", 'Kế hoạch xây dựng "Đơn vị học tập" năm 2026']);

    // Not yet filled: said, and nothing scored.
    expect(after.fatal).toBe(true);
    expect(after.result).toBeUndefined();
    expect(after.issues.filter((i) => i.severity === "error").map((i) => i.code)).toEqual(["MEMBERS_NOT_FILLED"]);
    expect(after.issues[0].message).toBe("Chưa có câu trả lời nào của 40 thành viên năm 2027: chưa đánh giá được (chưa tính tỉ lệ nào).");
    expect(after.plan.sheets.map((s) => s.id)).toEqual(["kiem-tra", "registry"]);
  });

  test("this year's decision, when entered, becomes the current recognition", () => {
    const withDecision: WorkbookGrids = {
      sheets: sample.sheets.map((s) =>
        s.name === "Thông tin"
          ? {
              ...s,
              values: [
                ...s.values,
                ["Quyết định công nhận năm nay: mức độ", "Mức độ 1"],
                ["Quyết định công nhận năm nay: số quyết định", "45/QĐ-UBND"],
                ["Quyết định công nhận năm nay: ngày quyết định", 46430],
              ],
            }
          : s,
      ),
    };
    const g = applyValues({ sheets: [] }, planNextYear(withDecision, { today: TODAY }).plan);
    expect(["mức độ", "số quyết định", "ngày quyết định"].map((k) => infoValue(g, `Công nhận hiện có: ${k}`))).toEqual([
      "Mức độ 1",
      "45/QĐ-UBND",
      "12/02/2027",
    ]);
    const t = run(g, { today: TODAY }).model.unit.tt24.current;
    expect(t).toEqual({ level: "M1", decisionNumber: "45/QĐ-UBND", decisionDate: 46430 });
  });

  test.each([
    ["a year not after this one", { year: 2026 }, "NEXT_YEAR_NOT_AFTER"],
    ["a later year asked for", { year: 2028 }, "NEXT_YEAR_DONE"],
  ] as const)("%s", (_, opts, code) => {
    const n = planNextYear(sample, { today: TODAY, ...opts });
    expect(n.issues.map((i) => i.code)).toEqual([code]);
  });

  test("a workbook without its year: said, unless a year is asked for", () => {
    const noYear: WorkbookGrids = {
      sheets: sample.sheets.map((s) => (s.name === "Thông tin" ? { ...s, values: s.values.filter((r) => r[0] !== "Năm đánh giá") } : s)),
    };
    expect(planNextYear(noYear, { today: TODAY }).issues.map((i) => i.code)).toEqual(["NEXT_YEAR_NO_YEAR"]);
    expect(planNextYear(noYear, { today: TODAY, year: 2027 }).issues.map((i) => i.code)).toEqual(["NEXT_YEAR_DONE"]);
  });
});
