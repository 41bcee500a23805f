/**
 * The evaluation: model + rule set → result. Every number comes with the reason for it, and the
 * rating with what blocks the next band (a level always comes with its reasons).
 */
import { issue, type Issue } from "../messages";
import type { Member, Model, UnitItemEntry } from "../model";
import type { EvaluationResult, GroupResult, ItemResult, MemberRef, MemberResult, TeamResult, Gap } from "../result";
import type { Preset, RuleItem, RuleSet } from "../rules/schema";
import { INDIVIDUAL_TITLES, COLLECTIVE_TITLES, titleRank } from "../rules/titles";
import { compareVi, compareViName, formatNumberVi, formatPercentVi } from "../text/vi";
import { memberPoints, floorToStep } from "./scoring";
import { INPUT_SHEET_NAMES } from "../workbook/sheets";
import { assignEvidenceCodes } from "./evidence-codes";
import { applyOverrides } from "./overrides";

export interface EvaluateOptions {
  preset: Preset;
  year: number;
}

export const NO_GROUP = "Chưa phân tổ";
const MAX_NAMES_IN_LINE = 5;

/** Whether a member meets a member item (false when the rule has no member test). */
export function memberMeets(m: Member, it: RuleItem): boolean {
  const t = it.test;
  if (!t) return false;
  switch (t.kind) {
    case "flag":
      return m.fields[t.field] === true;
    case "titleAtLeast":
      return m.title !== null && m.title.rank >= titleRank(INDIVIDUAL_TITLES, t.min);
    case "competences":
      // The common case without allocating: all eight recorded and all met.
      if (m.competences) return m.competences.length >= t.count && m.competences.every((v) => v === true);
      return missingCompetences(m, t.count).length === 0;
  }
}

/**
 * Competence numbers (1-based) a member lacks. With the 8 columns: each "no". With the one
 * column: all or nothing, and the "Cam kết học tập suốt đời" column, when present, stands for
 * competence 2 (docs/domain/workbook.md).
 */
export function missingCompetences(m: Member, count: number): number[] {
  if (m.competences) return m.competences.map((v, i) => (v === true ? 0 : i + 1)).filter((n) => n > 0);
  const missing: number[] = [];
  if (m.competencesAll !== true) missing.push(...Array.from({ length: count }, (_, i) => i + 1));
  if (m.fields.commitment === false && !missing.includes(2)) missing.push(2);
  return missing.sort((a, b) => a - b);
}

function failReason(m: Member, it: RuleItem): string {
  if (it.test?.kind === "competences") {
    const miss = missingCompetences(m, it.test.count);
    if (m.competences || miss.length < it.test.count) return `chưa đạt NL ${miss.join(", ")}`;
    return "chưa đáp ứng NL, PC CDHT";
  }
  return it.failReason ?? `chưa đạt ${it.id}`;
}

function namesLine(failing: MemberRef[]): string {
  const shown = failing.slice(0, MAX_NAMES_IN_LINE).map((f) => `${f.name} (dòng ${f.row})`);
  const more = failing.length - shown.length;
  return shown.join(", ") + (more > 0 ? ` và ${more} người khác` : "");
}

const pts = (n: number) => formatNumberVi(n, 2);

function applies(it: RuleItem, model: Model): boolean {
  if (!it.appliesTo || model.unit.unitTypes.length === 0) return true;
  return it.appliesTo.some((t) => model.unit.unitTypes.includes(t));
}

