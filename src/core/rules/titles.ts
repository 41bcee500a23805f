/**
 * Emulation titles in rank order (Luật Thi đua, khen thưởng 2022), matched without diacritics.
 * Quality ratings ("Hoàn thành nhiệm vụ", "Hoàn thành tốt nhiệm vụ") are recognised so that they
 * are not errors, but they are not titles and rank below "Lao động tiên tiến" (docs/domain/rules.md §2).
 */
import { fold } from "../text/vi";

export interface TitleDef {
  code: string;
  label: string;
  rank: number;
  /** Folded spellings and abbreviations that mean this title. */
  spellings: string[];
  /** A form of commendation (hình thức khen thưởng), not an emulation title: recognised, never counted as one. */
  commendation?: true;
}

export const INDIVIDUAL_TITLES: TitleDef[] = [
  {
    code: "NONE",
    label: "Không có danh hiệu",
    rank: 0,
    spellings: ["khong", "khong co", "khong co danh hieu", "khong dat", "chua", "chua co", "chua co danh hieu", "chua dat", "k", "ko", "-"],
  },
  { code: "HTNV", label: "Hoàn thành nhiệm vụ", rank: 0, spellings: ["hoan thanh nhiem vu", "htnv", "ht nv"] },
  {
    code: "HTTNV",
    label: "Hoàn thành tốt nhiệm vụ",
    rank: 0,
    spellings: ["hoan thanh tot nhiem vu", "httnv", "htt nv", "hoan thanh xuat sac nhiem vu", "htxsnv"],
  },
  { code: "LDTT", label: "Lao động tiên tiến", rank: 1, spellings: ["lao dong tien tien", "ldtt", "ld tt", "lđtt"] },
  { code: "CSTDCS", label: "Chiến sĩ thi đua cơ sở", rank: 2, spellings: ["chien si thi dua co so", "cstdcs", "cstd cs", "cstd co so", "cstd"] },
  {
    code: "CSTDTINH",
    label: "Chiến sĩ thi đua cấp bộ, ngành, tỉnh",
    rank: 3,
    spellings: [
      "chien si thi dua cap tinh",
      "chien si thi dua cap bo",
      "chien si thi dua cap nganh",
      "chien si thi dua cap bo nganh tinh",
      "cstd cap tinh",
      "cstd tinh",
      "cstd cap bo",
      "cstd cap nganh",
    ],
  },
  { code: "CSTDTQ", label: "Chiến sĩ thi đua toàn quốc", rank: 4, spellings: ["chien si thi dua toan quoc", "cstd toan quoc", "cstdtq"] },
  // Forms of commendation (rules.md §2): recognised, so that the reader can say what they are, never a title.
  { code: "BK", label: "Bằng khen", rank: 0, commendation: true, spellings: ["bang khen"] },
  { code: "GK", label: "Giấy khen", rank: 0, commendation: true, spellings: ["giay khen"] },
];

export const COLLECTIVE_TITLES: TitleDef[] = [
  {
    code: "NONE",
    label: "Không có danh hiệu",
    rank: 0,
    spellings: ["khong", "khong co", "khong co danh hieu", "khong dat", "chua", "chua co", "chua co danh hieu", "chua dat", "-"],
  },
  { code: "TTLDTT", label: "Tập thể lao động tiên tiến", rank: 1, spellings: ["tap the lao dong tien tien", "ttldtt", "tt ldtt", "ttlđtt"] },
  { code: "TTLDXS", label: "Tập thể lao động xuất sắc", rank: 2, spellings: ["tap the lao dong xuat sac", "ttldxs", "tt ldxs"] },
  {
    code: "CTD",
    label: "Cờ thi đua",
    rank: 3,
    spellings: ["co thi dua", "co thi dua cap tinh", "co thi dua cua ubnd tinh", "co thi dua cap bo", "co thi dua chinh phu", "co thi dua cua chinh phu"],
  },
  // Bằng khen, Giấy khen and Huân chương are forms of commendation, not titles (rules.md §2): they rank
  // with "no title", so they never satisfy "Tập thể lao động tiên tiến trở lên"; the reader says so.
  {
    code: "BK",
    label: "Bằng khen",
    rank: 0,
    commendation: true,
    spellings: ["bang khen", "bang khen cap tinh", "bang khen thu tuong", "bang khen cua thu tuong chinh phu", "bang khen ubnd tinh"],
  },
  { code: "GK", label: "Giấy khen", rank: 0, commendation: true, spellings: ["giay khen"] },
  { code: "HC", label: "Huân chương Lao động", rank: 0, commendation: true, spellings: ["huan chuong lao dong", "huan chuong"] },
];

