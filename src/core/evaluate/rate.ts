/**
 * Exact member rates (rules.md §3: "compared exactly … no floating-point error may turn 90% into
 * 89.999…%"). Thresholds are whole percents and counts are whole numbers, so every comparison is
 * done in integers: `meeting × 100 ≥ percent × counted`. 9 of 10 meets 90%; 35 of 39 does not.
 */

export interface Count {
  /** Members (or learners) who meet the indicator. */
  meeting: number;
  /** Members counted (after exclusions with a reason). */
  counted: number;
}

function check(c: Count, percent: number): void {
  if (!Number.isSafeInteger(c.meeting) || !Number.isSafeInteger(c.counted) || c.meeting < 0 || c.meeting > c.counted)
    throw new RangeError(`not a count: ${c.meeting} of ${c.counted}`);
  if (!Number.isInteger(percent) || percent < 0 || percent > 100) throw new RangeError(`not a whole percent: ${percent}`);
}

/** Whether `meeting / counted ≥ percent %`; nobody counted meets nothing. */
export function meetsPercent(c: Count, percent: number): boolean {
  check(c, percent);
  return c.counted > 0 && c.meeting * 100 >= percent * c.counted;
}

/** How many more must meet (of the same members counted) to reach `percent %`: ⌈percent × counted / 100⌉ − meeting, at least 0. */
export function shortfall(c: Count, percent: number): number {
  check(c, percent);
  const needed = Math.floor((percent * c.counted + 99) / 100);
  return Math.max(0, needed - c.meeting);
}

/**
 * The rate with a decimal comma and one decimal, cut (not rounded) so that a failing rate never
 * prints as its threshold: 21 of 36 → "58,3%", 1799 of 2000 → "89,9%" (not "90%"), 9 of 10 → "90%".
 */
export function formatRateVi(c: Count): string {
  check(c, 0);
  if (c.counted === 0) return "0%";
  const tenths = Math.floor((c.meeting * 1000) / c.counted);
  const whole = Math.floor(tenths / 10);
  const dec = tenths % 10;
  return dec === 0 ? `${whole}%` : `${whole},${dec}%`;
}

/**
 * The clerk's line for a rate against its threshold: "58,3% < 70%, cần thêm 5 thành viên có trình
 * độ ngoại ngữ đáp ứng" when short, "93,3% ≥ 90%" when met.
 */
export function rateLineVi(c: Count, percent: number, meetPhrase: string, noun = "thành viên"): string {
  const rate = formatRateVi(c);
  if (meetsPercent(c, percent)) return `${rate} ≥ ${percent}%`;
  return `${rate} < ${percent}%, cần thêm ${shortfall(c, percent)} ${noun} ${meetPhrase}`;
}
