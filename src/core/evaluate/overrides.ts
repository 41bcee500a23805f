/**
 * The council's overrides (docs/domain/rules.md §2: every computed value can be overridden by the council,
 * with a reason, and the override is logged). An override replaces the item's points (Thông tư 22: 0 … its
 * maximum, in steps of 0,25) or its Đạt / Chưa đạt (Thông tư 24: at every level where the indicator
 * applies, evaluate/tt24 feeds it to the level decision), says so in the item's line ("Hội đồng điều chỉnh:
 * …", which every output prints) and keeps what was computed. One that cannot be applied (no reason, an
 * unknown item, a value the item cannot take, a second override of the same item) is an error at its cell,
 * and the computed value stands.
 */
import { issue } from "../messages/run";
import type { Issue } from "../messages";
import type { Model, Override } from "../model";
import { itemValueText, type ItemResult } from "../result";
import type { RuleSet } from "../rules/schema";
import { formatNumberVi } from "../text/vi";
import { INPUT_SHEET_NAMES } from "../workbook/sheets";
import { floorToStep } from "./scoring";

const pts = (n: number) => formatNumberVi(n, 2);
const STEP = 0.25;

/** An override that can be applied: its row, and the points (TT 22) or Đạt / Không đạt (TT 24) it decides. */
export interface ValidOverride {
  row: Override;
  value: number | boolean;
}

/** The sheet the overrides were read from (for issues and the log). */
export function overridesSheet(model: Model): string {
  return model.recognition.find((r) => r.role === "overrides")?.sheet ?? INPUT_SHEET_NAMES.overrides;
}

/**
 * The overrides that can be applied, by item id, and an error at its cell for every one that cannot.
 * `item(id)` says whether the rule set has the item, its maximum, and whether it applies to the unit.
 */
export function validateOverrides(
  model: Model,
  ruleSet: RuleSet,
  item: (id: string) => { applicable: boolean; max?: number } | undefined,
): { valid: Map<string, ValidOverride>; issues: Issue[] } {
  const valid = new Map<string, ValidOverride>();
  const issues: Issue[] = [];
  const rows = model.overrides ?? [];
  if (rows.length === 0) return { valid, issues };
  const sheet = overridesSheet(model);
  const seen = new Map<string, number>();
  const known = ruleSet.items.map((i) => i.id).join(", ");
  const points = ruleSet.model === "points";
  for (const o of rows) {
    const it = o.knownId ? item(o.itemId) : undefined;
    if (!it) {
      issues.push(issue("OVERRIDE_UNKNOWN_ITEM", { value: o.itemId, ruleSet: ruleSet.legalSource.document, known }, { sheet, cell: o.cells.id }));
      continue;
    }
    const where = { sheet, itemId: o.itemId };
    const prev = seen.get(o.itemId);
    if (prev !== undefined) {
      issues.push(issue("OVERRIDE_DUPLICATE", { item: o.itemId, other: prev }, { ...where, cell: o.cells.id }));
      continue;
    }
    seen.set(o.itemId, o.row);
    const at = { ...where, cell: o.cells.value };
    if (!it.applicable) {
      issues.push(issue("OVERRIDE_NOT_APPLICABLE", { item: o.itemId }, at));
      continue;
    }
    let value: number | boolean;
    if (points) {
      const max = it.max ?? 0;
      const n = o.number;
      if (n === undefined || n < 0 || n > max || Math.abs(floorToStep(n, STEP) - n) > 1e-9) {
        const expected = `số điểm từ 0 đến ${pts(max)}, bước ${pts(STEP)}`;
        issues.push(issue("OVERRIDE_BAD_VALUE", { item: o.itemId, value: o.valueText, expected }, at));
        continue;
      }
      value = n;
    } else {
      if (o.yes === undefined) {
        issues.push(issue("OVERRIDE_BAD_VALUE", { item: o.itemId, value: o.valueText, expected: "Đạt hoặc Không đạt" }, at));
        continue;
      }
      value = o.yes;
    }
    if (!o.reason) {
      issues.push(issue("OVERRIDE_NO_REASON", { item: o.itemId, value: o.valueText }, { ...where, cell: o.cells.reason ?? o.cells.value }));
      continue;
    }
    valid.set(o.itemId, { row: o, value });
  }
  return { valid, issues };
}

/**
 * The item as the council decided it: `decided` is the item with the council's value (and whatever else
 * that value changes); `computed` what was computed before. The line opens with "Hội đồng điều chỉnh: …".
 */
export function markOverride(decided: ItemResult, computed: ItemResult, o: ValidOverride, sheet: string): { item: ItemResult; issue: Issue } {
  const before = itemValueText(computed);
  const value = itemValueText(decided);
  const reason = o.row.reason ?? "";
  const text = `Hội đồng điều chỉnh: ${value} (tính được ${before}); lý do: ${reason}`;
  const item: ItemResult = {
    ...decided,
    override: { value, computed: before, reason, text, sheet, cell: o.row.cells.value },
    line: `${text}. Trước điều chỉnh: ${computed.line}`,
  };
  return {
    item,
    issue: issue("OVERRIDE_APPLIED", { item: decided.id, text, value, computed: before }, { sheet, cell: o.row.cells.value, itemId: decided.id }),
  };
}

/** Thông tư 22: the overrides applied to the computed items, before the totals and the rating. */
export function applyOverrides(items: ItemResult[], model: Model, ruleSet: RuleSet): { items: ItemResult[]; issues: Issue[] } {
  const byId = new Map(items.map((i) => [i.id, i]));
  const { valid, issues } = validateOverrides(model, ruleSet, (id) => byId.get(id));
  if (valid.size === 0) return { items, issues };
  const sheet = overridesSheet(model);
  const out = items.map((it) => {
    const o = valid.get(it.id);
    if (!o) return it;
    const decided: ItemResult = ruleSet.model === "points" ? { ...it, points: o.value as number } : { ...it, met: o.value as boolean };
    const m = markOverride(decided, it, o, sheet);
    issues.push(m.issue);
    return m.item;
  });
  return { items: out, issues };
}
