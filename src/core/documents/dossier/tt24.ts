/**
 * The TT 24/2023 counterparts (Điều 10): the Tờ trình đề nghị công nhận and the Bản tổng hợp kết
 * quả đánh giá các tiêu chí, chỉ tiêu. Met / not met instead of points; the rule set is provisional
 * (docs/domain/rules.md §3) and both documents say so.
 */
import type { DocContext } from "../context";
import type { SheetPlan } from "../../plan";
import { SheetBuilder, S, merge, titleBlock, signatureBlock, a4Print } from "../builder";
import {
  TABLE_CELL,
  TABLE_CENTER,
  TABLE_HEAD,
  fitRow,
  headerInfo,
  legalBasisLine,
  metText,
  numberLine,
  orderedItems,
  para,
  pct,
  sheetName,
  unitNameText,
  docHeader,
  recipientText,
  sentence,
} from "./common";
import { groupNumber } from "../../rules/ids";
import type { EvidenceIndex } from "./evidence-index";

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
  para(b, `2. Bản tổng hợp kết quả đánh giá các tiêu chí, chỉ tiêu (trang "${sheetName(ctx, "tong-hop-tt24")}");`);
  para(b, `3. Danh mục minh chứng (trang "${sheetName(ctx, "danh-muc-minh-chung")}").`);
  if (r.ruleSet.provisional) para(b, `Lưu ý: ${r.ruleSet.provisionalNote ?? "bộ tiêu chí tạm thời."}`, { font: { italic: true, color: "#C00000" } });
  para(b, `Kính trình ${recipientText(ctx)} xem xét, quyết định./.`);
  signatureBlock(b, { recipients: ["Như trên"], title: "HIỆU TRƯỞNG", name: u.principal, split: 2 });
  const last = b.values.length - 1; // the print area ends at the last written row
  return b.build({ print: a4Print({ top: 0, left: 0, bottom: last, right: b.lastCol }), showGridLines: false, tabColor: "#2F5597" });
}

export function buildTongHopTT24(ctx: DocContext, ev: EvidenceIndex): SheetPlan {
  const r = ctx.result;
  const b = new SheetBuilder("tong-hop-tt24", sheetName(ctx, "tong-hop-tt24"), [5, 32, 11, 16, 11, 15]);
  docHeader(b, headerInfo(ctx, numberLine(ctx, "BTH")), 2);
  titleBlock(b, "Bản tổng hợp", [`Kết quả đánh giá các tiêu chí, chỉ tiêu "Đơn vị học tập" năm ${r.year}`]);
  if (r.ruleSet.provisional) para(b, `Lưu ý: ${r.ruleSet.provisionalNote ?? "bộ tiêu chí tạm thời."}`, { font: { italic: true, color: "#C00000", size: 11 } });
  const head = b.row++;
  const small = { font: { size: 12 } };
  b.line(head, 0, ["TT", "Tiêu chí, chỉ tiêu", "Yêu cầu", "Kết quả thực hiện", "Đánh giá", "Minh chứng"], merge(TABLE_HEAD, small));
  b.height(head, 34);
  const items = orderedItems(ctx);
  for (const g of ctx.ruleSet.groups) {
    const gi = items.filter((i) => i.group === g.id);
    if (!gi.length) continue;
    const gr = r.groups.find((x) => x.id === g.id);
    const gRow = b.row++;
    b.set(gRow, 0, groupNumber(g.id), merge(TABLE_CENTER, S.bold, small));
    b.block(gRow, 1, 3, `Tiêu chí ${groupNumber(g.id)}: ${g.text}`, merge(TABLE_CELL, S.bold, small));
    b.set(gRow, 4, gr?.applicableCount !== undefined ? `${gr.metCount ?? 0}/${gr.applicableCount}` : "", merge(TABLE_CENTER, S.bold, small));
    b.set(gRow, 5, "", merge(TABLE_CELL, small));
    fitRow(b, gRow, [{ text: `Tiêu chí ${groupNumber(g.id)}: ${g.text}`, left: 1, right: 3, size: 12, bold: true }]);
    for (const it of gi) {
      const rr = b.row++;
      const need = it.measuredOn === "members" ? `≥ ${pct(it.target)}` : "Có";
      const found = !it.applicable
        ? ""
        : it.measuredOn === "members"
          ? `${it.meeting}/${it.counted} (${pct(it.rate)})`
          : (it.explanation ?? (it.met ? "Có" : it.met === false ? "Chưa" : ""));
      // The council's override is always said ("Hội đồng điều chỉnh: …").
      const got = it.override ? `${found}${found ? ". " : ""}${it.override.text}` : found;
      const codes = ev.codesFor(it.id).join("; ");
      const text = `${it.text}${it.provisional ? " (tạm thời)" : ""}`;
      b.set(rr, 0, it.id, merge(TABLE_CENTER, small));
      b.set(rr, 1, text, merge(TABLE_CELL, small));
      b.set(rr, 2, need, merge(TABLE_CENTER, small));
      b.set(rr, 3, got, merge(TABLE_CELL, small));
      b.set(rr, 4, metText(it.met, it.applicable), merge(TABLE_CENTER, small, it.met === false ? { font: { bold: true, color: "#C00000" } } : {}));
      b.set(rr, 5, codes, merge(TABLE_CELL, { font: { size: 11 } }));
      fitRow(b, rr, [
        { text, left: 1, right: 1, size: 12 },
        { text: got, left: 3, right: 3, size: 12 },
        { text: codes, left: 5, right: 5, size: 11 },
      ]);
    }
  }
  const applicable = r.items.filter((i) => i.applicable);
  const met = applicable.filter((i) => i.met === true);
  const tr = b.row++;
  b.block(tr, 0, 3, `Tổng hợp: đạt ${met.length}/${applicable.length} chỉ tiêu áp dụng`, merge(TABLE_CENTER, S.bold));
  b.block(tr, 4, 5, r.rating, merge(TABLE_CENTER, S.bold));
  b.row++;
  if (r.gap.blocking?.length) para(b, `Chưa đạt ${r.gap.next ?? "mức tiếp theo"} do: ${r.gap.blocking.map((x) => `${x.id} (${x.why})`).join("; ")}.`, S.italic);
  signatureBlock(b, { title: "HIỆU TRƯỞNG", name: ctx.model.unit.principal, split: 2, authority: "TM. TỔ ĐÁNH GIÁ" });
  const last = b.values.length - 1; // the print area ends at the last written row
  return b.build({
    print: a4Print({ top: 0, left: 0, bottom: last, right: b.lastCol }, { repeatRows: { from: head, to: head } }),
    showGridLines: false,
    tabColor: "#2F5597",
  });
}