export function evaluate(model: Model, ruleSet: RuleSet, opts: EvaluateOptions): EvaluationResult {
  const issues: Issue[] = [];
  const counted = model.members.filter((m) => !m.excludedReason);
  const excluded = model.members.filter((m) => m.excludedReason);
  const isPoints = ruleSet.model === "points";
  const entries = new Map<string, UnitItemEntry>();
  for (const e of model.unitItems) if (!entries.has(e.id)) entries.set(e.id, e);
  const unitSheet = model.recognition.find((r) => r.role === "unitItems")?.sheet ?? INPUT_SHEET_NAMES.unitItems;
  const levels = ruleSet.rating.kind === "levels" ? ruleSet.rating.levels : [];

  const computed: ItemResult[] = ruleSet.items.map((it) => {
    const base = {
      id: it.id,
      group: it.group,
      text: it.text,
      short: it.short,
      measuredOn: it.measuredOn,
      source: it.source,
      provisional: it.provisional,
      max: it.max,
      evidence: [] as string[],
    };
    if (!applies(it, model)) {
      return {
        ...base,
        applicable: false,
        met: null,
        mode: "not-applicable",
        origin: "computed",
        line: `Không áp dụng cho loại hình đơn vị này.`,
      } as ItemResult;
    }
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
      if (isPoints) {
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
      const met = n > 0 && rate + 1e-9 >= target;
      return {
        ...base,
        applicable: true,
        met,
        counted: n,
        meeting,
        rate,
        target,
        failing,
        mode: "indicator",
        origin: "computed",
        line: `${head} (yêu cầu ≥ ${formatPercentVi(target)}) → ${met ? "Đạt" : "Chưa đạt"}${tail}`,
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
    if (isPoints) {
      const max = it.max ?? 0;
      const step = it.scoring?.mode === "council" ? it.scoring.step : 0.25;
      if (e && e.points !== undefined && e.points !== null) {
        let p = e.points;
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
        const t = model.unit.collectiveTitle!.label;
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
    }
    // Indicators: met / not met / not applicable as entered; the collective title decides 3.3.
    if (e?.notApplicable)
      return {
        ...base,
        applicable: false,
        met: null,
        evidence,
        explanation,
        mode: "not-applicable",
        origin: "council",
        line: "Hội đồng xác định: không áp dụng.",
      };
    let met: boolean | undefined = e?.met ?? (e?.points !== undefined && e?.points !== null ? e.points > 0 : undefined);
    let origin: ItemResult["origin"] = "council";
    if (met === undefined && titleOk !== undefined) {
      met = titleOk;
      origin = "collective-title";
    }
    if (met === undefined) {
      issues.push(issue("UNIT_ITEM_MISSING", { item: it.id, text: it.short, sheet: unitSheet }, { itemId: it.id }));
      return { ...base, applicable: true, met: false, evidence, explanation, mode: "indicator", origin: "missing", line: "Chưa được đánh giá → Chưa đạt" };
    }
    if (met && origin === "council" && evidence.length === 0 && !explanation) {
      issues.push(issue("NO_PROOF", { item: it.id, points: "Đạt" }, { sheet: unitSheet, cell: e?.cells.points, itemId: it.id }));
      return {
        ...base,
        applicable: true,
        met: false,
        evidence,
        explanation,
        mode: "indicator",
        origin: "no-proof",
        line: "Ghi Đạt nhưng không có minh chứng hay giải trình → Chưa đạt",
      };
    }
    return { ...base, applicable: true, met, evidence, explanation, mode: "indicator", origin, line: `${met ? "Đạt" : "Chưa đạt"}${proofText}` };
  });

  // The council's overrides, where it decided otherwise (with a reason): applied before the totals and the rating.
  const council = applyOverrides(computed, model, ruleSet);
  const items = council.items;
  issues.push(...council.issues);

  const groups: GroupResult[] = ruleSet.groups.map((g) => {
    const its = items.filter((i) => i.group === g.id);
    return isPoints
      ? { id: g.id, text: g.text, max: g.max ?? its.reduce((s, i) => s + (i.max ?? 0), 0), points: round2(its.reduce((s, i) => s + (i.points ?? 0), 0)) }
      : { id: g.id, text: g.text, metCount: its.filter((i) => i.met === true).length, applicableCount: its.filter((i) => i.applicable).length };
  });

  let total: number | undefined;
  let maxTotal: number | undefined;
  let rating: string;
  let ratingId: string;
  let gap: Gap;
  if (ruleSet.rating.kind === "bands") {
    total = round2(items.reduce((s, i) => s + (i.points ?? 0), 0));
    maxTotal = ruleSet.items.reduce((s, i) => s + (i.max ?? 0), 0);
    const bands = [...ruleSet.rating.bands].sort((a, b) => b.min - a.min);
    const idx = bands.findIndex((b) => total! + 1e-9 >= b.min);
    rating = bands[idx].label;
    ratingId = rating;
    const next = idx > 0 ? bands[idx - 1] : undefined;
    const openItems = items
      .filter((i) => i.applicable && (i.max ?? 0) - (i.points ?? 0) > 0)
      .map((i) => ({ id: i.id, short: i.short, open: round2((i.max ?? 0) - (i.points ?? 0)) }))
      .sort((a, b) => b.open - a.open || compareVi(a.id, b.id));
    gap = { next: next?.label, pointsNeeded: next ? round2(next.min - total) : undefined, openItems };
  } else {
    // The highest level at which every applicable indicator is met at that level's target.
    const metAt = (levelId: string) =>
      items
        .filter((i) => i.applicable)
        .map((i) => {
          // A unit indicator, or one the council overrode: met as decided, at every level.
          if (i.measuredOn !== "members" || i.override) return { i, ok: i.met === true };
          const it = ruleSet.items.find((r) => r.id === i.id)!;
          const target = it.levelTargets?.[levelId] ?? it.target ?? 1;
          return { i, ok: (i.counted ?? 0) > 0 && (i.rate ?? 0) + 1e-9 >= target, target };
        });
    let reached = -1;
    for (let k = 0; k < levels.length; k++) if (metAt(levels[k].id).every((x) => x.ok)) reached = k;
    rating = reached >= 0 ? levels[reached].label : ruleSet.rating.notReached;
    ratingId = reached >= 0 ? levels[reached].id : "none";
    const nextLevel = levels[reached + 1];
    const blocking = nextLevel
      ? metAt(nextLevel.id)
          .filter((x) => !x.ok)
          .map((x) => ({
            id: x.i.id,
            short: x.i.short,
            why: x.i.override
              ? x.i.override.text
              : x.i.measuredOn === "members"
                ? `${formatPercentVi(x.i.rate ?? 0)} < ${formatPercentVi(x.target ?? 1)}`
                : "chưa đạt",
          }))
      : [];
    gap = { next: nextLevel?.label, openItems: [], blocking };
  }

  const memberItems = ruleSet.items.filter((i) => i.measuredOn === "members" && items.find((r) => r.id === i.id)?.applicable);
  const teams = buildTeams(model.members, memberItems);
  const competenceItem = ruleSet.items.find((i) => i.test?.kind === "competences");
  const memberResults: MemberResult[] = model.members.map((m) => {
    const res: Record<string, boolean> = {};
    const reasons: string[] = [];
    for (const it of memberItems) {
      const ok = memberMeets(m, it);
      res[it.id] = ok;
      if (!ok) reasons.push(failReason(m, it));
    }
    const cdht = competenceItem ? memberMeets(m, competenceItem) : m.fields.cdhtTitle === true;
    return { row: m.row, name: m.name, group: m.group, excluded: m.excludedReason, items: res, cdht, reasons: m.excludedReason ? "" : reasons.join("; ") };
  });

  return {
    ruleSet: {
      id: ruleSet.id,
      version: ruleSet.version,
      title: ruleSet.title,
      document: ruleSet.legalSource.document,
      model: ruleSet.model,
      provisional: ruleSet.provisional === true,
      provisionalNote: ruleSet.provisionalNote,
    },
    preset: { id: opts.preset.id, label: opts.preset.label, source: opts.preset.source },
    year: opts.year,
    unit: { name: model.unit.name, parentBody: model.unit.parentBody, code: model.unit.code, place: model.unit.place },
    members: {
      total: model.members.length,
      counted: counted.length,
      excluded: excluded.map((m) => ({ name: m.name, row: m.row, group: m.group })),
      excludedReasons: Object.fromEntries(excluded.map((m) => [m.row, m.excludedReason!])),
    },
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

function buildTeams(members: Member[], memberItems: RuleItem[]): TeamResult[] {
  const byName = new Map<string, Member[]>();
  for (const m of members) {
    const k = m.group ?? NO_GROUP;
    if (!byName.has(k)) byName.set(k, []);
    byName.get(k)!.push(m);
  }
  const names = [...byName.keys()].sort((a, b) => (a === NO_GROUP ? 1 : b === NO_GROUP ? -1 : compareVi(a, b)));
  return names.map((name) => {
    const ms = byName.get(name)!;
    const counted = ms.filter((m) => !m.excludedReason);
    return {
      name,
      members: ms.length,
      counted: counted.length,
      items: memberItems.map((it) => {
        const failing = counted
          .filter((m) => !memberMeets(m, it))
          .map((m) => ({ name: m.name, row: m.row, group: m.group }))
          .sort((a, b) => compareViName(a.name, b.name));
        const meeting = counted.length - failing.length;
        return { id: it.id, counted: counted.length, meeting, rate: counted.length ? meeting / counted.length : 0, failing };
      }),
    };
  });
}
