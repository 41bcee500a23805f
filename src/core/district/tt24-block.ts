/**
 * The Thông tư 24 part of a result block, read in one place. The evaluation's TT 24 keys are being
 * added to the block (workbook/summary.ts) at the same time as this table; the keys read here are:
 *
 *   framework            "TT24/2023-cap-huyen" | "TT24/2023-cap-tinh" (the tier after the dash)
 *   unit.tier            "cap-huyen" | "cap-tinh" (wins over the framework's suffix)
 *   unit.type            the unit type, by its id ("tieu-hoc") or as the circular names it
 *   rating               "Mức độ 2" | "Mức độ 1" | "Chưa đạt": the level the self-evaluation reached
 *   item.<id>.applicable true | false
 *   item.<id>.rate       the members' rate, for member indicators
 *   item.<id>.met.M1     true | false | blank (not applicable at that level)
 *   item.<id>.met.M2     the same at Mức độ 2
 *   item.<id>.met        an older block's one result per indicator (read as the Mức độ 1 result)
 *   proposal.level       "Mức độ 1" | "Mức độ 2" | blank
 *   proposal.kind        "first" | "upgrade" | "renewal" | "maintain" | blank
 *   recognition.level, recognition.decisionNumber, recognition.decisionDate, recognition.validUntil
 *                        the current recognition (dates dd/mm/yyyy or serials); without validUntil it is
 *                        computed from the decision's date (36 months after its year, Điều 5)
 *
 * A key the block lacks reads as unknown, never as a guess.
 */
import type { PlanValue } from "../plan";
import type { Tt24LevelId, Tt24Tier } from "../rules/schema";
import { LEVEL_LABEL, TT24_UNIT_TYPES } from "../rules/tt24";
import { recognitionValidUntil } from "../evaluate/tt24/recognition";
import { ymdToSerial } from "../text/dates";
import { fold } from "../text/vi";
import { bool, date, num, str } from "./block";

export type ProposalKind = "first" | "upgrade" | "renewal" | "maintain";

export interface Tt24Indicator {
  id: string;
  /** false: not applicable to this unit; null: the block does not say. */
  applicable: boolean | null;
  rate: number | null;
  /** Met at Mức độ 1 / 2; null: not applicable at that level, or not known. */
  m1: boolean | null;
  m2: boolean | null;
}

export interface Tt24Data {
  tier: Tt24Tier | null;
  /** As the circular names it ("Trường tiểu học"), or as the block spells it. */
  unitType: string | null;
  level: Tt24LevelId | "none" | null;
  proposal: { level: Tt24LevelId | null; kind: ProposalKind | null };
  indicators: Tt24Indicator[];
  recognition: { level: Tt24LevelId | null; decisionNumber: string | null; decisionDate: number | null; validUntil: number | null } | null;
}

/** "Mức độ 2", "M2", "mức 2" → "M2"; "Chưa đạt" → "none"; anything else null. */
export function levelOf(v: PlanValue | undefined): Tt24LevelId | "none" | null {
  const f = fold(str(v));
  if (!f) return null;
  if (/^(m|muc|muc do)\s?2$/.test(f)) return "M2";
  if (/^(m|muc|muc do)\s?1$/.test(f)) return "M1";
  if (f === "chua dat" || f === "khong dat") return "none";
  return null;
}

const KINDS: readonly ProposalKind[] = ["first", "upgrade", "renewal", "maintain"];

function tierOf(block: Record<string, PlanValue>): Tt24Tier | null {
  const t = str(block["unit.tier"]) || (/-(cap-huyen|cap-tinh)$/.exec(str(block.framework))?.[1] ?? "");
  return t === "cap-huyen" || t === "cap-tinh" ? t : null;
}

function unitTypeOf(v: PlanValue | undefined): string | null {
  const s = str(v);
  if (!s) return null;
  const byId = TT24_UNIT_TYPES.types.find((t) => t.id === s);
  return byId ? byId.label : s;
}

export function isTt24Block(block: Record<string, PlanValue>): boolean {
  return str(block.framework).startsWith("TT24");
}

export function readTt24(block: Record<string, PlanValue>): Tt24Data {
  const ids: string[] = [];
  for (const k of Object.keys(block)) {
    const m = /^item\.(.+?)\.(applicable|rate|met|met\.M1|met\.M2)$/.exec(k);
    if (m && !ids.includes(m[1])) ids.push(m[1]);
  }
  const indicators = ids.map((id) => {
    const split = `item.${id}.met.M1` in block || `item.${id}.met.M2` in block;
    return {
      id,
      applicable: bool(block[`item.${id}.applicable`]),
      rate: num(block[`item.${id}.rate`]),
      m1: bool(split ? block[`item.${id}.met.M1`] : block[`item.${id}.met`]),
      m2: split ? bool(block[`item.${id}.met.M2`]) : null,
    };
  });
  const kind = str(block["proposal.kind"]);
  const pLevel = levelOf(block["proposal.level"]);
  const rLevel = levelOf(block["recognition.level"]);
  const decisionDate = date(block["recognition.decisionDate"]);
  const validUntil = date(block["recognition.validUntil"]) ?? (decisionDate !== null ? ymdToSerial(recognitionValidUntil(decisionDate)) : null);
  return {
    tier: tierOf(block),
    unitType: unitTypeOf(block["unit.type"]),
    level: levelOf(block.rating),
    proposal: { level: pLevel === "none" ? null : pLevel, kind: (KINDS as readonly string[]).includes(kind) ? (kind as ProposalKind) : null },
    indicators,
    recognition:
      rLevel === null && decisionDate === null
        ? null
        : { level: rLevel === "none" ? null : rLevel, decisionNumber: str(block["recognition.decisionNumber"]) || null, decisionDate, validUntil },
  };
}

export const LEVEL_TEXT: Readonly<Record<Tt24LevelId | "none", string>> = { ...LEVEL_LABEL, none: "Chưa đạt" };

/** The proposal in words, as the decision and the table print it. */
export const KIND_TEXT: Readonly<Record<ProposalKind, string>> = {
  first: "công nhận lần đầu",
  upgrade: "nâng mức độ",
  renewal: "công nhận lại",
  maintain: "đang được bảo lưu",
};
