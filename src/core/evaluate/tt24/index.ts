/**
 * Thông tư 24/2023's evaluation, from the model: the facts the level decision works on (members
 * counted per fact, the learners, each unit indicator's entry and evidence, the collective title, the
 * digital-transformation level, the accreditation), the decision (level.ts), what the unit proposes
 * given its current recognition (recognition.ts), who receives and decides (rules/tt24-authority.ts),
 * and the result every output reads: each indicator at Mức độ 1 and Mức độ 2 side by side, the level
 * the unit may propose with its reasons and the gap to the next one, in the clerk's terms.
 *
 * Under TT 24 every message speaks of indicators met or not met, never of points.
 */
import { issue } from "../../messages/run";
import type { Issue } from "../../messages";
import type { Model, UnitItemEntry } from "../../model";
import type { EvaluationResult, GroupResult, ItemResult, Tt24Level, Tt24LevelResult, Tt24Result } from "../../result";
import type { Preset, RuleSet, Tt24LevelId, Tt24MemberFact } from "../../rules/schema";
import { LEVEL_LABEL, TIER_LABEL, tt24RuleSet, unitTypeDef, type Tt24Unit } from "../../rules/tt24";
import { tt24Authority, tt24Calendar } from "../../rules/tt24-authority";
import { INDIVIDUAL_TITLES, titleRank } from "../../rules/titles";
import { INPUT_SHEET_NAMES } from "../../workbook/sheets";
import { infoLabel, type InfoField } from "../../workbook/info-keys";
import { assignEvidenceCodes } from "../evidence-codes";
import { buildMemberResults, buildTeams, memberMeets, resultIdentity } from "../members";
import { decideTt24Level, type IndicatorOutcome, type LevelOutcome, type Tt24Decision } from "./level";
import { markOverride, overridesSheet, validateOverrides } from "../overrides";
import { proposeTt24Recognition } from "./recognition";
import { tallyMembers, type Tt24Facts, type Tt24MemberRow, type UnitEntry, type UnitIndicatorFact } from "./facts";

export interface Tt24EvaluateOptions {
  preset: Preset;
  year: number;
  unit: Tt24Unit;
}

/** The members-sheet column of each fact (read/headers.ts field names; 2.5 is the title column). */
const FACT_COLUMN: Record<Tt24MemberFact, string> = {
  discipline: "discipline",
  training: "training",
  digitalTraining: "digitalTraining",
  languageCertificate: "languageCertificate",
  languageLevel: "languageLevel",
  emulationTitle: "title",
  cdhtTitle: "cdhtTitle",
};

/** The "Thông tin" key a derived indicator can also be decided by, for the clerk's "what to do". */
const DERIVED_FROM: Partial<Record<string, InfoField>> = { collectiveTitle: "collectiveTitle", digitalLevel: "digitalLevel", accreditation: "accreditation" };

