/**
 * Hoàn tất and Mở khóa (issue 12) on the bundled 2026 sample: the checklist, the stamp in the block and
 * the documents' footers, the protection, the refusal of a second evaluation, the logged un-finalizing,
 * and what the district reads back.
 */
import * as path from "path";
import { consolidateBlocks, finalize, issueCodes, run, unfinalize, type WorkbookGrids } from "./finalize-helpers";
import { XlsxPort } from "../../src/xlsx";
import { applyValues } from "./helpers";

const SAMPLE = path.join(__dirname, "../../samples/truong-tieu-hoc-tan-phu-2026.xlsx");
const EVALUATED = 46366; // 10/12/2026
const FINALIZED = 46370; // 14/12/2026
const UNLOCKED = 46380; // 24/12/2026

describe("Hoàn tất / Mở khóa", () => {
  let sample: WorkbookGrids;
  let evaluated: WorkbookGrids;
  beforeAll(async () => {
    sample = await (await XlsxPort.fromFile(SAMPLE)).read();
    // One Tạo hồ sơ: a second run gives exactly the first run's result (issue 9), so the checklist holds at once.
    evaluated = applyValues(sample, run(sample, { today: EVALUATED, dossier: true }).plan);
  });

  test.each([
    ["never evaluated", () => sample, ["FINALIZE_NO_RESULT"]],
    ["evaluated without the dossier", () => applyValues(sample, run(sample, { today: EVALUATED }).plan), ["FINALIZE_NO_DOSSIER"]],
  ] as const)("the checklist refuses a workbook %s, and writes nothing", (_, grids, codes) => {
    const f = finalize(grids(), { today: FINALIZED, tool: "test" });
    expect(f.fatal).toBe(true);
    expect(issueCodes(f.issues)).toEqual(codes);
    expect(f.plan.sheets).toEqual([]);
  });

  test("the checklist: an item not evaluated, an item without evidence, an error left: all said at once", () => {
    const edit = (name: string, f: (r: unknown[], i: number) => unknown[] | null) => (g: WorkbookGrids) => ({
      sheets: g.sheets.map((s) => (s.name === name ? { ...s, values: s.values.map((r, i) => f(r, i)).filter((r): r is never => r !== null) } : s)),
    });
    let g = edit("Tiêu chí đơn vị", (r) => (r[0] === "1.5" ? [r[0], r[1], null, r[3], r[4]] : r[0] === "3.2" ? [r[0], r[1], r[2], null, r[4]] : r))(sample);
    g = edit("Minh chứng", (r) => (String(r[1] ?? "").includes("3.2") ? null : r))(g);
    g = edit("Thành viên", (r, i) => (i === 4 ? r.map((v, j) => (j === 4 ? "có lẽ" : v)) : r))(g);
    g = applyValues(g, run(g, { today: EVALUATED, dossier: true }).plan);
    const f = finalize(g, { today: FINALIZED, tool: "test" });
    expect(f.fatal).toBe(true);
    const codes = issueCodes(f.issues);
    expect(codes).toEqual(expect.arrayContaining(["FINALIZE_ERRORS_LEFT", "BAD_YES_NO", "FINALIZE_NOT_EVALUATED", "FINALIZE_NO_EVIDENCE"]));
    expect(f.issues.filter((i) => i.code.startsWith("FINALIZE_N")).map((i) => i.message)).toEqual([
      "Chưa hoàn tất được: chỉ tiêu 1.5 chưa được đánh giá.",
      "Chưa hoàn tất được: chỉ tiêu 3.2 (chấm theo đơn vị) chưa có minh chứng.",
    ]);
    expect(f.plan.sheets).toEqual([]);
  });

  test("the checklist: data changed after the dossier was made is stale", () => {
    // The unit's name retyped: no result changes, but every document prints it.
    const edited: WorkbookGrids = {
      sheets: evaluated.sheets.map((s) =>
        s.name === "Thông tin"
          ? { ...s, values: s.values.map((r) => (String(r[0]).startsWith("Tên đơn vị") ? [r[0], "TRƯỜNG TIỂU HỌC TÂN PHÚ A", ...r.slice(2)] : r)) }
          : s,
      ),
    };
    const f = finalize(edited, { today: FINALIZED, tool: "test" });
    expect(issueCodes(f.issues)).toEqual(["FINALIZE_STALE"]);
  });

  test("finalized: the block, the footers, the protection, the log; a second evaluation is refused", () => {
    const f = finalize(evaluated, { today: FINALIZED, tool: "9.9.9" });
    expect(f.fatal).toBe(false);
    expect(issueCodes(f.issues)).toEqual(["FINALIZED"]);
    const s = f.run!.summary;
    expect(s.finalized).toEqual({ at: "14/12/2026", count: 1, tool: "9.9.9", hash: f.stamp!.hash });
    expect(s.evaluatedAt).toBe("10/12/2026");
    const byId = Object.fromEntries(f.plan.sheets.map((p) => [p.id, p]));
    // Every product sheet protected but the registry; every document's footer stamped.
    expect(f.plan.sheets.filter((p) => !p.protect).map((p) => p.id)).toEqual(["registry"]);
    expect(byId["bao-cao"].print!.footer).toMatch(new RegExp(`^&L&8Bản hoàn tất lần 1, ngày 14/12/2026, mã ${f.stamp!.hash}`));
    expect(byId["nhat-ky-hoan-tat"].values[4].slice(1, 6)).toEqual(["14/12/2026", "Hoàn tất", 1, "9.9.9", f.stamp!.hash]);

    const done = applyValues(evaluated, f.plan);
    const again = run(done, { today: FINALIZED + 1, dossier: true });
    expect(again.refused).toBe(true);
    expect(issueCodes(again.issues)).toEqual(["WORKBOOK_FINALIZED"]);
    expect(again.issues[0].message).toContain("14/12/2026");
    expect(again.plan).toEqual({ sheets: [], patches: [] });
    expect(issueCodes(finalize(done, { today: FINALIZED + 1, tool: "t" }).issues)).toEqual(["FINALIZE_ALREADY"]);

    // The district: finalized on that day, unchanged.
    expect(consolidateBlocks(done)).toEqual({ at: "14/12/2026", changed: "Không" });
  });

  test("un-finalized with a reason (logged), evaluated again, finalized again: the district sees each state", () => {
    const done = applyValues(evaluated, finalize(evaluated, { today: FINALIZED, tool: "t" }).plan);
    expect(issueCodes(unfinalize(done, { today: UNLOCKED, tool: "t", reason: "  " }).issues)).toEqual(["UNFINALIZE_NO_REASON"]);
    expect(issueCodes(unfinalize(evaluated, { today: UNLOCKED, tool: "t", reason: "x" }).issues)).toEqual(["UNFINALIZE_NOT_FINALIZED"]);

    const u = unfinalize(done, { today: UNLOCKED, tool: "t", reason: "Phòng yêu cầu bổ sung minh chứng" });
    expect(u.fatal).toBe(false);
    expect(u.plan.unprotect).toEqual(expect.arrayContaining(["Bản tổng hợp", "Kết quả", "Nhật ký hoàn tất"]));
    expect(u.plan.sheets.some((p) => p.protect)).toBe(false);
    const log = u.plan.sheets.find((p) => p.id === "nhat-ky-hoan-tat")!;
    expect(log.values[5].slice(1, 4)).toEqual(["24/12/2026", "Mở khóa", 1]);
    expect(log.values[5][6]).toBe("Phòng yêu cầu bổ sung minh chứng");
    const open = applyValues(done, u.plan);
    expect(consolidateBlocks(open)).toEqual({ at: "14/12/2026", changed: "Có" });

    // Evaluated again (allowed now), then finalized again: the second finalization.
    const re = run(open, { today: UNLOCKED + 1, dossier: true });
    expect(re.refused).toBeUndefined();
    expect(re.summary.finalized).toEqual({ at: "14/12/2026", changed: true });
    const reEvaluated = applyValues(open, re.plan);
    const f2 = finalize(reEvaluated, { today: UNLOCKED + 2, tool: "t" });
    expect(issueCodes(f2.issues)).toEqual(["FINALIZED"]);
    expect(f2.stamp!.count).toBe(2);
    const final = applyValues(reEvaluated, f2.plan);
    expect(consolidateBlocks(final)).toEqual({ at: "26/12/2026", changed: "Không" });
    const rows = f2.plan.sheets
      .find((p) => p.id === "nhat-ky-hoan-tat")!
      .values.slice(4, 7)
      .map((r) => r[2]);
    expect(rows).toEqual(["Hoàn tất", "Mở khóa", "Hoàn tất"]);
  });
});
