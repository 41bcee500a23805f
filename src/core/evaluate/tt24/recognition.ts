/**
 * What the unit proposes this year, given its current recognition (rules.md §3, "Previous
 * recognition"; tt24-2023.md, "Recognition, its validity, and upgrades", Điều 5 / 11). Pure: dates
 * come in as Excel serials or {y, m, d}; there is no clock.
 *
 * Decisions (product rules, documented in docs/tt24-recognition.md):
 * - Validity. "Kết quả công nhận được bảo lưu trong thời hạn 03 năm (36 tháng) tiếp theo năm được
 *   công nhận": the year of recognition is the year of the decision; the 36 months are the three
 *   calendar years after it. A decision dated in 2024 is valid through 31/12/2027.
 * - Still valid or not is judged on the dossier date (default 15/01 of the year after the
 *   assessment year).
 * - Upgrade wait. "… sau ít nhất 1 năm (12 tháng) kể từ ngày ra quyết định công nhận có thể đề
 *   nghị … nâng mức độ 2": counted as the Bộ luật Dân sự counts periods (Điều 147: the day of the
 *   decision is not counted; Điều 148: a period in months ends on the same day of the last month,
 *   or that month's last day). The 12 months end with the same day a year later; the upgrade may
 *   be proposed from the day after: decision 10/02/2025 → from 11/02/2026.
 * - Kinds: "first" (no current recognition), "upgrade" (a level above the current one: Mức độ 1 →
 *   Mức độ 2), "renewal" (công nhận lại: the current one has lapsed), "maintain" (the current one
 *   is still valid and nothing higher can be proposed: no dossier is needed this year; the level
 *   is the one retained).
 */
import { LEVEL_LABEL } from "../../rules/tt24";
import type { Tt24LevelId } from "../../rules/schema";
import { tt24Calendar } from "../../rules/tt24-authority";
import type { Ymd } from "../../text/dates";
import { addDays, addMonths, compareYmd, formatYmdVi, toYmd, type DateInput } from "../../text/calendar";

export interface CurrentRecognition {
  level: Tt24LevelId;
  /** "Công nhận hiện có: số quyết định". */
  decisionNumber?: string;
  /** "Công nhận hiện có: ngày quyết định"; null when the clerk left it blank. */
  decisionDate: DateInput | null;
}

export interface ProposalInput {
  assessmentYear: number;
  /** The level the self-evaluation reached (decideTt24Level); null: "Chưa đạt". */
  achieved: Tt24LevelId | null;
  current: CurrentRecognition | null;
  /** "Ngày trình hồ sơ"; absent: the calendar's default (15/01 of the next year). */
  dossierDate?: DateInput | null;
}

export type ProposalKind = "first" | "upgrade" | "renewal" | "maintain";

export interface ProposalWarning {
  code: "TT24_DOSSIER_BEFORE_YEAR_END";
  params: Record<string, string>;
}

export interface Tt24Proposal {
  ok: true;
  achieved: Tt24LevelId | null;
  /** The level proposed, or for "maintain" the level retained; null: nothing to propose. */
  level: Tt24LevelId | null;
  kind: ProposalKind | null;
  /** Whether a dossier (tờ trình …) goes out this year. */
  dossier: boolean;
  dossierDate: Ymd;
  dossierDateFrom: "clerk" | "default";
  current: {
    level: Tt24LevelId;
    decisionNumber?: string;
    decisionDate: Ymd;
    /** Last day of validity: 31/12 of the third year after the decision's year. */
    validUntil: Ymd;
    validOnDossierDate: boolean;
    /** First day an upgrade to Mức độ 2 may be proposed (Mức độ 1 only). */
    upgradeFrom: Ymd | null;
  } | null;
  /** Set when the unit reached Mức độ 2 but may not yet propose the upgrade. */
  upgradePossibleFrom: Ymd | null;
  /** Vietnamese sentences, in order, for the pane, the report and the tờ trình. */
  lines: string[];
  warnings: ProposalWarning[];
}

export type ProposalError =
  | { ok: false; code: "TT24_RECOGNITION_DATE_MISSING"; params: { level: string } }
  | { ok: false; code: "TT24_RECOGNITION_AFTER_DOSSIER"; params: { decisionDate: string; dossierDate: string } };

/** Validity of a recognition decided on `decisionDate`: through 31/12 of the third year after. */
export function recognitionValidUntil(decisionDate: DateInput): Ymd {
  return { y: toYmd(decisionDate).y + 3, m: 12, d: 31 };
}

/** The first day a Mức độ 1 unit may propose the upgrade to Mức độ 2 (the day after 12 full months). */
export function upgradePossibleFrom(m1DecisionDate: DateInput): Ymd {
  return addDays(addMonths(toYmd(m1DecisionDate), 12), 1);
}

const RANK: Record<Tt24LevelId, number> = { M1: 1, M2: 2 };

function decisionRef(c: { level: Tt24LevelId; decisionNumber?: string; decisionDate: Ymd }): string {
  return `${LEVEL_LABEL[c.level]} (Quyết định ${c.decisionNumber ? `số ${c.decisionNumber} ` : ""}ngày ${formatYmdVi(c.decisionDate)})`;
}