export function evaluateTt24(model: Model, ruleSet: RuleSet, opts: Tt24EvaluateOptions): EvaluationResult {
  const { unit } = opts;
  const tt24 = tt24RuleSet(unit.tier);
  if (ruleSet.tier !== unit.tier) throw new Error(`a ${unit.tier} unit is evaluated on its own tier, not ${ruleSet.id}`);
  const issues: Issue[] = [];
  const infoSheet = model.unit.sheet ?? INPUT_SHEET_NAMES.unitInfo;
  const unitSheet = model.recognition.find((r) => r.role === "unitItems")?.sheet ?? INPUT_SHEET_NAMES.unitItems;
  const evidenceCodes = Object.fromEntries(assignEvidenceCodes(model.evidence, ruleSet));

  // The facts.
  const entries = new Map<string, UnitItemEntry>();
  for (const e of model.unitItems) if (!entries.has(e.id)) entries.set(e.id, e);
  const learners = learnerCount(model, unit, infoSheet, issues);
  const facts: Tt24Facts = {
    members: memberCounts(model),
    learners,
    entries: Object.fromEntries(tt24.indicators.map((i) => [i.id, unitFact(model, i.id, entries.get(i.id), evidenceCodes, unitSheet, issues)])),
    collectiveTitle: model.unit.collectiveTitle ? { code: model.unit.collectiveTitle.code, label: model.unit.collectiveTitle.label } : null,
    digitalLevel: model.unit.tt24.digitalLevel ?? null,
    accreditation: model.unit.tt24.accreditation ?? null,
  };
  const computed = decideTt24Level(unit, facts, tt24);
  // The council's overrides (rules.md §2), checked against the indicators as computed, then decided with.
  const council = validateOverrides(model, ruleSet, (id) => {
    const o = computed.indicators.find((i) => i.id === id);
    return o && { applicable: o.levels.M1.status !== "not-applicable" || o.levels.M2.status !== "not-applicable" };
  });
  issues.push(...council.issues);
  const overrides = Object.fromEntries([...council.valid].map(([id, o]) => [id, o.value === true]));
  const decision = council.valid.size > 0 ? decideTt24Level(unit, { ...facts, overrides }, tt24) : computed;
  issues.push(...decisionIssues(decision, entries, unitSheet, unit));

  // What the unit proposes, on the dossier date (Điều 5 / 11).
  const u = model.unit.tt24;
  const current = u.current.level ? { level: u.current.level, decisionNumber: u.current.decisionNumber, decisionDate: u.current.decisionDate ?? null } : null;
  const proposed = proposeTt24Recognition({ assessmentYear: opts.year, achieved: decision.level, current, dossierDate: u.dossierDate ?? null });
  const cell = (f: InfoField) => ({ sheet: infoSheet, cell: model.unit.cells[f] });
  let proposal: Tt24Result["proposal"] = null;
  if (!proposed.ok)
    issues.push(issue(proposed.code, proposed.params, cell(proposed.code === "TT24_RECOGNITION_DATE_MISSING" ? "currentLevel" : "currentDate")));
  else {
    for (const w of proposed.warnings) issues.push(issue(w.code, w.params, cell("dossierDate")));
    proposal = {
      level: proposed.level,
      kind: proposed.kind,
      dossier: proposed.dossier,
      dossierDate: proposed.dossierDate,
      lines: proposed.lines,
      upgradePossibleFrom: proposed.upgradePossibleFrom,
      current: proposed.current
        ? {
            level: proposed.current.level,
            ...(proposed.current.decisionNumber ? { decisionNumber: proposed.current.decisionNumber } : {}),
            decisionDate: proposed.current.decisionDate,
            validUntil: proposed.current.validUntil,
            validOnDossierDate: proposed.current.validOnDossierDate,
          }
        : null,
    };
  }

  // Who receives the dossier and who decides, on its date: the clerk's words over the defaults.
  const dossierDate = proposal?.dossierDate ?? tt24Calendar(opts.year).defaultDossierDate;
  const auth = tt24Authority(unit.tier, dossierDate, { recipient: model.unit.recipient, approver: u.approver });
  if (!auth.confirmed && auth.fromClerk.length < 2)
    issues.push(issue("TT24_AUTHORITY_DEFAULT", { recipient: auth.recipient, approver: auth.approver, note: auth.note }, { sheet: infoSheet }));

  // The level it may propose: the one reached, except an upgrade to Mức độ 2 within 12 months of the
  // Mức độ 1 decision, which waits (rules.md §3: "it proposes Mức độ 1 and says why").
  const mayPropose: Tt24LevelId | null = proposal?.upgradePossibleFrom ? "M1" : decision.level;
  const judged: Tt24Level = mayPropose ?? "M1";
  const item = (o: IndicatorOutcome) => itemResult(o, ruleSet, judged, model, entries.get(o.id), facts);
  const items = decision.indicators.map((o) => {
    const v = council.valid.get(o.id);
    if (!v) return item(o);
    const m = markOverride(item(o), item(computed.indicators.find((c) => c.id === o.id)!), v, overridesSheet(model));
    issues.push(m.issue);
    return m.item;
  });
  const groups: GroupResult[] = ruleSet.groups.map((g) => {
    const its = items.filter((i) => i.group === g.id);
    return { id: g.id, text: g.text, metCount: its.filter((i) => i.met === true).length, applicableCount: its.filter((i) => i.met !== null).length };
  });

  const memberItems = ruleSet.items.filter((i) => i.measuredOn === "members" && items.find((r) => r.id === i.id)?.applicable);
  const levelNotes = decision.notes.filter((n) => !/^\d\.\d: /.test(n));
  for (const note of levelNotes) issues.push(issue("TT24_LEVEL_NOTE", { note }));

  return {
    ...resultIdentity(model, ruleSet, opts),
    items,
    groups,
    rating: mayPropose ? LEVEL_LABEL[mayPropose] : tt24.notReached,
    ratingId: mayPropose ?? "none",
    gap: {
      next: decision.next?.label,
      openItems: [],
      blocking: (decision.next?.blocking ?? []).map((b) => ({ id: b.id, short: b.short, why: b.gap.replace(/^\d\.\d: /, "") })),
    },
    teams: buildTeams(model.members, memberItems),
    memberResults: buildMemberResults(model.members, ruleSet, memberItems),
    evidenceCodes,
    issues,
    tt24: {
      tier: unit.tier,
      tierLabel: TIER_LABEL[unit.tier],
      unit: {
        types: [...unit.types],
        labels: unit.types.map((t) => unitTypeDef(t).label),
        public: unit.public,
        economic: unit.economic,
        learners: unit.learners,
      },
      achieved: decision.level,
      reasons: decision.reasons,
      notes: decision.notes,
      criteria: decision.criteria.map((c) => ({ id: c.id, title: c.title, met: { ...c.met } })),
      proposal,
      authority: { recipient: auth.recipient, through: auth.through, approver: auth.approver, confirmed: auth.confirmed, note: auth.note },
    },
  };
}

