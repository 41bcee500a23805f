/**
 * "Kết quả": the machine-readable summary block the district reads from every school's workbook,
 * as key–value rows under the workbook name DVHT_KETQUA (the contract: workbook/summary.ts).
 */
import type { SheetPlan } from "../plan";
import { SheetBuilder, S, merge } from "./builder";
import { SUMMARY_NAME, summaryRows, type SummaryJson } from "../workbook/summary";

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
  // The draft line goes under the note while the data has errors (pipeline/output.ts).
  b.noticeRow = note + 1;
  return b.build({ freeze: { rows: 1, cols: 0 }, tabColor: "#7F7F7F" });
}
