/**
 * The human-readable result printed by `dvht evaluate` (stdout): the score table, the total and rating,
 * then the count of problems and the first few with their cell. Plain text, fixed-width columns, so it
 * reads the same in a Windows console, a terminal or a log file.
 */
import type { Issue } from "../core";
import type { RunOutcome } from "../core";
import { formatNumberVi, formatPercentVi, presentIssue, SEVERITY_LABEL } from "../core";

const MAX_ISSUES = 10;

function pad(s: string, n: number): string {
  // Strings are NFC, so one code point is one column for Vietnamese letters.
  const len = [...s].length;
  return len >= n ? s : s + " ".repeat(n - len);
}
function padStart(s: string, n: number): string {
  const len = [...s].length;
  return len >= n ? s : " ".repeat(n - len) + s;
}
function cut(s: string, n: number): string {
  const cps = [...s];
  return cps.length <= n ? s : `${cps.slice(0, n - 1).join("")}…`;
}

/** One problem: its severity, where it points (added here, once: the words never carry it) and its words. */
export function issueLine(i: Issue): string {
  return `  [${SEVERITY_LABEL[i.severity]}] ${presentIssue(i)}`;
}

/** The count of errors and warnings, then the first problems in the core's order (errors first). */
export function formatIssues(issues: Issue[], limit = MAX_ISSUES): string[] {
  const errors = issues.filter((i) => i.severity === "error").length;
  const warnings = issues.filter((i) => i.severity === "warning").length;
  const lines = [`Lỗi: ${errors}, cảnh báo: ${warnings}.`];
  for (const i of issues.slice(0, limit)) lines.push(issueLine(i));
  if (issues.length > limit) lines.push(`  … và ${issues.length - limit} vấn đề khác (xem trang Kiểm tra trong tệp kết quả).`);
  return lines;
}

export function formatScoreTable(outcome: RunOutcome): string {
  const s = outcome.summary;
  const lines: string[] = [];
  const unit = s.unit.name ?? "(chưa có tên đơn vị)";
  lines.push(`${unit}${s.year ? `, năm ${s.year}` : ""}`);
  lines.push(`Bộ tiêu chí: ${s.framework}${s.provisional ? " (TẠM THỜI)" : ""}; phương án: ${outcome.result?.preset.label ?? s.preset}`);
  lines.push(`Thành viên: ${s.members.total} (tính ${s.members.counted}, không tính ${s.members.excluded})`);
  lines.push("");
  const shortById = new Map((outcome.result?.items ?? []).map((it) => [it.id, it.short]));
  const points = s.items.some((it) => it.max !== null);
  lines.push(`${pad("Mã", 6)}${pad("Nội dung", 44)}${padStart("Tỉ lệ", 8)}${padStart(points ? "Điểm" : "Kết quả", 14)}`);
  lines.push("-".repeat(72));
  for (const it of s.items) {
    const rate = it.rate === null ? "" : formatPercentVi(it.rate);
    const score = points
      ? it.points === null
        ? "–"
        : `${formatNumberVi(it.points)}/${it.max === null ? "–" : formatNumberVi(it.max)}`
      : it.met === null
        ? "không áp dụng"
        : it.met
          ? "Đạt"
          : "Chưa đạt";
    // "*": the council overrode the item (said in full under the table).
    lines.push(`${pad(it.id, 6)}${pad(cut(shortById.get(it.id) ?? "", 43), 44)}${padStart(rate, 8)}${padStart(score + (it.override ? "*" : ""), 14)}`);
  }
  lines.push("-".repeat(72));
  for (const it of s.items) if (it.override) lines.push(`* ${it.id}: ${it.override}`);
  if (s.total !== null) lines.push(`Tổng điểm: ${formatNumberVi(s.total)}/${s.maxTotal === null ? "–" : formatNumberVi(s.maxTotal)}`);
  lines.push(`Xếp loại: ${s.rating ?? "chưa xếp loại được"}`);
  return lines.join("\n");
}
