import { run, RULE_SETS, PRESETS, applyPreset } from "../../src/core";
import { floorToStep, memberPoints } from "../../src/core/evaluate/scoring";
import { RuleSet as RuleSetSchema, Preset as PresetSchema } from "../../src/core/rules/schema";
import {
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

describe("rule sets are valid data that name their source", () => {
  test.each(RULE_SETS.map((r) => [r.id, r]))("%s validates against the schema", (_id, r) => {
    expect(() => RuleSetSchema.parse(r)).not.toThrow();
    expect(r.legalSource.document).toMatch(/Thông tư \d+\/20\d\d\/TT-BGDĐT/);
    for (const it of r.items) expect(it.source).toMatch(/TT \d+\/20\d\d/);
  });
  test.each(PRESETS.map((p) => [p.id, p]))("preset %s validates", (_id, p) => expect(() => PresetSchema.parse(p)).not.toThrow());
  test("TT 22/2020: 10 items, 100 points, groups 30/30/40", () => {
    const tt22 = RULE_SETS.find((r) => r.id === "TT22/2020")!;
    expect(tt22.items).toHaveLength(10);
    expect(tt22.items.reduce((s, i) => s + (i.max ?? 0), 0)).toBe(100);
    expect(tt22.groups.map((g) => g.max)).toEqual([30, 30, 40]);
  });
  test("the Hà Nội preset moves 2d's target to 70% and leaves the registry alone", () => {
    const tt22 = RULE_SETS[0];
    const hn = applyPreset(
      tt22,
      PRESETS.find((p) => p.id === "ha-noi")!,
    );
    expect(hn.items.find((i) => i.id === "2d")!.target).toBe(0.7);
    expect(tt22.items.find((i) => i.id === "2d")!.target).toBe(1);
  });
});

describe("partial points (rules.md §2)", () => {
  test.each([
    [0.949, 1, 10, 9.25], // 9.49 → 9.25 (down to a step of 0.25)
    [28 / 30, 1, 10, 9.25],
    [0.5, 1, 5, 2.5],
    [0.6, 0.7, 5, 4.25], // 5 × 0.857 = 4.28 → 4.25
    [0.75, 0.7, 5, 5], // capped at max
    [0, 1, 25, 0],
  ])("rate %p with target %p of %p → %p", (rate, target, max, expected) => {
    expect(memberPoints({ mode: "proportional", step: 0.25 }, max, rate, target)).toBe(expected);
  });
  test("all_or_nothing and bands modes", () => {
    expect(memberPoints({ mode: "all_or_nothing" }, 10, 0.99, 1)).toBe(0);
    expect(memberPoints({ mode: "all_or_nothing" }, 10, 1, 1)).toBe(10);
    const bands = {
      mode: "bands" as const,
      bands: [
        { min: 0.5, points: 2 },
        { min: 0.8, points: 4 },
        { min: 1, points: 5 },
      ],
    };
    expect(memberPoints(bands, 5, 0.85, 1)).toBe(4);
    expect(memberPoints(bands, 5, 0.4, 1)).toBe(0);
  });
  test("floorToStep survives binary fractions", () => expect(floorToStep(9.25, 0.25)).toBe(9.25));
});

function bookWith(rows: unknown[][], unit = FULL_UNIT_ITEMS, infoRows: [string, unknown][] = []) {
  return book(info(infoRows as never), members(rows as never), unitItems(unit), evidence(FULL_EVIDENCE));
}

describe("evaluation", () => {
  test("a clean unit scores 100, Tốt, with an explanation line per item", () => {
    const r = run(cleanBook(10), { today: TODAY });
    expect(r.fatal).toBe(false);
    expect(pointsOf(r.summary).total).toBe(100);
    expect(r.summary.rating).toBe("Tốt");
    expect(r.result!.items.find((i) => i.id === "2a")!.line).toBe("10/10 thành viên (100%) có KH tự học được duyệt → 10/10 điểm");
    expect(r.issues.filter((i) => i.severity === "error")).toEqual([]);
  });

  test("failing members are named with their rows; points round down", () => {
    const rows = Array.from({ length: 30 }, (_, i) => okMember(`Người ${String(i + 1).padStart(2, "0")}`));
    rows[4][2] = null; // row 6
    rows[9][2] = "Không"; // row 11
    const r = run(bookWith(rows), { today: TODAY });
    const a = r.result!.items.find((i) => i.id === "2a")!;
    expect(a.points).toBe(9.25);
    expect(a.line).toBe("28/30 thành viên (93,3%) có KH tự học được duyệt → 9,25/10 điểm; chưa đạt: Người 05 (dòng 6), Người 10 (dòng 11)");
    expect(r.result!.memberResults[4].reasons).toBe("thiếu KH tự học");
  });

  test("2d counts 'Lao động tiên tiến' and higher; quality ratings do not count", () => {
    const rows = [okMember("A"), okMember("B"), okMember("C"), okMember("D")];
    rows[1][5] = "Chiến sĩ thi đua cơ sở";
    rows[2][5] = "Hoàn thành tốt nhiệm vụ";
    rows[3][5] = null;
    const r = run(bookWith(rows), { today: TODAY });
    const d = r.result!.items.find((i) => i.id === "2d")!;
    expect([d.meeting, d.counted, d.points]).toEqual([2, 4, 2.5]);
  });

  test("the Hà Nội preset (Nông Nghiệp plan): 2d at 70% earns full points", () => {
    const rows = Array.from({ length: 10 }, (_, i) => okMember(`Người ${i}`));
    for (const k of [0, 1, 2]) rows[k][5] = "Hoàn thành tốt nhiệm vụ";
    const national = run(bookWith(rows), { today: TODAY });
    const hanoi = run(bookWith(rows, FULL_UNIT_ITEMS, [["Phương án địa phương", "Hà Nội"]]), { today: TODAY });
    expect(national.result!.items.find((i) => i.id === "2d")!.points).toBe(3.5);
    expect(hanoi.summary.preset).toBe("ha-noi");
    expect(hanoi.result!.items.find((i) => i.id === "2d")!.points).toBe(5);
    expect(run(bookWith(rows), { today: TODAY, preset: "ha-noi" }).result!.items.find((i) => i.id === "2d")!.points).toBe(5);
  });

  test("no score without proof: points with neither evidence nor explanation count 0", () => {
    const unit = FULL_UNIT_ITEMS.map((r) => [...r]);
    unit[2][4] = null; // 1c: no evidence code
    const r = run(bookWith([okMember("A")], unit), { today: TODAY });
    expect(r.result!.items.find((i) => i.id === "1c")!.points).toBe(0);
    const e = r.issues.find((i) => i.code === "NO_PROOF")!;
    expect([e.severity, e.sheet, e.cell]).toEqual(["error", "Tiêu chí đơn vị", "D4"]);
    unit[2][5] = "Đã trang bị phòng học trực tuyến";
    expect(run(bookWith([okMember("A")], unit), { today: TODAY }).result!.items.find((i) => i.id === "1c")!.points).toBe(10);
  });

  test("3b derives from the collective title when the council left it blank, and the points are written back", () => {
    const unit = FULL_UNIT_ITEMS.map((r) => [...r]);
    unit[3][3] = null;
    const r = run(bookWith([okMember("A")], unit), { today: TODAY });
    const b = r.result!.items.find((i) => i.id === "3b")!;
    expect([b.points, b.origin]).toEqual([10, "collective-title"]);
    expect(r.plan.patches.find((p) => p.kind === "unit-points")).toMatchObject({ sheet: "Tiêu chí đơn vị", top: 4, left: 3, values: [[10]] });
  });

  test("points above the maximum or off the 0.25 step are errors", () => {
    const unit = FULL_UNIT_ITEMS.map((r) => [...r]);
    unit[0][3] = 12;
    unit[1][3] = 9.3;
    const r = run(bookWith([okMember("A")], unit), { today: TODAY });
    expect(r.issues.map((i) => `${i.code}@${i.cell}`)).toEqual(expect.arrayContaining(["POINTS_ABOVE_MAX@D2", "POINTS_NOT_STEP@D3"]));
    expect(r.result!.items.find((i) => i.id === "1b")!.points).toBe(9.25);
  });

  test("rating bands: 85 is Tốt, 84.75 is Khá, with the gap to the next band", () => {
    const unit = FULL_UNIT_ITEMS.map((r) => [...r]);
    unit[4][3] = 0; // 3c 0 → 95
    unit[2][3] = 0; // 1c 0 → 85
    const r85 = run(bookWith([okMember("A")], unit), { today: TODAY });
    expect([pointsOf(r85.summary).total, r85.summary.rating]).toEqual([85, "Tốt"]);
    unit[1][3] = 9.75;
    const r = run(bookWith([okMember("A")], unit), { today: TODAY });
    expect([pointsOf(r.summary).total, r.summary.rating]).toEqual([84.75, "Khá"]);
    expect(r.result!.gap).toMatchObject({ next: "Tốt", pointsNeeded: 0.25 });
    expect(r.result!.gap.openItems[0]).toMatchObject({ id: "1c", open: 10 });
  });

  test("per-tổ rates", () => {
    const rows = [okMember("A", "Tổ 1"), okMember("B", "Tổ 1"), okMember("C", "Tổ 2"), okMember("D", null as never)];
    rows[1][2] = null;
    const r = run(bookWith(rows), { today: TODAY });
    expect(r.result!.teams.map((t) => t.name)).toEqual(["Tổ 1", "Tổ 2", "Chưa phân tổ"]);
    const t1 = r.result!.teams[0].items.find((i) => i.id === "2a")!;
    expect([t1.meeting, t1.counted, t1.failing.map((f) => f.name)]).toEqual([1, 2, ["B"]]);
  });

  test("evidence cross-checks: missing cited code, unknown item, duplicate code, item without evidence", () => {
    const unit = FULL_UNIT_ITEMS.map((r) => [...r]);
    unit[0][4] = "H1-1.1-01; H1-1.1-99";
    const ev = FULL_EVIDENCE.filter((r) => r[1] !== "3a").map((r) => [...r]);
    ev.push(["H1-1.2-01", "1b", "Bản trùng mã", null, null, null], [null, "9z", "Không rõ tiêu chí", null, null, null]);
    const r = run(book(info(), members([okMember("A")]), unitItems(unit), evidence(ev)), { today: TODAY });
    const found = r.issues.map((i) => `${i.code}@${i.cell ?? i.itemId ?? ""}`);
    expect(found).toEqual(
      expect.arrayContaining(["EVIDENCE_NOT_FOUND@E2", "DUPLICATE_EVIDENCE_CODE@A8", "EVIDENCE_UNKNOWN_ITEM@B9", "ITEM_WITHOUT_EVIDENCE@3a"]),
    );
  });

  test("TT 24/2023 (from 2024): indicators met or not at each level, the level with its reasons and gap, no provisional mark", () => {
    // 20 members: 19 hold the CDHT title (95%): Mức độ 2; 18 (90%): Mức độ 1, one short of Mức độ 2.
    const r = run(tt24Book({ member: (i) => ({ cdht: i < 19 }) }), { today: TODAY_2026 });
    expect(r.summary.framework).toBe("TT24/2023-cap-huyen");
    expect(r.issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(JSON.stringify(r)).not.toMatch(/provisional|tạm thời/i);
    const it31 = r.result!.items.find((i) => i.id === "3.1")!;
    expect([it31.rate, it31.levels!.M1.status, it31.levels!.M2.status]).toEqual([0.95, "met", "met"]);
    expect(r.result!.items.find((i) => i.id === "3.5")!.applicable).toBe(false); // a primary school: no vocational accreditation
    expect(r.summary.rating).toBe("Mức độ 2");
    const r1 = run(tt24Book({ member: (i) => ({ cdht: i < 18 }) }), { today: TODAY_2026 });
    expect(r1.summary.rating).toBe("Mức độ 1");
    expect(r1.result!.gap.blocking).toEqual([
      { id: "3.1", short: "Danh hiệu Công dân học tập", why: '90% < 95%, cần thêm 1 thành viên đạt danh hiệu "Công dân học tập"' },
    ]);
  });
});
