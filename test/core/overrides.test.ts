/**
 * The council's overrides (docs/domain/rules.md §2): every computed value can be overridden by the council,
 * with a reason; the override is applied, marked in every output, and logged with its date.
 */
import { run, type CellValue, type SheetGrid, type WorkbookGrids } from "../../src/core";
import {
  applyValues,
  book,
  cleanBook,
  evidence,
  FULL_EVIDENCE,
  FULL_UNIT_ITEMS,
  info,
  members,
  okMember,
  pointsOf,
  TODAY,
  TODAY_2026,
  tt24Book,
  unitItems,
} from "./helpers";

const overrides = (rows: CellValue[][], name = "Hội đồng điều chỉnh"): SheetGrid => ({
  name,
  values: [["HỘI ĐỒNG ĐIỀU CHỈNH KẾT QUẢ"], ["Mã tiêu chí", "Giá trị điều chỉnh", "Lý do điều chỉnh"], ...rows],
});
const withOverrides = (g: WorkbookGrids, rows: CellValue[][]): WorkbookGrids => ({ sheets: [...g.sheets, overrides(rows)] });
const sheet = (g: WorkbookGrids, name: string) => g.sheets.find((s) => s.name === name)!;
const REASON = "Biên bản họp Hội đồng ngày 09/11/2023: 2 giáo viên nghỉ thai sản chưa nộp kế hoạch";
const text = (p: { values: unknown[][] }) => p.values.flat().filter((v): v is string => typeof v === "string");

describe("an override with its reason (Thông tư 22)", () => {
  const g = withOverrides(cleanBook(10), [["2a", 8, REASON]]);
  const out = run(g, { today: TODAY });
  const mark = `Hội đồng điều chỉnh: 8/10 điểm (tính được 10/10 điểm); lý do: ${REASON}`;

  test("is applied: the item's points, the total and the rating", () => {
    expect(out.result!.items.find((i) => i.id === "2a")).toMatchObject({ points: 8, override: { value: "8/10 điểm", computed: "10/10 điểm", reason: REASON } });
    expect(pointsOf(out.summary).total).toBe(98);
    expect(out.summary.rating).toBe("Tốt");
  });

  test("is marked in every output: Biểu điểm, Kiểm tra, the Kết quả block, the JSON", () => {
    const plan = (id: string) => out.plan.sheets.find((s) => s.id === id)!;
    expect(text(plan("bieu-diem")).some((t) => t.startsWith(mark))).toBe(true);
    expect(out.issues.find((i) => i.code === "OVERRIDE_APPLIED")).toMatchObject({ severity: "info", sheet: "Hội đồng điều chỉnh", cell: "B3" });
    expect(text(plan("kiem-tra")).some((t) => t.includes(mark))).toBe(true);
    expect(plan("ket-qua").values).toContainEqual(["item.2a.override", mark, "Tiêu chí 2a: Hội đồng điều chỉnh"]);
    expect(out.summary.items.find((i) => i.id === "2a")!.override).toBe(mark);
    expect(out.summary.items.find((i) => i.id === "2b")!.override).toBeNull();
    const report = run(g, { today: TODAY, dossier: true }).plan.sheets.find((s) => s.id === "bao-cao")!;
    expect(text(report).some((t) => t === `- ${mark}.`)).toBe(true);
  });

  test("is logged in the workbook, dated today", () => {
    const log = out.plan.sheets.find((s) => s.id === "nhat-ky-dieu-chinh")!;
    expect(log.name).toBe("Nhật ký điều chỉnh");
    expect(log.values[4].slice(0, 6)).toEqual([TODAY, "2a", "10/10 điểm", "8/10 điểm", REASON, "Hội đồng điều chỉnh!B3"]);
    expect(log.values.length).toBe(5);
  });

  test("the same override on a second run adds no line (on another day neither): the same workbook out", () => {
    const g1 = applyValues(g, out.plan);
    expect(applyValues(g1, run(g1, { today: TODAY }).plan)).toEqual(g1);
    const later = run(g1, { today: TODAY + 3 });
    expect(later.plan.sheets.find((s) => s.id === "nhat-ky-dieu-chinh")).toEqual(out.plan.sheets.find((s) => s.id === "nhat-ky-dieu-chinh"));
  });

  test("a changed decision adds a dated line; a withdrawn one too; nothing is lost from the log", () => {
    const g1 = applyValues(g, out.plan);
    sheet(g1, "Hội đồng điều chỉnh").values[2] = ["2a", 9, "Bổ sung: 1 giáo viên đã nộp kế hoạch"];
    const g2 = applyValues(g1, run(g1, { today: TODAY + 7 }).plan);
    sheet(g2, "Hội đồng điều chỉnh").values[2] = ["2a", null, null];
    const third = run(g2, { today: TODAY + 9 });
    const log = third.plan.sheets.find((s) => s.id === "nhat-ky-dieu-chinh")!;
    expect(log.values.slice(4).map((r) => r.slice(0, 5))).toEqual([
      [TODAY, "2a", "10/10 điểm", "8/10 điểm", REASON],
      [TODAY + 7, "2a", "10/10 điểm", "9/10 điểm", "Bổ sung: 1 giáo viên đã nộp kế hoạch"],
      [TODAY + 9, "2a", "10/10 điểm", "Bỏ điều chỉnh", null],
    ]);
    expect(pointsOf(third.summary).total).toBe(100);
    const g3 = applyValues(g2, third.plan);
    expect(applyValues(g3, run(g3, { today: TODAY + 9 }).plan)).toEqual(g3);
    expect(run(g3, { today: TODAY + 20 }).plan.sheets.find((s) => s.id === "nhat-ky-dieu-chinh")).toEqual(log);
  });
});

