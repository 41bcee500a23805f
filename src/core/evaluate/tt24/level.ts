/**
 * The level a unit may propose under Thông tư 24/2023, from per-indicator facts (rules.md §3;
 * tt24-2023.md, "How a level is decided"): Mức độ 2 when every applicable Mức độ 2 indicator is
 * met (Điều 8 / 14), else Mức độ 1 when every applicable Mức độ 1 indicator is met, else "Chưa
 * đạt". Each indicator is Đạt or Không đạt (Điều 9.2); one without suitable evidence is Không đạt
 * (Điều 9.3), and an explanation is not evidence. A criterion is met when all its indicators are
 * (Điều 9.4). Every result carries its reason, and the level what blocks the next one and by how
 * much, in the clerk's words.
 */
import type { Tt24DigitalLevel, Tt24Indicator, Tt24IndicatorLevel, Tt24LevelId, Tt24MemberFact, Tt24RuleSet } from "../../rules/schema";
import { LEVEL_LABEL, TT24_LEVELS, tt24RuleSet, type Tt24Unit } from "../../rules/tt24";
import { formatRateVi, meetsPercent, rateLineVi, shortfall, type Count } from "../rate";
import { indicatorApplicability, type Applicability } from "./applicability";
import type { Tt24Facts, UnitIndicatorFact } from "./facts";

export type IndicatorStatus = "met" | "not-met" | "not-applicable";

export interface RatePart extends Count {
  percent: number;
  met: boolean;
  /** How many more must meet. */
  need: number;
  /** "58,3%". */
  rate: string;
}

export interface LevelOutcome {
  status: IndicatorStatus;
  /** Vietnamese, without the id: "Đạt: 93,3% ≥ 90%", "58,3% < 70%, cần thêm 5 …", "Không áp dụng: …". */
  reason: string;
  /** When not met: the clerk's gap line with the id, "2.4: 58,3% < 70%, cần thêm 5 thành viên …". */
  gap?: string;
  /** Member indicators: the members' rate (absent when there are no counts). */
  members?: RatePart & { fact: Tt24MemberFact };
  /** 3.1: the learners' rate, or why the clause does not apply. */
  learners?: RatePart | { applies: false; reason: string };
  /** The extra sentence (1.2, 3.2) binds this unit: show it. */
  extra: boolean;
  /** Things the clerk should know that do not change the status (an entry that contradicts a fact …). */
  notes: string[];
}

export interface IndicatorOutcome {
  id: string;
  criterion: string;
  kind: Tt24Indicator["kind"];
  short: string;
  levels: Record<Tt24LevelId, LevelOutcome>;
}

export interface CriterionOutcome {
  id: string;
  title: string;
  /** Điều 9.4: met when every applicable indicator of the criterion is. */
  met: Record<Tt24LevelId, boolean>;
}

export interface Tt24Decision {
  ruleSetId: string;
  tier: Tt24Unit["tier"];
  /** The level the unit may propose; null: "Chưa đạt". */
  level: Tt24LevelId | null;
  /** "Mức độ 2" | "Mức độ 1" | "Chưa đạt". */
  label: string;
  indicators: IndicatorOutcome[];
  criteria: CriterionOutcome[];
  /** Why this level, in sentences. */
  reasons: string[];
  /** What blocks the next level (null at Mức độ 2), each with its gap line. */
  next: { level: Tt24LevelId; label: string; blocking: { id: string; short: string; gap: string }[] } | null;
  notes: string[];
}

const DIGITAL_RANK: Record<Tt24DigitalLevel, number> = { "chua-dat": 0, "dap-ung-co-ban": 1, "dap-ung-tot": 2 };
export const DIGITAL_LABEL: Record<Tt24DigitalLevel, string> = {
  "chua-dat": "chưa đạt",
  "dap-ung-co-ban": "mức đáp ứng cơ bản",
  "dap-ung-tot": "mức đáp ứng tốt",
};

