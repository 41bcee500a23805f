/** The level decision over per-indicator facts (rules.md §3; Điều 8, 9 / 14, 15). */
import { decideTt24Level, type Tt24Decision } from "../../../src/core/evaluate/tt24/level";
import { tallyMembers, type Tt24Facts, type UnitIndicatorFact } from "../../../src/core/evaluate/tt24/facts";
import { tt24RuleSet, type Tt24Unit } from "../../../src/core/rules/tt24";
import type { Tt24LevelId, Tt24MemberFact } from "../../../src/core/rules/schema";

const PRIMARY: Tt24Unit = { types: ["tieu-hoc"], public: true, economic: false, learners: false, tier: "cap-huyen" };
const PRIVATE_PRIMARY: Tt24Unit = { ...PRIMARY, public: false };
const PRESCHOOL: Tt24Unit = { types: ["mam-non"], public: true, economic: false, learners: false, tier: "cap-huyen" };
const THPT: Tt24Unit = { types: ["thpt"], public: true, economic: false, learners: true, tier: "cap-tinh" };
const GDNN_GDTX: Tt24Unit = { types: ["gdtx", "trung-tam-gdnn"], public: true, economic: false, learners: true, tier: "cap-huyen" };
const BUSINESS: Tt24Unit = { types: ["to-chuc-kinh-te"], public: false, economic: true, learners: false, tier: "cap-tinh" };

const UNIT_IDS = ["1.1", "1.2", "1.3", "1.4", "1.5", "3.2", "3.3", "3.4", "3.5", "3.6"];
const ok = (id: string): UnitIndicatorFact => ({ entered: "dat", evidence: [`H-${id}-01`] });

/** Everything met at Mức độ 2: 40 members, 39 on every count (97,5%), title, digital level "tốt", accreditation. */
function allMet(): Tt24Facts {
  const meeting: Partial<Record<Tt24MemberFact, number>> = {
    discipline: 39,
    training: 39,
    digitalTraining: 39,
    languageCertificate: 30,
    emulationTitle: 39,
    cdhtTitle: 39,
  };
  return {
    members: { counted: 40, meeting },
    learners: { counted: 500, meeting: 490 },
    entries: Object.fromEntries(UNIT_IDS.map((id) => [id, ok(id)])),
    collectiveTitle: { code: "TTLDTT", label: "Tập thể lao động tiên tiến" },
    digitalLevel: "dap-ung-tot",
    accreditation: true,
  };
}
const withMembers = (f: Tt24Facts, counted: number, meeting: Partial<Record<Tt24MemberFact, number>>): Tt24Facts => ({
  ...f,
  members: { counted, meeting: { ...f.members!.meeting, ...meeting } },
});
const withEntry = (f: Tt24Facts, id: string, e: UnitIndicatorFact | undefined): Tt24Facts => ({ ...f, entries: { ...f.entries, [id]: e } });
const at = (d: Tt24Decision, id: string, lv: Tt24LevelId) => d.indicators.find((i) => i.id === id)!.levels[lv];

