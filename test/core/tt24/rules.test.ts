/**
 * The Thông tư 24/2023 rule sets are data that name their article and print the circular's own
 * words: validated by the schema, and every text compared with docs/domain/tt24-2023.md.
 */
import * as fs from "fs";
import * as path from "path";
import { Tt24AuthoritySettings, Tt24RuleSet as Tt24RuleSetSchema, Tt24UnitTypes } from "../../../src/core/rules/schema";
import { TT24_AUTHORITY, TT24_RULE_SETS, TT24_UNIT_TYPES, tt24RuleSet } from "../../../src/core/rules/tt24";
import type { Tt24Indicator, Tt24LevelId } from "../../../src/core/rules/tt24";

const ROOT = path.join(__dirname, "../../..");
const DOMAIN = fs.readFileSync(path.join(ROOT, "docs/domain/tt24-2023.md"), "utf8");

/** The "| id | text | kind | applies to |" rows of one section of tt24-2023.md. */
function section(heading: string): Record<string, string> {
  const start = DOMAIN.indexOf(heading);
  expect(start).toBeGreaterThanOrEqual(0);
  const end = DOMAIN.indexOf("\n## ", start + 1);
  const rows: Record<string, string> = {};
  for (const line of DOMAIN.slice(start, end).split("\n")) {
    const m = /^\| (\d\.\d) \| (.*?) \| .*\|$/.exec(line);
    if (m) rows[m[1]] = m[2];
  }
  return rows;
}
const DISTRICT_M1 = section('## District level ("cấp huyện"), Mức độ 1');
const DISTRICT_M2 = section("## District level, Mức độ 2");
const PROVINCE_M1 = section('## Province level ("cấp tỉnh"), Mức độ 1');
const PROVINCE_M2 = section("## Province level, Mức độ 2");

const huyen = tt24RuleSet("cap-huyen");
const tinh = tt24RuleSet("cap-tinh");
const ind = (r: typeof huyen, id: string): Tt24Indicator => r.indicators.find((i) => i.id === id)!;
/** The whole text as printed to a unit the clauses bind: main text, then the learners or extra sentence. */
const fullText = (it: Tt24Indicator, lv: Tt24LevelId) => {
  const l = it.levels[lv];
  return [l.text, l.learners?.text, l.extra?.text].filter(Boolean).join(" ");
};

describe("the bundled TT 24 data validates against the schema", () => {
  test.each(TT24_RULE_SETS.map((r) => [r.id, r]))("%s", (_id, r) => {
    expect(() => Tt24RuleSetSchema.parse(r)).not.toThrow();
    expect(r.legalSource.document).toBe("Thông tư 24/2023/TT-BGDĐT");
  });
  test("unit types (every type described once)", () => expect(() => Tt24UnitTypes.parse(TT24_UNIT_TYPES)).not.toThrow());
  test("authority settings", () => expect(() => Tt24AuthoritySettings.parse(TT24_AUTHORITY)).not.toThrow());
  test("the schema refuses a member indicator without a threshold", () => {
    const bad = JSON.parse(JSON.stringify(huyen));
    delete bad.indicators.find((i: any) => i.id === "2.1").levels.M2.members;
    expect(() => Tt24RuleSetSchema.parse(bad)).toThrow(/2\.1 M2/);
  });
  test('the schema refuses a reason that does not start with "Không áp dụng: "', () => {
    const bad = JSON.parse(JSON.stringify(huyen));
    bad.indicators.find((i: any) => i.id === "1.3").levels.M1.scope.reason = "chỉ cơ quan";
    expect(() => Tt24RuleSetSchema.parse(bad)).toThrow();
  });
  test('no "provisional" mark in any TT 24 data or module', () => {
    const files = [
      "src/core/rules/tt24-2023-cap-huyen.json",
      "src/core/rules/tt24-2023-cap-tinh.json",
      "src/core/rules/tt24-unit-types.json",
      "src/core/rules/tt24-authority.json",
      "src/core/rules/tt24.ts",
      "src/core/rules/tt24-authority.ts",
      "src/core/read/unit-type.ts",
      "src/core/evaluate/tt24/level.ts",
      "src/core/evaluate/tt24/recognition.ts",
    ];
    for (const f of files) expect(fs.readFileSync(path.join(ROOT, f), "utf8")).not.toMatch(/provisional|tạm thời/i);
  });
  test('no "provisional" mark anywhere the clerk or a developer reads: sources, data, catalog, pane, CLI, README, docs', () => {
    const walk = (dir: string): string[] =>
      fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
    const files = [...walk("src"), "README.md", "TESTING.md", ...walk("docs").filter((f) => f.endsWith(".md") && !f.includes("domain"))];
    const marked = files.filter((f) => /\.(ts|tsx|json|md|html)$/.test(f) && /provisional|tạm thời/i.test(fs.readFileSync(path.join(ROOT, f), "utf8")));
    expect(marked).toEqual([]);
  });
});

