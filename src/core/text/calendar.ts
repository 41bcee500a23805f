/**
 * Calendar arithmetic on {y, m, d} dates (no Date objects, no clock), for the rules that count
 * months and years: TT 24's 12-month upgrade wait and 36-month validity.
 */
import { isValidYmd, serialToYmd, ymdToSerial, type Ymd } from "./dates";

/** A date as the core receives it: an Excel serial or {y, m, d}. */
export type DateInput = number | Ymd;

export function toYmd(d: DateInput): Ymd {
  if (typeof d === "number") return serialToYmd(d);
  if (!isValidYmd(d)) throw new RangeError(`not a date: ${d.d}/${d.m}/${d.y}`);
  return { y: d.y, m: d.m, d: d.d };
}

export function toSerial(d: DateInput): number {
  return typeof d === "number" ? Math.floor(d) : ymdToSerial(toYmd(d));
}

/** Negative, zero or positive as a is before, on or after b. */
export function compareYmd(a: Ymd, b: Ymd): number {
  return a.y - b.y || a.m - b.m || a.d - b.d;
}

export function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(m) ? 30 : 31;
}

/**
 * The same day `n` months later; when that month is shorter, its last day (Bộ luật Dân sự 2015,
 * Điều 148 khoản 3: "nếu tháng kết thúc thời hạn không có ngày tương ứng thì thời hạn kết thúc vào
 * ngày cuối cùng của tháng đó"). 29/02/2024 + 12 months = 28/02/2025.
 */
export function addMonths(date: Ymd, n: number): Ymd {
  const idx = date.y * 12 + (date.m - 1) + n;
  const y = Math.floor(idx / 12);
  const m = (idx % 12) + 1;
  return { y, m, d: Math.min(date.d, daysInMonth(y, m)) };
}

export function addDays(date: Ymd, n: number): Ymd {
  return serialToYmd(ymdToSerial(date) + n);
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

/** {y: 2027, m: 12, d: 31} → "31/12/2027". */
export function formatYmdVi(date: Ymd): string {
  return `${pad2(date.d)}/${pad2(date.m)}/${date.y}`;
}
