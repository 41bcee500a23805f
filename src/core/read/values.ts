/**
 * Cell value parsing (docs/domain/workbook.md, "Cell values"): yes/no tokens, numbers with a decimal comma,
 * day-first dates, evidence code lists, unit item ids. Every parser returns a value or a problem;
 * the caller turns problems into issues with the cell address.
 */
import { isCellError, type CellValue } from "../grid";
import { clean, fold } from "../text/vi";
import { parseDayFirst } from "../text/dates";
import { show } from "../text/cell";

export type Parsed<T> = { ok: true; value: T } | { ok: false; shown: string };

const YES = new Set(["x", "co", "c", "dat", "d", "roi", "yes", "y", "true", "1", "da duyet", "da phe duyet", "hoan thanh", "ht", "duoc duyet", "co dat"]);
const NO = new Set(["", "khong", "k", "ko", "chua", "chua dat", "cd", "no", "n", "false", "0", "khong dat", "chua hoan thanh", "chua duyet", "chua co"]);
const YES_SYMBOLS = new Set(["✓", "✔", "☑", "✅"]);
const NO_SYMBOLS = new Set(["-", "–", "—", "✗", "✘"]);

export function isBlank(v: CellValue): boolean {
  return v === null || (typeof v === "string" && clean(v) === "");
}

/** Yes/no; blank is "no" (docs/domain/workbook.md). */
export function parseYesNo(v: CellValue): Parsed<boolean> {
  if (v === null) return { ok: true, value: false };
  if (typeof v === "boolean") return { ok: true, value: v };
  if (typeof v === "number") {
    if (v === 1) return { ok: true, value: true };
    if (v === 0) return { ok: true, value: false };
    return { ok: false, shown: String(v) };
  }
  if (isCellError(v)) return { ok: false, shown: v.error };
  const memo = YES_NO_MEMO.get(v);
  if (memo) return memo;
  const parsed = parseYesNoText(v);
  if (YES_NO_MEMO.size < 5000) YES_NO_MEMO.set(v, parsed);
  return parsed;
}

// A members sheet repeats a handful of tokens thousands of times.
const YES_NO_MEMO = new Map<string, Parsed<boolean>>();

function parseYesNoText(v: string): Parsed<boolean> {
  const raw = clean(v);
  if (YES_SYMBOLS.has(raw)) return { ok: true, value: true };
  if (NO_SYMBOLS.has(raw)) return { ok: true, value: false };
  const f = tokenKey(raw);
  if (YES.has(f)) return { ok: true, value: true };
  if (NO.has(f)) return { ok: true, value: false };
  return { ok: false, shown: raw };
}

/**
 * A token without case or diacritics, but with its punctuation: "?" is not blank, "=TRUE()" is not
 * "true" and "+x" is not "x" (workbook.md: anything but the listed tokens is an error at its cell).
 */
function tokenKey(s: string): string {
  return s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

/** "9,5" / "9.5" / 9.5 → 9.5; blank → null. */
export function parseNumber(v: CellValue): Parsed<number | null> {
  if (v === null) return { ok: true, value: null };
  if (typeof v === "number") return { ok: true, value: v };
  if (typeof v === "boolean" || isCellError(v)) return { ok: false, shown: show(v) };
  const s = clean(v);
  if (s === "") return { ok: true, value: null };
  // A minus sign is read (the caller says a negative score is not one), so "-2" is told as −2 points.
  const m = /^([-−]?)\s*(\d+)(?:[.,](\d+))?(?:\s*(?:đ|điểm|d|diem))?$/i.exec(s);
  if (!m) return { ok: false, shown: s };
  return { ok: true, value: (m[1] ? -1 : 1) * Number(`${m[2]}.${m[3] ?? "0"}`) };
}

/** Serial, or day-first text; blank → null. */
export function parseDate(v: CellValue): Parsed<number | null> {
  if (v === null) return { ok: true, value: null };
  if (typeof v === "number") return v > 0 && v < 2958466 ? { ok: true, value: Math.floor(v) } : { ok: false, shown: String(v) };
  if (typeof v === "boolean" || isCellError(v)) return { ok: false, shown: show(v) };
  const s = clean(v);
  if (s === "") return { ok: true, value: null };
  const serial = parseDayFirst(s);
  return serial === null ? { ok: false, shown: s } : { ok: true, value: serial };
}

/** "H1-1.1-01; H1-1.1-02, H2-2.3-01" → ["H1-1.1-01", …]. */
export function splitCodes(v: CellValue): string[] {
  if (v === null || isCellError(v)) return [];
  return String(v)
    .normalize("NFC")
    .split(/[;,\n]+/)
    .map((s) =>
      s
        .trim()
        .replace(/^\[|\]$/g, "")
        .trim(),
    )
    .filter((s) => s !== "");
}

/**
 * Unit item ids as clerks write them: "1a", "1.a", "1 a", "Tiêu chí 1 – a", "TC1.3", "1.1".
 * Returns the normalised id ("1a", "1.1") or null.
 */
export function normaliseItemId(v: CellValue): string | null {
  if (v === null || isCellError(v)) return null;
  let f = fold(String(v));
  f = f.replace(/^(tieu chi|chi tieu|tc|ct|muc)\s*/, "").trim();
  let m = /^(\d+)\s*([a-e])$/.exec(f);
  if (m) return `${m[1]}${m[2]}`;
  m = /^(\d+)\s+(\d+)$/.exec(f);
  if (m) return `${m[1]}.${m[2]}`;
  m = /^(\d+)(\d)$/.exec(f); // "11" is never an id; keep null
  return null;
}

/** Evidence "Tiêu chí" cells name one or several items: "1a; 2c", "1.a, 1.b", "2a 2b". */
export function splitItemIds(v: CellValue): { ids: string[]; unknown: string[] } {
  if (v === null || isCellError(v)) return { ids: [], unknown: [] };
  const parts = String(v)
    .normalize("NFC")
    .split(/[;,\n/]+|\s{2,}/)
    .map((s) => s.trim())
    .filter(Boolean);
  const ids: string[] = [];
  const unknown: string[] = [];
  for (const p of parts) {
    const id = normaliseItemId(p);
    if (id) ids.push(id);
    else {
      // "2a 2b" in one part
      const words = p.split(/\s+/);
      const sub = words.map((w) => normaliseItemId(w));
      if (words.length > 1 && sub.every((x) => x)) ids.push(...(sub as string[]));
      else unknown.push(p);
    }
  }
  return { ids: [...new Set(ids)], unknown };
}
