/**
 * The registry of rule sets and presets. The bundled JSON files are checked against the zod schema by
 * validateRuleSets (rules/validate), which the command line calls at start-up and the test suite calls;
 * the registry itself does not import zod, so the ribbon's function file stays small.
 */
import type { Preset, RuleSet } from "./schema";
import tt22 from "./tt22-2020.json";
import toanQuoc from "./presets/toan-quoc.json";
import haNoi from "./presets/ha-noi.json";
import { fold } from "../text/vi";
import { TT24_RULE_SETS, tt24AsRuleSet } from "./tt24";

/** Thông tư 22/2020, then Thông tư 24/2023's two tiers (cấp huyện first: the default when no tier is known). */
export const RULE_SETS: RuleSet[] = [tt22 as RuleSet, ...TT24_RULE_SETS.map(tt24AsRuleSet)];
export const PRESETS: Preset[] = [toanQuoc as Preset, haNoi as Preset];
export const DEFAULT_PRESET_ID = "toan-quoc";

/** The framework a rule set belongs to: "TT22/2020", "TT24/2023". */
export function frameworkOf(ruleSet: Pick<RuleSet, "id" | "framework">): string {
  return ruleSet.framework ?? ruleSet.id;
}

/** The frameworks a clerk chooses from (the tier of TT 24 comes from the unit, rules.md §3). */
export const FRAMEWORKS: string[] = [...new Set(RULE_SETS.map(frameworkOf))];

/** A rule set by its id, or by its framework ("TT24/2023": the first tier, cấp huyện). */
export function getRuleSet(id: string): RuleSet | undefined {
  const f = fold(id);
  return RULE_SETS.find((r) => fold(r.id) === f) ?? RULE_SETS.find((r) => fold(frameworkOf(r)) === f);
}

/** The rule set of a framework for a tier (TT 24); the framework's first rule set otherwise. */
export function ruleSetFor(framework: RuleSet, tier: RuleSet["tier"]): RuleSet {
  const f = frameworkOf(framework);
  return RULE_SETS.find((r) => frameworkOf(r) === f && r.tier === tier) ?? framework;
}

/** Default framework by assessment year (docs/domain/rules.md §1): ≤ 2023 → TT 22, ≥ 2024 → TT 24. */
export function ruleSetForYear(year: number): RuleSet {
  const hit = RULE_SETS.find((r) => (r.years.from ?? -Infinity) <= year && year <= (r.years.to ?? Infinity));
  return hit ?? RULE_SETS[0];
}

export function findPreset(nameOrId: string): Preset | undefined {
  const f = fold(nameOrId);
  return PRESETS.find((p) => fold(p.id) === f || p.aliases.some((a) => fold(a) === f));
}

/** The rule set with a preset's targets applied (a new object; the registry is never mutated). */
export function applyPreset(ruleSet: RuleSet, preset: Preset): RuleSet {
  return {
    ...ruleSet,
    items: ruleSet.items.map((it) => {
      const o = preset.items[it.id];
      return o ? { ...it, ...(o.target !== undefined ? { target: o.target } : {}), ...(o.scoring ? { scoring: o.scoring } : {}) } : it;
    }),
  };
}

export type { RuleSet, RuleItem, Preset, MemberTest, Scoring } from "./schema";
