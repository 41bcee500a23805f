/**
 * "Loại hình đơn vị" and "Cấp đơn vị" in the clerk's words → the unit as Thông tư 24/2023 sees it
 * (docs/domain/workbook.md, "Thông tin" under TT 24; rules.md §3): its type(s), public or not,
 * economic organisation or not, whether it has "Người học" (Điều 2), and its tier. Nothing is
 * guessed: what cannot be decided comes back as a problem that lists the choices (the template
 * offers the same choices as a dropdown).
 */
import type { Tt24Tier, Tt24UnitType } from "../rules/schema";
import { TIER_LABEL, TT24_UNIT_TYPES, TT24_UNIT_TYPE_LABELS, unitTypeDef, type Tt24Unit } from "../rules/tt24";
import { PUBLIC_CHOICES as PUBLIC, TIER_CHOICES as TIERS } from "../workbook/choices";
import { clean, fold } from "../text/vi";

/** Problem codes (their messages join the issue catalog when this is wired in). */
export type UnitProblemCode =
  | "TT24_UNIT_TYPE_MISSING" // "Loại hình đơn vị" is blank
  | "TT24_UNIT_TYPE_UNKNOWN" // no type recognised in the words
  | "TT24_UNIT_TYPE_AMBIGUOUS" // the words fit several types that the rules treat differently
  | "TT24_UNIT_PUBLIC_AMBIGUOUS" // both "công lập" and "tư thục / dân lập / ngoài công lập"
  | "TT24_UNIT_TIER_NEEDED" // the type has no default level (agencies, organisations) or two
  | "TT24_UNIT_TIER_UNKNOWN"; // "Cấp đơn vị" is neither cấp huyện nor cấp tỉnh

export interface UnitProblem {
  code: UnitProblemCode;
  /** Which "Thông tin" key the clerk must fix. */
  key: "Loại hình đơn vị" | "Cấp đơn vị";
  params: Record<string, string>;
  /** What the clerk may write instead (the dropdown's values). */
  choices: string[];
}

/** Information the clerk should see, not an error. */
export interface UnitNote {
  code: "TT24_TIER_XA_READ_AS_HUYEN" | "TT24_TIER_SET_DIFFERS_FROM_TYPE";
  params: Record<string, string>;
}

export type UnitClassification =
  { ok: true; unit: Tt24Unit; tierFrom: "explicit" | "type" | "words"; notes: UnitNote[] } | { ok: false; problems: UnitProblem[] };

const TIER_CHOICES = [...TIERS];
const PUBLIC_CHOICES = [...PUBLIC];
export const UNIT_TYPE_CHOICES: string[] = [...TT24_UNIT_TYPE_LABELS];

// Abbreviations a clerk writes, as whole folded tokens → the words they stand for.
const ABBREVIATIONS: Record<string, string> = {
  th: "tieu hoc",
  mn: "mam non",
  mg: "mau giao",
  thcs: "trung hoc co so",
  thpt: "trung hoc pho thong",
  gdtx: "giao duc thuong xuyen",
  gdnn: "giao duc nghe nghiep",
  gd: "giao duc",
  tt: "trung tam",
  ttgdtx: "trung tam giao duc thuong xuyen",
  ttgdnn: "trung tam giao duc nghe nghiep",
  pt: "pho thong",
  ptdt: "pho thong dan toc",
  ptdtbt: "pho thong dan toc ban tru",
  ptdtnt: "pho thong dan toc noi tru",
  dtbt: "dan toc ban tru",
  dtnt: "dan toc noi tru",
  dh: "dai hoc",
  cd: "cao dang",
  ubnd: "uy ban nhan dan",
  htx: "hop tac xa",
  ncl: "ngoai cong lap",
  cl: "cong lap",
};

