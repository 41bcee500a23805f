/**
 * The evaluation: model + rule set → result. Every number comes with the reason for it, and the
 * rating with what blocks the next band (a level always comes with its reasons). Thông tư 22's points
 * are computed here; Thông tư 24's indicators and levels in evaluate/tt24.
 */
import { issue } from "../messages/run";
import type { Issue } from "../messages";
import type { Model, UnitItemEntry } from "../model";
import type { EvaluationResult, GroupResult, ItemResult, MemberRef, Gap } from "../result";
import type { Preset, RuleSet } from "../rules/schema";
import { COLLECTIVE_TITLES, titleRank } from "../rules/titles";
import { isTt24, type Tt24Unit } from "../rules/tt24";
import { compareVi, formatNumberVi, formatPercentVi } from "../text/vi";
import { memberPoints, floorToStep } from "./scoring";
import { INPUT_SHEET_NAMES } from "../workbook/sheets";
import { assignEvidenceCodes } from "./evidence-codes";
import { buildMemberResults, buildTeams, memberMeets, namesLine, resultIdentity } from "./members";
import { applyOverrides } from "./overrides";
import { evaluateTt24 } from "./tt24";

export { NO_GROUP, memberMeets, missingCompetences } from "./members";

export interface EvaluateOptions {
  preset: Preset;
  year: number;
  /** Thông tư 24: the unit as the circular sees it (stage 2 decided it); required for a TT 24 rule set. */
  unit?: Tt24Unit;
}

const pts = (n: number) => formatNumberVi(n, 2);

