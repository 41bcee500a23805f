/**
 * Vietnamese text helpers. Every string that comes from a cell goes through `clean` (NFC);
 * header and token matching goes through `fold` (no case, no diacritics, đ→d, punctuation as space).
 */

const COMBINING = /[\u0300-\u036f]/;
const UNTIDY_SPACE = /\s\s|[\t\n\r\u00a0]|^\s|\s$/;

// Header scans show the same few cells again and again (every row tried as a header, for every
// table role): each distinct short text is cleaned once. Bounded, and the function stays pure.
const CLEAN_MEMO = new Map<string, string>();
const CLEAN_MEMO_MAX = 20000;

export function clean(s: string): string {
  const hit = CLEAN_MEMO.get(s);
  if (hit !== undefined) return hit;
  // Fast paths (this runs on every cell of a staff list): Vietnamese typed in precomposed form has
  // no combining marks, so NFC would return it unchanged; tidy spacing needs no replace.
  const t = COMBINING.test(s) ? s.normalize("NFC") : s;
  const c = UNTIDY_SPACE.test(t) ? t.replace(/\s+/g, " ").trim() : t;
  if (s.length <= 200) {
    if (CLEAN_MEMO.size >= CLEAN_MEMO_MAX) CLEAN_MEMO.clear();
    CLEAN_MEMO.set(s, c);
  }
  return c;
}

// Cell texts repeat heavily ("x", "Có", "Tổ 1", titles): memoising fold keeps a 10,000-member
// sheet well under the core's time budget. The memo is bounded and the function stays pure.
const FOLD_MEMO = new Map<string, string>();
const FOLD_MEMO_MAX = 20000;

/** Case-, diacritic- and punctuation-insensitive key: "Họ và tên\n(CB-GV)" → "ho va ten cb gv". */
export function fold(s: string): string {
  const hit = FOLD_MEMO.get(s);
  if (hit !== undefined) return hit;
  const f = s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[^a-z0-9%]+/g, " ")
    .trim();
  if (FOLD_MEMO.size >= FOLD_MEMO_MAX) FOLD_MEMO.clear();
  FOLD_MEMO.set(s, f);
  return f;
}

const collator = new Intl.Collator("vi", { sensitivity: "base", numeric: true });

export function compareVi(a: string, b: string): number {
  return collator.compare(a, b);
}

/**
 * Vietnamese names sort by given name (the last word), then by the whole name,
 * as school lists do: "Nguyễn Văn An" before "Trần Thị Bình".
 */
export function compareViName(a: string, b: string): number {
  const ga = a.trim().split(/\s+/).pop() ?? a;
  const gb = b.trim().split(/\s+/).pop() ?? b;
  return collator.compare(ga, gb) || collator.compare(a, b);
}

/** 93.333 → "93,3" (Vietnamese decimal comma). */
export function formatNumberVi(n: number, maxDecimals = 2): string {
  const fixed = Number(n.toFixed(maxDecimals));
  return String(fixed).replace(".", ",");
}

export function formatPercentVi(rate: number): string {
  return `${formatNumberVi(rate * 100, 1)}%`;
}

/** A string an Excel cell would take as a formula if written as a value. */
export function looksLikeFormula(s: string): boolean {
  return /^[=+\-@]/.test(s);
}
