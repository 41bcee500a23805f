/**
 * "Thông tin" values that only Thông tư 24 asks for (workbook.md): the digital-transformation level
 * (QĐ 4725 / 4740: chưa đạt → đáp ứng cơ bản → đáp ứng tốt) and the learner counts of 3.1. The
 * accreditation yes/no is an ordinary yes/no (values.ts, parseYesNo).
 */
import { isCellError, type CellValue } from "../grid";
import type { Tt24DigitalLevel } from "../rules/schema";
import { clean, fold } from "../text/vi";
import type { Parsed } from "./values";

export { DIGITAL_LEVEL_CHOICES } from "../workbook/choices";

const DIGITAL: Record<string, Tt24DigitalLevel> = {
  "chua dat": "chua-dat",
  chua: "chua-dat",
  "khong dat": "chua-dat",
  "dap ung co ban": "dap-ung-co-ban",
  "co ban": "dap-ung-co-ban",
  "dap ung tot": "dap-ung-tot",
  tot: "dap-ung-tot",
};

/** "Mức đáp ứng cơ bản", "đáp ứng tốt", "Chưa đạt"; blank → null. */
export function parseDigitalLevel(v: CellValue): Parsed<Tt24DigitalLevel | null> {
  if (v === null) return { ok: true, value: null };
  if (typeof v !== "string") return { ok: false, shown: isCellError(v) ? v.error : String(v) };
  const shown = clean(v);
  const f = fold(shown)
    .replace(/^(dat )?(muc )?/, "")
    .replace(/ (theo )?(quyet dinh|qd) .*$/, "");
  if (shown === "") return { ok: true, value: null };
  const hit = DIGITAL[f];
  return hit ? { ok: true, value: hit } : { ok: false, shown };
}

/** "Số người học", "Số người học đạt CDHT": a whole number ≥ 0, "1.250" and "1 250" accepted; blank → null. */
export function parseCount(v: CellValue): Parsed<number | null> {
  if (v === null) return { ok: true, value: null };
  if (typeof v === "number") return Number.isSafeInteger(v) && v >= 0 ? { ok: true, value: v } : { ok: false, shown: String(v) };
  if (typeof v !== "string") return { ok: false, shown: isCellError(v) ? v.error : String(v) };
  const shown = clean(v);
  if (shown === "") return { ok: true, value: null };
  const digits = /^\d{1,3}([. ]\d{3})+$/.test(shown) ? shown.replace(/[. ]/g, "") : shown;
  return /^\d+$/.test(digits) ? { ok: true, value: Number(digits) } : { ok: false, shown };
}
