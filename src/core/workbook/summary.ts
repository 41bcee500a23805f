/**
 * The summary contract: the machine-readable result of one evaluation, printed by `dvht evaluate
 * --json`, written as the DVHT_KETQUA block of the "Kết quả" sheet, and read back by the district
 * (district/index.ts), which checks the block's hash. Keys are stable ASCII; values are plain.
 */
import type { PlanValue } from "../plan";
import { fnv1a64 } from "../text/hash";

interface SummaryBase {
  /** The rule set: "TT22/2020", "TT24/2023-cap-huyen" (Thông tư 24, then the unit's tier). */
  framework: string;
  frameworkVersion: string;
  preset: string;
  year: number | null;
  /** Under TT 24 also the unit's tier ("cap-huyen" / "cap-tinh") and type as the circular names it. */
  unit: { name: string | null; parentBody: string | null; code: string | null; tier?: string; type?: string };
  members: { total: number; counted: number; excluded: number };
  /** TT 22: the band; TT 24: the level the unit may propose ("Mức độ 2" | "Mức độ 1" | "Chưa đạt"). */
  rating: string | null;
  issues: { severity: string; code: string; sheet: string | null; cell: string | null; message: string; fix: string }[];
  /** The day of the evaluation (dd/mm/yyyy, the run's today): of two results of one unit, the district keeps the newer. */
  evaluatedAt: string | null;
  /** Where the printed result is and a hash of what it shows (printedCheck): the district tells a printed result typed over. */
  printed: string | null;
  /**
   * Hoàn tất (issue 12): the day the workbook was finalized (dd/mm/yyyy), which finalization, the tool's
   * version and the hash of the inputs and results; or, after Mở khóa, that day and `changed`. Absent
   * for a workbook never finalized. The district reads `finalized.at` and `finalized.changed`.
   */
  finalized?: { at: string; count?: number; tool?: string; hash?: string; changed?: boolean };
  /** "BẢN NHÁP – còn N lỗi, xem trang Kiểm tra" while the data has errors; null once they are fixed. Not in the block (it has issues.errors). */
  draft: string | null;
  contentHash: string;
}

/** Thông tư 22: points per item. */
export interface PointsSummary {
  items: {
    id: string;
    group: string;
    max: number | null;
    points: number | null;
    met: boolean | null;
    rate: number | null;
    counted: number | null;
    meeting: number | null;
    /** "Hội đồng điều chỉnh: 8/10 điểm (tính được 9,25/10 điểm); lý do: …" when the council overrode the item. */
    override: string | null;
  }[];
  total: number | null;
  maxTotal: number | null;
}

export type Tt24LevelLabel = "Mức độ 1" | "Mức độ 2";

/** Thông tư 24: each indicator met or not at each level (null: not applicable there), and the proposal. */
export interface Tt24Summary {
  /** `override`: "Hội đồng điều chỉnh: Đạt (tính được Chưa đạt); lý do: …" when the council overrode the indicator. */
  items: { id: string; applicable: boolean; rate: number | null; met: Record<Tt24LevelLabel, boolean | null>; override: string | null }[];
  proposal: { level: Tt24LevelLabel | null; kind: "first" | "upgrade" | "renewal" | "maintain" | null };
  /** The current recognition ("Công nhận hiện có"), dates dd/mm/yyyy: the district lists those whose 36 months end this year. */
  recognition: { level: Tt24LevelLabel; decisionNumber: string | null; decisionDate: string; validUntil: string } | null;
}

export type PointsSummaryJson = SummaryBase & PointsSummary;
export type Tt24SummaryJson = SummaryBase & Tt24Summary;
export type SummaryJson = PointsSummaryJson | Tt24SummaryJson;
/** A summary before its hash is known. */
export type SummaryDraft = Omit<PointsSummaryJson, "contentHash"> | Omit<Tt24SummaryJson, "contentHash">;

/** Whether a summary is Thông tư 24's. */
export function isTt24Summary(s: SummaryJson): s is Tt24SummaryJson {
  return "proposal" in s;
}

export const SUMMARY_NAME = "DVHT_KETQUA";
export const SUMMARY_FORMAT = "dvht-ketqua/1";

export type BlockRow = [string, PlanValue, string];

/**
 * The hash covers exactly what the block shows (key=value lines before the hash row), so the
 * district can recompute it from the cells and tell a hand-edited block from a computed one.
 */
export function hashBlock(rows: ReadonlyArray<readonly [string, PlanValue, ...unknown[]]>): string {
  return fnv1a64(rows.map(([k, v]) => `${k}=${v === null || v === undefined ? "" : String(v)}`).join("\n"));
}

