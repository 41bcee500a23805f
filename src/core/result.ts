/**
 * The evaluation result: everything the documents and the pane show, computed once.
 * A level or rating always comes with its reasons and with what blocks the next one.
 */
import type { Issue } from "./messages";
import type { Ymd } from "./text/dates";
import { formatNumberVi } from "./text/vi";

export interface MemberRef {
  name: string;
  row: number; // 1-based Excel row on the members sheet
  group?: string;
}

export interface ItemResult {
  id: string;
  group: string;
  text: string;
  short: string;
  measuredOn: "unit" | "members";
  source: string;
  /** Points model. */
  max?: number;
  points?: number;
  /** Indicators model: met at the level the unit may propose (else Mức độ 1); null = not applicable there. */
  met?: boolean | null;
  /** Points: always; indicators (TT 24): applies to the unit at Mức độ 1 or Mức độ 2. */
  applicable: boolean;
  /** Thông tư 24: the indicator judged at each level, side by side. */
  levels?: Record<Tt24Level, Tt24LevelResult>;
  /** Scoring mode used: proportional, all_or_nothing, bands, council, collective-title, indicator. */
  mode: string;
  /** Members items. */
  counted?: number;
  meeting?: number;
  rate?: number; // 0..1
  target?: number; // 0..1
  failing?: MemberRef[];
  /** Unit items: what the council entered. */
  evidence: string[];
  explanation?: string;
  /** Where the value came from. */
  origin: "computed" | "council" | "collective-title" | "missing" | "no-proof";
  /** One Vietnamese line: "28/30 thành viên (93,3%) có KH tự học được duyệt → 9,25/10 điểm; chưa có: …". */
  line: string;
  /**
   * The council's override (evaluate/overrides.ts): the value it decided and what was computed, as printed
   * ("8/10 điểm", "Đạt"), its reason, the whole mark ("Hội đồng điều chỉnh: …") and the cell it came from.
   */
  override?: { value: string; computed: string; reason: string; text: string; sheet: string; cell: string };
}

export type Tt24Level = "M1" | "M2";

/** One TT 24 indicator at one level (evaluate/tt24: decideTt24Level). */
export interface Tt24LevelResult {
  status: "met" | "not-met" | "not-applicable";
  /** Without the id: "Đạt: 93,3% ≥ 90%", "58,3% < 70%, cần thêm 5 thành viên …", "Không áp dụng: …". */
  reason: string;
  /** When not met, the clerk's gap line with the id: "2.4: 58,3% < 70%, cần thêm 5 thành viên …". */
  gap?: string;
  /** The extra sentence of 1.2 and 3.2 (public preschools) binds the unit. */
  extra: boolean;
  /** Member indicators: who was counted for this level (2.4: the certificate at Mức độ 1, the level at Mức độ 2). */
  members?: { meeting: number; counted: number; percent: number; rate: string; met: boolean; fact: string };
  /** 3.1: the learners' clause (its rate, or why it does not apply). */
  learners?: { applies: true; meeting: number; counted: number; percent: number; rate: string; met: boolean } | { applies: false; reason: string };
}

/** What Thông tư 24's evaluation adds: the unit, the level reached and why, the proposal, the authorities. */
export interface Tt24Result {
  tier: "cap-huyen" | "cap-tinh";
  /** "cấp huyện". */
  tierLabel: string;
  unit: {
    types: string[];
    /** The types as the circular names them ("Trường tiểu học"). */
    labels: string[];
    public: boolean;
    economic: boolean;
    /** Has "Người học" in the sense of Điều 2. */
    learners: boolean;
  };
  /** The level the self-evaluation reached (Điều 8 / 14); null: "Chưa đạt". */
  achieved: Tt24Level | null;
  /** Why that level, in sentences. */
  reasons: string[];
  /** Things the clerk should know that do not change the level. */
  notes: string[];
  /** Điều 9.4: each criterion met when all its applicable indicators are. */
  criteria: { id: string; title: string; met: Record<Tt24Level, boolean> }[];
  /** What the unit proposes this year; null when the current recognition cannot be read (an error says why). */
  proposal: {
    level: Tt24Level | null;
    kind: "first" | "upgrade" | "renewal" | "maintain" | null;
    /** Whether a dossier goes out this year. */
    dossier: boolean;
    dossierDate: Ymd;
    /** Sentences for the pane, the report and the tờ trình. */
    lines: string[];
    upgradePossibleFrom: Ymd | null;
    current: { level: Tt24Level; decisionNumber?: string; decisionDate: Ymd; validUntil: Ymd; validOnDossierDate: boolean } | null;
  } | null;
  /** Who receives the dossier and who decides, on the dossier date (the clerk's words over the defaults). */
  authority: { recipient: string; through: string | null; approver: string; confirmed: boolean; note: string };
}