/** Members counted per fact; a fact whose column the members sheet lacks stays unrecorded. */
function memberCounts(model: Model): Tt24Facts["members"] {
  const rec = model.recognition.find((r) => r.role === "members");
  if (!rec) return null;
  const recorded = new Set((Object.keys(FACT_COLUMN) as Tt24MemberFact[]).filter((f) => rec.columns[FACT_COLUMN[f]] !== undefined));
  const ldtt = titleRank(INDIVIDUAL_TITLES, "LDTT");
  const rows: Tt24MemberRow[] = model.members.map((m) => ({
    excluded: m.excludedReason !== undefined,
    facts: {
      discipline: m.fields.discipline,
      training: m.fields.training,
      digitalTraining: m.fields.digitalTraining,
      languageCertificate: m.fields.languageCertificate,
      languageLevel: m.fields.languageLevel,
      emulationTitle: (m.title?.rank ?? 0) >= ldtt,
      cdhtTitle: m.fields.cdhtTitle,
    },
  }));
  return tallyMembers(rows, recorded);
}

/** "Số người học" and "Số người học đạt CDHT", checked against each other and against the unit (Điều 2). */
function learnerCount(model: Model, unit: Tt24Unit, sheet: string, issues: Issue[]): Tt24Facts["learners"] {
  const { learners, learnersCdht } = model.unit.tt24;
  const given = learners !== undefined || learnersCdht !== undefined;
  const cell = model.unit.cells.learners ?? model.unit.cells.learnersCdht;
  if (!unit.learners) {
    if (given) issues.push(issue("TT24_LEARNERS_NOT_USED", { type: unit.types.map((t) => unitTypeDef(t).label).join(", ") }, { sheet, cell }));
    return null;
  }
  if (learners === undefined || learnersCdht === undefined) {
    issues.push(issue("TT24_LEARNERS_MISSING", {}, { sheet, cell }));
    return null;
  }
  if (learnersCdht > learners) {
    issues.push(issue("TT24_LEARNERS_MORE_THAN_TOTAL", { meeting: learnersCdht, counted: learners }, { sheet, cell: model.unit.cells.learnersCdht }));
    return null;
  }
  return { counted: learners, meeting: learnersCdht };
}

/**
 * A unit indicator's entry (Đạt / Không đạt / Không áp dụng) and its evidence: the codes in its own
 * row and every evidence row that names it (rules.md §7), written or assigned.
 */
function unitFact(model: Model, id: string, e: UnitItemEntry | undefined, assigned: Record<number, string>, sheet: string, issues: Issue[]): UnitIndicatorFact {
  const evidence = [...(e?.evidence ?? [])];
  for (const ev of model.evidence) {
    if (!ev.items.includes(id)) continue;
    const code = ev.code ?? assigned[ev.row] ?? ev.title ?? `dòng ${ev.row}`;
    if (!evidence.includes(code)) evidence.push(code);
  }
  let entered: UnitEntry | null = null;
  if (e?.unreadable !== undefined) issues.push(issue("BAD_UNIT_ENTRY", { value: e.unreadable }, { sheet, cell: e.cells.points }));
  if (e?.notApplicable) entered = "khong-ap-dung";
  else if (e?.met !== undefined && e.met !== null) entered = e.met ? "dat" : "khong-dat";
  else if (e?.points !== undefined && e.points !== null) {
    // A yes/no typed as 1 / 0 reads as Đạt / Không đạt; any other number is points, which TT 24 has none of.
    if (e.points === 1 || e.points === 0) entered = e.points === 1 ? "dat" : "khong-dat";
    else issues.push(issue("BAD_UNIT_ENTRY", { value: String(e.points).replace(".", ",") }, { sheet, cell: e.cells.points }));
  }
  return { entered, evidence, ...(e?.explanation ? { explanation: e.explanation } : {}) };
}