export function evaluate(model: Model, ruleSet: RuleSet, opts: EvaluateOptions): EvaluationResult {
  if (isTt24(ruleSet)) {
    if (!opts.unit) throw new Error(`a ${ruleSet.id} evaluation needs the unit (stage 2)`);
    return evaluateTt24(model, ruleSet, { preset: opts.preset, year: opts.year, unit: opts.unit });
  }
  const issues: Issue[] = [];
  const counted = model.members.filter((m) => !m.excludedReason);
  const entries = new Map<string, UnitItemEntry>();
  for (const e of model.unitItems) if (!entries.has(e.id)) entries.set(e.id, e);
  const unitSheet = model.recognition.find((r) => r.role === "unitItems")?.sheet ?? INPUT_SHEET_NAMES.unitItems;

  const computed: ItemResult[] = ruleSet.items.map((it) => {
    const base = {
      id: it.id,
      group: it.group,
      text: it.text,
      short: it.short,
      measuredOn: it.measuredOn,
      source: it.source,
      max: it.max,
      evidence: [] as string[],
    };
    if (it.measuredOn === "members") {
      const failing: MemberRef[] = [];
      let meeting = 0;
      for (const m of counted) {
        if (memberMeets(m, it)) meeting++;
        else failing.push({ name: m.name, row: m.row, group: m.group });
      }
      const n = counted.length;
      const rate = n > 0 ? meeting / n : 0;
      const target = it.target ?? 1;
      const head = `${meeting}/${n} thành viên (${formatPercentVi(rate)}) ${it.meetPhrase ?? "đạt"}`;
      const tail = failing.length ? `; chưa đạt: ${namesLine(failing)}` : "";
      const scoring = it.scoring ?? { mode: "proportional" as const, step: 0.25 };
      const points = n > 0 ? memberPoints(scoring, it.max ?? 0, rate, target) : 0;
      const targetNote = target < 1 ? ` (chỉ tiêu ${formatPercentVi(target)})` : "";
      return {
        ...base,
        applicable: true,
        points,
        counted: n,
        meeting,
        rate,
        target,
        failing,
        mode: scoring.mode,
        origin: "computed",
        line: `${head}${targetNote} → ${pts(points)}/${pts(it.max ?? 0)} điểm${tail}`,
      };
    }
    // Unit items: the council's entry, or the collective title where the rule allows it.
    const e = entries.get(it.id);
    const evidence = e?.evidence ?? [];
    const explanation = e?.explanation;
    const titleOk =
      it.collectiveTitleAtLeast !== undefined && model.unit.collectiveTitle
        ? model.unit.collectiveTitle.rank >= titleRank(COLLECTIVE_TITLES, it.collectiveTitleAtLeast)
        : undefined;
    const proofText = evidence.length ? `; minh chứng: ${evidence.join(", ")}` : explanation ? `; giải trình: ${explanation}` : "";
    const max = it.max ?? 0;
    const step = it.scoring?.mode === "council" ? it.scoring.step : 0.25;
    if (e?.unreadable !== undefined || (e && e.points === undefined && e.met !== undefined && e.met !== null))
      issues.push(issue("BAD_POINTS", { value: e.unreadable ?? (e.met ? "Đạt" : "Không đạt") }, { sheet: unitSheet, cell: e.cells.points, itemId: it.id }));
    if (e && e.points !== undefined && e.points !== null) {
      let p = e.points;
      // A negative score (−2 typed as a number) is no score: said at its cell, never taken off the total.
      if (p < 0) {
        issues.push(issue("POINTS_BELOW_ZERO", { item: it.id, points: pts(p), max: pts(max) }, { sheet: unitSheet, cell: e.cells.points, itemId: it.id }));
        p = 0;
      }
      if (p > max) {
        issues.push(issue("POINTS_ABOVE_MAX", { item: it.id, points: pts(p), max: pts(max) }, { sheet: unitSheet, cell: e.cells.points, itemId: it.id }));
        p = max;
      }
      if (Math.abs(floorToStep(p, step) - p) > 1e-9) {
        issues.push(issue("POINTS_NOT_STEP", { item: it.id, points: pts(p), step: pts(step) }, { sheet: unitSheet, cell: e.cells.points, itemId: it.id }));
        p = floorToStep(p, step);
      }
      if (p > 0 && evidence.length === 0 && !explanation) {
        issues.push(issue("NO_PROOF", { item: it.id, points: pts(p) }, { sheet: unitSheet, cell: e.cells.points, itemId: it.id }));
        return {
          ...base,
          applicable: true,
          points: 0,
          evidence,
          explanation,
          mode: "council",
          origin: "no-proof",
          line: `Hội đồng chấm ${pts(p)}/${pts(max)} điểm nhưng không có minh chứng hay giải trình → 0/${pts(max)} điểm`,
        };
      }
      return {
        ...base,
        applicable: true,
        points: p,
        evidence,
        explanation,
        mode: "council",
        origin: "council",
        line: `Hội đồng chấm ${pts(p)}/${pts(max)} điểm${proofText}`,
      };
    }
    if (titleOk !== undefined) {
      const p = titleOk ? max : 0;
      const title = model.unit.collectiveTitle!;
      // A Bằng khen or a Giấy khen is said for what it is (rules.md §2), in the item's own line too.
      const t = title.commendation ? `"${model.unit.collectiveTitleText ?? title.label}" là hình thức khen thưởng, không phải danh hiệu thi đua` : title.label;
      return {
        ...base,
        applicable: true,
        points: p,
        evidence,
        explanation,
        mode: "collective-title",
        origin: "collective-title",
        line: `Danh hiệu tập thể: ${t} → ${pts(p)}/${pts(max)} điểm${proofText}`,
      };
    }
    issues.push(issue("UNIT_ITEM_MISSING", { item: it.id, text: it.short, sheet: unitSheet }, { itemId: it.id }));
    return {
      ...base,
      applicable: true,
      points: 0,
      evidence,
      explanation,
      mode: "council",
      origin: "missing",
      line: `Chưa được Hội đồng chấm → 0/${pts(max)} điểm`,
    };
  });

  // The council's overrides, where it decided otherwise (with a reason): applied before the totals and the rating.
  const council = applyOverrides(computed, model, ruleSet);
  const items = council.items;
  issues.push(...council.issues);

  const groups: GroupResult[] = ruleSet.groups.map((g) => {
    const its = items.filter((i) => i.group === g.id);
    return { id: g.id, text: g.text, max: g.max ?? its.reduce((s, i) => s + (i.max ?? 0), 0), points: round2(its.reduce((s, i) => s + (i.points ?? 0), 0)) };
  });

  if (ruleSet.rating.kind !== "bands") throw new Error(`${ruleSet.id}: a points rule set is rated by bands`);
  const total = round2(items.reduce((s, i) => s + (i.points ?? 0), 0));
  const maxTotal = ruleSet.items.reduce((s, i) => s + (i.max ?? 0), 0);
  const bands = [...ruleSet.rating.bands].sort((a, b) => b.min - a.min);
  const idx = bands.findIndex((b) => total + 1e-9 >= b.min);
  const rating = bands[idx].label;
  const ratingId = rating;
  const next = idx > 0 ? bands[idx - 1] : undefined;
  const openItems = items
    .filter((i) => i.applicable && (i.max ?? 0) - (i.points ?? 0) > 0)
    .map((i) => ({ id: i.id, short: i.short, open: round2((i.max ?? 0) - (i.points ?? 0)) }))
    .sort((a, b) => b.open - a.open || compareVi(a.id, b.id));
  const gap: Gap = { next: next?.label, pointsNeeded: next ? round2(next.min - total) : undefined, openItems };
  const memberItems = ruleSet.items.filter((i) => i.measuredOn === "members");
  const teams = buildTeams(model.members, memberItems);
  const memberResults = buildMemberResults(model.members, ruleSet, memberItems);

  return {
    ...resultIdentity(model, ruleSet, opts),
    items,
    groups,
    total,
    maxTotal,
    rating,
    ratingId,
    gap,
    teams,
    memberResults,
    evidenceCodes: Object.fromEntries(assignEvidenceCodes(model.evidence, ruleSet)),
    issues,
  };
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}
