/**
 * The district's own inputs: the roster of expected units ("Danh sách đơn vị": a sheet of the
 * consolidation workbook, or a workbook given with --roster) and the settings of the report upward
 * ("Thông tin tổng hợp": label in the first column, value in the second). Both are found by their
 * content, headers and labels compared without case or diacritics.
 *
 * Matching a unit's file to a roster row: by code when both have one, else by the name with case,
 * spacing, punctuation and Unicode form (NFC / NFD) set aside, else by the name without diacritics
 * and with the usual abbreviations spelled out ("TH" = "Tiểu học", "MN" = "Mầm non" …), only when
 * exactly one row answers. Two rows answering is said, never guessed.
 */
import { a1, cellAt, type SheetGrid, type WorkbookGrids } from "../grid";
import { issue, type Issue } from "../messages";
import { show } from "../text/cell";
import { fold } from "../text/vi";

export interface RosterUnit {
  name: string;
  code: string | null;
  /** "Loại hình" when the roster has the column. */
  type: string | null;
  sheet: string;
  /** 0-based row in its sheet. */
  row: number;
}

export interface Roster {
  /** Where it was read ("Danh sách đơn vị" of the consolidation workbook, or the --roster file's sheet). */
  source: string;
  units: RosterUnit[];
}

export interface DistrictSettings {
  parentBody?: string;
  office?: string;
  place?: string;
  /** Who receives the report upward (Điều 20: the Sở GD&ĐT). */
  recipient?: string;
  signerTitle?: string;
  signerName?: string;
  /** Who signs the recognition decision. */
  approver?: string;
  numberLine?: string;
  year?: number;
}