const folded = new WeakMap<TitleDef[], Map<string, TitleDef>>();

/** folded spelling → title, built once per list. */
function index(list: TitleDef[]): Map<string, TitleDef> {
  let m = folded.get(list);
  if (!m) {
    m = new Map();
    for (const t of list) for (const s of t.spellings) if (!m.has(fold(s))) m.set(fold(s), t);
    folded.set(list, m);
  }
  return m;
}

/** What a title cell says: the title (null: not understood) and the years written with it. */
export interface TitleReading {
  title: TitleDef | null;
  /** A calendar year ("năm 2025"), or a school year's two ("năm học 2022 - 2023"); empty when none. */
  years: number[];
}

/** Abbreviations clerks write in titles (folded words). "TT" is "tập thể" in a collective title only. */
const TITLE_WORDS: Record<string, string> = {
  ldtt: "lao dong tien tien",
  ldxs: "lao dong xuat sac",
  ttldtt: "tap the lao dong tien tien",
  ttldxs: "tap the lao dong xuat sac",
  cstd: "chien si thi dua",
  cstdcs: "chien si thi dua co so",
  cstdtq: "chien si thi dua toan quoc",
  td: "thi dua",
  ctd: "co thi dua",
  ubnd: "uy ban nhan dan",
  htnv: "hoan thanh nhiem vu",
  httnv: "hoan thanh tot nhiem vu",
  htxsnv: "hoan thanh xuat sac nhiem vu",
};

/** Words before the title that add nothing: "Đạt danh hiệu …", "Được công nhận …". */
const LEAD = /^(?:dat|danh hieu(?: thi dua)?|duoc(?: cong nhan| tang| tang thuong)?|cong nhan)\s+/;

/**
 * The titles by their full words, with what may follow them: an issuer or a decision ("… của UBND tỉnh",
 * "… cấp tỉnh", "… theo QĐ số …"); anything at all after a Cờ thi đua, a Bằng khen, a Giấy khen or a
 * Huân chương (their issuer). Longest first.
 */
const ISSUER = "(?:cua|cap|do|theo|tai|qd|quyet dinh|so|uy ban|tinh|thanh pho|huyen|quan|thi xa|xa|phuong|bo|nganh|chinh phu|thu tuong)\\b";
const PHRASES: Record<"individual" | "collective", [RegExp, string][]> = {
  individual: [
    [/^chien si thi dua toan quoc\b/, "CSTDTQ"],
    [/^chien si thi dua (?:cap )?(?:tinh|bo|nganh|thanh pho)\b/, "CSTDTINH"],
    [new RegExp(`^chien si thi dua co so(?: ${ISSUER}.*)?$`), "CSTDCS"],
    [new RegExp(`^chien si thi dua(?: ${ISSUER}.*)?$`), "CSTDCS"],
    [new RegExp(`^lao dong tien tien(?: ${ISSUER}.*)?$`), "LDTT"],
    [/^hoan thanh (?:tot|xuat sac) nhiem vu$/, "HTTNV"],
    [/^hoan thanh nhiem vu$/, "HTNV"],
    [/^bang khen\b/, "BK"],
    [/^giay khen\b/, "GK"],
  ],
  collective: [
    [new RegExp(`^tap the lao dong tien tien(?: ${ISSUER}.*)?$`), "TTLDTT"],
    [new RegExp(`^tap the lao dong xuat sac(?: ${ISSUER}.*)?$`), "TTLDXS"],
    [/^co thi dua\b/, "CTD"],
    [/^bang khen\b/, "BK"],
    [/^giay khen\b/, "GK"],
    [/^huan chuong\b/, "HC"],
  ],
};

