/**
 * Header matching (docs/domain/workbook.md, "Reading"): sheets are recognised by their header content, not by
 * name or position. A header cell is folded (no case, diacritics, punctuation; NFC = NFD) and the
 * common abbreviations are expanded, then matched against the phrases of each logical column.
 */
import { cellAt, type SheetGrid } from "../grid";
import { fold } from "../text/vi";
import { show } from "../text/cell";
import { isBandTitle } from "../workbook/band";

const ABBREVIATIONS: Record<string, string> = {
  kh: "ke hoach",
  bd: "boi duong",
  bdtx: "boi duong thuong xuyen",
  ldtt: "lao dong tien tien",
  cstd: "chien si thi dua",
  cstdcs: "chien si thi dua co so",
  cdht: "cong dan hoc tap",
  gdht: "gia dinh hoc tap",
  nl: "nang luc",
  pc: "pham chat",
  cb: "can bo",
  gv: "giao vien",
  nv: "nhan vien",
  cntt: "cong nghe thong tin",
  knst: "ky nang song",
  tccm: "to chuyen mon",
  "tu bd": "tu boi duong",
  cds: "chuyen doi so",
  nn: "ngoai ngu",
  dtts: "dan toc thieu so",
  cc: "chung chi",
  td: "thi dua",
  dhtd: "danh hieu thi dua",
  // "TT" inside a header is tổ trưởng ("Chức vụ (TT, TP)"); a header that is only "TT" is the sequence
  // number (headerKeyOf).
  tt: "to truong",
};

/** Folded header text with abbreviations expanded: "KH tự BD" → "ke hoach tu boi duong". */
const HEADER_KEY_MEMO = new Map<string, string>();

export function headerKey(text: string): string {
  const hit = HEADER_KEY_MEMO.get(text);
  if (hit !== undefined) return hit;
  const k = headerKeyOf(text);
  if (HEADER_KEY_MEMO.size < 5000) HEADER_KEY_MEMO.set(text, k);
  return k;
}

function headerKeyOf(text: string): string {
  const f = fold(text);
  // A header that is only "TT" means the sequence number (Số TT), not "tổ trưởng".
  if (f === "tt" || f === "stt" || f === "so tt") return "stt";
  return f
    .split(" ")
    .map((w) => ABBREVIATIONS[w] ?? w)
    .join(" ");
}

/** A logical column and the phrases that name it. `exact` phrases must be the whole header. */
export interface ColumnSpec {
  field: string;
  /** Any one of these sets of phrases, all contained in the header, matches. */
  any: string[][];
  exact?: string[];
  /** Phrases that rule the column out (e.g. "ngay phe duyet" is not the plan column). */
  not?: string[];
}

// Each spec's phrases padded with spaces (whole words only) and joined, built once per spec.
const PADDED = new WeakMap<ColumnSpec, { words: string[]; whole: string }[]>();

function paddedOf(spec: ColumnSpec): { words: string[]; whole: string }[] {
  let p = PADDED.get(spec);
  if (!p) PADDED.set(spec, (p = spec.any.map((all) => ({ words: all.map((w) => ` ${w} `), whole: all.join(" ") }))));
  return p;
}

export function matchScore(key: string, spec: ColumnSpec): number {
  if (!key) return 0;
  if (spec.not?.some((n) => key.includes(n))) return 0;
  if (spec.exact?.includes(key)) return 3;
  const padded = ` ${key} `;
  for (const all of paddedOf(spec)) if (all.words.every((p) => padded.includes(p))) return all.whole === key ? 3 : 2;
  return 0;
}

// The competence a header names (index into COMPETENCE_COLUMNS, or -1), once per distinct header.
const COMPETENCE_MEMO = new Map<string, number>();

function competenceOf(key: string): number {
  let hit = COMPETENCE_MEMO.get(key);
  if (hit === undefined) {
    hit = COMPETENCE_COLUMNS.findIndex((s) => matchScore(key, s) > 0);
    if (COMPETENCE_MEMO.size < 5000) COMPETENCE_MEMO.set(key, hit);
  }
  return hit;
}

