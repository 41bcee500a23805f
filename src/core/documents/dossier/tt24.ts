/**
 * The TT 24/2023 Tờ trình đề nghị công nhận (Điều 10): met / not met instead of points. The Bản tổng
 * hợp kết quả tự đánh giá các tiêu chí, chỉ tiêu is the sheet every TT 24 run writes in place of the
 * Biểu điểm (documents/ban-tong-hop.ts); the tờ trình lists it.
 */
import type { DocContext } from "../context";
import type { SheetPlan } from "../../plan";
import { SheetBuilder, S, merge, titleBlock, signatureBlock, a4Print } from "../builder";
import { headerInfo, legalBasisLine, numberLine, para, sheetName, unitNameText, docHeader, recipientText, sentence } from "./common";

const notReached = (ctx: DocContext) => (ctx.ruleSet.rating.kind === "levels" ? ctx.ruleSet.rating.notReached : "");

export function buildToTrinh(ctx: DocContext): SheetPlan {
  const u = ctx.model.unit;
  const r = ctx.result;
  const unit = unitNameText(ctx);
  const b = new SheetBuilder("to-trinh", sheetName(ctx, "to-trinh"), [5, 33, 12, 14, 12, 12]);
  docHeader(b, headerInfo(ctx, numberLine(ctx, "TTr", u.requestNumber), u.requestDate), 2);
  const reached = r.rating !== notReached(ctx);
  titleBlock(b, "Tờ trình", [`Về việc đề nghị công nhận "Đơn vị học tập"${reached ? ` ${r.rating}` : ""} năm ${r.year}`]);
  para(b, sentence(`Kính gửi: ${recipientText(ctx)}`), merge(S.bold, { align: { h: "center" } }));
  b.row++;
  para(b, `Căn cứ ${legalBasisLine(ctx.ruleSet)};`, S.italic);
  para(b, `Căn cứ kết quả tự đánh giá của ${unit} năm ${r.year} (số liệu từ ngày 01/01/${r.year} đến ngày 31/12/${r.year});`, S.italic);
  const applicable = r.items.filter((i) => i.applicable);
  const met = applicable.filter((i) => i.met === true);
  para(b, `Tổ đánh giá của ${unit} đã tự đánh giá theo các tiêu chí, chỉ tiêu: đơn vị đạt ${met.length}/${applicable.length} chỉ tiêu áp dụng.`);
  if (reached) para(b, `${unit} kính trình ${recipientText(ctx)} xem xét, công nhận ${unit} đạt "Đơn vị học tập" ${r.rating} năm ${r.year}.`);
  else
    para(
      b,
      `Đơn vị chưa đạt đủ các chỉ tiêu để đề nghị công nhận (${(r.gap.blocking ?? []).map((x) => x.id).join(", ") || "xem Bản tổng hợp"}); tờ trình chỉ dùng khi đã khắc phục.`,
      { font: { italic: true, color: "#C00000" } },
    );
  para(b, "Hồ sơ kèm theo gồm:");
  para(b, `1. Báo cáo tự đánh giá (trang "${sheetName(ctx, "bao-cao")}");`);
  para(b, `2. Bản tổng hợp kết quả tự đánh giá các tiêu chí, chỉ tiêu (trang "${sheetName(ctx, "tong-hop-tt24")}");`);
  para(b, `3. Danh mục minh chứng (trang "${sheetName(ctx, "danh-muc-minh-chung")}").`);
  para(b, `Kính trình ${recipientText(ctx)} xem xét, quyết định./.`);
  signatureBlock(b, { recipients: ["Như trên"], title: "HIỆU TRƯỞNG", name: u.principal, split: 2 });
  const last = b.values.length - 1; // the print area ends at the last written row
  return b.build({ print: a4Print({ top: 0, left: 0, bottom: last, right: b.lastCol }), showGridLines: false, tabColor: "#2F5597" });
}
