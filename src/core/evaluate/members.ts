/**
 * Members against member items, the same under both frameworks: whether a member meets an item, the
 * reason a member does not (the result band's column), the tổ summaries and the per-member results.
 */
import type { Member, Model } from "../model";
import type { EvaluationResult, MemberRef, MemberResult, TeamResult } from "../result";
import type { Preset, RuleItem, RuleSet } from "../rules/schema";
import { INDIVIDUAL_TITLES, titleRank } from "../rules/titles";
import { compareVi, compareViName } from "../text/vi";

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

export function failReason(m: Member, it: RuleItem): string {
  if (it.test?.kind === "competences") {
    const miss = missingCompetences(m, it.test.count);
    if (m.competences || miss.length < it.test.count) return `chưa đạt NL ${miss.join(", ")}`;
    return "chưa đáp ứng NL, PC CDHT";
  }
  return it.failReason ?? `chưa đạt ${it.id}`;
}

/** "Lê Văn A (dòng 6), … và 3 người khác". */
export function namesLine(failing: MemberRef[]): string {
  const shown = failing.slice(0, MAX_NAMES_IN_LINE).map((f) => `${f.name} (dòng ${f.row})`);
  const more = failing.length - shown.length;
  return shown.join(", ") + (more > 0 ? ` và ${more} người khác` : "");
}

/** Each tổ's counts on each member item, failing members sorted by name; "Chưa phân tổ" last. */
export function buildTeams(members: Member[], memberItems: RuleItem[]): TeamResult[] {
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

/** Per member: each member item met or not, "Đạt CDHT", and the reasons (the result band's last column). */
export function buildMemberResults(members: Member[], ruleSet: RuleSet, memberItems: RuleItem[]): MemberResult[] {
  const competenceItem = ruleSet.items.find((i) => i.test?.kind === "competences");
  return members.map((m) => {
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
}

/**
 * What every result opens with, whatever the framework: the rule set, the preset, the year, the unit as
 * the reader found it, and the members counted and set aside (with their reasons).
 */
export function resultIdentity(
  model: Model,
  ruleSet: RuleSet,
  opts: { preset: Preset; year: number },
): Pick<EvaluationResult, "ruleSet" | "preset" | "year" | "unit" | "members"> {
  const excluded = model.members.filter((m) => m.excludedReason);
  return {
    ruleSet: { id: ruleSet.id, version: ruleSet.version, title: ruleSet.title, document: ruleSet.legalSource.document, model: ruleSet.model },
    preset: { id: opts.preset.id, label: opts.preset.label, source: opts.preset.source },
    year: opts.year,
    unit: { name: model.unit.name, parentBody: model.unit.parentBody, code: model.unit.code, place: model.unit.place },
    members: {
      total: model.members.length,
      counted: model.members.length - excluded.length,
      excluded: excluded.map((m) => ({ name: m.name, row: m.row, group: m.group })),
      excludedReasons: Object.fromEntries(excluded.map((m) => [m.row, m.excludedReason!])),
    },
  };
}
