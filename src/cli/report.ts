/**
 * The human-readable result printed by `dvht evaluate` (stdout): the score table, the total and rating
 * (Thông tư 22) or the indicators at both levels, the level it may propose and why (Thông tư 24),
 * then the count of problems and the first few with their cell. Plain text, fixed-width columns, so it
 * reads the same in a Windows console, a terminal or a log file.
 */
import type { Issue } from "../core";
import type { RunOutcome } from "../core";
import { formatDateVi, formatNumberVi, formatPercentVi, isTt24Summary, KIND_TEXT, LEVEL_TEXT, presentIssue, SEVERITY_LABEL } from "../core";

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
  if (isTt24Summary(s) && outcome.result?.tt24) return formatIndicatorTable(outcome);
  if (isTt24Summary(s)) return "";
  const lines: string[] = [];
  const unit = s.unit.name ?? "(chưa có tên đơn vị)";
  lines.push(`${unit}${s.year ? `, năm ${s.year}` : ""}`);
  lines.push(`Bộ tiêu chí: ${s.framework}; phương án: ${outcome.result?.preset.label ?? s.preset}`);
  lines.push(`Thành viên: ${s.members.total} (tính ${s.members.counted}, không tính ${s.members.excluded})`);
  lines.push("");
  const shortById = new Map((outcome.result?.items ?? []).map((it) => [it.id, it.short]));
  lines.push(`${pad("Mã", 6)}${pad("Nội dung", 44)}${padStart("Tỉ lệ", 8)}${padStart("Điểm", 14)}`);
  lines.push("-".repeat(72));
  for (const it of s.items) {
    const rate = it.rate === null ? "" : formatPercentVi(it.rate);
    const score = it.points === null ? "–" : `${formatNumberVi(it.points)}/${it.max === null ? "–" : formatNumberVi(it.max)}`;
    // "*": the council overrode the item (said in full under the table).
    lines.push(`${pad(it.id, 6)}${pad(cut(shortById.get(it.id) ?? "", 43), 44)}${padStart(rate, 8)}${padStart(score + (it.override ? "*" : ""), 14)}`);
  }
  lines.push("-".repeat(72));
  for (const it of s.items) if (it.override) lines.push(`* ${it.id}: ${it.override}`);
  if (s.total !== null) lines.push(`Tổng điểm: ${formatNumberVi(s.total)}/${s.maxTotal === null ? "–" : formatNumberVi(s.maxTotal)}`);
  lines.push(`Xếp loại: ${s.rating ?? "chưa xếp loại được"}`);
  return lines.join("\n");
}

const LEVEL_WORD = { met: "Đạt", "not-met": "Chưa đạt", "not-applicable": "Không áp dụng" } as const;

/**
 * Thông tư 24: every indicator at Mức độ 1 and Mức độ 2 side by side (the members' rate where it is
 * one), then the level the unit may propose and why, what blocks the next level, and the proposal.
 */
function formatIndicatorTable(outcome: RunOutcome): string {
  const s = outcome.summary;
  const r = outcome.result!;
  const t = r.tt24!;
  const lines: string[] = [];
  lines.push(`${s.unit.name ?? "(chưa có tên đơn vị)"}${s.year ? `, năm ${s.year}` : ""}`);
  lines.push(
    `Bộ tiêu chí: ${s.framework} (${r.ruleSet.document}, ${t.tierLabel}); loại hình: ${t.unit.labels.join(", ")}${t.unit.public ? "" : ", ngoài công lập"}`,
  );
  lines.push(`Thành viên: ${s.members.total} (tính ${s.members.counted}, không tính ${s.members.excluded})`);
  lines.push("");
  lines.push(`${pad("Mã", 5)}${pad("Chỉ tiêu", 38)}${padStart("Tỉ lệ", 7)}  ${pad("Mức độ 1", 14)}${pad("Mức độ 2", 14)}`);
  lines.push("-".repeat(78));
  for (const it of r.items) {
    const rate = it.rate === undefined ? "" : formatPercentVi(it.rate);
    const lv = it.levels!;
    // "*": the council overrode the indicator (said in full under the table).
    const mark = it.override ? "*" : "";
    lines.push(
      `${pad(it.id, 5)}${pad(cut(it.short, 37), 38)}${padStart(rate, 7)}  ${pad(LEVEL_WORD[lv.M1.status] + mark, 14)}${pad(LEVEL_WORD[lv.M2.status] + mark, 14)}`.trimEnd(),
    );
  }
  lines.push("-".repeat(78));
  for (const it of r.items) if (it.override) lines.push(`* ${it.id}: ${it.override.text}`);
  lines.push(`Mức độ có thể đề nghị: ${r.rating}`);
  for (const reason of t.reasons) lines.push(`  ${reason}`);
  if (r.gap.next && r.gap.blocking?.length) {
    lines.push(`Để đạt ${r.gap.next} cần:`);
    for (const b of r.gap.blocking) lines.push(`  ${b.id}: ${b.why}`);
  }
  for (const l of t.proposal?.lines.slice(1) ?? []) lines.push(l);
  return lines.join("\n");
}