/** The members-sheet column each fact comes from, for "no data" reasons (workbook.md, "Thành viên"). */
const FACT_COLUMN: Record<Tt24MemberFact, string> = {
  discipline: "Tuân thủ kỷ luật",
  training: "Hoàn thành bồi dưỡng",
  digitalTraining: "Bồi dưỡng chuyển đổi số",
  languageCertificate: "Chứng chỉ ngoại ngữ / tiếng DTTS",
  languageLevel: "Trình độ ngoại ngữ / tiếng DTTS đáp ứng yêu cầu",
  emulationTitle: "Danh hiệu thi đua",
  cdhtTitle: "Danh hiệu Công dân học tập",
};

function ratePart(c: Count, percent: number): RatePart {
  return { meeting: c.meeting, counted: c.counted, percent, met: meetsPercent(c, percent), need: shortfall(c, percent), rate: formatRateVi(c) };
}

interface Judged {
  met: boolean;
  reason: string;
  members?: LevelOutcome["members"];
  learners?: LevelOutcome["learners"];
  notes: string[];
}

function judgeMembers(l: Tt24IndicatorLevel, app: Applicability | null, facts: Tt24Facts): Judged {
  const spec = l.members!;
  const notes: string[] = [];
  const m = facts.members;
  if (!m) return { met: false, reason: "chưa có danh sách thành viên", notes };
  if (m.counted === 0) return { met: false, reason: "không có thành viên nào được tính", notes };
  let fact = spec.fact;
  let meeting = m.meeting[fact];
  if (meeting === undefined && spec.fallback !== undefined && m.meeting[spec.fallback] !== undefined) {
    fact = spec.fallback;
    meeting = m.meeting[fact];
  }
  if (meeting === undefined) return { met: false, reason: `chưa có cột "${FACT_COLUMN[spec.fact]}" trong danh sách thành viên`, notes };
  const members = { ...ratePart({ meeting, counted: m.counted }, spec.percent), fact };
  const parts: string[] = [];
  let met = members.met;
  if (!members.met) parts.push(rateLineVi(members, spec.percent, spec.meetPhrase));

  let learners: LevelOutcome["learners"];
  if (l.learners && app) {
    if (!app.applies) learners = { applies: false, reason: app.reason };
    else if (!facts.learners) {
      met = false;
      parts.push('chưa nhập "Số người học" và "Số người học đạt CDHT"');
    } else if (facts.learners.counted === 0) {
      met = false;
      parts.push('"Số người học" bằng 0');
    } else {
      const lp = ratePart(facts.learners, l.learners.percent);
      learners = lp;
      if (!lp.met) {
        met = false;
        parts.push(`người học ${rateLineVi(lp, l.learners.percent, l.learners.meetPhrase, "người học")}`);
      }
    }
  }
  if (met) {
    const lines = [`${members.rate} ≥ ${spec.percent}%`];
    if (learners && "met" in learners) lines.push(`người học ${learners.rate} ≥ ${l.learners!.percent}%`);
    return { met, reason: `Đạt: ${lines.join("; ")}`, members, learners, notes };
  }
  return { met, reason: parts.join("; "), members, learners, notes };
}

/** A fact recorded in "Thông tin" that decides a unit indicator by itself (3.3, 3.4 / 3.5, accreditation). */
function factVerdict(it: Tt24Indicator, l: Tt24IndicatorLevel, facts: Tt24Facts): { met: boolean; why: string } | null {
  switch (it.kind) {
    case "collectiveTitle": {
      const t = facts.collectiveTitle;
      if (!t) return null;
      const met = l.collectiveTitles!.includes(t.code);
      return { met, why: met ? `danh hiệu tập thể "${t.label}"` : `danh hiệu tập thể "${t.label}" chưa từ "Tập thể lao động tiên tiến" trở lên` };
    }
    case "digitalLevel": {
      const d = facts.digitalLevel;
      if (!d) return null;
      const need = l.digitalLevelAtLeast!;
      const met = DIGITAL_RANK[d] >= DIGITAL_RANK[need];
      return { met, why: met ? `mức độ chuyển đổi số: ${DIGITAL_LABEL[d]}` : `mức độ chuyển đổi số: ${DIGITAL_LABEL[d]}, cần ${DIGITAL_LABEL[need]}` };
    }
    case "accreditation": {
      const a = facts.accreditation;
      if (a === null) return null;
      return { met: a, why: a ? "đã đạt kiểm định chất lượng giáo dục nghề nghiệp" : "chưa đạt kiểm định chất lượng giáo dục nghề nghiệp" };
    }
    default:
      return null;
  }
}