/** Folded, abbreviations spelled out, padded with spaces so that phrases match as whole words. */
function canonical(text: string): string {
  const words = fold(text)
    .split(" ")
    .filter((w) => w !== "")
    .map((w) => ABBREVIATIONS[w] ?? w)
    .join(" ")
    .replace(/\bdan toc (bt)\b/g, "dan toc ban tru")
    .replace(/\bdan toc (nt)\b/g, "dan toc noi tru")
    .replace(/\bgiao duc nn\b/g, "giao duc nghe nghiep")
    .replace(/\blien cap\b/g, "nhieu cap");
  return ` ${words} `;
}

const has = (s: string, phrase: string) => s.includes(` ${phrase} `);
const hasAny = (s: string, phrases: string[]) => phrases.some((p) => has(s, p));

interface TypeReading {
  types: Tt24UnitType[];
  /** Sets of types the words cannot choose between. */
  ambiguous: Tt24UnitType[][];
}

function readTypes(s: string, tierFromClerk: Tt24Tier | null): TypeReading {
  const found = new Set<Tt24UnitType>();
  const ambiguous: Tt24UnitType[][] = [];

  // Preschool.
  if (has(s, "nha tre")) found.add("nha-tre");
  if (has(s, "mau giao")) found.add("mau-giao");
  if (has(s, "mam non")) found.add("mam-non");

  // General education: the ethnic boarding schools first (they name school levels too).
  const th = has(s, "tieu hoc");
  const thcs = has(s, "trung hoc co so");
  const thpt = has(s, "trung hoc pho thong");
  if (hasAny(s, ["dan toc ban tru"])) found.add("ptdt-ban-tru");
  else if (hasAny(s, ["dan toc noi tru"])) {
    const huyen = has(s, "huyen");
    const tinh = has(s, "tinh");
    if (huyen !== tinh) found.add(huyen ? "ptdt-noi-tru-huyen" : "ptdt-noi-tru-tinh");
    else if (thpt) found.add("ptdt-noi-tru-tinh");
    else if (thcs) found.add("ptdt-noi-tru-huyen");
    else if (tierFromClerk) found.add(tierFromClerk === "cap-huyen" ? "ptdt-noi-tru-huyen" : "ptdt-noi-tru-tinh");
    else ambiguous.push(["ptdt-noi-tru-huyen", "ptdt-noi-tru-tinh"]);
  } else {
    const several = has(s, "nhieu cap");
    const highestThcs = has(s, "cao nhat la trung hoc co so");
    const highestThpt = has(s, "cao nhat la trung hoc pho thong");
    const levels = [th, thcs, thpt].filter(Boolean).length;
    if (highestThpt || (thpt && (levels >= 2 || several))) found.add("pho-thong-nhieu-cap-thpt");
    else if (highestThcs || (thcs && (levels >= 2 || several))) found.add("pho-thong-nhieu-cap-thcs");
    else if (several && levels === 0) ambiguous.push(["pho-thong-nhieu-cap-thcs", "pho-thong-nhieu-cap-thpt"]);
    else if (thpt) found.add("thpt");
    else if (thcs) found.add("thcs");
    else if (th) found.add("tieu-hoc");
  }
  const general = found.size > 0 || ambiguous.length > 0;

  // Continuing and vocational education.
  if (has(s, "giao duc thuong xuyen")) found.add("gdtx");
  if (hasAny(s, ["trung tam giao duc nghe nghiep", "trung tam day nghe"]) || (has(s, "trung tam") && has(s, "giao duc nghe nghiep")))
    found.add("trung-tam-gdnn");
  if (has(s, "trung cap")) found.add("trung-cap");
  if (has(s, "cao dang")) found.add("cao-dang");
  if (
    !found.has("trung-tam-gdnn") &&
    !found.has("trung-cap") &&
    !found.has("cao-dang") &&
    hasAny(s, ["giao duc nghe nghiep", "co so giao duc nghe nghiep", "co so day nghe"])
  )
    ambiguous.push(["trung-tam-gdnn", "trung-cap", "cao-dang"]);

  // Higher education and the province's other institutions; a school named after a university
  // ("Trường THPT chuyên Đại học Sư phạm") is the school.
  const other = hasAny(s, ["du bi dai hoc", "nang khieu", "khuyet tat", "giao duong", "giao duc hoa nhap"]);
  if (other && !general) found.add("co-so-giao-duc-khac-cap-tinh");
  const withoutPrep = s.replace(/ du bi dai hoc /g, " ");
  if (!general && hasAny(withoutPrep, ["dai hoc", "hoc vien"])) found.add("dai-hoc");

  // Agencies and organisations.
  const education = found.size > 0 || ambiguous.length > 0;
  if (!education) {
    if (/ uy ban nhan dan (xa|phuong|thi tran) /.test(s)) found.add("ubnd-xa");
    else if (hasAny(s, ["co quan nha nuoc", "co quan hanh chinh", "co quan quan ly nha nuoc", "uy ban nhan dan"]) || /^ (phong|so|van phong) /.test(s))
      found.add("co-quan-nha-nuoc");
    if (hasAny(s, ["don vi su nghiep", "benh vien", "trung tam y te", "tram y te", "thu vien"])) found.add("don-vi-su-nghiep");
    if (hasAny(s, ["doanh nghiep", "cong ty", "tap doan", "hop tac xa", "to chuc kinh te", "tnhh", "co phan"])) found.add("to-chuc-kinh-te");
    const political = hasAny(s, [
      "to chuc chinh tri xa hoi",
      "mat tran to quoc",
      "cong doan",
      "doan thanh nien",
      "hoi lien hiep phu nu",
      "hoi phu nu",
      "hoi nong dan",
      "hoi cuu chien binh",
    ]);
    if (political) found.add("to-chuc-chinh-tri-xa-hoi");
    else if (/^ hoi /.test(s) || hasAny(s, ["to chuc xa hoi", "to chuc xa hoi nghe nghiep", "hoi khuyen hoc"])) found.add("hoi");
  }

  const order = TT24_UNIT_TYPES.types.map((t) => t.id);
  return { types: [...found].sort((a, b) => order.indexOf(a) - order.indexOf(b)), ambiguous };
}