// ---------------------------------------------------------------------------------------------
// `dvht tong-hop`

type Consolidation = import("../core").ConsolidateOutcome;
type Row = Consolidation["rows"][number];

const STATUS_TEXT: Record<Row["status"], string> = {
  counted: "",
  "not-counted": "KHÔNG TÍNH (kết quả bị sửa)",
  "no-result": "chưa gửi (tệp không có kết quả)",
  "not-sent": "chưa gửi",
};

/** The result columns of a row: TT 24's level and proposal, TT 22's total (decimal comma) and rating; or why there is none. */
function rowResult(r: Row, mode: Consolidation["mode"]): string {
  const k = r.kept;
  const tt24 = mode === "tt24";
  if (!k || r.status !== "counted") return `${tt24 ? "" : " ".repeat(9)}${STATUS_TEXT[r.status]}`;
  if (tt24) {
    const p = k.tt24?.proposal;
    const proposal = p?.kind === "maintain" ? "bảo lưu" : p?.level ? `đề nghị ${LEVEL_TEXT[p.level]}${p.kind ? ` (${KIND_TEXT[p.kind]})` : ""}` : "";
    return `${pad(k.rating, 10)}${proposal}`;
  }
  return `${padStart(k.total === null ? "" : formatNumberVi(k.total), 7)}  ${k.rating}`;
}

/** The table as text: one line per expected unit (decimal comma, the roster's order), the counts, the problems. */
export function formatConsolidation(o: Consolidation): string {
  const lines: string[] = [];
  lines.push(`Tổng hợp kết quả "Đơn vị học tập" năm ${o.year ?? "…"}: ${o.rows.length} đơn vị${o.roster ? " trong danh sách" : ""}.`);
  lines.push("");
  o.rows.forEach((r, i) => lines.push(`${padStart(String(i + 1), 4)}  ${pad(cut(r.name, 44), 45)} ${rowResult(r, o.mode)}`.trimEnd()));
  if (o.apart.length) {
    lines.push("", "Không đưa vào bảng:");
    for (const a of o.apart) lines.push(`  ${a.source}${a.unit ? ` (${a.unit})` : ""}: ${a.why}`);
  }
  lines.push("");
  const t = o.counts.totals;
  const levels = o.counts.columns.map((c, i) => `${c}: ${t.levels[i]}`).join("; ");
  lines.push(`Tổng số: ${t.total} đơn vị. ${levels}; không tính: ${t.notCounted}; chưa gửi: ${t.notSent}.`);
  lines.push(...formatIssues(o.issues));
  return lines.join("\n");
}

/** What `--json` prints: the rows and counts, for scripts (no internal objects). */
export function consolidationJson(o: Consolidation): unknown {
  return {
    year: o.year,
    mode: o.mode,
    rows: o.rows.map((r) => ({
      unit: r.name,
      code: r.code,
      status: r.status,
      file: r.kept?.source ?? null,
      setAside: r.setAside.map((s) => s.source),
      rating: r.kept?.rating || null,
      total: r.kept?.total ?? null,
      evaluatedAt: r.kept?.evaluatedAt ?? null,
      hashOk: r.kept?.hashOk ?? null,
      printed: r.kept?.printed.state ?? null,
      // Hoàn tất (issue 12): the day the workbook was finalized, and whether it was changed afterwards.
      finalizedAt: r.kept?.finalization.at != null ? formatDateVi(r.kept.finalization.at) : null,
      changedAfterFinalizing: r.kept?.finalization.changedAfter ?? null,
      notes: r.notes,
    })),
    apart: o.apart,
    counts: o.counts,
    missed: o.missed.map((m) => ({ id: m.id, tier: m.tier, label: m.label, applicable: m.applicable, missedM1: m.missedM1, missedM2: m.missedM2 })),
    recommended: o.recommended.map((r) => ({ unit: r.row.name, level: r.level, kind: r.kind })),
    issues: o.issues,
  };
}
