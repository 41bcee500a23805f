/**
 * Thông tư 24/2023 as data: the two tiers' rule sets (district Điều 6–7, province Điều 12–13), the
 * unit types of Điều 2 and the authority settings. The JSON files are validated against the zod
 * schema by the tests (test/core/tt24/rules.test.ts); like rules/index.ts, this registry does not
 * import zod.
 */
import type {
  MemberTest,
  RuleItem,
  RuleSet,
  Tt24AuthoritySettings,
  Tt24LevelId,
  Tt24MemberFact,
  Tt24RuleSet,
  Tt24Tier,
  Tt24UnitType,
  Tt24UnitTypeDef,
  Tt24UnitTypes,
} from "./schema";
import capHuyen from "./tt24-2023-cap-huyen.json";
import capTinh from "./tt24-2023-cap-tinh.json";
import unitTypes from "./tt24-unit-types.json";
import authority from "./tt24-authority.json";

export const TT24_FRAMEWORK_ID = "TT24/2023";

export const TT24_RULE_SETS: readonly Tt24RuleSet[] = [capHuyen as Tt24RuleSet, capTinh as Tt24RuleSet];
export const TT24_UNIT_TYPES: Tt24UnitTypes = unitTypes as Tt24UnitTypes;
export const TT24_AUTHORITY: Tt24AuthoritySettings = authority as Tt24AuthoritySettings;
/** The unit types as the clerk chooses them ("Loại hình đơn vị"): the template's dropdown, the reader's choices. */
export const TT24_UNIT_TYPE_LABELS: readonly string[] = TT24_UNIT_TYPES.types.map((t) => t.label);

export const TT24_TIERS: readonly Tt24Tier[] = ["cap-huyen", "cap-tinh"];
export const TT24_LEVELS: readonly Tt24LevelId[] = ["M1", "M2"];
export const TIER_LABEL: Readonly<Record<Tt24Tier, string>> = { "cap-huyen": "cấp huyện", "cap-tinh": "cấp tỉnh" };
export const LEVEL_LABEL: Readonly<Record<Tt24LevelId, string>> = { M1: "Mức độ 1", M2: "Mức độ 2" };

/** A unit as the circular sees it: what applicability (evaluate/tt24/applicability.ts) decides on. */
export interface Tt24Unit {
  /** One or more (a "Trung tâm GDNN – GDTX" is both). */
  types: Tt24UnitType[];
  /** "Công lập" in the circular's sense: a state agency or a public (service) unit. */
  public: boolean;
  /** A "tổ chức kinh tế" (business, cooperative). */
  economic: boolean;
  /** Has "Người học" in the sense of Điều 2. */
  learners: boolean;
  tier: Tt24Tier;
}

export function tt24RuleSet(tier: Tt24Tier): Tt24RuleSet {
  const r = TT24_RULE_SETS.find((x) => x.tier === tier);
  if (!r) throw new Error(`no TT 24 rule set for ${tier}`);
  return r;
}

export function unitTypeDef(id: Tt24UnitType): Tt24UnitTypeDef {
  const t = TT24_UNIT_TYPES.types.find((x) => x.id === id);
  if (!t) throw new Error(`unknown unit type ${id}`);
  return t;
}

/** What a member row says for each fact (rules/schema.ts MemberField; 2.5 is the individual title). */
const MEMBER_TEST: Record<Tt24MemberFact, MemberTest> = {
  discipline: { kind: "flag", field: "discipline" },
  training: { kind: "flag", field: "training" },
  digitalTraining: { kind: "flag", field: "digitalTraining" },
  languageCertificate: { kind: "flag", field: "languageCertificate" },
  languageLevel: { kind: "flag", field: "languageLevel" },
  emulationTitle: { kind: "titleAtLeast", min: "LDTT" },
  cdhtTitle: { kind: "flag", field: "cdhtTitle" },
};

/** What a member who does not count lacks, for the result band's reason column (the clerk's short words). */
const FAIL_REASON: Record<Tt24MemberFact, string> = {
  discipline: "chưa tuân thủ kỷ luật, nội quy",
  training: "chưa hoàn thành bồi dưỡng",
  digitalTraining: "chưa bồi dưỡng, tham gia CĐS",
  languageCertificate: "chưa có chứng chỉ ngoại ngữ / tiếng DTTS",
  languageLevel: "trình độ ngoại ngữ chưa đáp ứng",
  emulationTitle: "chưa đạt LĐTT",
  cdhtTitle: "chưa đạt CDHT",
};

/**
 * The generic view of a tier's rule set that the pipeline and the documents read (items, groups, the
 * levels): each indicator with its Mức độ 1 words and source, its Mức độ 2 threshold as a level
 * target, and the member test of its Mức độ 1 fact (2.4: the certificate). The level itself is
 * decided on the TT 24 data (evaluate/tt24), never on this view.
 */
export function tt24AsRuleSet(r: Tt24RuleSet): RuleSet {
  const items: RuleItem[] = r.indicators.map((it) => {
    const m1 = it.levels.M1;
    const m2 = it.levels.M2;
    const base: RuleItem = {
      id: it.id,
      group: it.criterion,
      text: m1.text,
      short: it.short,
      measuredOn: it.kind === "members" ? "members" : "unit",
      source: m1.source,
    };
    if (it.kind === "collectiveTitle") base.collectiveTitleAtLeast = "TTLDTT";
    if (!m1.members || !m2.members) return base;
    return {
      ...base,
      target: m1.members.percent / 100,
      levelTargets: { M2: m2.members.percent / 100 },
      test: MEMBER_TEST[m1.members.fact],
      failReason: FAIL_REASON[m1.members.fact],
      meetPhrase: m1.members.meetPhrase,
    };
  });
  return {
    id: r.id,
    framework: r.framework,
    tier: r.tier,
    version: r.version,
    model: "indicators",
    title: r.title,
    legalSource: r.legalSource,
    years: r.years,
    groups: r.criteria.map((c) => ({ id: c.id, text: c.title })),
    items,
    rating: { kind: "levels", levels: r.levels.map((l) => ({ id: l.id, label: l.label })), notReached: r.notReached, source: r.judging.source },
  };
}

/** Whether a rule set is one of Thông tư 24's tiers. */
export function isTt24(ruleSet: Pick<RuleSet, "tier">): boolean {
  return ruleSet.tier !== undefined;
}

export type {
  Tt24AuthoritySettings,
  Tt24Authority,
  Tt24DigitalLevel,
  Tt24Indicator,
  Tt24IndicatorLevel,
  Tt24Kind,
  Tt24LevelId,
  Tt24MemberFact,
  Tt24RuleSet,
  Tt24Scope,
  Tt24ScopeCondition,
  Tt24Sector,
  Tt24Tier,
  Tt24UnitType,
  Tt24UnitTypeDef,
} from "./schema";
