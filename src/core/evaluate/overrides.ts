/**
 * The council's overrides applied to the computed items (docs/domain/rules.md §2: every computed value can
 * be overridden by the council, with a reason, and the override is logged). An override replaces the
 * item's points (Thông tư 22: 0 … its maximum, in steps of 0,25) or its Đạt / Chưa đạt (Thông tư 24), says
 * so in the item's line ("Hội đồng điều chỉnh: …", which every output prints) and keeps what was computed.
 * One that cannot be applied (no reason, an unknown item, a value the item cannot take, a second override
 * of the same item) is an error at its cell, and the computed value stands.
 */
import { issue, type Issue } from "../messages";
import type { Model, Override } from "../model";
import { itemValueText, type ItemResult } from "../result";
import type { RuleSet } from "../rules/schema";
import { formatNumberVi } from "../text/vi";
import { INPUT_SHEET_NAMES } from "../workbook/sheets";
import { floorToStep } from "./scoring";

const pts = (n: number) => formatNumberVi(n, 2);
const STEP = 0.25;

export function applyOverrides(items: ItemResult[], model: Model, ruleSet: RuleSet): { items: ItemResult[]; issues: Issue[] } {
  const rows = model.overrides ?? [];
  if (rows.length === 0) return { items, issues: [] };
  const sheet = model.recognition.find((r) => r.role === "overrides")?.sheet ?? INPUT_SHEET_NAMES.overrides;
  const issues: Issue[] = [];
  const byId = new Map(items.map((i) => [i.id, i]));
  const seen = new Map<string, number>();
  const out = new Map<string, ItemResult>();
  const known = ruleSet.items.map((i) => i.id).join(", ");
  for (const o of rows) {
    const it = o.knownId ? byId.get(o.itemId) : undefined;
    if (!it) {
      issues.push(issue("OVERRIDE_UNKNOWN_ITEM", { value: o.itemId, ruleSet: ruleSet.legalSource.document, known }, { sheet, cell: o.cells.id }));
      continue;
    }
    const prev = seen.get(it.id);
    if (prev !== undefined) {
      issues.push(issue("OVERRIDE_DUPLICATE", { item: it.id, other: prev }, { sheet, cell: o.cells.id, itemId: it.id }));
      continue;
    }
    seen.set(it.id, o.row);
    const applied = decide(it, o, ruleSet.model === "points");
    if ("problem" in applied) {
      issues.push({ ...applied.problem, sheet, itemId: it.id });
      continue;
    }
    if (!o.reason) {
      issues.push(issue("OVERRIDE_NO_REASON", { item: it.id, value: o.valueText }, { sheet, cell: o.cells.reason ?? o.cells.value, itemId: it.id }));
      continue;
    }
    const computed = itemValueText(it);
    const next: ItemResult = { ...it, ...applied.value };
    const value = itemValueText(next);
    const text = `Hội đồng điều chỉnh: ${value} (tính được ${computed}); lý do: ${o.reason}`;
    next.override = { value, computed, reason: o.reason, text, sheet, cell: o.cells.value };
    next.line = `${text}. Trước điều chỉnh: ${it.line}`;
    out.set(it.id, next);
    issues.push(issue("OVERRIDE_APPLIED", { item: it.id, text, value, computed }, { sheet, cell: o.cells.value, itemId: it.id }));
  }
  return { items: items.map((i) => out.get(i.id) ?? i), issues };
}

function decide(it: ItemResult, o: Override, points: boolean): { value: Partial<ItemResult> } | { problem: Issue } {
  const at = { cell: o.cells.value };
  if (!it.applicable) return { problem: issue("OVERRIDE_NOT_APPLICABLE", { item: it.id }, at) };
  if (points) {
    const max = it.max ?? 0;
    const n = o.number;
    if (n === undefined || n < 0 || n > max || Math.abs(floorToStep(n, STEP) - n) > 1e-9) {
      const expected = `số điểm từ 0 đến ${pts(max)}, bước ${pts(STEP)}`;
      return { problem: issue("OVERRIDE_BAD_VALUE", { item: it.id, value: o.valueText, expected }, at) };
    }
    return { value: { points: n } };
  }
  if (o.yes === undefined) return { problem: issue("OVERRIDE_BAD_VALUE", { item: it.id, value: o.valueText, expected: "Đạt hoặc Không đạt" }, at) };
  return { value: { met: o.yes } };
}