describe("indicators, criteria and levels", () => {
  test("district: 15 indicators 1.1–1.5, 2.1–2.5, 3.1–3.5; province: 16, up to 3.6", () => {
    expect(huyen.indicators.map((i) => i.id)).toEqual([
      "1.1",
      "1.2",
      "1.3",
      "1.4",
      "1.5",
      "2.1",
      "2.2",
      "2.3",
      "2.4",
      "2.5",
      "3.1",
      "3.2",
      "3.3",
      "3.4",
      "3.5",
    ]);
    expect(tinh.indicators.map((i) => i.id)).toEqual([...huyen.indicators.map((i) => i.id), "3.6"]);
  });
  test("criterion titles as the circular words them", () => {
    for (const r of [huyen, tinh])
      expect(r.criteria.map((c) => c.title)).toEqual([
        'Về điều kiện xây dựng "Đơn vị học tập"',
        "Về kết quả học tập của Thành viên trong đơn vị",
        'Tác dụng của việc xây dựng "Đơn vị học tập"',
      ]);
  });
  test.each([
    ["cap-huyen", "M1", "Điều 6", "Điều 8"],
    ["cap-huyen", "M2", "Điều 7", "Điều 8"],
    ["cap-tinh", "M1", "Điều 12", "Điều 14"],
    ["cap-tinh", "M2", "Điều 13", "Điều 14"],
  ] as const)("%s %s: indicators of %s, recognition by %s, every source names the article", (tier, lv, article, recognition) => {
    const r = tt24RuleSet(tier);
    const level = r.levels.find((l) => l.id === lv)!;
    expect(level).toMatchObject({ article, recognition, label: lv === "M1" ? "Mức độ 1" : "Mức độ 2" });
    for (const it of r.indicators) expect(it.levels[lv].source).toMatch(new RegExp(`^TT 24/2023, ${article} khoản ${it.id[0]}\\b`));
  });

  // Thresholds per level (tt24-2023.md): TC2 90/90/90/50/90 → 95/95/95/70/95; 3.1 members 90 → 95, learners 95 → 97.
  test.each([
    ["2.1", "discipline", 90, 95],
    ["2.2", "training", 90, 95],
    ["2.3", "digitalTraining", 90, 95],
    ["2.4", "languageCertificate", 50, 70],
    ["2.5", "emulationTitle", 90, 95],
    ["3.1", "cdhtTitle", 90, 95],
  ])("%s counts %s: %p%% at Mức độ 1, %p%% at Mức độ 2, in both tiers", (id, fact, m1, m2) => {
    for (const r of [huyen, tinh]) {
      const it = ind(r, id);
      expect(it.kind).toBe("members");
      expect(it.levels.M1.members).toMatchObject({ fact, percent: m1 });
      expect(it.levels.M2.members!.percent).toBe(m2);
    }
  });
  test("2.4 counts a certificate at Mức độ 1 and a language level at Mức độ 2, the certificate standing in", () => {
    for (const r of [huyen, tinh]) {
      expect(ind(r, "2.4").levels.M1.members).toMatchObject({ fact: "languageCertificate" });
      expect(ind(r, "2.4").levels.M1.members!.fallback).toBeUndefined();
      expect(ind(r, "2.4").levels.M2.members).toMatchObject({
        fact: "languageLevel",
        fallback: "languageCertificate",
        meetPhrase: "có trình độ ngoại ngữ đáp ứng",
      });
    }
  });
  test("3.1's learners clause: 95% at Mức độ 1, 97% at Mức độ 2, only where the unit has Người học", () => {
    for (const r of [huyen, tinh]) {
      expect(ind(r, "3.1").levels.M1.learners).toMatchObject({ percent: 95, scope: { anyOf: [{ learners: true }] } });
      expect(ind(r, "3.1").levels.M2.learners).toMatchObject({ percent: 97, scope: { anyOf: [{ learners: true }] } });
    }
  });
  test.each([
    ["cap-huyen", "3.3", "collectiveTitle", undefined, undefined],
    ["cap-huyen", "3.4", "digitalLevel", "dap-ung-co-ban", "dap-ung-tot"],
    ["cap-huyen", "3.5", "accreditation", undefined, undefined],
    ["cap-tinh", "3.3", "collectiveTitle", undefined, undefined],
    ["cap-tinh", "3.4", "digitalLevel", "dap-ung-co-ban", "dap-ung-tot"],
    ["cap-tinh", "3.5", "digitalLevel", "dap-ung-co-ban", "dap-ung-tot"],
    ["cap-tinh", "3.6", "accreditation", undefined, undefined],
  ] as const)("%s %s is a %s indicator (%s → %s)", (tier, id, kind, m1, m2) => {
    const it = ind(tt24RuleSet(tier), id);
    expect(it.kind).toBe(kind);
    expect(it.levels.M1.digitalLevelAtLeast).toBe(m1);
    expect(it.levels.M2.digitalLevelAtLeast).toBe(m2);
    if (kind === "collectiveTitle") for (const lv of ["M1", "M2"] as const) expect(it.levels[lv].collectiveTitles).toEqual(["TTLDTT", "TTLDXS", "CTD"]);
  });
  test("the public-preschool sentence of 1.2 and 3.2 is a separate field (district 1.2 and 3.2; province 1.2 only, via khoản 1 Điều 6)", () => {
    for (const lv of ["M1", "M2"] as const) {
      expect(ind(huyen, "1.2").levels[lv].extra!.text).toMatch(/^Đơn vị cấp huyện là nhà trẻ, trường mẫu giáo, trường mầm non công lập tham gia/);
      expect(ind(huyen, "3.2").levels[lv].extra!.text).toMatch(/^Đơn vị cấp huyện là nhà trẻ, trường mẫu giáo, trường mầm non công lập có thực hiện/);
      expect(ind(huyen, "1.2").levels[lv].text).not.toMatch(/mầm non/);
      expect(ind(tinh, "1.2").levels[lv].extra).toBeDefined();
      expect(ind(tinh, "3.2").levels[lv].extra).toBeUndefined();
    }
  });
});