export const MEMBER_COLUMNS: ColumnSpec[] = [
  { field: "seq", any: [], exact: ["stt", "so thu tu"] },
  { field: "name", any: [["ho va ten"], ["ho ten"], ["ten can bo"]], not: ["vo chong", "nguoi than"] },
  { field: "position", any: [["chuc vu"], ["chuc danh"], ["vi tri viec lam"]] },
  { field: "group", any: [["to chuyen mon"], ["bo phan"]], exact: ["to", "to bo phan", "to chuyen mon", "to khoi"] },
  { field: "approvalDate", any: [["ngay phe duyet"], ["ngay duyet"]] },
  { field: "selfStudyPlan", any: [["ke hoach tu hoc"], ["ke hoach tu boi duong"], ["ke hoach hoc tap"]], not: ["ngay"] },
  { field: "discipline", any: [["tuan thu ky luat"], ["chap hanh noi quy"], ["ky luat", "noi quy"], ["ky luat lao dong"]] },
  {
    field: "training",
    any: [
      ["hoan thanh boi duong"],
      ["hoan thanh chuong trinh boi duong"],
      ["hoan thanh chuong trinh hoc tap"],
      ["hoan thanh boi duong thuong xuyen"],
      ["boi duong bat buoc"],
    ],
    not: ["chuyen doi so"],
  },
  {
    field: "cdhtTitle",
    any: [["danh hieu cong dan hoc tap"], ["dat cong dan hoc tap"], ["dat danh hieu cong dan hoc tap"]],
    exact: ["cong dan hoc tap"],
  },
  // Thông tư 24's member columns (workbook.md): 2.3 digital transformation, 2.4 a language certificate
  // (Mức độ 1) and, optionally, a language level that meets the job (Mức độ 2).
  { field: "digitalTraining", any: [["chuyen doi so"]], not: ["muc do chuyen doi so"] },
  {
    field: "languageCertificate",
    any: [
      ["chung chi", "ngoai ngu"],
      ["chung nhan", "ngoai ngu"],
      ["chung chi", "dan toc thieu so"],
      ["chung chi", "tieng dan toc"],
    ],
    not: ["trinh do"],
  },
  {
    field: "languageLevel",
    any: [
      ["trinh do", "ngoai ngu"],
      ["trinh do", "dan toc thieu so"],
      ["trinh do", "tieng dan toc"],
    ],
  },
  {
    field: "competencesAll",
    any: [
      ["dap ung", "cong dan hoc tap"],
      ["nang luc", "pham chat", "cong dan hoc tap"],
    ],
  },
  {
    field: "title",
    any: [["danh hieu thi dua"], ["thi dua nam"]],
    exact: ["danh hieu", "thi dua", "danh hieu nam"],
    not: ["tap the", "cong dan hoc tap", "gia dinh"],
  },
  { field: "commitment", any: [["cam ket hoc tap suot doi"], ["cam ket hoc tap"]] },
  { field: "digitalSkills", any: [["ky nang so"]] },
  { field: "familyRegistered", any: [["dang ky", "gia dinh hoc tap"]] },
  {
    field: "familyRecognised",
    any: [
      ["dat", "gia dinh hoc tap"],
      ["cong nhan", "gia dinh hoc tap"],
    ],
    not: ["dang ky"],
  },
  { field: "exclusion", any: [["khong tinh"], ["loai tru"]] },
  { field: "note", any: [["ghi chu"]] },
];

/** The 8 competences named in full (docs/domain/rules.md §4), for sheets that spell them out. */
export const COMPETENCE_COLUMNS: ColumnSpec[] = [
  { field: "c1", any: [["phap luat"]] },
  { field: "c2", any: [["cam ket hoc tap"], ["hoc tap suot doi"]] },
  { field: "c3", any: [["dong ho"], ["to chuc viec hoc tap"]] },
  { field: "c4", any: [["loi song"], ["hoa hop voi moi truong"]] },
  { field: "c5", any: [["ngoai ngu"], ["cong nghe thong tin"]] },
  { field: "c6", any: [["tu duy phan bien"], ["sang tao"], ["giai quyet van de"]] },
  { field: "c7", any: [["binh dang gioi"]] },
  { field: "c8", any: [["da dang van hoa"], ["ung xu van hoa"]] },
];

