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
  { code: "NONE", label: "Không có danh hiệu", rank: 0, spellings: ["khong", "khong co", "chua", "chua dat", "k", "ko", "-"] },
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
];

export const COLLECTIVE_TITLES: TitleDef[] = [
  { code: "NONE", label: "Không có danh hiệu", rank: 0, spellings: ["khong", "khong co", "chua", "chua dat", "-"] },
  { code: "TTLDTT", label: "Tập thể lao động tiên tiến", rank: 1, spellings: ["tap the lao dong tien tien", "ttldtt", "tt ldtt", "ttlđtt"] },
  { code: "TTLDXS", label: "Tập thể lao động xuất sắc", rank: 2, spellings: ["tap the lao dong xuat sac", "ttldxs", "tt ldxs"] },
  {
    code: "CTD",
    label: "Cờ thi đua",
    rank: 3,
    spellings: ["co thi dua", "co thi dua cap tinh", "co thi dua cua ubnd tinh", "co thi dua cap bo", "co thi dua chinh phu", "co thi dua cua chinh phu"],
  },
  // Bằng khen and Huân chương are forms of commendation, not titles (rules.md §2): they rank with "no
  // title", so they never satisfy "Tập thể lao động tiên tiến trở lên"; the reader says so.
  {
    code: "BK",
    label: "Bằng khen",
    rank: 0,
    commendation: true,
    spellings: ["bang khen", "bang khen cap tinh", "bang khen thu tuong", "bang khen cua thu tuong chinh phu", "bang khen ubnd tinh"],
  },
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

function lookup(list: TitleDef[], text: string): TitleDef | null {
  const f = fold(text);
  if (!f) return null;
  const idx = index(list);
  const hit = idx.get(f);
  if (hit) return hit;
  // Longer phrases: "Lao động tiên tiến năm 2023", "Đạt LĐTT".
  const stripped = f
    .replace(/\b(nam|dat|danh hieu)\b/g, " ")
    .replace(/\b\d{4}\b/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  return idx.get(stripped) ?? null;
}

export function matchIndividualTitle(text: string): TitleDef | null {
  return lookup(INDIVIDUAL_TITLES, text);
}

export function matchCollectiveTitle(text: string): TitleDef | null {
  return lookup(COLLECTIVE_TITLES, text);
}

export function titleRank(list: TitleDef[], code: string): number {
  const t = list.find((x) => x.code === code);
  if (!t) throw new Error(`Unknown title code ${code}`);
  return t.rank;
}