/** What the clerk should fix or know about the unit indicators, from the decision. */
function decisionIssues(d: Tt24Decision, entries: Map<string, UnitItemEntry>, sheet: string, unit: Tt24Unit): Issue[] {
  const issues: Issue[] = [];
  const typeText = unit.types.map((t) => unitTypeDef(t).label).join(", ");
  for (const o of d.indicators) {
    if (o.kind === "members") continue;
    const e = entries.get(o.id);
    const where = { sheet, cell: e?.cells.points ?? e?.cells.id, itemId: o.id };
    const levels = [o.levels.M1, o.levels.M2];
    const applies = levels.filter((l) => l.status !== "not-applicable");
    if (applies.length === 0) {
      if (e && e.met !== undefined && e.met !== null) issues.push(issue("TT24_ENTRY_ON_NOT_APPLICABLE", { item: o.id, reason: o.levels.M1.reason }, where));
      continue;
    }
    const reasons = applies.map((l) => l.reason);
    const derived = DERIVED_FROM[o.kind];
    if (reasons.some((r) => r.startsWith("chưa đánh giá")))
      issues.push(
        issue(
          "TT24_INDICATOR_NOT_ENTERED",
          { item: o.id, text: o.short, sheet, also: derived ? `, hoặc ghi "${infoLabel(derived)}" ở trang Thông tin` : undefined },
          { itemId: o.id },
        ),
      );
    else if (reasons.some((r) => r.startsWith("chưa có minh chứng"))) issues.push(issue("TT24_INDICATOR_NO_EVIDENCE", { item: o.id, text: o.short }, where));
    if (reasons.some((r) => r.startsWith('ghi "Không áp dụng"'))) issues.push(issue("TT24_NA_ENTERED_BUT_APPLIES", { item: o.id, unit: typeText }, where));
    const notes = [...new Set(levels.flatMap((l) => l.notes))];
    for (const note of notes) issues.push(issue("TT24_ENTRY_DISAGREES", { item: o.id, note, sheet }, where));
  }
  return issues;
}

function levelResult(l: LevelOutcome): Tt24LevelResult {
  const out: Tt24LevelResult = { status: l.status, reason: l.reason, extra: l.extra };
  if (l.gap) out.gap = l.gap;
  if (l.members) {
    const { meeting, counted, percent, rate, met, fact } = l.members;
    out.members = { meeting, counted, percent, rate, met, fact };
  }
  if (l.learners)
    out.learners =
      "met" in l.learners
        ? { applies: true, meeting: l.learners.meeting, counted: l.learners.counted, percent: l.learners.percent, rate: l.learners.rate, met: l.learners.met }
        : { applies: false, reason: l.learners.reason };
  return out;
}

/** One indicator as every output reads it: both levels side by side, `met` at the level judged. */
function itemResult(o: IndicatorOutcome, ruleSet: RuleSet, judged: Tt24Level, model: Model, e: UnitItemEntry | undefined, facts: Tt24Facts): ItemResult {
  const rule = ruleSet.items.find((i) => i.id === o.id)!;
  const at = o.levels[judged];
  const applicable = o.levels.M1.status !== "not-applicable" || o.levels.M2.status !== "not-applicable";
  const levels = { M1: levelResult(o.levels.M1), M2: levelResult(o.levels.M2) };
  const base = {
    id: o.id,
    group: o.criterion,
    text: rule.text,
    short: o.short,
    measuredOn: rule.measuredOn,
    source: rule.source,
    applicable,
    met: at.status === "not-applicable" ? null : at.status === "met",
    levels,
    line: at.reason,
  };
  if (o.kind === "members") {
    const m = o.levels.M1.members ?? o.levels.M2.members;
    const failing = model.members.filter((x) => !x.excludedReason && !memberMeets(x, rule)).map((x) => ({ name: x.name, row: x.row, group: x.group }));
    return {
      ...base,
      mode: applicable ? "indicator" : "not-applicable",
      origin: "computed",
      evidence: [],
      ...(m ? { counted: m.counted, meeting: m.meeting, rate: m.counted ? m.meeting / m.counted : 0 } : {}),
      target: rule.target,
      failing,
    };
  }
  const entry = facts.entries[o.id];
  const notMet = [o.levels.M1, o.levels.M2].filter((l) => l.status === "not-met").map((l) => l.reason);
  const fromTitle = o.kind === "collectiveTitle" && facts.collectiveTitle !== null && (entry?.entered ?? null) === null;
  const origin: ItemResult["origin"] = notMet.some((r) => r.startsWith("chưa có minh chứng"))
    ? "no-proof"
    : notMet.some((r) => r.startsWith("chưa đánh giá"))
      ? "missing"
      : fromTitle
        ? "collective-title"
        : "council";
  return {
    ...base,
    mode: applicable ? "indicator" : "not-applicable",
    origin,
    // The codes written in the indicator's own row (documents add the evidence rows that name it).
    evidence: [...(e?.evidence ?? [])],
    ...(e?.explanation ? { explanation: e.explanation } : {}),
  };
}