/** A group header over the competence columns ("Năng lực Công dân học tập", "Các NL, PC của CDHT"). */
export function isCompetenceGroup(key: string): boolean {
  return key.includes("cong dan hoc tap") || key.includes("nang luc") || key.includes("pham chat");
}

/** A numbered competence sub-header: "1", "NL1", "Năng lực 1", "(1)". */
export function competenceNumber(key: string): number | null {
  const m = /^(?:nang luc|tieu chi|nl)?\s*(\d)$/.exec(key);
  if (!m) return null;
  const n = Number(m[1]);
  return n >= 1 && n <= 8 ? n : null;
}

export const EVIDENCE_COLUMNS: ColumnSpec[] = [
  { field: "seq", any: [], exact: ["stt", "so thu tu"] },
  { field: "code", any: [["ma minh chung"]], exact: ["ma", "ma so"] },
  { field: "items", any: [["tieu chi"], ["chi tieu"]], not: ["noi dung"] },
  { field: "title", any: [["ten minh chung"], ["trich yeu"], ["ten van ban"], ["noi dung minh chung"]] },
  { field: "number", any: [["so", "ky hieu"], ["so hieu"]], exact: ["so", "so van ban"] },
  { field: "date", any: [["ngay ban hanh"], ["ngay thang"]], exact: ["ngay"] },
  { field: "issuer", any: [["co quan ban hanh"], ["noi ban hanh"], ["don vi ban hanh"], ["nguoi ky"]] },
  { field: "location", any: [["noi luu"], ["duong dan"], ["lien ket"], ["link"], ["vi tri luu"]] },
  { field: "note", any: [["ghi chu"]] },
];

export const UNIT_ITEM_COLUMNS: ColumnSpec[] = [
  { field: "id", any: [["ma tieu chi"], ["ma chi tieu"]], exact: ["tieu chi", "chi tieu", "ma", "stt"] },
  { field: "content", any: [["noi dung"], ["ten tieu chi"]] },
  { field: "max", any: [["diem toi da"], ["diem chuan"], ["thang diem"]] },
  {
    field: "points",
    any: [["diem tu danh gia"], ["tu cham"], ["diem dat"], ["ket qua tu danh gia"], ["dat khong dat"], ["diem hoi dong"]],
    exact: ["diem", "ket qua"],
  },
  { field: "evidence", any: [["ma minh chung"], ["minh chung"]] },
  { field: "explanation", any: [["giai trinh"], ["ghi chu"], ["nhan xet"]] },
];

/** A mapped column outranks any match by words (at most 3). */
const MAPPED_SCORE = 4;

// Header scans try many rows of every sheet against every role; the same texts come back again and
// again, so each (spec list, key) verdict is computed once.
const BEST_MEMO = new WeakMap<ColumnSpec[], Map<string, { field: string; score: number }>>();

function bestField_(key: string, specs: ColumnSpec[]): { field: string; score: number } {
  let memo = BEST_MEMO.get(specs);
  if (!memo) BEST_MEMO.set(specs, (memo = new Map()));
  let hit = memo.get(key);
  if (!hit) {
    hit = { field: "", score: 0 };
    for (const s of specs) {
      const sc = matchScore(key, s);
      if (sc > hit.score) hit = { field: s.field, score: sc };
    }
    if (memo.size < 5000) memo.set(key, hit);
  }
  return hit;
}

export interface HeaderMatch {
  /** 0-based header rows (one or two). */
  rows: number[];
  /** field → 0-based column */
  columns: Record<string, number>;
  /** field → all columns that matched it best (more than one = ambiguous). */
  duplicates: Record<string, number[]>;
  /** Competence columns c1..c8 when recorded separately. */
  competences: (number | undefined)[];
  /** Start of the product's result band (excluded from reading). */
  bandStart?: number;
  /** Header cells no column was found in (0-based column, the text as written): what a clerk may map. */
  unrecognised: { column: number; header: string }[];
  /** Fields taken by the clerk's mapping (`mapped`), not by their words. */
  mapped: string[];
  score: number;
}

