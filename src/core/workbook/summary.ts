/**
 * The summary contract: the machine-readable result of one evaluation, printed by `dvht evaluate
 * --json`, written as the DVHT_KETQUA block of the "Kết quả" sheet, and read back by the district
 * (district/index.ts), which checks the block's hash. Keys are stable ASCII; values are plain.
 */
import type { PlanValue } from "../plan";
import { fnv1a64 } from "../text/hash";

export interface SummaryJson {
  framework: string;
  frameworkVersion: string;
  provisional: boolean;
  preset: string;
  year: number | null;
  unit: { name: string | null; parentBody: string | null; code: string | null };
  members: { total: number; counted: number; excluded: number };
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
  rating: string | null;
  issues: { severity: string; code: string; sheet: string | null; cell: string | null; message: string; fix: string }[];
  /** "BẢN NHÁP – còn N lỗi, xem trang Kiểm tra" while the data has errors; null once they are fixed. Not in the block (it has issues.errors). */
  draft: string | null;
  contentHash: string;
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

export function summaryRows(s: Omit<SummaryJson, "contentHash"> & { contentHash?: string }): BlockRow[] {
  const rows: [string, PlanValue, string][] = [
    ["format", SUMMARY_FORMAT, "Định dạng khối kết quả"],
    ["unit.name", s.unit.name, "Tên đơn vị"],
    ["unit.parentBody", s.unit.parentBody, "Cơ quan chủ quản"],
    ["unit.code", s.unit.code, "Mã đơn vị"],
    ["year", s.year, "Năm đánh giá"],
    ["framework", s.framework, "Bộ tiêu chí"],
    ["frameworkVersion", s.frameworkVersion, "Phiên bản bộ tiêu chí"],
    ["provisional", s.provisional, "Bộ tiêu chí tạm thời"],
    ["preset", s.preset, "Phương án địa phương"],
    ["members.total", s.members.total, "Tổng số thành viên"],
    ["members.counted", s.members.counted, "Số thành viên được tính"],
    ["members.excluded", s.members.excluded, "Số thành viên không tính"],
  ];
  for (const it of s.items) {
    if (it.rate !== null) rows.push([`item.${it.id}.rate`, Math.round(it.rate * 10000) / 10000, `Tiêu chí ${it.id}: tỉ lệ đạt`]);
    if (it.points !== null) rows.push([`item.${it.id}.points`, it.points, `Tiêu chí ${it.id}: điểm (tối đa ${it.max})`]);
    if (it.met !== null) rows.push([`item.${it.id}.met`, it.met, `Tiêu chí ${it.id}: đạt`]);
    if (it.override) rows.push([`item.${it.id}.override`, it.override, `Tiêu chí ${it.id}: Hội đồng điều chỉnh`]);
  }
  rows.push(
    ["total", s.total, "Tổng điểm"],
    ["rating", s.rating, "Xếp loại / mức độ"],
    ["issues.errors", s.issues.filter((i) => i.severity === "error").length, "Số lỗi dữ liệu"],
    ["issues.warnings", s.issues.filter((i) => i.severity === "warning").length, "Số cảnh báo"],
  );
  rows.push(["contentHash", s.contentHash ?? hashBlock(rows), "Mã kiểm tra nội dung (FNV-1a 64)"]);
  return rows;
}
