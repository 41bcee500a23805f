import type { Issue } from "../messages";
import type { Model } from "../model";
import type { EvaluationResult } from "../result";
import type { SheetPlan } from "../plan";
import type { Preset, RuleSet } from "../rules/schema";
import { isTt24, LEVEL_LABEL } from "../rules/tt24";
import { rectA1, sheetRef } from "../grid";
import { formatDateVi, ymdToSerial } from "../text/dates";
import type { FinalizationStamp } from "../workbook/finalization";
import { printedCheck, summaryRows, type SummaryDraft, type SummaryJson, type Tt24LevelLabel } from "../workbook/summary";
import { draftNotice } from "./output";

/**
 * Stage 9: the machine-readable result (workbook/summary.ts): printed by `dvht evaluate --json`, written as
 * the DVHT_KETQUA block, hashed. `ruleSet` is undefined when nothing could be evaluated; the preset and
 * the year are known even then. Under Thông tư 24 each indicator is met or not at each level, side by
 * side, and the proposal says which level and which kind (first, upgrade, renewal, maintain).
 */
export function summarize(
  model: Model,
  ruleSet: RuleSet | undefined,
  preset: Preset,
  year: number,
  result: EvaluationResult | undefined,
  issues: Issue[],
  /** The run's today: the block's evaluatedAt. */
  today: number,
  /** The name of this run's Kiểm tra sheet, which the draft line points to. */
  kiemTra: string,
  /** The document that prints the result (Biểu điểm), when one was planned. */
  printedOn?: SheetPlan,
  /** Hoàn tất or Mở khóa (issue 12): what the block says about finalizing. */
  finalization?: FinalizationStamp,
): SummaryJson {
  const errors = issues.filter((i) => i.severity === "error").length;
  const base = {
    framework: ruleSet?.id ?? "",
    frameworkVersion: ruleSet?.version ?? "",
    preset: preset.id,
    year,
    unit: { name: model.unit.name ?? null, parentBody: model.unit.parentBody ?? null, code: model.unit.code ?? null },
    members: {
      total: model.members.length,
      counted: model.members.filter((m) => !m.excludedReason).length,
      excluded: model.members.filter((m) => m.excludedReason).length,
    },
  };
  const tail = {
    rating: result?.rating ?? null,
    issues: issues.map((i) => ({ severity: i.severity, code: i.code, sheet: i.sheet ?? null, cell: i.cell ?? null, message: i.message, fix: i.fix })),
    evaluatedAt: formatDateVi(today),
    printed: printedOn ? printedOf(printedOn) : null,
    ...(finalization ? { finalized: finalizedOf(finalization) } : {}),
    draft: errors > 0 ? draftNotice(errors, kiemTra) : null,
  };
  const t = result?.tt24;
  const s: SummaryDraft =
    ruleSet && isTt24(ruleSet) && result && t
      ? {
          ...base,
          unit: { ...base.unit, tier: t.tier, type: t.unit.labels.join(", ") },
          items: result.items.map((i) => ({
            id: i.id,
            applicable: i.applicable,
            rate: i.rate ?? null,
            met: {
              "Mức độ 1": i.levels && i.levels.M1.status !== "not-applicable" ? i.levels.M1.status === "met" : null,
              "Mức độ 2": i.levels && i.levels.M2.status !== "not-applicable" ? i.levels.M2.status === "met" : null,
            },
            override: i.override?.text ?? null,
          })),
          proposal: { level: t.proposal?.level ? (LEVEL_LABEL[t.proposal.level] as Tt24LevelLabel) : null, kind: t.proposal?.kind ?? null },
          recognition: t.proposal?.current
            ? {
                level: LEVEL_LABEL[t.proposal.current.level] as Tt24LevelLabel,
                decisionNumber: t.proposal.current.decisionNumber ?? null,
                decisionDate: formatDateVi(ymdToSerial(t.proposal.current.decisionDate)),
                validUntil: formatDateVi(ymdToSerial(t.proposal.current.validUntil)),
              }
            : null,
          ...tail,
        }
      : {
          ...base,
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
          ...tail,
        };
  const rows = summaryRows(s);
  return { ...s, contentHash: String(rows[rows.length - 1][1]) };
}

/** The printed result's range on its sheet and the hash of what it shows (workbook/summary.ts, printedCheck). */
function printedOf(plan: SheetPlan): string | null {
  const r = plan.printedResult;
  if (!r) return null;
  const cells = [];
  for (let row = r.top; row <= r.bottom; row++) {
    const line = [];
    for (let col = r.left; col <= r.right; col++) line.push(plan.values[row]?.[col] ?? null);
    cells.push(line);
  }
  return printedCheck(sheetRef(plan.name, rectA1(r)), cells);
}

function finalizedOf(f: FinalizationStamp): NonNullable<SummaryJson["finalized"]> {
  return f.kind === "finalized" ? { at: formatDateVi(f.at), count: f.count, tool: f.tool, hash: f.hash } : { at: formatDateVi(f.at), changed: true };
}