/** Same name: NFC, no case, one space, punctuation as space. */
export function nameKey(s: string): string {
  return s
    .normalize("NFC")
    .toLowerCase()
    .replace(/[\s.,;:_"'“”‘’()[\]/\\–—-]+/g, " ")
    .trim();
}

const ABBREVIATIONS: Record<string, string> = {
  th: "tieu hoc",
  thcs: "trung hoc co so",
  thpt: "trung hoc pho thong",
  mn: "mam non",
  mg: "mau giao",
  ptdtbt: "pho thong dan toc ban tru",
  ptdtnt: "pho thong dan toc noi tru",
  tt: "trung tam",
  gdtx: "giao duc thuong xuyen",
  gdnn: "giao duc nghe nghiep",
  ubnd: "uy ban nhan dan",
};

/** Looser: no diacritics, abbreviations spelled out, the word "trường" left out. */
export function looseKey(s: string): string {
  return fold(s)
    .split(" ")
    .filter((w) => w && w !== "truong")
    .map((w) => ABBREVIATIONS[w] ?? w)
    .join(" ");
}

const codeKey = (s: string) => fold(s).replace(/\s+/g, "");

export type RosterMatch = { index: number; by: "code" | "name" | "loose" } | { ambiguous: number[] } | null;

interface RosterIndex {
  byCode: Map<string, number[]>;
  byName: Map<string, number[]>;
  byLoose: Map<string, number[]>;
}

// The roster's keys, made once per roster (a district of a thousand units matches a thousand files).
const INDEXES = new WeakMap<Roster, RosterIndex>();

function indexOf(roster: Roster): RosterIndex {
  let ix = INDEXES.get(roster);
  if (ix) return ix;
  ix = { byCode: new Map(), byName: new Map(), byLoose: new Map() };
  const add = (m: Map<string, number[]>, k: string, i: number) => k && m.set(k, [...(m.get(k) ?? []), i]);
  roster.units.forEach((u, i) => {
    if (u.code) add(ix!.byCode, codeKey(u.code), i);
    add(ix!.byName, nameKey(u.name), i);
    add(ix!.byLoose, looseKey(u.name), i);
  });
  INDEXES.set(roster, ix);
  return ix;
}

export function matchRoster(roster: Roster, name: string, code: string | null): RosterMatch {
  const ix = indexOf(roster);
  if (code) {
    const hits = ix.byCode.get(codeKey(code)) ?? [];
    if (hits.length === 1) return { index: hits[0], by: "code" };
  }
  if (!name) return null;
  const exact = ix.byName.get(nameKey(name)) ?? [];
  if (exact.length === 1) return { index: exact[0], by: "name" };
  if (exact.length > 1) return { ambiguous: exact };
  const loose = ix.byLoose.get(looseKey(name)) ?? [];
  if (loose.length === 1) return { index: loose[0], by: "loose" };
  if (loose.length > 1) return { ambiguous: loose };
  return null;
}

/** A file's name as a unit's name ("truong-th-binh-an.xlsx" → "truong th binh an"), for a file that gave no result. */
export function matchFileName(roster: Roster, source: string): number | null {
  const k = looseKey(source.replace(/\.[^.]+$/, "").replace(/[-_.]+/g, " "));
  const hits = k ? (indexOf(roster).byLoose.get(k) ?? []) : [];
  return hits.length === 1 ? hits[0] : null;
}

// ---------------------------------------------------------------------------------------------
// The roster

const NAME_HEADERS = ["ten don vi", "don vi", "ten truong", "truong", "ten co so", "ten co so giao duc", "co so giao duc"];
const isCodeHeader = (f: string) => f === "ma" || f.startsWith("ma don vi") || f === "ma dv" || f.startsWith("ma viet tat") || f === "ma so";
const isTypeHeader = (f: string) => f.startsWith("loai hinh");

export const ROSTER_SHEET = "Danh sách đơn vị";
export const SETTINGS_SHEET = "Thông tin tổng hợp";

/** The roster's sheet: the one named "Danh sách đơn vị" (any case, NFC or NFD), else, in a roster file, the first sheet with a name column. */
export function findRosterSheet(grids: WorkbookGrids, anySheet: boolean): SheetGrid | null {
  const named = grids.sheets.find((g) => fold(g.name) === fold(ROSTER_SHEET));
  if (named) return named;
  if (!anySheet) return null;
  return grids.sheets.find((g) => headerRow(g) !== null) ?? grids.sheets[0] ?? null;
}

function headerRow(g: SheetGrid): { row: number; name: number; code: number | null; type: number | null } | null {
  for (let r = 0; r < Math.min(10, g.values.length); r++) {
    const folded = (g.values[r] ?? []).map((v) => fold(show(v ?? null)));
    const name = folded.findIndex((f) => NAME_HEADERS.includes(f));
    if (name < 0) continue;
    const code = folded.findIndex(isCodeHeader);
    const type = folded.findIndex(isTypeHeader);
    return { row: r, name, code: code >= 0 ? code : null, type: type >= 0 ? type : null };
  }
  return null;
}

/** `inBook`: the roster is a sheet of the consolidation workbook, so a problem can link to its cell. */
export function readRoster(g: SheetGrid, source: string, inBook: boolean): { roster: Roster | null; issues: Issue[] } {
  const h = headerRow(g);
  if (!h) return { roster: null, issues: [issue("DISTRICT_ROSTER_NO_HEADER", { sheet: g.name }, inBook ? { sheet: g.name } : {})] };
  const units: RosterUnit[] = [];
  const issues: Issue[] = [];
  const seen = new Map<string, number>();
  for (let r = h.row + 1; r < g.values.length; r++) {
    const name = show(cellAt(g, r, h.name));
    const code = h.code === null ? "" : show(cellAt(g, r, h.code));
    if (!name) continue;
    const key = code ? `#${codeKey(code)}` : nameKey(name);
    const first = seen.get(key);
    if (first !== undefined) {
      issues.push(issue("DISTRICT_ROSTER_DUPLICATE", { unit: name, first: first + 1, source }, inBook ? { sheet: g.name, cell: a1(r, h.name) } : {}));
      continue;
    }
    seen.set(key, r);
    units.push({ name, code: code || null, type: h.type === null ? null : show(cellAt(g, r, h.type)) || null, sheet: g.name, row: r });
  }
  return { roster: { source, units }, issues };
}

// ---------------------------------------------------------------------------------------------
// The settings

const SETTING_LABELS: [keyof DistrictSettings, (f: string) => boolean][] = [
  ["parentBody", (f) => f === "co quan chu quan"],
  ["office", (f) => f === "co quan lap bao cao" || f === "co quan tong hop" || f === "co quan" || f === "don vi lap bao cao"],
  ["place", (f) => f === "dia danh"],
  ["recipient", (f) => f === "noi nhan bao cao" || f === "co quan nhan bao cao" || f === "kinh gui"],
  ["signerTitle", (f) => f === "chuc vu nguoi ky" || f === "chuc danh nguoi ky"],
  ["signerName", (f) => f === "nguoi ky" || f === "ho ten nguoi ky"],
  ["approver", (f) => f.startsWith("nguoi co tham quyen cong nhan") || f.startsWith("nguoi quyet dinh cong nhan") || f.startsWith("nguoi co quan quyet dinh")],
  ["numberLine", (f) => f === "so van ban" || f === "so bao cao"],
  ["year", (f) => f === "nam tong hop" || f === "nam danh gia"],
];

/** The settings sheet's values ("Thông tin tổng hợp"), when the workbook has one. */
export function readSettings(grids: WorkbookGrids): DistrictSettings {
  const g = grids.sheets.find((s) => fold(s.name) === fold(SETTINGS_SHEET));
  const out: DistrictSettings = {};
  if (!g) return out;
  for (let r = 0; r < g.values.length; r++) {
    const label = fold(show(cellAt(g, r, 0)));
    const hit = SETTING_LABELS.find(([, test]) => test(label));
    const v = cellAt(g, r, 1);
    if (!hit || v === null) continue;
    const [key] = hit;
    if (key === "year") {
      const y = typeof v === "number" ? v : Number(show(v));
      if (Number.isInteger(y) && y > 2000 && y < 2200) out.year = y;
    } else if (show(v)) out[key as Exclude<keyof DistrictSettings, "year">] = show(v);
  }
  return out;
}