/** The text of a header cell, taking merged areas into account (a merged group header spans its columns). */
function headerTextOf(grid: SheetGrid, row: number, col: number): string {
  const v = cellAt(grid, row, col);
  if (v !== null && show(v) !== "") return show(v);
  for (const m of grid.merges ?? []) {
    if (row >= m.top && row <= m.bottom && col >= m.left && col <= m.right) return show(cellAt(grid, m.top, m.left));
  }
  return "";
}

/**
 * Whether rows `r` and `r+1` name every one of `fields` somewhere (in a cell or a merged area over it): a
 * table with those fields cannot have its header at `r` otherwise. A quick look before matchHeader's full
 * reading, which most rows of most sheets (the "Thông tin" rows, the report's prose) never need.
 */
export function headerRowsMayHold(grid: SheetGrid, r: number, specs: ColumnSpec[], fields: string[]): boolean {
  const width = Math.max(
    grid.values[r]?.length ?? 0,
    grid.values[r + 1]?.length ?? 0,
    ...(grid.merges ?? []).filter((m) => m.top <= r + 1 && m.bottom >= r).map((m) => m.right + 1),
  );
  const missing = new Set(fields);
  for (const row of [r, r + 1]) {
    if (row >= grid.values.length) break;
    for (let c = 0; c < width && missing.size > 0; c++) {
      const text = headerTextOf(grid, row, c);
      if (text) missing.delete(bestField_(headerKey(text), specs).field);
    }
  }
  return missing.size === 0;
}

/**
 * Try row `r` (and `r+1` as a second header row) as the header of a table with the given columns.
 * A two-row header: the lower row's text wins, the upper row gives the group (e.g. competences 1–8
 * under "Năng lực Công dân học tập"); an upper cell whose lower cell is blank (a vertical merge) is
 * the column's header.
 */
