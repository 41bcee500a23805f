/**
 * Dates inside the core are Excel serial numbers (1900 date system, serial 1 = 1900-01-01,
 * with Excel's phantom 29/02/1900). No Date objects and no clock: callers pass "today" in.
 */

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

const DAY_MS = 86400000;
// Serial 25569 is 1970-01-01 in Excel's 1900 system.
const UNIX_EPOCH_SERIAL = 25569;

export function ymdToSerial({ y, m, d }: Ymd): number {
  return Math.round(Date.UTC(y, m - 1, d) / DAY_MS) + UNIX_EPOCH_SERIAL;
}

export function serialToYmd(serial: number): Ymd {
  const dt = new Date((Math.floor(serial) - UNIX_EPOCH_SERIAL) * DAY_MS);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}

export function isValidYmd({ y, m, d }: Ymd): boolean {
  if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1) return false;
  const dim = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d <= dim;
}

/** "5/9/2023", "05-09-2023", "05.09.2023" → serial (day first, always). null when not a date. */
export function parseDayFirst(text: string): number | null {
  const m = /^\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})\s*$/.exec(text);
  if (!m) return null;
  const ymd = { d: Number(m[1]), m: Number(m[2]), y: Number(m[3]) };
  return isValidYmd(ymd) ? ymdToSerial(ymd) : null;
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

/** serial → "05/09/2023". */
export function formatDateVi(serial: number): string {
  const { y, m, d } = serialToYmd(serial);
  return `${pad2(d)}/${pad2(m)}/${y}`;
}

/** serial → "ngày 05 tháng 09 năm 2023" (the place/date line of NĐ 30/2020; day and month with two digits). */
export function formatDateLineVi(serial: number): string {
  const { y, m, d } = serialToYmd(serial);
  return `ngày ${pad2(d)} tháng ${pad2(m)} năm ${y}`;
}