export function proposeTt24Recognition(input: ProposalInput): Tt24Proposal | ProposalError {
  const cal = tt24Calendar(input.assessmentYear);
  const fromClerk = input.dossierDate !== undefined && input.dossierDate !== null;
  const dossierDate = fromClerk ? toYmd(input.dossierDate!) : cal.defaultDossierDate;
  const warnings: ProposalWarning[] = [];
  if (compareYmd(dossierDate, cal.dataTo) <= 0)
    warnings.push({ code: "TT24_DOSSIER_BEFORE_YEAR_END", params: { dossierDate: formatYmdVi(dossierDate), dataTo: formatYmdVi(cal.dataTo) } });
  const A = input.achieved;
  const base = { ok: true as const, achieved: A, dossierDate, dossierDateFrom: fromClerk ? ("clerk" as const) : ("default" as const), warnings };
  const selfLine = A ? `Kết quả tự đánh giá: đạt ${LEVEL_LABEL[A]}.` : "Kết quả tự đánh giá: chưa đạt Mức độ 1.";

  if (!input.current) {
    if (!A)
      return {
        ...base,
        level: null,
        kind: null,
        dossier: false,
        current: null,
        upgradePossibleFrom: null,
        lines: [selfLine, "Chưa đủ điều kiện đề nghị công nhận."],
      };
    return {
      ...base,
      level: A,
      kind: "first",
      dossier: true,
      current: null,
      upgradePossibleFrom: null,
      lines: [selfLine, `Đề nghị công nhận "Đơn vị học tập" ${LEVEL_LABEL[A]} (lần đầu).`],
    };
  }

  const c = input.current;
  if (c.decisionDate === null) return { ok: false, code: "TT24_RECOGNITION_DATE_MISSING", params: { level: LEVEL_LABEL[c.level] } };
  const decisionDate = toYmd(c.decisionDate);
  if (compareYmd(decisionDate, dossierDate) > 0)
    return { ok: false, code: "TT24_RECOGNITION_AFTER_DOSSIER", params: { decisionDate: formatYmdVi(decisionDate), dossierDate: formatYmdVi(dossierDate) } };
  const validUntil = recognitionValidUntil(decisionDate);
  const valid = compareYmd(dossierDate, validUntil) <= 0;
  const upgradeFrom = c.level === "M1" ? upgradePossibleFrom(decisionDate) : null;
  const current = {
    level: c.level,
    ...(c.decisionNumber ? { decisionNumber: c.decisionNumber } : {}),
    decisionDate,
    validUntil,
    validOnDossierDate: valid,
    upgradeFrom,
  };
  const ref = decisionRef(current);
  const validLine = `Công nhận hiện có: ${ref}, được bảo lưu đến hết ngày ${formatYmdVi(validUntil)} (03 năm tiếp theo năm được công nhận).`;
  const lapsedLine = `Công nhận hiện có: ${ref}, đã hết thời hạn bảo lưu ngày ${formatYmdVi(validUntil)}.`;
  const done = (level: Tt24LevelId | null, kind: ProposalKind | null, dossier: boolean, lines: string[], upgradeAt: Ymd | null = null): Tt24Proposal => ({
    ...base,
    level,
    kind,
    dossier,
    current,
    upgradePossibleFrom: upgradeAt,
    lines,
  });

  if (!valid) {
    if (!A) return done(null, null, false, [lapsedLine, selfLine, "Chưa đủ điều kiện đề nghị công nhận lại."]);
    if (RANK[A] > RANK[c.level])
      return done(A, "upgrade", true, [lapsedLine, selfLine, `Đề nghị công nhận nâng mức độ: từ ${LEVEL_LABEL[c.level]} lên ${LEVEL_LABEL[A]}.`]);
    const lower = RANK[A] < RANK[c.level] ? ` (thấp hơn ${LEVEL_LABEL[c.level]} đã được công nhận)` : "";
    return done(A, "renewal", true, [lapsedLine, selfLine, `Đề nghị công nhận lại "Đơn vị học tập" ${LEVEL_LABEL[A]}${lower}.`]);
  }

  const maintain = `Năm nay không cần đề nghị công nhận lại: ${LEVEL_LABEL[c.level]} vẫn được bảo lưu.`;
  if (!A || RANK[A] <= RANK[c.level]) return done(c.level, "maintain", false, [validLine, selfLine, maintain]);
  // A is Mức độ 2 on a valid Mức độ 1: an upgrade, once 12 months have passed since the decision.
  if (upgradeFrom && compareYmd(dossierDate, upgradeFrom) >= 0)
    return done(A, "upgrade", true, [validLine, selfLine, `Đề nghị công nhận nâng mức độ: từ ${LEVEL_LABEL[c.level]} lên ${LEVEL_LABEL[A]}.`]);
  return done(
    c.level,
    "maintain",
    false,
    [
      validLine,
      selfLine,
      `Chưa đủ 12 tháng kể từ ngày ra quyết định công nhận ${LEVEL_LABEL[c.level]} (${formatYmdVi(decisionDate)}): chưa đề nghị nâng lên ${LEVEL_LABEL[A]}; giữ ${LEVEL_LABEL[c.level]}, có thể đề nghị nâng mức độ 2 từ ngày ${formatYmdVi(upgradeFrom!)}.`,
    ],
    upgradeFrom,
  );
}