/** Type sets that describe one unit: a "Trung tâm GDNN – GDTX", a preschool that is also a primary school. */
function compatible(types: Tt24UnitType[]): boolean {
  const sectors = new Set(types.map((t) => unitTypeDef(t).sector));
  return sectors.size <= 1;
}

type TierParse = { ok: true; tier: Tt24Tier; note?: UnitNote } | { ok: false; problem: UnitProblem };

/** "Cấp đơn vị": cấp huyện / cấp tỉnh (blank is handled by the caller: the type decides). */
export function parseTier(text: string): TierParse {
  const shown = clean(text);
  const s = ` ${fold(shown)} `;
  const tinh = hasAny(s, ["tinh", "trung uong"]);
  const huyen = hasAny(s, ["huyen", "quan", "thi xa"]);
  const xa = hasAny(s, ["xa", "phuong", "thi tran"]) && !huyen;
  if (tinh && !huyen && !xa) return { ok: true, tier: "cap-tinh" };
  if (huyen && !tinh) return { ok: true, tier: "cap-huyen" };
  // Since 01/7/2025 the commune does what the district did (tt24-2023.md, last section): the
  // circular's district articles still apply; say so rather than choose silently.
  if (xa && !tinh) return { ok: true, tier: "cap-huyen", note: { code: "TT24_TIER_XA_READ_AS_HUYEN", params: { shown } } };
  return { ok: false, problem: { code: "TT24_UNIT_TIER_UNKNOWN", key: "Cấp đơn vị", params: { shown }, choices: TIER_CHOICES } };
}

const PRIVATE_WORDS = ["ngoai cong lap", "tu thuc", "dan lap", "tu nhan"];

/**
 * The unit from "Loại hình đơn vị" and, when given, "Cấp đơn vị" (which always wins over the
 * type's default level). Every problem is returned at once.
 */
