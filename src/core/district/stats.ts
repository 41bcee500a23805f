/**
 * What the table adds up: units by level (or rating) and by unit type, the indicators most often
 * missed across the area, the recognitions whose validity ends this year, the units recommended for
 * the decision. Only counted rows count; "not counted" and "chưa gửi" are columns of their own.
 */
import type { Tt24LevelId, Tt24Tier } from "../rules/schema";
import { TIER_LABEL, TT24_UNIT_TYPES, tt24RuleSet } from "../rules/tt24";
import { serialToYmd } from "../text/dates";
import { compareCodes } from "../text/codes";
import { looseKey } from "./inputs";
import type { TableRow } from "./select";
import { LEVEL_TEXT, type ProposalKind } from "./tt24-block";

export type Mode = "tt24" | "tt22";

/** The columns of the counts, in order: the levels (or ratings), then the rows without a counted result. */
export function levelColumns(mode: Mode): string[] {
  return mode === "tt24" ? [LEVEL_TEXT.M2, LEVEL_TEXT.M1, LEVEL_TEXT.none] : ["Tốt", "Khá", "Trung bình", "Chưa đạt"];
}

/** A counted row's level as a column of the counts ("Mức độ 2" …, or the TT 22 rating). */
export function levelOfRow(row: TableRow, mode: Mode): string | null {
  const k = row.kept;
  if (!k || row.status !== "counted") return null;
  if (mode === "tt24") return k.tt24?.level ? LEVEL_TEXT[k.tt24.level] : k.rating || null;
  return k.rating || null;
}

const OTHER_TYPE = "Chưa rõ loại hình";

/** The unit type as the circular names it, whatever the roster or the block wrote ("THCS", "Trường trung học cơ sở"). */
export function typeOfRow(row: TableRow): string {
  const text = row.kept?.tt24?.unitType ?? row.rosterType;
  if (!text) return OTHER_TYPE;
  const k = looseKey(text);
  return TT24_UNIT_TYPES.types.find((t) => looseKey(t.label) === k || t.id === text)?.label ?? text;
}

export interface CountRow {
  type: string;
  /** By level column, in levelColumns order. */
  levels: number[];
  notCounted: number;
  notSent: number;
  total: number;
}

export interface Counts {
  columns: string[];
  rows: CountRow[];
  totals: CountRow;
}

export function countByType(rows: TableRow[], mode: Mode): Counts {
  const columns = levelColumns(mode);
  const byType = new Map<string, CountRow>();
  const blank = (type: string): CountRow => ({ type, levels: columns.map(() => 0), notCounted: 0, notSent: 0, total: 0 });
  for (const r of rows) {
    const type = typeOfRow(r);
    const c = byType.get(type) ?? blank(type);
    byType.set(type, c);
    c.total++;
    if (r.status === "not-counted") c.notCounted++;
    else if (r.status === "not-sent" || r.status === "no-result") c.notSent++;
    else {
      const i = columns.indexOf(levelOfRow(r, mode) ?? "");
      if (i >= 0) c.levels[i]++;
      else c.notCounted++;
    }
  }
  // Types in the circular's order, then the others by name, "Chưa rõ loại hình" last.
  const order = (t: string) => {
    const i = TT24_UNIT_TYPES.types.findIndex((x) => x.label === t);
    return t === OTHER_TYPE ? 1e6 : i >= 0 ? i : 1e5;
  };
  const list = [...byType.values()].sort((a, b) => order(a.type) - order(b.type) || a.type.localeCompare(b.type, "vi"));
  const totals = blank("Tổng số");
  for (const c of list) {
    c.levels.forEach((n, i) => (totals.levels[i] += n));
    totals.notCounted += c.notCounted;
    totals.notSent += c.notSent;
    totals.total += c.total;
  }
  return { columns, rows: list, totals };
}

export interface Missed {
  tier: Tt24Tier;
  id: string;
  /** "2.4 Ngoại ngữ, tiếng dân tộc" (with the tier when the area has both). */
  label: string;
  applicable: number;
  missedM1: number;
  missedM2: number;
}

/** The indicators most often not met among the counted units: Mức độ 1 first, then Mức độ 2. */
export function mostMissed(rows: TableRow[], limit = 10): Missed[] {
  const by = new Map<string, Missed>();
  const tiers = new Set<Tt24Tier>();
  for (const r of rows) {
    const t = r.status === "counted" ? r.kept?.tt24 : null;
    if (!t) continue;
    const tier = t.tier ?? "cap-huyen";
    tiers.add(tier);
    for (const ind of t.indicators) {
      const key = `${tier}|${ind.id}`;
      const m = by.get(key) ?? { tier, id: ind.id, label: "", applicable: 0, missedM1: 0, missedM2: 0 };
      by.set(key, m);
      if (ind.applicable === false || (ind.m1 === null && ind.m2 === null)) continue;
      m.applicable++;
      if (ind.m1 === false) m.missedM1++;
      if (ind.m2 === false) m.missedM2++;
    }
  }
  const list = [...by.values()].filter((m) => m.missedM1 + m.missedM2 > 0);
  for (const m of list) {
    const short = tt24RuleSet(m.tier).indicators.find((i) => i.id === m.id)?.short;
    m.label = `${m.id}${short ? ` ${short}` : ""}${tiers.size > 1 ? ` (${TIER_LABEL[m.tier]})` : ""}`;
  }
  return list.sort((a, b) => b.missedM1 - a.missedM1 || b.missedM2 - a.missedM2 || compareCodes(a.id, b.id)).slice(0, limit);
}

export interface Expiring {
  row: TableRow;
  level: Tt24LevelId | null;
  decisionNumber: string | null;
  decisionDate: number | null;
  validUntil: number;
}

/** Current recognitions whose 36 months end in the year of `today` (the units must apply again: công nhận lại). */
export function expiringThisYear(rows: TableRow[], today: number): Expiring[] {
  const year = serialToYmd(today).y;
  const out: Expiring[] = [];
  for (const r of rows) {
    const rec = r.status === "counted" ? r.kept?.tt24?.recognition : null;
    if (!rec || rec.validUntil === null || serialToYmd(rec.validUntil).y !== year) continue;
    out.push({ row: r, level: rec.level, decisionNumber: rec.decisionNumber, decisionDate: rec.decisionDate, validUntil: rec.validUntil });
  }
  return out.sort((a, b) => a.validUntil - b.validUntil);
}

export interface Recommended {
  row: TableRow;
  level: Tt24LevelId;
  kind: ProposalKind | null;
}

/**
 * The units the draft decision lists: counted, proposing a level (first, upgrade or renewal). A unit
 * whose recognition is still valid ("maintain") needs no new decision. A block without proposal keys
 * proposes the level it reached.
 */
export function recommended(rows: TableRow[]): Recommended[] {
  const out: Recommended[] = [];
  for (const r of rows) {
    const t = r.status === "counted" ? r.kept?.tt24 : null;
    if (!t) continue;
    const hasProposal = "proposal.level" in r.kept!.block || "proposal.kind" in r.kept!.block;
    const level = hasProposal ? t.proposal.level : t.level === "M1" || t.level === "M2" ? t.level : null;
    if (!level || t.proposal.kind === "maintain") continue;
    out.push({ row: r, level, kind: t.proposal.kind });
  }
  return out;
}
