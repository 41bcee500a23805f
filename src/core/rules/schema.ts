/**
 * Rule sets are data (JSON files beside this one), validated here. A rule set names its legal
 * source and version; a locality preset is a small file that changes targets of one rule set.
 * Both the 100-point model (TT 22/2020) and the pass/fail indicator model (TT 24/2023) fit.
 */
import { z } from "zod";

/** Fields of a member row that a member item can test (read by readMembers in read/index.ts). */
export const MemberField = z.enum([
  "selfStudyPlan", // 2a: KH tự học, tự bồi dưỡng được duyệt
  "discipline", // 2b: tuân thủ kỷ luật, nội quy; hợp tác
  "training", // 2c: hoàn thành bồi dưỡng bắt buộc
  "cdhtTitle", // TT 24 3.1: danh hiệu Công dân học tập
  "commitment", // cam kết học tập suốt đời
  "digitalSkills", // kỹ năng số (plan target)
  "familyRegistered", // gia đình đăng ký GĐHT
  "familyRecognised", // gia đình đạt GĐHT
]);
export type MemberField = z.infer<typeof MemberField>;

export const MemberTest = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("flag"), field: MemberField }),
  /** Individual emulation title at or above `min` (rank order in titles.ts). */
  z.object({ kind: z.literal("titleAtLeast"), min: z.string() }),
  /** All 8 "Công dân học tập" competences (rules.md §4). */
  z.object({ kind: z.literal("competences"), count: z.number().int().positive() }),
]);
export type MemberTest = z.infer<typeof MemberTest>;

export const Scoring = z.discriminatedUnion("mode", [
  /** points = max × min(1, rate / target), rounded down to `step`. */
  z.object({ mode: z.literal("proportional"), step: z.number().positive() }),
  /** max when rate ≥ target, else 0. */
  z.object({ mode: z.literal("all_or_nothing") }),
  /** the points of the highest band whose lower bound (0..1) the rate reaches. */
  z.object({
    mode: z.literal("bands"),
    bands: z.array(z.object({ min: z.number().min(0).max(1), points: z.number().min(0) })).min(1),
  }),
  /** entered by the council: 0 … max in `step`s, with evidence or an explanation. */
  z.object({ mode: z.literal("council"), step: z.number().positive() }),
]);
export type Scoring = z.infer<typeof Scoring>;

export const UnitType = z.enum([
  "cong-lap",
  "ngoai-cong-lap",
  "co-quan-nha-nuoc",
  "mam-non",
  "tieu-hoc",
  "thcs",
  "thpt",
  "gdtx",
  "dai-hoc",
  "nghe-nghiep",
  "khac",
]);
export type UnitType = z.infer<typeof UnitType>;

export const RuleItem = z.object({
  /** As the law writes it: "2a", "1.3". */
  id: z.string().min(1),
  group: z.string().min(1),
  text: z.string().min(1),
  /** Short label for tables and reason lines ("KH tự học được duyệt"). */
  short: z.string().min(1),
  measuredOn: z.enum(["unit", "members"]),
  /** Points model only. */
  max: z.number().positive().optional(),
  /** Members: share (0..1) that earns full points (points) or that the indicator needs (indicators). */
  target: z.number().min(0).max(1).optional(),
  /** Indicators: a different target per level, e.g. {"M2": 0.95}. */
  levelTargets: z.record(z.string(), z.number().min(0).max(1)).optional(),
  scoring: Scoring.optional(),
  test: MemberTest.optional(),
  /** What a failing member lacks, for the reason column: "thiếu KH tự học". */
  failReason: z.string().optional(),
  /** What meeting members have, for the explanation line: "có KH tự học được duyệt". */
  meetPhrase: z.string().optional(),
  /** Indicators: the item applies only to these unit types (any match); absent = all. */
  appliesTo: z.array(UnitType).optional(),
  /** The unit's collective title can decide this unit item ("Tập thể lao động tiên tiến" trở lên). */
  collectiveTitleAtLeast: z.string().optional(),
  source: z.string().min(1),
  provisional: z.boolean().optional(),
});
export type RuleItem = z.infer<typeof RuleItem>;

export const RuleGroup = z.object({ id: z.string(), text: z.string(), max: z.number().optional() });
export type RuleGroup = z.infer<typeof RuleGroup>;

export const Rating = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("bands"),
    /** Highest first; a total ≥ min gets the label. */
    bands: z.array(z.object({ label: z.string(), min: z.number() })).min(1),
    source: z.string(),
  }),
  z.object({
    kind: z.literal("levels"),
    /** Lowest first; a level is reached when every applicable indicator is met at that level's target. */
    levels: z.array(z.object({ id: z.string(), label: z.string() })).min(1),
    notReached: z.string(),
    source: z.string(),
  }),
]);
export type Rating = z.infer<typeof Rating>;

export const RuleSet = z.object({
  /** Stable id with version: "TT22/2020", "TT24/2023-provisional". */
  id: z.string(),
  version: z.string(),
  model: z.enum(["points", "indicators"]),
  title: z.string(),
  legalSource: z.object({
    document: z.string(),
    issued: z.string(),
    inForce: z.string(),
    articles: z.string(),
  }),
  /** Assessment years this framework serves by default (inclusive). */
  years: z.object({ from: z.number().int().optional(), to: z.number().int().optional() }),
  provisional: z.boolean().optional(),
  provisionalNote: z.string().optional(),
  groups: z.array(RuleGroup).min(1),
  items: z.array(RuleItem).min(1),
  rating: Rating,
  /** Competence labels for a "competences" member test (rules.md §4). */
  competences: z.array(z.string()).optional(),
});
export type RuleSet = z.infer<typeof RuleSet>;

export const Preset = z.object({
  id: z.string(),
  label: z.string(),
  /** Names a clerk may type in "Thông tin" ("Hà Nội", "TP Hà Nội"). */
  aliases: z.array(z.string()),
  /** Rule set ids this preset can modify. */
  ruleSets: z.array(z.string()).min(1),
  source: z.string(),
  items: z.record(z.string(), z.object({ target: z.number().min(0).max(1).optional(), scoring: Scoring.optional() })),
});
export type Preset = z.infer<typeof Preset>;
