/**
 * Golden test of today's job: the bundled 2026 sample (Trường Tiểu học Tân Phú, Thông tư 24/2023,
 * cấp huyện), read from the real .xlsx by the exceljs adapter. The level it may propose and why, each
 * indicator at both levels, the Bản tổng hợp, the members' reasons, and the JSON.
 */
import * as path from "path";
import { isTt24Summary, run, type SheetPlan, type WorkbookGrids } from "../../src/core";
import { XlsxPort } from "../../src/xlsx";
import { applyValues as applyPlan } from "../core/helpers";

const SAMPLE = path.join(__dirname, "../../samples/truong-tieu-hoc-tan-phu-2026.xlsx");
const TODAY = 46366; // 10/12/2026

/** A reviewable text rendering of a plan: one line per non-empty row (the hidden ownership marker left out). */
function render(plan: SheetPlan): string {
  return plan.values
    .map((r, i) => [i + 1, r.map((v) => (v === null || (typeof v === "string" && v.startsWith("dvht:sheet:")) ? "" : String(v))).join(" | ")] as const)
    .filter(([, t]) => t.replace(/[ |]/g, "") !== "")
    .map(([i, t]) => `${String(i).padStart(3)}: ${t.replace(/( \| )+$/, "").replace(/\n/g, " / ")}`)
    .join("\n");
}

describe("the bundled 2026 sample: Trường Tiểu học Tân Phú, Thông tư 24/2023", () => {
  let grids: WorkbookGrids;
  let out: ReturnType<typeof run>;
  beforeAll(async () => {
    grids = await (await XlsxPort.fromFile(SAMPLE)).read();
    out = run(grids, { today: TODAY });
  });

  test("Mức độ 1, a first recognition; Mức độ 2 blocked by 2.4, 2.5 and 3.4, each with its gap", () => {
    expect(out.fatal).toBe(false);
    expect(out.issues.filter((i) => i.severity !== "info")).toEqual([]);
    const s = out.summary;
    expect(isTt24Summary(s) && s.proposal).toEqual({ level: "Mức độ 1", kind: "first" });
    expect(s).toMatchObject({
      framework: "TT24/2023-cap-huyen",
      year: 2026,
      rating: "Mức độ 1",
      members: { total: 40, counted: 39, excluded: 1 },
      unit: { tier: "cap-huyen", type: "Trường tiểu học" },
    });
    const t = out.result!.tt24!;
    expect(t.reasons).toEqual([
      "Đạt Mức độ 1: đạt tất cả 14 chỉ tiêu áp dụng của Điều 6 (1 chỉ tiêu không áp dụng).",
      "Chưa đạt Mức độ 2: 3/14 chỉ tiêu áp dụng của Điều 7 chưa đạt (2.4, 2.5, 3.4).",
    ]);
    expect(out.result!.gap.blocking!.map((b) => `${b.id}: ${b.why}`)).toEqual([
      "2.4: 66,6% < 70%, cần thêm 2 thành viên có trình độ ngoại ngữ đáp ứng",
      '2.5: 92,3% < 95%, cần thêm 2 thành viên đạt danh hiệu "Lao động tiên tiến" trở lên',
      "3.4: mức độ chuyển đổi số: mức đáp ứng cơ bản, cần mức đáp ứng tốt",
    ]);
    expect(t.proposal!.lines).toEqual(["Kết quả tự đánh giá: đạt Mức độ 1.", 'Đề nghị công nhận "Đơn vị học tập" Mức độ 1 (lần đầu).']);
    expect(t.authority).toMatchObject({
      recipient: "Ủy ban nhân dân xã Tân Phú (qua Phòng Văn hóa – Xã hội)",
      approver: "Chủ tịch Ủy ban nhân dân xã Tân Phú",
    });
  });

  test("the realistic mess is read, and said where it matters", () => {
    const rec = Object.fromEntries(out.model.recognition.map((r) => [r.role, [r.sheet, r.dataRows]]));
    expect(rec).toEqual({
      unitInfo: ["Thông tin", expect.any(Number)],
      members: ["Thành viên", 40],
      unitItems: ["Tiêu chí đơn vị", 9],
      evidence: ["Minh chứng", 14],
    });
    // Information only: the totals line under the members, and the pupils a primary school has no use for in 3.1.
    expect(out.issues.map((i) => i.code).sort()).toEqual(["SUMMARY_ROW_SKIPPED", "TT24_LEARNERS_NOT_USED"]);
    // 1.2 and 3.3 are evidenced only by the evidence rows that name them; 3.3 comes from the collective title.
    const item = (id: string) => out.result!.items.find((i) => i.id === id)!;
    expect(item("1.2").levels!.M1.reason).toBe("Đạt: minh chứng H1-1.2-01, H1-1.2-02");
    expect(item("3.3")).toMatchObject({ origin: "collective-title", met: true });
    expect(out.plan.patches.find((p) => p.kind === "unit-points")!.values).toEqual([["Đạt"]]);
  });

  test("each indicator at Mức độ 1 and Mức độ 2 (golden)", () => {
    const lines = out.result!.items.map(
      (i) => `${i.id} ${i.short}: ${i.levels!.M1.status} / ${i.levels!.M2.status}${i.rate === undefined ? "" : ` (${Math.round(i.rate * 1000) / 10}%)`}`,
    );
    expect(lines).toMatchSnapshot();
  });

  test("the Bản tổng hợp in place of the Biểu điểm (golden)", () => {
    expect(out.plan.sheets.map((s) => s.id)).toEqual(["kiem-tra", "tong-hop-tt24", "ket-qua", "registry"]);
    expect(out.plan.activate).toBe("tong-hop-tt24");
    expect(render(out.plan.sheets.find((s) => s.id === "tong-hop-tt24")!)).toMatchSnapshot();
  });

  test("member results (golden)", () => {
    const failing = out
      .result!.memberResults.filter((m) => m.reasons || m.excluded)
      .map((m) => `${m.row} ${m.name}: ${m.excluded ? `không tính (${m.excluded})` : m.reasons}`);
    expect(failing).toMatchSnapshot();
  });

  test("the dossier: one summary table, no provisional mark, no points", () => {
    const d = run(grids, { today: TODAY, dossier: true });
    const ids = d.plan.sheets.map((x) => x.id);
    expect(ids.filter((id) => id === "tong-hop-tt24")).toHaveLength(1);
    expect(ids).toContain("to-trinh");
    expect(ids).not.toContain("bieu-diem");
    const text = JSON.stringify(d.plan.sheets.map((x) => x.values));
    expect(text).not.toMatch(/tạm thời|provisional|\d+\/\d+ điểm/i);
    expect(d.issues.filter((i) => i.severity === "error")).toEqual([]);
  });

  test("a second run on the written workbook gives exactly the first run's result", () => {
    const again = run(applyPlan(grids, out.plan), { today: TODAY });
    expect(again.summary).toEqual(out.summary);
  });
});