describe("the level", () => {
  test("every applicable indicator met at Mức độ 2 → Mức độ 2, with the reason", () => {
    const d = decideTt24Level(PRIMARY, allMet());
    expect(d).toMatchObject({ ruleSetId: "TT24/2023-cap-huyen", level: "M2", label: "Mức độ 2", next: null });
    expect(d.reasons).toEqual(["Đạt Mức độ 2: đạt tất cả 14 chỉ tiêu áp dụng của Điều 7 (1 chỉ tiêu không áp dụng)."]);
    expect(at(d, "3.5", "M2")).toMatchObject({ status: "not-applicable", reason: "Không áp dụng: chỉ áp dụng cho cơ sở giáo dục nghề nghiệp" });
    expect(d.criteria.map((c) => [c.id, c.met.M1, c.met.M2])).toEqual([
      ["TC1", true, true],
      ["TC2", true, true],
      ["TC3", true, true],
    ]);
  });

  test("2.4 at 58,3% (21 of 36, no level column): Mức độ 1, blocked from Mức độ 2 by the gap of the issue", () => {
    const f = withMembers(allMet(), 36, { discipline: 36, training: 36, digitalTraining: 36, emulationTitle: 36, cdhtTitle: 36, languageCertificate: 21 });
    const d = decideTt24Level(PRIMARY, f);
    expect(d.level).toBe("M1");
    expect(at(d, "2.4", "M1")).toMatchObject({
      status: "met",
      reason: "Đạt: 58,3% ≥ 50%",
      members: { meeting: 21, counted: 36, percent: 50, fact: "languageCertificate" },
    });
    expect(at(d, "2.4", "M2")).toMatchObject({
      status: "not-met",
      gap: "2.4: 58,3% < 70%, cần thêm 5 thành viên có trình độ ngoại ngữ đáp ứng",
      members: { fact: "languageCertificate", need: 5, rate: "58,3%" },
    });
    expect(d.reasons).toEqual([
      "Đạt Mức độ 1: đạt tất cả 14 chỉ tiêu áp dụng của Điều 6 (1 chỉ tiêu không áp dụng).",
      "Chưa đạt Mức độ 2: 1/14 chỉ tiêu áp dụng của Điều 7 chưa đạt (2.4).",
    ]);
    expect(d.next).toEqual({
      level: "M2",
      label: "Mức độ 2",
      blocking: [{ id: "2.4", short: "Ngoại ngữ, tiếng dân tộc thiểu số", gap: "2.4: 58,3% < 70%, cần thêm 5 thành viên có trình độ ngoại ngữ đáp ứng" }],
    });
  });

  test("with a language-level column, Mức độ 2 counts the level (certificate holders included by the tally)", () => {
    const f = withMembers(allMet(), 36, {
      discipline: 36,
      training: 36,
      digitalTraining: 36,
      emulationTitle: 36,
      cdhtTitle: 36,
      languageCertificate: 21,
      languageLevel: 26,
    });
    const d = decideTt24Level(PRIMARY, f);
    expect(at(d, "2.4", "M2")).toMatchObject({ status: "met", members: { fact: "languageLevel", meeting: 26 } });
    expect(d.level).toBe("M2");
  });

  test.each([
    [
      "27 of 30 on 2.1 is exactly 90%: Mức độ 1, two short of 95%",
      30,
      27,
      "M1",
      "2.1: 90% < 95%, cần thêm 2 thành viên tuân thủ kỷ luật lao động, nội quy làm việc",
    ],
    ["26 of 30 on 2.1, one below 90%: Chưa đạt", 30, 26, null, "2.1: 86,6% < 90%, cần thêm 1 thành viên tuân thủ kỷ luật lao động, nội quy làm việc"],
    ["35 of 39 on 2.1 does not meet 90%", 39, 35, null, "2.1: 89,7% < 90%, cần thêm 1 thành viên tuân thủ kỷ luật lao động, nội quy làm việc"],
    ["19 of 20 on 2.1 meets 95%", 20, 19, "M2", undefined],
    ["20 of 21 on 2.1 meets 95%", 21, 20, "M2", undefined],
  ])("%s", (_name, counted, meeting, level, gap) => {
    const all = { training: counted, digitalTraining: counted, languageCertificate: counted, emulationTitle: counted, cdhtTitle: counted };
    const d = decideTt24Level(PRIMARY, withMembers(allMet(), counted, { ...all, discipline: meeting }));
    expect(d.level).toBe(level);
    if (gap) expect(d.next!.blocking.map((b) => b.gap)).toEqual([gap]);
  });

  test("Chưa đạt: what blocks Mức độ 1, each with its gap", () => {
    let f = withEntry(allMet(), "1.2", { entered: "dat", evidence: [] });
    f = withEntry(f, "1.1", undefined);
    f = withMembers(f, 40, { emulationTitle: 30 });
    const d = decideTt24Level(PRIMARY, f);
    expect(d).toMatchObject({ level: null, label: "Chưa đạt" });
    expect(d.reasons).toEqual(["Chưa đạt Mức độ 1: 3/14 chỉ tiêu áp dụng của Điều 6 chưa đạt (1.1, 1.2, 2.5)."]);
    expect(d.next!.blocking.map((b) => b.gap)).toEqual([
      "1.1: chưa đánh giá",
      "1.2: chưa có minh chứng",
      '2.5: 75% < 90%, cần thêm 6 thành viên đạt danh hiệu "Lao động tiên tiến" trở lên',
    ]);
    expect(d.criteria.map((c) => c.met.M1)).toEqual([false, false, true]);
  });
});