/** "năm học 2022 - 2023", "năm 2025", "NH 2022-2023" anywhere; a bare year only at the end ("LĐTT 2023"), not a date's. */
const YEARS_SAID = /\b(?:nam hoc|nam|nh)\s+((?:19|20)\d\d)(?:\s+((?:19|20)\d\d))?\b/g;
// Not the year of a date ("… ngày 15/8/2023": a number before it).
const YEARS_AT_END = /(?<!\d )\b((?:19|20)\d\d)(?:\s+((?:19|20)\d\d))?$/;

function readOne(list: TitleDef[], kind: "individual" | "collective", text: string): TitleReading {
  const f = fold(text);
  const years: number[] = [];
  if (!f) return { title: null, years };
  const idx = index(list);
  const exact = idx.get(f);
  if (exact) return { title: exact, years };
  const take = (_m: string, a: string, b?: string) => {
    years.push(Number(a), ...(b ? [Number(b)] : []));
    return " ";
  };
  let s = f.replace(YEARS_SAID, take).replace(YEARS_AT_END, take);
  s = s
    .split(" ")
    .filter(Boolean)
    .map((w) => (w === "tt" && kind === "collective" ? "tap the" : (TITLE_WORDS[w] ?? w)))
    .join(" ");
  for (let prev = ""; prev !== s;) {
    prev = s;
    s = s.replace(LEAD, "");
  }
  const byCode = (code: string) => list.find((t) => t.code === code) ?? null;
  const hit = idx.get(s) ?? PHRASES[kind].find(([re]) => re.test(s))?.[1];
  return { title: typeof hit === "string" ? byCode(hit) : (hit ?? null), years };
}

/**
 * A title as clerks write it (rules.md §2): full or abbreviated, with an issuer or a year appended, or
 * two forms in one cell ("Tập thể LĐTT; Bằng khen của UBND tỉnh"): then every part must be understood,
 * and the highest title counts (a form of commendation only when no part is a title).
 */
// A staff list repeats a handful of title texts thousands of times: each is read once (bounded memo).
const READ_MEMO = new Map<string, TitleReading>();

function read(list: TitleDef[], kind: "individual" | "collective", text: string): TitleReading {
  const k = `${kind}\u0000${text}`;
  const hit = READ_MEMO.get(k);
  if (hit) return hit;
  const r = readUncached(list, kind, text);
  if (READ_MEMO.size >= 5000) READ_MEMO.clear();
  READ_MEMO.set(k, r);
  return r;
}

function readUncached(list: TitleDef[], kind: "individual" | "collective", text: string): TitleReading {
  const whole = readOne(list, kind, text);
  if (whole.title) return whole;
  const parts = text.split(/[;,+\n]|\s+(?:và|va)\s+/i).filter((p) => fold(p) !== "");
  if (parts.length < 2) return whole;
  const read = parts.map((p) => readOne(list, kind, p));
  if (read.some((r) => !r.title)) return whole;
  const titles = read.map((r) => r.title!);
  const best = [...titles].sort((a, b) => Number(!!a.commendation) - Number(!!b.commendation) || b.rank - a.rank)[0];
  return { title: best, years: [...new Set(read.flatMap((r) => r.years))] };
}

export function readIndividualTitle(text: string): TitleReading {
  return read(INDIVIDUAL_TITLES, "individual", text);
}

export function readCollectiveTitle(text: string): TitleReading {
  return read(COLLECTIVE_TITLES, "collective", text);
}

export function matchIndividualTitle(text: string): TitleDef | null {
  return readIndividualTitle(text).title;
}

export function matchCollectiveTitle(text: string): TitleDef | null {
  return readCollectiveTitle(text).title;
}

/** A year written with a title that is not the assessment year (a school year counts when either of its years is). */
export function titleYearDiffers(years: number[], assessmentYear: number | undefined): boolean {
  return assessmentYear !== undefined && years.length > 0 && !years.includes(assessmentYear);
}

export function titleRank(list: TitleDef[], code: string): number {
  const t = list.find((x) => x.code === code);
  if (!t) throw new Error(`Unknown title code ${code}`);
  return t.rank;
}
