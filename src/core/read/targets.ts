/**
 * The plan's targets (chỉ tiêu), as the Bình An plan sets them: "100% … có KH tự học", "Đơn vị đạt Tập
 * thể lao động tiên tiến", "Gia đình … 100% đạt Gia đình học tập; 90% hình thành kỹ năng số". The clerk
 * lists them in "Thông tin", one row each:
 *
 *   | Chỉ tiêu: Gia đình đăng ký GĐHT | 100% |
 *   | Chỉ tiêu: Danh hiệu tập thể      | Tập thể lao động tiên tiến |
 *   | Chỉ tiêu: Không có CBVC vi phạm pháp luật | 100% | 100% |  (third column: achieved, typed by hand)
 *
 * Also accepted: key "Chỉ tiêu" with the label in the value column and the target in the third column;
 * "Chỉ tiêu -", "Chỉ tiêu kế hoạch:", "CT:". This reads the rows; what each target measures and whether
 * it was met is the evaluation's (evaluate/targets.ts).
 */
import type { InfoRow, PlanTargetRow } from "../model";
import { clean, fold } from "../text/vi";

/** Labels of a heading row of a small targets table ("Chỉ tiêu | Kế hoạch | Thực hiện"): not targets. */
const HEADING_WORDS = new Set(["ke hoach", "noi dung", "muc", "muc chi tieu", "gia tri", "chi tieu", "ten chi tieu"]);

const PREFIX = /^(chi tieu(?: ke hoach)?|ct)\b\s*/;

/** Rows of "Thông tin" that declare a target. */
function isTargetRow(r: InfoRow): boolean {
  return PREFIX.test(r.keyFolded) && r.keyFolded !== "chi tieu ke hoach khac";
}

function labelOf(r: InfoRow): { label: string; target: InfoRow["value"]; manual: InfoRow["extra"] } {
  // Strip "Chỉ tiêu" and the separator from the key as written (keeps diacritics for printing).
  const m = /^\s*(?:chỉ\s*tiêu(?:\s*kế\s*hoạch)?|ct)\s*[:\-–—.]?\s*/iu.exec(r.key.normalize("NFC"));
  const rest = m ? clean(r.key.slice(m[0].length)) : "";
  if (rest) return { label: rest, target: r.value, manual: r.extra };
  // "Chỉ tiêu" | label | target
  return { label: clean(String(r.value ?? "")), target: r.extra ?? null, manual: undefined };
}

export function readPlanTargets(rows: InfoRow[]): PlanTargetRow[] {
  const out: PlanTargetRow[] = [];
  for (const r of rows) {
    if (!isTargetRow(r)) continue;
    const { label, target, manual } = labelOf(r);
    if (!label || HEADING_WORDS.has(fold(label))) continue;
    out.push({ label, target, manual, cell: r.valueCell, row: r.row });
  }
  return out;
}
