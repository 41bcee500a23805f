/**
 * Rule sets are data (JSON files beside this one), validated here. A rule set names its legal
 * source and version; a locality preset is a small file that changes targets of one rule set.
 * Both the 100-point model (TT 22/2020) and the pass/fail indicator model (TT 24/2023) fit: a TT 24
 * rule set is written in its own shape (Tt24RuleSet, below) and the registry derives from it the
 * generic view every document reads (rules/tt24.ts, tt24AsRuleSet).
 */
import { z } from "zod";

/** Fields of a member row that a member item can test (read by readMembers in read/index.ts). */
export const MemberField = z.enum([
  "selfStudyPlan", // 2a: KH tự học, tự bồi dưỡng được duyệt
  "discipline", // 2b: tuân thủ kỷ luật, nội quy; hợp tác
  "training", // 2c: hoàn thành bồi dưỡng bắt buộc
  "cdhtTitle", // TT 24 3.1: danh hiệu Công dân học tập
  "digitalTraining", // TT 24 2.3: được đào tạo, bồi dưỡng và tham gia chuyển đổi số
  "languageCertificate", // TT 24 2.4 Mức độ 1: chứng chỉ, chứng nhận ngoại ngữ / tiếng DTTS
  "languageLevel", // TT 24 2.4 Mức độ 2: trình độ ngoại ngữ / tiếng DTTS đáp ứng yêu cầu
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
  /** All 8 "Công dân học tập" competences (docs/domain/rules.md §4). */
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
  /** The unit's collective title can decide this unit item ("Tập thể lao động tiên tiến" trở lên). */
  collectiveTitleAtLeast: z.string().optional(),
  source: z.string().min(1),
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
  /** Stable id: "TT22/2020", "TT24/2023-cap-huyen" (the framework, then the tier). */
  id: z.string(),
  /** The framework a tier belongs to ("TT24/2023"); absent: the id is the framework. */
  framework: z.string().optional(),
  /** TT 24: the unit's level whose articles this rule set holds (rules.md §3). */
  tier: z.enum(["cap-huyen", "cap-tinh"]).optional(),
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
  groups: z.array(RuleGroup).min(1),
  items: z.array(RuleItem).min(1),
  rating: Rating,
  /** Competence labels for a "competences" member test (docs/domain/rules.md §4). */
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

// ---- Thông tư 24/2023: pass/fail indicators per tier and level ------------------------------
// A TT 24 rule set is one tier ("cấp huyện": Điều 6, 7; "cấp tỉnh": Điều 12, 13) with its two
// levels. Each indicator carries, per level, the circular's own words, the article they come
// from, its threshold and its scope (who it applies to) as data: docs/domain/tt24-2023.md.

/** The unit's level in the circular's sense: which articles apply (rules.md §3). */
export const Tt24Tier = z.enum(["cap-huyen", "cap-tinh"]);
export type Tt24Tier = z.infer<typeof Tt24Tier>;

/** Recognition levels, lowest first. */
export const Tt24LevelId = z.enum(["M1", "M2"]);
export type Tt24LevelId = z.infer<typeof Tt24LevelId>;

/** How an indicator is measured. */
export const Tt24Kind = z.enum([
  "unit", // Đạt / Không đạt entered by the Tổ đánh giá, with evidence
  "members", // a share of the members (2.1–2.5, 3.1; 3.1 adds a learners clause)
  "collectiveTitle", // the unit's emulation title (3.3)
  "digitalLevel", // the unit's digital-transformation level (QĐ 4725 / 4740)
  "accreditation", // vocational accreditation held (kiểm định chất lượng GDNN)
]);
export type Tt24Kind = z.infer<typeof Tt24Kind>;

/** What a member row says that a member indicator counts. */
export const Tt24MemberFact = z.enum([
  "discipline", // 2.1 tuân thủ kỷ luật lao động, nội quy; đoàn kết, hợp tác
  "training", // 2.2 hoàn thành chương trình học tập, bồi dưỡng
  "digitalTraining", // 2.3 được đào tạo, bồi dưỡng và tham gia chuyển đổi số
  "languageCertificate", // 2.4 Mức độ 1: chứng nhận / chứng chỉ ngoại ngữ hoặc tiếng DTTS
  "languageLevel", // 2.4 Mức độ 2: trình độ ngoại ngữ / tiếng DTTS đáp ứng yêu cầu (a certificate counts)
  "emulationTitle", // 2.5 "Lao động tiên tiến" trở lên
  "cdhtTitle", // 3.1 danh hiệu "Công dân học tập"
]);
export type Tt24MemberFact = z.infer<typeof Tt24MemberFact>;

/** The unit's digital-transformation level (QĐ 4725/QĐ-BGDĐT, QĐ 4740/QĐ-BGDĐT), lowest first. */
export const Tt24DigitalLevel = z.enum(["chua-dat", "dap-ung-co-ban", "dap-ung-tot"]);
export type Tt24DigitalLevel = z.infer<typeof Tt24DigitalLevel>;

/** Unit types in the circular's terms (Điều 2) and the clerk's "Loại hình đơn vị". */
export const Tt24UnitType = z.enum([
  "nha-tre",
  "mau-giao",
  "mam-non",
  "tieu-hoc",
  "thcs",
  "pho-thong-nhieu-cap-thcs",
  "ptdt-ban-tru",
  "ptdt-noi-tru-huyen",
  "thpt",
  "pho-thong-nhieu-cap-thpt",
  "ptdt-noi-tru-tinh",
  "gdtx",
  "trung-tam-gdnn",
  "trung-cap",
  "cao-dang",
  "dai-hoc",
  "co-so-giao-duc-khac-cap-tinh",
  "co-quan-nha-nuoc",
  "ubnd-xa",
  "don-vi-su-nghiep",
  "to-chuc-kinh-te",
  "to-chuc-chinh-tri-xa-hoi",
  "hoi",
]);
export type Tt24UnitType = z.infer<typeof Tt24UnitType>;

/** What kind of body a unit type is: decides "cơ quan, đơn vị sự nghiệp công lập" and "tổ chức kinh tế". */
export const Tt24Sector = z.enum(["co-so-giao-duc", "co-quan-nha-nuoc", "don-vi-su-nghiep", "to-chuc-kinh-te", "to-chuc-chinh-tri-xa-hoi", "hoi"]);
export type Tt24Sector = z.infer<typeof Tt24Sector>;

export const Tt24UnitTypeDef = z.object({
  id: Tt24UnitType,
  /** The clerk's words, as the template's dropdown offers them; reading the label gives back this type. */
  label: z.string().min(1),
  sector: Tt24Sector,
  /** rules.md §3 (from Điều 2's lists); null: the unit states its level ("Cấp đơn vị"). */
  defaultTier: Tt24Tier.nullable(),
  /** Has "Người học" in the sense of Điều 2 (3.1's learners clause). */
  learners: z.boolean(),
  /** Public unless the clerk's words say tư thục / dân lập / ngoài công lập (schools, public service units). */
  publicByDefault: z.boolean(),
  /** Whether "công lập" / "tư thục" means anything for this type (false: agencies, businesses, organisations). */
  publicVaries: z.boolean(),
});
export type Tt24UnitTypeDef = z.infer<typeof Tt24UnitTypeDef>;

export const Tt24UnitTypes = z
  .object({
    source: z.string().min(1),
    types: z.array(Tt24UnitTypeDef).min(1),
  })
  .superRefine((d, ctx) => {
    const ids = d.types.map((t) => t.id);
    for (const id of Tt24UnitType.options) if (!ids.includes(id)) ctx.addIssue({ code: "custom", message: `unit type ${id} is not described` });
    if (new Set(ids).size !== ids.length) ctx.addIssue({ code: "custom", message: "duplicate unit type" });
  });
export type Tt24UnitTypes = z.infer<typeof Tt24UnitTypes>;

/** One condition on a unit: every field given must hold. */
export const Tt24ScopeCondition = z
  .object({
    types: z.array(Tt24UnitType).min(1).optional(),
    sectors: z.array(Tt24Sector).min(1).optional(),
    public: z.boolean().optional(),
    economic: z.boolean().optional(),
    learners: z.boolean().optional(),
    tiers: z.array(Tt24Tier).min(1).optional(),
  })
  .refine((c) => Object.keys(c).length > 0, "an empty condition");
export type Tt24ScopeCondition = z.infer<typeof Tt24ScopeCondition>;

/**
 * Who an indicator (or a clause of it) applies to, from the scope words inside it (Điều 9 has no
 * general rule). Applies when some `anyOf` condition holds (absent: everyone) and no `noneOf` does.
 */
export const Tt24Scope = z
  .object({
    anyOf: z.array(Tt24ScopeCondition).min(1).optional(),
    noneOf: z.array(Tt24ScopeCondition).min(1).optional(),
    /** Shown wherever the indicator is listed for a unit outside the scope. */
    reason: z.string().startsWith("Không áp dụng: "),
  })
  .refine((s) => s.anyOf || s.noneOf, "a scope needs anyOf or noneOf");
export type Tt24Scope = z.infer<typeof Tt24Scope>;

const Percent = z.number().int().min(1).max(100);

export const Tt24IndicatorLevel = z.object({
  /** The circular's words (for 3.1 the first sentence; the learners sentence is `learners.text`). */
  text: z.string().min(1),
  /** Article and clause: "TT 24/2023, Điều 7 khoản 2". */
  source: z.string().min(1),
  /** Absent: applies to every unit of the tier. */
  scope: Tt24Scope.optional(),
  /** Member indicators: the share needed and what is counted. */
  members: z
    .object({
      fact: Tt24MemberFact,
      /** Counted instead when the workbook does not record `fact` (2.4 Mức độ 2: the certificate column). */
      fallback: Tt24MemberFact.optional(),
      percent: Percent,
      /** What a member who counts has, for the gap line: "có trình độ ngoại ngữ đáp ứng". */
      meetPhrase: z.string().min(1),
    })
    .optional(),
  /** 3.1's second sentence: a share of the learners, for units that have "Người học". */
  learners: z
    .object({
      text: z.string().min(1),
      percent: Percent,
      scope: Tt24Scope,
      meetPhrase: z.string().min(1),
    })
    .optional(),
  /** A further sentence that binds only some units (1.2 and 3.2: public preschools); shown only to them. */
  extra: z.object({ text: z.string().min(1), scope: Tt24Scope }).optional(),
  /** collectiveTitle: the title codes (rules/titles.ts) that count as "từ Tập thể lao động tiên tiến trở lên". */
  collectiveTitles: z.array(z.string().min(1)).min(1).optional(),
  /** digitalLevel: the lowest level that meets the indicator. */
  digitalLevelAtLeast: Tt24DigitalLevel.optional(),
});
export type Tt24IndicatorLevel = z.infer<typeof Tt24IndicatorLevel>;

export const Tt24Indicator = z
  .object({
    /** The product's id: criterion.item ("2.4"). */
    id: z.string().regex(/^[1-3]\.[1-6]$/),
    criterion: z.enum(["TC1", "TC2", "TC3"]),
    kind: Tt24Kind,
    /** Short label for tables and reason lines. */
    short: z.string().min(1),
    levels: z.object({ M1: Tt24IndicatorLevel, M2: Tt24IndicatorLevel }),
  })
  .superRefine((it, ctx) => {
    for (const lv of Tt24LevelId.options) {
      const l = it.levels[lv];
      const need = (ok: boolean, what: string) => ok || ctx.addIssue({ code: "custom", message: `${it.id} ${lv}: ${what}` });
      need((it.kind === "members") === (l.members !== undefined), "members data iff kind members");
      need((it.kind === "collectiveTitle") === (l.collectiveTitles !== undefined), "collectiveTitles iff kind collectiveTitle");
      need((it.kind === "digitalLevel") === (l.digitalLevelAtLeast !== undefined), "digitalLevelAtLeast iff kind digitalLevel");
      need(l.learners === undefined || it.kind === "members", "a learners clause belongs to a member indicator");
      need(l.source.startsWith("TT 24/2023, Điều "), "source names the article");
    }
  });
export type Tt24Indicator = z.infer<typeof Tt24Indicator>;

export const Tt24RuleSet = z
  .object({
    /** "TT24/2023-cap-huyen": the framework, then the tier. */
    id: z.string().regex(/^TT24\/2023-cap-(huyen|tinh)$/),
    framework: z.literal("TT24/2023"),
    version: z.string(),
    model: z.literal("indicators"),
    tier: Tt24Tier,
    /** "cấp huyện" / "cấp tỉnh", as printed. */
    tierLabel: z.string().min(1),
    title: z.string(),
    legalSource: z.object({ document: z.string(), issued: z.string(), inForce: z.string(), articles: z.string() }),
    years: z.object({ from: z.number().int().optional(), to: z.number().int().optional() }),
    criteria: z.array(z.object({ id: z.enum(["TC1", "TC2", "TC3"]), title: z.string().min(1) })).length(3),
    /** Lowest first; each names the article of its indicators and of its recognition. */
    levels: z.array(z.object({ id: Tt24LevelId, label: z.string(), article: z.string(), recognition: z.string() })).length(2),
    /** The label when no level is reached. */
    notReached: z.string(),
    /** Điều 9 / 15: how each indicator and criterion is judged. */
    judging: z.object({ source: z.string(), rules: z.array(z.string()).min(1) }),
    indicators: z.array(Tt24Indicator).min(1),
  })
  .superRefine((r, ctx) => {
    const ids = r.indicators.map((i) => i.id);
    if (new Set(ids).size !== ids.length) ctx.addIssue({ code: "custom", message: "duplicate indicator id" });
    for (const i of r.indicators) if (i.id[0] !== i.criterion[2]) ctx.addIssue({ code: "custom", message: `${i.id} is filed under ${i.criterion}` });
  });
export type Tt24RuleSet = z.infer<typeof Tt24RuleSet>;

/** A date in the year after the assessment year (a deadline) or in the assessment year (the data period). */
const DayOfYear = z.object({ month: z.number().int().min(1).max(12), day: z.number().int().min(1).max(31), yearOffset: z.union([z.literal(0), z.literal(1)]) });

export const Tt24Authority = z.object({
  recipient: z.string().min(1),
  /** The office inside the recipient that handles the dossier, when there is one. */
  through: z.string().min(1).nullable(),
  approver: z.string().min(1),
  /** Who reports the area's results upward, to whom (district level only). */
  reportUpward: z.object({ by: z.string().min(1), to: z.string().min(1) }).nullable(),
  source: z.string().min(1),
});
export type Tt24Authority = z.infer<typeof Tt24Authority>;

export const Tt24AuthoritySettings = z.object({
  id: z.string(),
  /** Authorities by the date the dossier is sent; the last regime whose `from` is on or before it applies. */
  regimes: z
    .array(
      z.object({
        id: z.string(),
        from: z.object({ y: z.number().int(), m: z.number().int(), d: z.number().int() }),
        /** false: a product default the user should check (no amending text found). */
        confirmed: z.boolean(),
        note: z.string(),
        tiers: z.object({ "cap-huyen": Tt24Authority, "cap-tinh": Tt24Authority }),
      }),
    )
    .min(1),
  calendar: z.object({
    source: z.string(),
    dataFrom: DayOfYear,
    dataTo: DayOfYear,
    /** "trước ngày …": the dossier, the decision, the report upward. */
    dossierBefore: DayOfYear,
    decisionBefore: DayOfYear,
    reportUpwardBefore: DayOfYear,
    /** The dossier date when the clerk gives none (rules.md §3). */
    defaultDossierDate: DayOfYear,
  }),
});
export type Tt24AuthoritySettings = z.infer<typeof Tt24AuthoritySettings>;