/**
 * A unit indicator: the Tổ đánh giá's entry and, for 3.3 / 3.4 / 3.5 / accreditation, the fact in
 * "Thông tin". When both are there they must agree (never silently accept one over the other);
 * either alone decides, except that a digital-transformation "Đạt" without the level cannot tell
 * Mức độ 2's "mức đáp ứng tốt" from Mức độ 1's "mức đáp ứng cơ bản". Then evidence (Điều 9.3).
 */
function judgeUnit(it: Tt24Indicator, level: Tt24LevelId, l: Tt24IndicatorLevel, facts: Tt24Facts): Judged {
  const e: UnitIndicatorFact = facts.entries[it.id] ?? { entered: null, evidence: [] };
  const notes: string[] = [];
  const verdict = factVerdict(it, l, facts);
  if (e.entered === "khong-ap-dung") return { met: false, reason: 'ghi "Không áp dụng" nhưng chỉ tiêu áp dụng cho đơn vị', notes };
  if (e.entered === "khong-dat") {
    if (verdict?.met) notes.push(`Tổ đánh giá ghi Không đạt; ${verdict.why}`);
    return { met: false, reason: "Tổ đánh giá đánh giá Không đạt", notes };
  }
  let met: boolean;
  let why = "";
  if (verdict) {
    met = verdict.met;
    why = verdict.why;
    if (e.entered === "dat" && !verdict.met && (it.kind !== "digitalLevel" || level === "M1")) notes.push(`Tổ đánh giá ghi Đạt nhưng ${verdict.why}`);
  } else if (e.entered === "dat") {
    if (it.kind === "digitalLevel" && level === "M2")
      return { met: false, reason: `chưa ghi "Mức độ chuyển đổi số" (Mức độ 2 cần ${DIGITAL_LABEL[l.digitalLevelAtLeast!]})`, notes };
    met = true;
  } else {
    const missing =
      it.kind === "collectiveTitle"
        ? ' (hoặc ghi "Danh hiệu tập thể năm đánh giá")'
        : it.kind === "digitalLevel"
          ? ' (hoặc ghi "Mức độ chuyển đổi số")'
          : it.kind === "accreditation"
            ? ' (hoặc ghi "Kiểm định chất lượng GDNN")'
            : "";
    return { met: false, reason: `chưa đánh giá${missing}`, notes };
  }
  if (!met) return { met, reason: why, notes };
  if (e.evidence.length === 0)
    return { met: false, reason: e.explanation ? "chưa có minh chứng (giải trình không thay cho minh chứng)" : "chưa có minh chứng", notes };
  const ev = `minh chứng ${e.evidence.join(", ")}`;
  return { met: true, reason: `Đạt: ${why ? `${why}; ` : ""}${ev}`, notes };
}

function outcomeAt(it: Tt24Indicator, level: Tt24LevelId, unit: Tt24Unit, facts: Tt24Facts): LevelOutcome {
  const l = it.levels[level];
  const app = indicatorApplicability(it, level, unit);
  if (!app.indicator.applies) {
    const e = facts.entries[it.id];
    const notes =
      e && (e.entered === "dat" || e.entered === "khong-dat")
        ? [`Tổ đánh giá ghi ${e.entered === "dat" ? "Đạt" : "Không đạt"}; chỉ tiêu không áp dụng cho đơn vị`]
        : [];
    return { status: "not-applicable", reason: app.indicator.reason, extra: false, notes };
  }
  const computed = it.kind === "members" ? judgeMembers(l, app.learners, facts) : judgeUnit(it, level, l, facts);
  // The council's decision, with its reason, stands over what was computed (rules.md §2); the rates stay shown.
  const decided = facts.overrides?.[it.id];
  const j: Judged =
    decided === undefined
      ? computed
      : { ...computed, met: decided, reason: `Hội đồng điều chỉnh: ${decided ? "Đạt" : "Chưa đạt"} (tính được ${computed.met ? "Đạt" : "Chưa đạt"})` };
  const out: LevelOutcome = { status: j.met ? "met" : "not-met", reason: j.reason, extra: app.extra, notes: j.notes };
  if (!j.met) out.gap = `${it.id}: ${j.reason}`;
  if (j.members) out.members = j.members;
  if (j.learners) out.learners = j.learners;
  return out;
}