export function matchHeader(
  grid: SheetGrid,
  r: number,
  specs: ColumnSpec[],
  withCompetences: boolean,
  bandFrom?: number,
  /** The clerk's mapping (read/column-map.ts): header key → field; it wins over the words of any column. */
  mapped?: ReadonlyMap<string, string>,
): HeaderMatch {
  // Header cells live in the header rows: their width bounds the scan (not the whole sheet's).
  const headerWidth = Math.max(
    grid.values[r]?.length ?? 0,
    grid.values[r + 1]?.length ?? 0,
    ...(grid.merges ?? []).filter((m) => m.top <= r + 1 && m.bottom >= r).map((m) => m.right + 1),
  );
  const width = Math.min(headerWidth, bandFrom ?? Infinity);
  let bandStart = bandFrom;
  // Both readings (one header row, two) look at the same cells, some more than once: each is read once.
  const texts = new Map<number, string>();
  const headerText = (row: number, col: number): string => {
    const k = row * 16384 + col;
    let t = texts.get(k);
    if (t === undefined) texts.set(k, (t = headerTextOf(grid, row, col)));
    return t;
  };
  const best = (rowsUsed: number[]) => {
    const columns: Record<string, number> = {};
    const scores: Record<string, number> = {};
    const duplicates: Record<string, number[]> = {};
    const competences: (number | undefined)[] = new Array(8).fill(undefined);
    const unrecognised: { column: number; header: string }[] = [];
    const byMapping: string[] = [];
    let lastGroup = "";
    for (let c = 0; c < width; c++) {
      const top = headerText(rowsUsed[0], c);
      if (rowsUsed.some((rr) => isBandTitle(headerText(rr, c)))) {
        bandStart = c;
        break;
      }
      const bottom = rowsUsed.length > 1 ? headerText(rowsUsed[1], c) : "";
      const topKey = headerKey(top);
      const key = headerKey(bottom || top);
      if (top) lastGroup = topKey;
      const group = rowsUsed.length > 1 ? (top ? topKey : lastGroup) : "";
      const chosen = mapped?.get(key);
      if (chosen !== undefined) {
        if (!byMapping.includes(chosen)) {
          byMapping.push(chosen);
          columns[chosen] = c;
          scores[chosen] = MAPPED_SCORE;
          duplicates[chosen] = [c];
        } else duplicates[chosen].push(c);
        continue;
      }
      if (withCompetences) {
        const n = competenceNumber(key);
        const underGroup = rowsUsed.length > 1 && bottom && isCompetenceGroup(group);
        if (n !== null && underGroup) {
          competences[n - 1] = c;
          continue;
        }
        if (underGroup) {
          const hit = competenceOf(key);
          if (hit >= 0) {
            competences[hit] = c;
            continue;
          }
        }
      }
      const { field: bestField, score: bestScore } = bestField_(key, specs);
      if (!bestField) {
        const text = bottom || top;
        if (text) unrecognised.push({ column: c, header: text });
        continue;
      }
      if (byMapping.includes(bestField)) continue;
      if (columns[bestField] === undefined || bestScore > scores[bestField]) {
        columns[bestField] = c;
        scores[bestField] = bestScore;
        duplicates[bestField] = [c];
      } else if (bestScore === scores[bestField]) {
        duplicates[bestField].push(c);
      }
    }
    // Competences spelled out in a one-row header: each named column counts.
    if (withCompetences && !competences.some((x) => x !== undefined)) {
      for (let c = 0; c < width && (bandStart === undefined || c < bandStart); c++) {
        const key = headerKey(
          rowsUsed
            .map((rr) => headerText(rr, c))
            .filter(Boolean)
            .pop() ?? "",
        );
        // A column already taken by another field is not a competence, except the commitment column,
        // which is competence 2 when all eight are spelled out.
        if (Object.entries(columns).some(([f, col]) => col === c && f !== "commitment")) continue;
        const hit = competenceOf(key);
        if (hit >= 0 && competences[hit] === undefined) competences[hit] = c;
      }
      // Fewer than 8 named competence columns are not the 8-column layout.
      if (competences.some((x) => x === undefined)) competences.fill(undefined);
      else if (columns.commitment !== undefined && competences.includes(columns.commitment)) delete columns.commitment;
    }
    const compFound = competences.filter((x) => x !== undefined).length;
    const score = Object.keys(columns).length + (compFound === 8 ? 2 : 0);
    return { rows: rowsUsed, columns, duplicates, competences, bandStart, unrecognised, mapped: byMapping, score };
  };
  const one = best([r]);
  const two = r + 1 < grid.values.length ? best([r, r + 1]) : undefined;
  if (two && two.score > one.score) return two;
  return one;
}

/**
 * The members' columns by the name messages give them, and the name a clerk writes to map a column of
 * her own wording to one of them ("Cột: Danh hiệu thi đua"). Each label reads back as its field.
 */
const COLUMN_LABELS: Record<string, string> = {
  seq: "STT",
  name: "Họ và tên",
  position: "Chức vụ",
  group: "Tổ chuyên môn",
  selfStudyPlan: "KH tự học được duyệt",
  approvalDate: "Ngày phê duyệt KH",
  discipline: "Tuân thủ kỷ luật",
  training: "Hoàn thành bồi dưỡng",
  title: "Danh hiệu thi đua",
  competences: "Năng lực, phẩm chất CDHT (8 cột) hoặc Đáp ứng NL, PC CDHT",
  competencesAll: "Đáp ứng năng lực, phẩm chất CDHT",
  cdhtTitle: "Danh hiệu Công dân học tập",
  digitalTraining: "Bồi dưỡng, tham gia chuyển đổi số",
  languageCertificate: "Chứng chỉ ngoại ngữ / tiếng DTTS",
  languageLevel: "Trình độ ngoại ngữ / tiếng DTTS đáp ứng yêu cầu",
  commitment: "Cam kết học tập suốt đời",
  digitalSkills: "Kỹ năng số",
  familyRegistered: "Gia đình đăng ký GĐHT",
  familyRecognised: "Gia đình đạt GĐHT",
  exclusion: "Không tính (lý do)",
  note: "Ghi chú",
};

export function columnLabel(field: string): string {
  return COLUMN_LABELS[field] ?? field;
}