describe("an override that cannot be applied is an error at its cell, and the computed value stands", () => {
  test.each<[string, CellValue[], string, string]>([
    ["without a reason", ["2a", 8, null], "OVERRIDE_NO_REASON", "C3"],
    ["with words for points", ["2a", "tám", REASON], "OVERRIDE_BAD_VALUE", "B3"],
    ["above the item's maximum", ["2b", 6, REASON], "OVERRIDE_BAD_VALUE", "B3"],
    ["off the 0,25 step", ["2a", 8.1, REASON], "OVERRIDE_BAD_VALUE", "B3"],
    ["naming no item of the rule set", ["9z", 8, REASON], "OVERRIDE_UNKNOWN_ITEM", "A3"],
  ])("%s", (_name, row, code, cell) => {
    const out = run(withOverrides(cleanBook(4), [row]), { today: TODAY });
    expect(out.issues.find((i) => i.code === code)).toMatchObject({ severity: "error", sheet: "Hội đồng điều chỉnh", cell });
    expect(pointsOf(out.summary).total).toBe(100);
    expect(out.summary.items.every((i) => i.override === null)).toBe(true);
    expect(out.summary.draft).toMatch(/^BẢN NHÁP/);
  });

  test("the same item twice: the first applies, the second is an error", () => {
    const out = run(
      withOverrides(cleanBook(4), [
        ["2a", 8, REASON],
        ["2.a", 7, REASON],
      ]),
      { today: TODAY },
    );
    expect(out.issues.find((i) => i.code === "OVERRIDE_DUPLICATE")).toMatchObject({ cell: "A4" });
    expect(pointsOf(out.summary).total).toBe(98);
  });

  test("a row naming an item without a value is no override (the sheet may list the items)", () => {
    const out = run(
      withOverrides(cleanBook(4), [
        ["2a", null, null],
        ["2b", null, null],
      ]),
      { today: TODAY },
    );
    expect(out.issues.filter((i) => i.code.startsWith("OVERRIDE"))).toEqual([]);
    expect(out.plan.sheets.map((s) => s.id)).not.toContain("nhat-ky-dieu-chinh");
  });
});