describe("every text is the circular's, as tt24-2023.md gives it", () => {
  const cases: [string, string, Tt24LevelId, string][] = [];
  for (const [id, text] of Object.entries(DISTRICT_M1)) {
    cases.push(["cấp huyện", id, "M1", text]);
    if (id.startsWith("1.")) cases.push(["cấp huyện", id, "M2", text], ["cấp tỉnh", id, "M1", text], ["cấp tỉnh", id, "M2", text]);
    if (id.startsWith("2.")) cases.push(["cấp tỉnh", id, "M1", text]);
  }
  for (const [id, text] of Object.entries(DISTRICT_M2)) {
    cases.push(["cấp huyện", id, "M2", text.startsWith("(the same text as Mức độ 1") ? DISTRICT_M1[id] : text]);
    if (id.startsWith("2.")) cases.push(["cấp tỉnh", id, "M2", text]);
  }
  for (const [id, text] of Object.entries(PROVINCE_M1)) cases.push(["cấp tỉnh", id, "M1", text]);
  for (const [id, text] of Object.entries(PROVINCE_M2))
    cases.push(["cấp tỉnh", id, "M2", text.startsWith("(as province Mức độ 1") ? PROVINCE_M1[id].replace('"mức đáp ứng cơ bản"', '"mức đáp ứng tốt"') : text]);

  test("the domain file yields every indicator at every level of both tiers", () => expect(cases).toHaveLength(15 * 2 + 16 * 2));
  test.each(cases)("%s %s %s", (tier, id, lv, text) => {
    const r = tier === "cấp huyện" ? huyen : tinh;
    expect(fullText(ind(r, id), lv)).toBe(text);
  });
  test("district Mức độ 1 and 2 differ where the circular changes them", () => {
    const changed = huyen.indicators.filter((i) => fullText(i, "M1") !== fullText(i, "M2")).map((i) => i.id);
    expect(changed).toEqual(["2.1", "2.2", "2.3", "2.4", "2.5", "3.1", "3.3", "3.4"]);
  });
});