describe("unit indicators: Đạt needs evidence (Điều 9.3)", () => {
  test.each<[string, UnitIndicatorFact | undefined, string, string]>([
    ["Đạt with evidence", { entered: "dat", evidence: ["H1-1.2-01", "H1-1.2-02"] }, "met", "Đạt: minh chứng H1-1.2-01, H1-1.2-02"],
    ["Đạt without evidence", { entered: "dat", evidence: [] }, "not-met", "chưa có minh chứng"],
    [
      "an explanation alone is not evidence",
      { entered: "dat", evidence: [], explanation: "Đã thực hiện đầy đủ" },
      "not-met",
      "chưa có minh chứng (giải trình không thay cho minh chứng)",
    ],
    ["Không đạt", { entered: "khong-dat", evidence: ["H1-1.2-01"] }, "not-met", "Tổ đánh giá đánh giá Không đạt"],
    [
      "Không áp dụng on an indicator that applies",
      { entered: "khong-ap-dung", evidence: [] },
      "not-met",
      'ghi "Không áp dụng" nhưng chỉ tiêu áp dụng cho đơn vị',
    ],
    ["nothing entered", undefined, "not-met", "chưa đánh giá"],
    ["evidence without an entry", { entered: null, evidence: ["H1-1.2-01"] }, "not-met", "chưa đánh giá"],
  ])("1.2: %s", (_name, entry, status, reason) => {
    const d = decideTt24Level(PRIMARY, withEntry(allMet(), "1.2", entry));
    for (const lv of ["M1", "M2"] as const) expect(at(d, "1.2", lv)).toMatchObject({ status, reason });
  });

  test("an entry on an indicator that does not apply is noted, not counted", () => {
    const d = decideTt24Level(PRESCHOOL, withEntry(allMet(), "3.4", ok("3.4")));
    expect(at(d, "3.4", "M1")).toMatchObject({ status: "not-applicable", notes: ["Tổ đánh giá ghi Đạt; chỉ tiêu không áp dụng cho đơn vị"] });
    expect(d.notes).toContain("3.4: Tổ đánh giá ghi Đạt; chỉ tiêu không áp dụng cho đơn vị");
    expect(d.level).toBe("M2");
  });

  test("the public-preschool sentence is flagged for a public preschool only", () => {
    expect(at(decideTt24Level(PRESCHOOL, allMet()), "1.2", "M1").extra).toBe(true);
    expect(at(decideTt24Level(PRESCHOOL, allMet()), "3.2", "M2").extra).toBe(true);
    expect(at(decideTt24Level(PRIMARY, allMet()), "1.2", "M1").extra).toBe(false);
    expect(at(decideTt24Level({ ...PRESCHOOL, public: false }, allMet()), "1.2", "M1").extra).toBe(false);
  });
});