test("a member item typed in Tiêu chí đơn vị is not used, and the clerk is told where the council's decision goes", () => {
  const g = book(
    info(),
    members([okMember("A"), okMember("B")]),
    unitItems([...FULL_UNIT_ITEMS, ["2a", "KH tự học", 10, 8, null, null]]),
    evidence(FULL_EVIDENCE),
  );
  const out = run(g, { today: TODAY });
  expect(out.issues.find((i) => i.code === "MEMBER_ITEM_IN_UNIT_SHEET")).toMatchObject({ severity: "warning", sheet: "Tiêu chí đơn vị", cell: "D7" });
  expect(out.issues.find((i) => i.code === "MEMBER_ITEM_IN_UNIT_SHEET")!.fix).toContain('"Hội đồng điều chỉnh"');
  expect(pointsOf(out.summary).total).toBe(100);
});

describe("Thông tư 24: the council decides Đạt / Không đạt, and the level follows", () => {
  const day = { today: TODAY_2026 };
  // Half the members hold a language certificate: 2.4 meets Mức độ 1 (50%) but not Mức độ 2 (70%).
  const base = () => tt24Book({ member: (i) => (i < 10 ? { certificate: false } : {}) });

  test("an indicator that blocks Mức độ 2, overridden to Đạt with its reason, lifts the level; one overridden to Không đạt drops it", () => {
    const first = run(base(), day);
    expect(first.result!.ratingId).toBe("M1");
    const blocking = first.result!.gap.blocking!.map((b) => b.id);
    expect(blocking).toEqual(["2.4"]);
    const lifted = run(withOverrides(base(), [["2.4", "Đạt", "Hội đồng xác nhận 4 giáo viên đã có chứng chỉ (biên bản 09/11/2026)"]]), day);
    expect(lifted.result!.ratingId).toBe("M2");
    expect(lifted.result!.items.find((i) => i.id === "2.4")).toMatchObject({ met: true, override: { value: "Đạt", computed: "Chưa đạt" } });
    expect(lifted.result!.items.find((i) => i.id === "2.4")!.levels!.M2).toMatchObject({ status: "met" });
    expect(lifted.summary.items.find((i) => i.id === "2.4")!.override).toMatch(/^Hội đồng điều chỉnh: Đạt \(tính được Chưa đạt\); lý do: /);
    const dropped = run(withOverrides(base(), [["2.1", "Không đạt", "Hai giáo viên bị kỷ luật khiển trách"]]), day);
    expect(dropped.result!.ratingId).toBe("none");
    expect(dropped.result!.gap.blocking!.map((b) => b.id)).toContain("2.1");
    expect(dropped.result!.gap.blocking!.find((b) => b.id === "2.1")!.why).toContain("Hội đồng điều chỉnh: Chưa đạt");
  });

  test("'có lẽ' is no Đạt / Không đạt; an indicator that does not apply to the unit cannot be overridden", () => {
    const out = run(
      withOverrides(base(), [
        ["3.5", "Đạt", "x"],
        ["2.1", "có lẽ", "x"],
      ]),
      day,
    );
    expect(out.issues.find((i) => i.code === "OVERRIDE_NOT_APPLICABLE")).toMatchObject({ severity: "error", cell: "B3" });
    expect(out.issues.find((i) => i.code === "OVERRIDE_BAD_VALUE")!.message).toContain("Đạt hoặc Không đạt");
    expect(out.result!.ratingId).toBe("M1");
  });

  test("the Bản tổng hợp says 'Hội đồng điều chỉnh: …' on the overridden indicator", () => {
    const out = run(withOverrides(base(), [["2.1", "Không đạt", "Hai giáo viên bị kỷ luật khiển trách"]]), day);
    const doc = out.plan.sheets.find((s) => s.id === "tong-hop-tt24")!;
    expect(text(doc).some((t) => t.includes("Hội đồng điều chỉnh: Chưa đạt (tính được Đạt); lý do: Hai giáo viên bị kỷ luật khiển trách"))).toBe(true);
  });
});

