/**
 * "Kiểm tra": every problem found (already in the one order: errors first), each linked to its cell so
 * the clerk can jump there. The location has its own columns; the words never repeat it.
 */
import { SEVERITY_LABEL, type Issue } from "../messages";
import type { SheetPlan } from "../plan";
import { SheetBuilder, S, merge, a4Print } from "./builder";

export function buildKiemTra(issues: Issue[], name: string, meta: { unit?: string; year?: number; ruleSet?: string }): SheetPlan {
  const b = new SheetBuilder("kiem-tra", name, [11, 22, 16, 8, 60, 48], 11);
  const errors = issues.filter((i) => i.severity === "error").length;
  const warnings = issues.filter((i) => i.severity === "warning").length;
  b.block(0, 0, b.lastCol, "KIỂM TRA DỮ LIỆU ĐÁNH GIÁ ĐƠN VỊ HỌC TẬP", merge(S.bold, { font: { size: 14 } }));
  const summary =
    issues.length === 0 ? "Không phát hiện vấn đề nào." : `${errors} lỗi, ${warnings} cảnh báo${errors ? ": sửa các lỗi rồi bấm Đánh giá lại." : "."}`;
  b.block(1, 0, b.lastCol, `${meta.unit ?? ""}${meta.year ? ` – năm ${meta.year}` : ""}${meta.ruleSet ? ` – ${meta.ruleSet}` : ""}. ${summary}`, {
    font: { italic: true },
  });
  const head = 3;
  b.line(head, 0, ["Mức độ", "Mã", "Trang", "Ô", "Nội dung", "Cách sửa"], merge(S.bold, S.box, S.headerFill, S.center));
  issues.forEach((i, k) => {
    const r = head + 1 + k;
    b.set(r, 0, SEVERITY_LABEL[i.severity], {
      font: { bold: i.severity === "error", color: i.severity === "error" ? "#C00000" : i.severity === "warning" ? "#9C5700" : "#1F4E79" },
    });
    b.set(r, 1, i.code);
    b.set(r, 2, i.sheet ?? null);
    if (i.sheet && i.cell) b.link(r, 3, i.sheet, i.cell, i.cell);
    else b.set(r, 3, i.cell ?? null);
    b.set(r, 4, i.message);
    b.set(r, 5, i.fix);
  });
  const last = head + Math.max(1, issues.length);
  if (issues.length === 0) b.set(head + 1, 0, null);
  b.style({ top: head + 1, left: 0, bottom: last, right: b.lastCol }, merge(S.box, S.wrap));
  b.style({ top: head + 1, left: 3, bottom: last, right: 3 }, { font: { color: "#0563C1", underline: true } });
  return b.build({
    freeze: { rows: head + 1, cols: 0 },
    print: a4Print({ top: 0, left: 0, bottom: last, right: b.lastCol }, { orientation: "landscape", repeatRows: { from: head, to: head } }),
    tabColor: errors ? "#C00000" : "#70AD47",
  });
}
