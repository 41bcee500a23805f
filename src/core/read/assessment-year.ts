/**
 * "Năm đánh giá" (workbook.md, "Thông tin"): a calendar year, 2025 or "năm 2025". A school year
 * ("2025-2026", "năm học 2025 – 2026") is ambiguous under Thông tư 24, whose data period is
 * 01/01–31/12: it is an error asking for the calendar year, never silently its first year.
 */
import { isCellError, type CellValue } from "../grid";
import { clean, fold } from "../text/vi";

export const MIN_YEAR = 2000;
export const MAX_YEAR = 2100;

export type YearParse =
  | { ok: true; year: number }
  /** A school year: `first` and `second` are the two calendar years it spans, for the message (never chosen). */
  | { ok: false; code: "YEAR_IS_SCHOOL_YEAR"; params: { shown: string; first: number; second: number } }
  | { ok: false; code: "YEAR_NOT_UNDERSTOOD"; params: { shown: string } };

const inRange = (n: number) => Number.isInteger(n) && n >= MIN_YEAR && n <= MAX_YEAR;

export function parseAssessmentYear(v: CellValue): YearParse {
  if (typeof v === "number") return inRange(v) ? { ok: true, year: v } : { ok: false, code: "YEAR_NOT_UNDERSTOOD", params: { shown: String(v) } };
  if (v === null || typeof v === "boolean" || isCellError(v))
    return { ok: false, code: "YEAR_NOT_UNDERSTOOD", params: { shown: v === null ? "" : isCellError(v) ? v.error : String(v) } };
  const shown = clean(v);
  // "2025-2026", "2025 – 2026", "2025/2026", "2025-26": two years joined by a dash or a slash.
  const span = /(\d{4})\s*[-–—/]\s*(\d{4}|\d{2})(?!\d)/.exec(shown);
  if (span) {
    const first = Number(span[1]);
    const second = span[2].length === 2 ? Math.floor(first / 100) * 100 + Number(span[2]) : Number(span[2]);
    if (second === first + 1) return { ok: false, code: "YEAR_IS_SCHOOL_YEAR", params: { shown, first, second } };
    return { ok: false, code: "YEAR_NOT_UNDERSTOOD", params: { shown } };
  }
  const f = fold(shown);
  const single = /^(?:nam(?: duong lich)? )?(\d{4})$/.exec(f);
  if (single && inRange(Number(single[1]))) return { ok: true, year: Number(single[1]) };
  // "năm học 2025": a school year named by one of its years.
  const schoolYear = /^(?:nam hoc|nh) (\d{4})$/.exec(f);
  if (schoolYear && inRange(Number(schoolYear[1]))) {
    const y = Number(schoolYear[1]);
    return { ok: false, code: "YEAR_IS_SCHOOL_YEAR", params: { shown, first: y, second: y + 1 } };
  }
  return { ok: false, code: "YEAR_NOT_UNDERSTOOD", params: { shown } };
}
