/**
 * Quyết định thành lập Tổ đánh giá (Thông tư 24/2023, Điều 10, step a: the head of the unit sets up the
 * Tổ đánh giá; the circular fixes neither its size nor its make-up), in the Nghị định 30/2020 layout of a
 * decision: header, "QUYẾT ĐỊNH / Về việc …", the issuing authority, the legal bases, "QUYẾT ĐỊNH:",
 * Điều 1 (the members and their roles, from the Tổ đánh giá's table), Điều 2 (its task, with the
 * circular's data period and deadline), Điều 3 (in force, who executes it), Nơi nhận and the signature.
 * Without the table the members are dotted lines to fill by hand, and a warning says so.
 */
import type { DocContext } from "../context";
import type { SheetPlan } from "../../plan";
import { SheetBuilder, S, merge, titleBlock, signatureBlock, a4Print } from "../builder";
import { tt24Calendar } from "../../rules/tt24-authority";
import { formatYmdVi } from "../../text/calendar";
import { TABLE_CELL, TABLE_CENTER, docHeader, fitRow, headerInfo, numberLine, para, sheetName, tableHead, unitNameText } from "./common";
import { panelView, tt24LegalBasis, tt24Name } from "./tt24-common";

const DOTS = "……………………";

export function buildQuyetDinh(ctx: DocContext): SheetPlan {
  const u = ctx.model.unit;
  const year = ctx.result.year;
  const unit = unitNameText(ctx);
  const cal = tt24Calendar(year);
  // TT | Họ và tên | Chức vụ | Nhiệm vụ: the header's left block is columns 0–1 (38 units), the national title 2–3.
  const b = new SheetBuilder("qd-to-danh-gia", sheetName(ctx, "qd-to-danh-gia"), [5, 33, 24, 26]);
  docHeader(b, headerInfo(ctx, numberLine(ctx, "QĐ", u.panelDecisionNumber), u.panelDecisionDate), 2);
  titleBlock(b, "Quyết định", [`Về việc thành lập Tổ đánh giá "Đơn vị học tập" năm ${year}`]);
  const authority = `HIỆU TRƯỞNG ${(u.name ?? ctx.result.unit.name ?? "").toUpperCase()}`.trim();
  para(b, authority, merge(S.bold, { align: { h: "center" } }));
  b.row++;
  para(b, `Căn cứ ${tt24LegalBasis(ctx)};`, S.italic);
  for (const line of ctx.model.reportContent?.sections["can-cu"] ?? []) para(b, `Căn cứ ${line.replace(/^căn cứ\s+/i, "").replace(/[;.]$/, "")};`, S.italic);
  para(b, "Căn cứ chức năng, nhiệm vụ, quyền hạn của Hiệu trưởng.", S.italic);
  b.row++;
  para(b, "QUYẾT ĐỊNH:", merge(S.bold, { align: { h: "center" } }));
  b.row++;
  para(b, `Điều 1. Thành lập Tổ đánh giá "Đơn vị học tập" năm ${year} của ${unit}, gồm các ông (bà) có tên sau:`);

  const panel = panelView(ctx);
  const head = b.row++;
  tableHead(b, head, ["TT", "Họ và tên", "Chức vụ", "Nhiệm vụ"], 12);
  const rows = panel.fromTable ? panel.members : [...panel.members, ...Array.from({ length: 3 }, () => ({ name: DOTS, position: DOTS, role: "Thành viên" }))];
  rows.forEach((m, k) => {
    const r = b.row++;
    const small = { font: { size: 12 } };
    b.set(r, 0, k + 1, merge(TABLE_CENTER, small));
    b.set(r, 1, m.name, merge(TABLE_CELL, small));
    b.set(r, 2, m.position ?? "", merge(TABLE_CELL, small));
    b.set(r, 3, m.role, merge(TABLE_CELL, small));
    fitRow(b, r, [
      { text: m.name, left: 1, right: 1, size: 12 },
      { text: m.position ?? "", left: 2, right: 2, size: 12 },
      { text: m.role, left: 3, right: 3, size: 12 },
    ]);
  });
  b.row++;
  para(
    b,
    `Điều 2. Tổ đánh giá có nhiệm vụ thu thập minh chứng, số liệu từ ngày ${formatYmdVi(cal.dataFrom)} đến ngày ${formatYmdVi(cal.dataTo)}; đánh giá các tiêu chí, chỉ tiêu theo ${tt24Name(ctx)}; lập Báo cáo tự đánh giá, công nhận "Đơn vị học tập" và Bản tổng hợp kết quả tự đánh giá các tiêu chí, chỉ tiêu, trình Hiệu trưởng để gửi hồ sơ trước ngày ${formatYmdVi(cal.dossierBefore)}. Tổ đánh giá tự giải thể sau khi hoàn thành nhiệm vụ.`,
  );
  para(
    b,
    "Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Các bộ phận có liên quan và các ông (bà) có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.",
  );
  signatureBlock(b, { recipients: ["Như Điều 3"], title: "HIỆU TRƯỞNG", name: u.principal, split: 2 });
  const last = b.values.length - 1; // the print area ends at the last written row
  return b.build({ print: a4Print({ top: 0, left: 0, bottom: last, right: b.lastCol }), showGridLines: false, tabColor: "#2F5597" });
}
