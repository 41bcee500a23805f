/**
 * Whether an indicator (and each clause of it) applies to a unit, from the scope words the rule
 * set carries as data (Điều 9 has no general rule: applicability comes only from the words inside
 * an indicator; tt24-2023.md, "applies to"). A not-applicable indicator is listed as "Không áp
 * dụng" with the data's reason and is not counted against the unit (rules.md §3).
 */
import type { Tt24Indicator, Tt24LevelId, Tt24RuleSet, Tt24Scope, Tt24ScopeCondition } from "../../rules/schema";
import { TT24_LEVELS, unitTypeDef, type Tt24Unit } from "../../rules/tt24";

export type Applicability = { applies: true } | { applies: false; reason: string };

export interface IndicatorApplicability {
  /** The indicator as a whole. */
  indicator: Applicability;
  /** 3.1's learners clause; null when the indicator has none. */
  learners: Applicability | null;
  /** Whether the extra sentence (1.2, 3.2: public preschools) binds this unit; false when there is none. */
  extra: boolean;
}

export function conditionHolds(c: Tt24ScopeCondition, unit: Tt24Unit): boolean {
  const { types, sectors } = c;
  if (types && !unit.types.some((t) => types.includes(t))) return false;
  if (sectors && !unit.types.some((t) => sectors.includes(unitTypeDef(t).sector))) return false;
  if (c.public !== undefined && c.public !== unit.public) return false;
  if (c.economic !== undefined && c.economic !== unit.economic) return false;
  if (c.learners !== undefined && c.learners !== unit.learners) return false;
  if (c.tiers && !c.tiers.includes(unit.tier)) return false;
  return true;
}

export function scopeApplies(scope: Tt24Scope | undefined, unit: Tt24Unit): Applicability {
  if (!scope) return { applies: true };
  const inside = (scope.anyOf ?? [{}]).some((c) => conditionHolds(c, unit)) && !(scope.noneOf ?? []).some((c) => conditionHolds(c, unit));
  return inside ? { applies: true } : { applies: false, reason: scope.reason };
}

export function indicatorApplicability(indicator: Tt24Indicator, level: Tt24LevelId, unit: Tt24Unit): IndicatorApplicability {
  const l = indicator.levels[level];
  const whole = scopeApplies(l.scope, unit);
  return {
    indicator: whole,
    learners: l.learners ? (whole.applies ? scopeApplies(l.learners.scope, unit) : whole) : null,
    extra: whole.applies && l.extra !== undefined && scopeApplies(l.extra.scope, unit).applies,
  };
}

export interface ApplicabilityRow {
  id: string;
  levels: Record<Tt24LevelId, IndicatorApplicability>;
}

/** Every indicator of a rule set at both levels, for a unit of that rule set's tier. */
export function applicabilityOf(ruleSet: Tt24RuleSet, unit: Tt24Unit): ApplicabilityRow[] {
  if (unit.tier !== ruleSet.tier) throw new Error(`a ${unit.tier} unit is judged by the ${unit.tier} rule set, not ${ruleSet.id}`);
  return ruleSet.indicators.map((it) => ({
    id: it.id,
    levels: Object.fromEntries(TT24_LEVELS.map((lv) => [lv, indicatorApplicability(it, lv, unit)])) as Record<Tt24LevelId, IndicatorApplicability>,
  }));
}