describe("3.3 from the collective title, 3.4 / 3.5 from the digital level, accreditation from a yes/no", () => {
  const title = (code: string, label: string) => ({ code, label });
  test.each<[string, UnitIndicatorFact | undefined, { code: string; label: string } | null, string, string, string[]]>([
    [
      "the title alone, with evidence",
      { entered: null, evidence: ["H3-3.3-01"] },
      title("TTLDXS", "Tập thể lao động xuất sắc"),
      "met",
      'Đạt: danh hiệu tập thể "Tập thể lao động xuất sắc"; minh chứng H3-3.3-01',
      [],
    ],
    [
      "a Bằng khen is not a title",
      { entered: null, evidence: ["H3-3.3-01"] },
      title("BK", "Bằng khen"),
      "not-met",
      'danh hiệu tập thể "Bằng khen" chưa từ "Tập thể lao động tiên tiến" trở lên',
      [],
    ],
    [
      "Đạt entered against the title: not met, and said",
      ok("3.3"),
      title("NONE", "Không có danh hiệu"),
      "not-met",
      'danh hiệu tập thể "Không có danh hiệu" chưa từ "Tập thể lao động tiên tiến" trở lên',
      ['Tổ đánh giá ghi Đạt nhưng danh hiệu tập thể "Không có danh hiệu" chưa từ "Tập thể lao động tiên tiến" trở lên'],
    ],
    ["the entry alone, with evidence", ok("3.3"), null, "met", "Đạt: minh chứng H-3.3-01", []],
    ["neither", undefined, null, "not-met", 'chưa đánh giá (hoặc ghi "Danh hiệu tập thể năm đánh giá")', []],
    ["the title without evidence", { entered: null, evidence: [] }, title("TTLDTT", "Tập thể lao động tiên tiến"), "not-met", "chưa có minh chứng", []],
  ])("3.3: %s", (_name, entry, t, status, reason, notes) => {
    const d = decideTt24Level(PRIMARY, { ...withEntry(allMet(), "3.3", entry), collectiveTitle: t });
    expect(at(d, "3.3", "M1")).toMatchObject({ status, reason, notes });
  });

  test.each<[string, UnitIndicatorFact | undefined, "chua-dat" | "dap-ung-co-ban" | "dap-ung-tot" | null, string, string]>([
    ["đáp ứng tốt", undefined, "dap-ung-tot", "met", "met"],
    ["đáp ứng cơ bản", undefined, "dap-ung-co-ban", "met", "mức độ chuyển đổi số: mức đáp ứng cơ bản, cần mức đáp ứng tốt"],
    ["chưa đạt", undefined, "chua-dat", "mức độ chuyển đổi số: chưa đạt, cần mức đáp ứng cơ bản", "mức độ chuyển đổi số: chưa đạt, cần mức đáp ứng tốt"],
    ["Đạt without the level: Mức độ 1 only", ok("3.4"), null, "met", 'chưa ghi "Mức độ chuyển đổi số" (Mức độ 2 cần mức đáp ứng tốt)'],
  ])("3.4 at %s", (_name, entry, level, m1, m2) => {
    const f = { ...withEntry(allMet(), "3.4", entry ?? { entered: null, evidence: ["H3-3.4-01"] }), digitalLevel: level };
    const d = decideTt24Level(PRIMARY, f);
    const got = (lv: Tt24LevelId) => (at(d, "3.4", lv).status === "met" ? "met" : at(d, "3.4", lv).reason);
    expect([got("M1"), got("M2")]).toEqual([m1, m2]);
  });

  test("province 3.5 (higher education) reads the same digital level; 3.6 the accreditation", () => {
    const uni: Tt24Unit = { types: ["dai-hoc"], public: true, economic: false, learners: true, tier: "cap-tinh" };
    const d = decideTt24Level(uni, { ...allMet(), digitalLevel: "dap-ung-co-ban" });
    expect(at(d, "3.5", "M1").status).toBe("met");
    expect(at(d, "3.5", "M2").reason).toBe("mức độ chuyển đổi số: mức đáp ứng cơ bản, cần mức đáp ứng tốt");
    expect(at(d, "3.4", "M1").status).toBe("not-applicable");
    expect(at(d, "3.6", "M1").status).toBe("not-applicable");
    expect(d.level).toBe("M1");
  });

  test("a district vocational centre without accreditation", () => {
    const d = decideTt24Level(GDNN_GDTX, { ...allMet(), accreditation: false });
    expect(at(d, "3.5", "M1")).toMatchObject({ status: "not-met", gap: "3.5: chưa đạt kiểm định chất lượng giáo dục nghề nghiệp" });
    expect(at(d, "3.4", "M1").status).toBe("not-applicable");
    expect(d.level).toBeNull();
  });
});

describe("3.1: members and, where the unit has Người học, learners", () => {
  test.each<[string, Tt24Facts["learners"], string, string]>([
    ["485 of 500 learners: 97%", { counted: 500, meeting: 485 }, "met", "met"],
    [
      "475 of 500: 95% meets Mức độ 1 only",
      { counted: 500, meeting: 475 },
      "met",
      'người học 95% < 97%, cần thêm 10 người học đạt danh hiệu "Công dân học tập"',
    ],
    [
      "470 of 500",
      { counted: 500, meeting: 470 },
      'người học 94% < 95%, cần thêm 5 người học đạt danh hiệu "Công dân học tập"',
      'người học 94% < 97%, cần thêm 15 người học đạt danh hiệu "Công dân học tập"',
    ],
    ["not entered", null, 'chưa nhập "Số người học" và "Số người học đạt CDHT"', 'chưa nhập "Số người học" và "Số người học đạt CDHT"'],
    ["zero learners", { counted: 0, meeting: 0 }, '"Số người học" bằng 0', '"Số người học" bằng 0'],
  ])("a THPT school, %s", (_name, learners, m1, m2) => {
    const d = decideTt24Level(THPT, { ...allMet(), learners });
    const got = (lv: Tt24LevelId) => (at(d, "3.1", lv).status === "met" ? "met" : at(d, "3.1", lv).reason);
    expect([got("M1"), got("M2")]).toEqual([m1, m2]);
  });
  test("members and learners short at once: one line with both gaps", () => {
    const d = decideTt24Level(THPT, withMembers({ ...allMet(), learners: { counted: 500, meeting: 470 } }, 40, { cdhtTitle: 35 }));
    expect(at(d, "3.1", "M1").gap).toBe(
      '3.1: 87,5% < 90%, cần thêm 1 thành viên đạt danh hiệu "Công dân học tập"; người học 94% < 95%, cần thêm 5 người học đạt danh hiệu "Công dân học tập"',
    );
  });
  test("a primary school has no Người học: the clause says why, learners are not asked for", () => {
    const d = decideTt24Level(PRIMARY, { ...allMet(), learners: null });
    expect(at(d, "3.1", "M1")).toMatchObject({
      status: "met",
      learners: { applies: false, reason: expect.stringMatching(/^Không áp dụng: đơn vị không có Người học/) },
    });
  });
});