export function summaryRows(s: SummaryDraft & { contentHash?: string }): BlockRow[] {
  const tt24 = "proposal" in s;
  const rows: [string, PlanValue, string][] = [
    ["format", SUMMARY_FORMAT, "Định dạng khối kết quả"],
    ["unit.name", s.unit.name, "Tên đơn vị"],
    ["unit.parentBody", s.unit.parentBody, "Cơ quan chủ quản"],
    ["unit.code", s.unit.code, "Mã đơn vị"],
  ];
  if (tt24) rows.push(["unit.tier", s.unit.tier ?? null, "Cấp đơn vị (cap-huyen / cap-tinh)"], ["unit.type", s.unit.type ?? null, "Loại hình đơn vị"]);
  rows.push(
    ["year", s.year, "Năm đánh giá"],
    ["framework", s.framework, "Bộ tiêu chí"],
    ["frameworkVersion", s.frameworkVersion, "Phiên bản bộ tiêu chí"],
    ["preset", s.preset, "Phương án địa phương"],
    ["members.total", s.members.total, "Tổng số thành viên"],
    ["members.counted", s.members.counted, "Số thành viên được tính"],
    ["members.excluded", s.members.excluded, "Số thành viên không tính"],
  );
  if ("proposal" in s) {
    for (const it of s.items) {
      rows.push([`item.${it.id}.applicable`, it.applicable, `Chỉ tiêu ${it.id}: áp dụng cho đơn vị`]);
      if (it.rate !== null) rows.push([`item.${it.id}.rate`, round4(it.rate), `Chỉ tiêu ${it.id}: tỉ lệ đạt`]);
      rows.push(
        [`item.${it.id}.met.M1`, it.met["Mức độ 1"], `Chỉ tiêu ${it.id}: đạt Mức độ 1 (trống: không áp dụng)`],
        [`item.${it.id}.met.M2`, it.met["Mức độ 2"], `Chỉ tiêu ${it.id}: đạt Mức độ 2 (trống: không áp dụng)`],
      );
      if (it.override) rows.push([`item.${it.id}.override`, it.override, `Chỉ tiêu ${it.id}: Hội đồng điều chỉnh`]);
    }
    rows.push(
      ["rating", s.rating, "Mức độ được đề nghị"],
      ["proposal.level", s.proposal.level, "Đề nghị công nhận: mức độ"],
      ["proposal.kind", s.proposal.kind, "Đề nghị công nhận: first / upgrade / renewal / maintain"],
      ["recognition.level", s.recognition?.level ?? null, "Công nhận hiện có: mức độ"],
      ["recognition.decisionNumber", s.recognition?.decisionNumber ?? null, "Công nhận hiện có: số quyết định"],
      ["recognition.decisionDate", s.recognition?.decisionDate ?? null, "Công nhận hiện có: ngày quyết định"],
      ["recognition.validUntil", s.recognition?.validUntil ?? null, "Công nhận hiện có: bảo lưu đến hết ngày"],
    );
  } else {
    for (const it of s.items) {
      if (it.rate !== null) rows.push([`item.${it.id}.rate`, round4(it.rate), `Tiêu chí ${it.id}: tỉ lệ đạt`]);
      if (it.points !== null) rows.push([`item.${it.id}.points`, it.points, `Tiêu chí ${it.id}: điểm (tối đa ${it.max})`]);
      if (it.met !== null) rows.push([`item.${it.id}.met`, it.met, `Tiêu chí ${it.id}: đạt`]);
      if (it.override) rows.push([`item.${it.id}.override`, it.override, `Tiêu chí ${it.id}: Hội đồng điều chỉnh`]);
    }
    rows.push(["total", s.total, "Tổng điểm"], ["rating", s.rating, "Xếp loại / mức độ"]);
  }
  rows.push(
    ["issues.errors", s.issues.filter((i) => i.severity === "error").length, "Số lỗi dữ liệu"],
    ["issues.warnings", s.issues.filter((i) => i.severity === "warning").length, "Số cảnh báo"],
  );
  rows.push(["evaluatedAt", s.evaluatedAt, "Ngày đánh giá"], ["printed", s.printed, "Kết quả in (vùng ô và mã kiểm tra)"]);
  if (s.finalized) {
    const f = s.finalized;
    rows.push(["finalized.at", f.at, "Ngày hoàn tất (bản nộp)"]);
    if (f.count !== undefined) rows.push(["finalized.count", f.count, "Lần hoàn tất"]);
    if (f.tool !== undefined) rows.push(["finalized.tool", f.tool, "Phiên bản dvht khi hoàn tất"]);
    if (f.hash !== undefined) rows.push(["finalized.hash", f.hash, "Mã kiểm tra dữ liệu và kết quả khi hoàn tất"]);
    if (f.changed) rows.push(["finalized.changed", true, "Đã mở khóa, sửa sau khi hoàn tất"]);
  }
  rows.push(["contentHash", s.contentHash ?? hashBlock(rows), "Mã kiểm tra nội dung (FNV-1a 64)"]);
  return rows;
}

const round4 = (n: number) => Math.round(n * 10000) / 10000;

/** A printed cell as the check sees it: numbers to 6 decimals (what any writer keeps), text NFC and trimmed. */
export function printedText(v: PlanValue | undefined): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "number") return String(Math.round(v * 1e6) / 1e6);
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return v.normalize("NFC").trim();
}

/**
 * The printed result's check (the block's "printed" row): the range that prints the result on a
 * document (Biểu điểm's results column, total and rating), then a hash of the cells' text, row by row.
 * A result typed over on the printed sheet keeps the block's hash right; this catches it.
 */
export function printedCheck(range: string, cells: ReadonlyArray<ReadonlyArray<PlanValue | undefined>>): string {
  return `${range} ${fnv1a64(cells.map((r) => r.map(printedText).join("\t")).join("\n"))}`;
}

/** "'Biểu điểm'!D12:D30 0123456789abcdef" → its parts; null when the row is not one. */
export function parsePrintedCheck(text: string): { range: string; hash: string } | null {
  const m = /^(.+)\s([0-9a-f]{16})$/.exec(text.trim());
  return m ? { range: m[1], hash: m[2] } : null;
}