export interface GroupResult {
  id: string;
  text: string;
  max?: number;
  points?: number;
  metCount?: number;
  applicableCount?: number;
}

export interface TeamResult {
  /** Tổ name, or "Chưa phân tổ". */
  name: string;
  members: number;
  counted: number;
  items: { id: string; counted: number; meeting: number; rate: number; failing: MemberRef[] }[];
}

export interface MemberResult {
  row: number;
  name: string;
  group?: string;
  excluded?: string;
  /** item id → met (members items only). */
  items: Record<string, boolean>;
  /** All 8 competences met ("Đạt CDHT" column). */
  cdht: boolean;
  /** "thiếu KH tự học; chưa đạt NL 5". Empty when all met. */
  reasons: string;
}

export interface Gap {
  /** The next band or level up, if any. */
  next?: string;
  /** Points needed to reach it (points model). */
  pointsNeeded?: number;
  /** Items where most points are still open, largest first. */
  openItems: { id: string; short: string; open: number }[];
  /** Indicators not met that block the next level. */
  blocking?: { id: string; short: string; why: string }[];
}

/** One target of the plan ("Chỉ tiêu: …" in Thông tin), with what was achieved (evaluate/targets.ts). */
export interface PlanTarget {
  label: string;
  /** The target as the clerk wrote it, tidied ("100%"). */
  targetText: string;
  achievedText: string;
  /** null = could not be assessed (no data, unknown measure without a hand-typed result). */
  met: boolean | null;
  /** "11/12 thành viên" etc.; empty when not applicable. */
  detail: string;
  /** Members (names) who do not meet a member target, for the report when few. */
  failing: string[];
  cell: string;
  row: number;
  /** What the target was measured on. */
  measure: "member-field" | "member-title" | "member-cdht" | "collective-title" | "rating" | "total" | "manual";
}

export interface EvaluationResult {
  ruleSet: { id: string; version: string; title: string; document: string; model: "points" | "indicators" };
  preset: { id: string; label: string; source: string };
  year: number;
  unit: { name?: string; parentBody?: string; code?: string; place?: string };
  members: { total: number; counted: number; excluded: MemberRef[]; excludedReasons: Record<number, string> };
  items: ItemResult[];
  groups: GroupResult[];
  /** Points model. */
  total?: number;
  maxTotal?: number;
  /** "Tốt", "Khá", … or, under TT 24, the level the unit may propose: "Mức độ 2" / "Mức độ 1" / "Chưa đạt". */
  rating: string;
  /** Level id for indicators ("M1"), band label for points. */
  ratingId: string;
  gap: Gap;
  teams: TeamResult[];
  memberResults: MemberResult[];
  /**
   * Evidence codes assigned to the rows whose code cell is blank (rules.md §7), by 1-based row of the
   * evidence sheet: assigned once, printed by every document, written back by the one patch builder.
   */
  evidenceCodes: Record<number, string>;
  /** The plan's targets, evaluated when the dossier is made (the report prints them). */
  targets?: PlanTarget[];
  /** Thông tư 24 only. */
  tt24?: Tt24Result;
  issues: Issue[];
}

/** An item's value as the outputs print it: "9,25/10 điểm", or "Đạt" / "Chưa đạt". */
export function itemValueText(it: Pick<ItemResult, "max" | "points" | "met">): string {
  if (it.max !== undefined && it.points !== undefined) return `${formatNumberVi(it.points, 2)}/${formatNumberVi(it.max, 2)} điểm`;
  return it.met ? "Đạt" : "Chưa đạt";
}