export function classifyTt24Unit(unitTypeText: string | null | undefined, tierText?: string | null): UnitClassification {
  const problems: UnitProblem[] = [];
  const notes: UnitNote[] = [];
  const shown = clean(unitTypeText ?? "");

  let explicit: Tt24Tier | null = null;
  if (tierText && clean(tierText) !== "") {
    const t = parseTier(tierText);
    if (t.ok) {
      explicit = t.tier;
      if (t.note) notes.push(t.note);
    } else problems.push(t.problem);
  }

  if (shown === "") {
    problems.push({ code: "TT24_UNIT_TYPE_MISSING", key: "Loại hình đơn vị", params: {}, choices: UNIT_TYPE_CHOICES });
    return { ok: false, problems };
  }
  const s = canonical(shown);
  const reading = readTypes(s, explicit);
  for (const set of reading.ambiguous)
    problems.push({ code: "TT24_UNIT_TYPE_AMBIGUOUS", key: "Loại hình đơn vị", params: { shown }, choices: set.map((t) => unitTypeDef(t).label) });
  if (reading.types.length === 0 && reading.ambiguous.length === 0)
    problems.push({ code: "TT24_UNIT_TYPE_UNKNOWN", key: "Loại hình đơn vị", params: { shown }, choices: UNIT_TYPE_CHOICES });
  else if (reading.types.length > 0 && !compatible(reading.types))
    problems.push({
      code: "TT24_UNIT_TYPE_AMBIGUOUS",
      key: "Loại hình đơn vị",
      params: { shown },
      choices: reading.types.map((t) => unitTypeDef(t).label),
    });
  if (problems.length > 0 || reading.types.length === 0) return { ok: false, problems };

  const defs = reading.types.map(unitTypeDef);

  // Public or not: the words decide where the type allows both; otherwise the type does.
  let isPublic = defs.every((d) => d.publicByDefault);
  if (defs.some((d) => d.publicVaries)) {
    const rest = s.replace(/ ngoai cong lap /g, " ");
    const saysPrivate = hasAny(s, PRIVATE_WORDS);
    const saysPublic = has(rest, "cong lap");
    if (saysPrivate && saysPublic) problems.push({ code: "TT24_UNIT_PUBLIC_AMBIGUOUS", key: "Loại hình đơn vị", params: { shown }, choices: PUBLIC_CHOICES });
    else if (saysPrivate) isPublic = false;
  }

  // The tier: "Cấp đơn vị" when given; otherwise the type's default, the words when the types
  // disagree ("Trung tâm GDNN – GDTX huyện …"); agencies and organisations must state it.
  let tier: Tt24Tier | null = explicit;
  let tierFrom: "explicit" | "type" | "words" = "explicit";
  const defaults = [...new Set(defs.map((d) => d.defaultTier))];
  if (!tier) {
    if (defaults.length === 1 && defaults[0] !== null) {
      tier = defaults[0];
      tierFrom = "type";
    } else if (!defaults.includes(null)) {
      const huyen = has(s, "huyen");
      const tinh = has(s, "tinh");
      if (huyen !== tinh) {
        tier = huyen ? "cap-huyen" : "cap-tinh";
        tierFrom = "words";
      }
    }
    if (!tier)
      problems.push({
        code: "TT24_UNIT_TIER_NEEDED",
        key: "Cấp đơn vị",
        params: { shown, types: defs.map((d) => d.label).join(", ") },
        choices: TIER_CHOICES,
      });
  } else if (defaults.length === 1 && defaults[0] !== null && defaults[0] !== tier)
    notes.push({
      code: "TT24_TIER_SET_DIFFERS_FROM_TYPE",
      params: { tier: TIER_LABEL[tier], usual: TIER_LABEL[defaults[0]], types: defs.map((d) => d.label).join(", ") },
    });

  if (problems.length > 0 || !tier) return { ok: false, problems };
  return {
    ok: true,
    unit: {
      types: reading.types,
      public: isPublic,
      economic: defs.some((d) => d.sector === "to-chuc-kinh-te"),
      learners: defs.some((d) => d.learners),
      tier,
    },
    tierFrom,
    notes,
  };
}