describe("scope, levels and odd cases", () => {
  test("a business: 1.3, 2.4 do not apply; 2.4 data is not needed", () => {
    const f = { ...allMet(), members: { counted: 10, meeting: { discipline: 10, training: 10, digitalTraining: 10, emulationTitle: 10, cdhtTitle: 10 } } };
    const d = decideTt24Level(BUSINESS, f);
    expect(at(d, "2.4", "M1")).toMatchObject({ status: "not-applicable", reason: "Không áp dụng: không bao gồm thành viên trong đơn vị là tổ chức kinh tế" });
    expect(at(d, "1.3", "M2").status).toBe("not-applicable");
    expect(d.level).toBe("M2");
  });
  test("a private primary school without the collective title reaches Mức độ 2 (3.3 narrows at Mức độ 2) and is told so", () => {
    const d = decideTt24Level(PRIVATE_PRIMARY, { ...withEntry(allMet(), "3.3", undefined), collectiveTitle: null });
    expect(at(d, "3.3", "M1").status).toBe("not-met");
    expect(at(d, "3.3", "M2").status).toBe("not-applicable");
    expect(d.level).toBe("M2");
    expect(d.notes[0]).toMatch(/^Đạt Mức độ 2 theo Điều 7 dù chưa đạt 3\.3 của Mức độ 1 \(Điều 6\)/);
  });
  test.each<[string, Tt24Facts["members"], string]>([
    ["no members list", null, "2.1: chưa có danh sách thành viên"],
    ["everyone excluded", { counted: 0, meeting: { discipline: 0 } }, "2.1: không có thành viên nào được tính"],
    ["a column missing", { counted: 10, meeting: { training: 10 } }, '2.1: chưa có cột "Tuân thủ kỷ luật" trong danh sách thành viên'],
  ])("members: %s", (_name, members, gap) => {
    expect(at(decideTt24Level(PRIMARY, { ...allMet(), members }), "2.1", "M1").gap).toBe(gap);
  });
  test("the rule set must be the unit's tier's", () => expect(() => decideTt24Level(PRIMARY, allMet(), tt24RuleSet("cap-tinh"))).toThrow(/cap-huyen/));
  test("the decision is pure: the same facts, the same decision", () => expect(decideTt24Level(THPT, allMet())).toEqual(decideTt24Level(THPT, allMet())));
});

describe("tallying member rows", () => {
  test("excluded members are not counted; a certificate counts as a language level; unrecorded facts stay absent", () => {
    const rows = [
      { excluded: false, facts: { discipline: true, languageCertificate: true, languageLevel: false } },
      { excluded: false, facts: { discipline: true, languageCertificate: false, languageLevel: true } },
      { excluded: false, facts: { discipline: false, languageCertificate: false, languageLevel: null } },
      { excluded: true, facts: { discipline: true, languageCertificate: true, languageLevel: true } },
    ];
    expect(tallyMembers(rows, new Set<Tt24MemberFact>(["discipline", "languageCertificate", "languageLevel"]))).toEqual({
      counted: 3,
      meeting: { discipline: 2, languageCertificate: 1, languageLevel: 2 },
    });
    expect(tallyMembers(rows, new Set<Tt24MemberFact>(["discipline"])).meeting).toEqual({ discipline: 2 });
  });
});
