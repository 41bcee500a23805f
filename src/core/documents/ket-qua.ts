/**
 * "Kết quả": the machine-readable summary block the district reads from every school's workbook,
 * as key–value rows under the workbook name DVHT_KETQUA. Keys are stable ASCII; values are plain.
 */
import type { PlanValue, SheetPlan } from "../plan";
// eslint-disable-next-line no-restricted-imports -- TODO(#7): the summary contract gets its own module
import type { SummaryJson } from "../run";
import { SheetBuilder, S, merge } from "./builder";
import { fnv1a64 } from "../text/hash";

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

export function buildKetQua(s: SummaryJson, name: string): SheetPlan {
  const b = new SheetBuilder("ket-qua", name, [24, 30, 40], 11);
  b.line(0, 0, ["Khóa", "Giá trị", "Diễn giải"], merge(S.bold, S.box, S.headerFill));
  const rows = summaryRows(s);
  rows.forEach(([k, v, d], i) => b.line(i + 1, 0, [k, v, d]));
  b.style({ top: 1, left: 0, bottom: rows.length, right: 2 }, S.box);
  b.style({ top: 1, left: 1, bottom: rows.length, right: 1 }, { align: { h: "left" } });
  b.names.push({ name: SUMMARY_NAME, range: { top: 0, left: 0, bottom: rows.length, right: 1 } });
  const note = rows.length + 2;
  b.block(
    note,
    0,
    2,
    "Khối này do phần mềm ghi để Phòng/UBND tổng hợp kết quả nhiều đơn vị; không sửa bằng tay (mã kiểm tra sẽ không khớp).",
    merge(S.wrap, S.italic),
  );
  b.height(note, 30);
  return b.build({ freeze: { rows: 1, cols: 0 }, tabColor: "#7F7F7F" });
}
