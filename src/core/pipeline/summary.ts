import type { Issue } from "../messages";
import type { Model } from "../model";
import type { EvaluationResult } from "../result";
import type { Preset, RuleSet } from "../rules/schema";
import { summaryRows, type SummaryJson } from "../workbook/summary";
import { draftNotice } from "./output";

/**
 * Stage 9: the machine-readable result (workbook/summary.ts): printed by `dvht evaluate --json`, written as
 * the DVHT_KETQUA block, hashed. `ruleSet` is undefined when nothing could be evaluated; the preset and
 * the year are known even then.
 */
export function summarize(
  model: Model,
  ruleSet: RuleSet | undefined,
  preset: Preset,
  year: number,
  result: EvaluationResult | undefined,
  issues: Issue[],
  /** The name of this run's Kiểm tra sheet, which the draft line points to. */
  kiemTra: string,
): SummaryJson {
  const errors = issues.filter((i) => i.severity === "error").length;
  const s: Omit<SummaryJson, "contentHash"> = {
    framework: ruleSet?.id ?? "",
    frameworkVersion: ruleSet?.version ?? "",
    provisional: ruleSet?.provisional === true,
    preset: preset.id,
    year,
    unit: { name: model.unit.name ?? null, parentBody: model.unit.parentBody ?? null, code: model.unit.code ?? null },
    members: {
      total: model.members.length,
      counted: model.members.filter((m) => !m.excludedReason).length,
      excluded: model.members.filter((m) => m.excludedReason).length,
    },
    items: (result?.items ?? []).map((i) => ({
      id: i.id,
      group: i.group,
      max: i.max ?? null,
      points: i.points ?? null,
      met: i.met ?? null,
      rate: i.rate ?? null,
      counted: i.counted ?? null,
      meeting: i.meeting ?? null,
      override: i.override?.text ?? null,
    })),
    total: result?.total ?? null,
    maxTotal: result?.maxTotal ?? null,
    rating: result?.rating ?? null,
    issues: issues.map((i) => ({ severity: i.severity, code: i.code, sheet: i.sheet ?? null, cell: i.cell ?? null, message: i.message, fix: i.fix })),
    draft: errors > 0 ? draftNotice(errors, kiemTra) : null,
  };
  const rows = summaryRows(s);
  return { ...s, contentHash: String(rows[rows.length - 1][1]) };
}
