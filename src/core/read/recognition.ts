/**
 * The current recognition ("Công nhận hiện có: mức độ" in "Thông tin", workbook.md): the level as
 * the clerk writes it. Blank or "chưa" means none; a Thông tư 22 rating ("Tốt", "Khá") is not a
 * recognition level and is returned as not understood.
 */
import { isCellError, type CellValue } from "../grid";
import type { Tt24LevelId } from "../rules/schema";
import { clean, fold } from "../text/vi";

export type RecognitionLevelParse = { ok: true; level: Tt24LevelId | null } | { ok: false; shown: string };

const NONE = new Set(["", "khong", "khong co", "chua", "chua co", "chua duoc cong nhan", "chua cong nhan", "-"]);
const LEVEL = /^(?:(?:da )?(?:dat |duoc )?(?:cong nhan )?(?:don vi hoc tap )?)?(?:muc do|muc|md|m)? ?(1|2|i|ii)$/;

export function parseRecognitionLevel(v: CellValue): RecognitionLevelParse {
  if (v === null) return { ok: true, level: null };
  if (typeof v === "number") return v === 1 ? { ok: true, level: "M1" } : v === 2 ? { ok: true, level: "M2" } : { ok: false, shown: String(v) };
  if (typeof v === "boolean" || isCellError(v)) return { ok: false, shown: isCellError(v) ? v.error : String(v) };
  const shown = clean(v);
  const f = fold(shown);
  if (NONE.has(f)) return { ok: true, level: null };
  const m = LEVEL.exec(f);
  if (!m) return { ok: false, shown };
  return { ok: true, level: m[1] === "1" || m[1] === "i" ? "M1" : "M2" };
}
