/**
 * The evaluation result: everything the documents and the pane show, computed once.
 * A level or rating always comes with its reasons and with what blocks the next one.
 */
import type { Issue } from "./messages";
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
  provisional?: boolean;
  /** Points model. */
  max?: number;
  points?: number;
  /** Indicators model: met at the proposed (or first) level; null = not applicable. */
  met?: boolean | null;
  applicable: boolean;
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
  ruleSet: { id: string; version: string; title: string; document: string; model: "points" | "indicators"; provisional: boolean; provisionalNote?: string };
  preset: { id: string; label: string; source: string };
  year: number;
  unit: { name?: string; parentBody?: string; code?: string; place?: string };
  members: { total: number; counted: number; excluded: MemberRef[]; excludedReasons: Record<number, string> };
  items: ItemResult[];
  groups: GroupResult[];
  /** Points model. */
  total?: number;
  maxTotal?: number;
  /** "Tốt", "Khá", … or "Mức độ 1" / "Chưa đạt". */
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
  issues: Issue[];
}

/** An item's value as the outputs print it: "9,25/10 điểm", or "Đạt" / "Chưa đạt". */
export function itemValueText(it: Pick<ItemResult, "max" | "points" | "met">): string {
  if (it.max !== undefined && it.points !== undefined) return `${formatNumberVi(it.points, 2)}/${formatNumberVi(it.max, 2)} điểm`;
  return it.met ? "Đạt" : "Chưa đạt";
}