/**
 * The decision for a unit on its tier's rule set (by default the bundled one for `unit.tier`).
 * Pure: the same facts give the same decision.
 */
export function decideTt24Level(unit: Tt24Unit, facts: Tt24Facts, ruleSet: Tt24RuleSet = tt24RuleSet(unit.tier)): Tt24Decision {
  if (ruleSet.tier !== unit.tier) throw new Error(`a ${unit.tier} unit is judged by its own tier's rule set, not ${ruleSet.id}`);
  const indicators: IndicatorOutcome[] = ruleSet.indicators.map((it) => ({
    id: it.id,
    criterion: it.criterion,
    kind: it.kind,
    short: it.short,
    levels: { M1: outcomeAt(it, "M1", unit, facts), M2: outcomeAt(it, "M2", unit, facts) },
  }));
  const reached = (lv: Tt24LevelId) => indicators.every((i) => i.levels[lv].status !== "not-met");
  const criteria: CriterionOutcome[] = ruleSet.criteria.map((c) => {
    const mine = indicators.filter((i) => i.criterion === c.id);
    return {
      id: c.id,
      title: c.title,
      met: { M1: mine.every((i) => i.levels.M1.status !== "not-met"), M2: mine.every((i) => i.levels.M2.status !== "not-met") },
    };
  });
  const level: Tt24LevelId | null = reached("M2") ? "M2" : reached("M1") ? "M1" : null;
  const article = (lv: Tt24LevelId) => ruleSet.levels.find((x) => x.id === lv)!.article;
  const counts = (lv: Tt24LevelId) => {
    const applicable = indicators.filter((i) => i.levels[lv].status !== "not-applicable");
    return { applicable: applicable.length, failing: applicable.filter((i) => i.levels[lv].status === "not-met"), na: indicators.length - applicable.length };
  };
  const reachedLine = (lv: Tt24LevelId) => {
    const c = counts(lv);
    return `Đạt ${LEVEL_LABEL[lv]}: đạt tất cả ${c.applicable} chỉ tiêu áp dụng của ${article(lv)}${c.na > 0 ? ` (${c.na} chỉ tiêu không áp dụng)` : ""}.`;
  };
  const failedLine = (lv: Tt24LevelId) => {
    const c = counts(lv);
    return `Chưa đạt ${LEVEL_LABEL[lv]}: ${c.failing.length}/${c.applicable} chỉ tiêu áp dụng của ${article(lv)} chưa đạt (${c.failing.map((i) => i.id).join(", ")}).`;
  };
  const reasons: string[] = [];
  const notes: string[] = [];
  if (level === "M2") {
    reasons.push(reachedLine("M2"));
    if (!reached("M1"))
      notes.push(
        `Đạt Mức độ 2 theo ${article("M2")} dù chưa đạt ${counts("M1")
          .failing.map((i) => i.id)
          .join(", ")} của Mức độ 1 (${article("M1")}): các chỉ tiêu này ở Mức độ 2 có phạm vi hoặc nội dung khác.`,
      );
  } else if (level === "M1") reasons.push(reachedLine("M1"), failedLine("M2"));
  else reasons.push(failedLine("M1"));
  const nextLevel: Tt24LevelId | null = level === "M2" ? null : level === "M1" ? "M2" : "M1";
  const next = nextLevel
    ? {
        level: nextLevel,
        label: LEVEL_LABEL[nextLevel],
        blocking: counts(nextLevel).failing.map((i) => ({ id: i.id, short: i.short, gap: i.levels[nextLevel].gap! })),
      }
    : null;
  for (const i of indicators)
    for (const lv of TT24_LEVELS) for (const n of i.levels[lv].notes) if (!notes.includes(`${i.id}: ${n}`)) notes.push(`${i.id}: ${n}`);
  return {
    ruleSetId: ruleSet.id,
    tier: unit.tier,
    level,
    label: level ? LEVEL_LABEL[level] : ruleSet.notReached,
    indicators,
    criteria,
    reasons,
    next,
    notes,
  };
}
