/**
 * Thông tư 24/2023 as data: the two tiers' rule sets (district Điều 6–7, province Điều 12–13), the
 * unit types of Điều 2 and the authority settings. The JSON files are validated against the zod
 * schema by the tests (test/core/tt24/rules.test.ts); like rules/index.ts, this registry does not
 * import zod.
 */
import type { Tt24AuthoritySettings, Tt24LevelId, Tt24RuleSet, Tt24Tier, Tt24UnitType, Tt24UnitTypeDef, Tt24UnitTypes } from "./schema";
import capHuyen from "./tt24-2023-cap-huyen.json";
import capTinh from "./tt24-2023-cap-tinh.json";
import unitTypes from "./tt24-unit-types.json";
import authority from "./tt24-authority.json";

export const TT24_FRAMEWORK_ID = "TT24/2023";

export const TT24_RULE_SETS: readonly Tt24RuleSet[] = [capHuyen as Tt24RuleSet, capTinh as Tt24RuleSet];
export const TT24_UNIT_TYPES: Tt24UnitTypes = unitTypes as Tt24UnitTypes;
export const TT24_AUTHORITY: Tt24AuthoritySettings = authority as Tt24AuthoritySettings;

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