describe("an applied override, under either framework, is marked in every output and logged with the day it was run", () => {
  const TT24_REASON = "Hai giáo viên bị kỷ luật khiển trách (biên bản 09/11/2026)";
  test.each<[string, () => WorkbookGrids, number, string, string, string]>([
    [
      "Thông tư 22: an item's points",
      () => withOverrides(cleanBook(10), [["2a", 8, REASON]]),
      TODAY,
      "2a",
      "bieu-diem",
      `Hội đồng điều chỉnh: 8/10 điểm (tính được 10/10 điểm); lý do: ${REASON}`,
    ],
    [
      "Thông tư 24: an indicator's Đạt / Không đạt",
      () => withOverrides(tt24Book(), [["2.1", "Không đạt", TT24_REASON]]),
      TODAY_2026,
      "2.1",
      "tong-hop-tt24",
      `Hội đồng điều chỉnh: Chưa đạt (tính được Đạt); lý do: ${TT24_REASON}`,
    ],
  ])("%s", (_name, build, today, id, mainId, mark) => {
    const out = run(build(), { today });
    const plan = (sid: string) => out.plan.sheets.find((s) => s.id === sid)!;
    // The result itself, and the JSON.
    expect(out.result!.items.find((i) => i.id === id)!.override!.text).toBe(mark);
    expect(out.summary.items.find((i) => i.id === id)!.override).toBe(mark);
    // The table the run prints, Kiểm tra (with a link to the council's cell), the Kết quả block.
    expect(text(plan(mainId)).some((t) => t.includes(mark))).toBe(true);
    expect(out.issues.find((i) => i.code === "OVERRIDE_APPLIED")).toMatchObject({ severity: "info", sheet: "Hội đồng điều chỉnh", cell: "B3", itemId: id });
    expect(text(plan("kiem-tra")).some((t) => t.includes(mark))).toBe(true);
    expect(plan("ket-qua").values.some((r) => r[0] === `item.${id}.override` && r[1] === mark)).toBe(true);
    // The dated log: the day passed in (the core has no clock), the item, before and after, the reason.
    const log = plan("nhat-ky-dieu-chinh");
    expect(log.values.slice(4)).toHaveLength(1);
    expect(log.values[4][0]).toBe(today);
    expect(log.values[4][1]).toBe(id);
    expect(log.values[4][4]).toBe(mark.split("; lý do: ")[1]);
    // A second run gives the same workbook; on another day the log still keeps its one line, dated the first day.
    const g1 = applyValues(build(), out.plan);
    expect(applyValues(g1, run(g1, { today }).plan)).toEqual(g1);
    expect(run(g1, { today: today + 5 }).plan.sheets.find((s) => s.id === "nhat-ky-dieu-chinh")).toEqual(log);
  });

  test.each<[string, () => WorkbookGrids, number, string]>([
    ["Thông tư 22", () => withOverrides(cleanBook(10), [["2a", 8, REASON]]), TODAY, "- Tiêu chí 2a: Hội đồng điều chỉnh: 8/10 điểm (tính được 10/10 điểm)"],
    [
      "Thông tư 24",
      () => withOverrides(tt24Book(), [["2.1", "Không đạt", TT24_REASON]]),
      TODAY_2026,
      "- Chỉ tiêu 2.1: Hội đồng điều chỉnh: Chưa đạt (tính được Đạt)",
    ],
  ])("%s with the dossier: the report and the council's minutes say the council's decision", (_name, build, today, minuted) => {
    const out = run(build(), { today, dossier: true });
    const doc = (id: string) => text(out.plan.sheets.find((s) => s.id === id)!);
    expect(doc("bao-cao").some((t) => t.startsWith("- Hội đồng điều chỉnh: "))).toBe(true);
    expect(doc("bien-ban").some((t) => t.startsWith(minuted))).toBe(true);
  });
});
