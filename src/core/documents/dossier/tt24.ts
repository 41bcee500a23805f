/**
 * The TT 24/2023 Tờ trình đề nghị đánh giá, công nhận (Điều 10): addressed to the recipient of the
 * settings (rules/tt24-authority.ts; the clerk's "Cơ quan nhận hồ sơ" wins), asking for the level the
 * unit may propose, in the words of its kind: a first recognition, an upgrade ("nâng mức độ") or a
 * renewal ("công nhận lại"); the dossier it sends is the circular's: the Báo cáo tự đánh giá and the Bản
 * tổng hợp (the evidence stays at the unit, Điều 21).
 *
 * Never written when there is nothing to request: no level reached, or a recognition still valid
 * ("maintain": the circular keeps it three years and asks for nothing in between). The sheet then says
 * why and what to do, in red, without a header, a number or a signature: it cannot be mistaken for a
 * letter, and it replaces a tờ trình an earlier run wrote (a re-run never leaves a stale request). The
 * run's issue TT24_NO_REQUEST says the same in the pane and on the command line.
 */
import type { DocContext } from "../context";
import type { SheetPlan } from "../../plan";
import { SheetBuilder, S, merge, titleBlock, signatureBlock, a4Print } from "../builder";
import { LEVEL_LABEL, tt24RuleSet } from "../../rules/tt24";
import { formatDateVi } from "../../text/dates";
import { formatYmdVi } from "../../text/calendar";
import { headerInfo, numberLine, para, sheetName, unitNameText, docHeader, sentence, joinVi } from "./common";
import { addressee, currentDecisionText, noRequest, requestWords, tt24, tt24LegalBasis, tt24Name } from "./tt24-common";

const WIDTHS = [5, 33, 12, 14, 12, 12];

export function buildToTrinh(ctx: DocContext): SheetPlan {
  const none = noRequest(ctx);
  if (none) return noRequestSheet(ctx, none);
  const u = ctx.model.unit;
  const r = ctx.result;
  const t = tt24(ctx);
  const p = t.proposal!;
  const level = p.level!;
  const unit = unitNameText(ctx);
  const to = addressee(ctx);
  const rules = tt24RuleSet(t.tier);
  const article = rules.levels.find((l) => l.id === level)?.article ?? "";
  const b = new SheetBuilder("to-trinh", sheetName(ctx, "to-trinh"), WIDTHS);
  docHeader(b, headerInfo(ctx, numberLine(ctx, "TTr", u.requestNumber), u.requestDate), 2);
  titleBlock(b, "Tờ trình", [`Về việc đề nghị ${requestWords(ctx)} năm ${r.year}`]);
  para(b, sentence(`Kính gửi: ${to}`), merge(S.bold, { align: { h: "center" } }));
  b.row++;
  para(b, `Căn cứ ${tt24LegalBasis(ctx)};`, S.italic);
  if (p.current && p.kind !== "first")
    para(b, `Căn cứ ${currentDecisionText(ctx)} công nhận ${unit} đạt "Đơn vị học tập" ${LEVEL_LABEL[p.current.level]};`, S.italic);
  const decision = [
    u.panelDecisionNumber ? `số ${u.panelDecisionNumber}` : "",
    u.panelDecisionDate !== undefined ? `ngày ${formatDateVi(u.panelDecisionDate)}` : "",
  ]
    .filter(Boolean)
    .join(" ");
  para(b, `Căn cứ Quyết định ${decision ? `${decision} ` : ""}của Hiệu trưởng ${unit} về việc thành lập Tổ đánh giá "Đơn vị học tập" năm ${r.year};`, S.italic);
  para(b, `Căn cứ kết quả tự đánh giá của Tổ đánh giá (số liệu từ ngày 01/01/${r.year} đến ngày 31/12/${r.year}),`, S.italic);
  b.row++;

  const judged = r.items.filter((i) => i.levels?.[level].status !== "not-applicable");
  const na = r.items.filter((i) => i.levels?.[level].status === "not-applicable");
  const naText = na.length ? ` (${na.length} chỉ tiêu không áp dụng: ${joinVi(na.map((i) => i.id))})` : "";
  para(
    b,
    `${unit} đạt đầy đủ các tiêu chí, chỉ tiêu ${LEVEL_LABEL[level]} quy định tại ${article} ${tt24Name(ctx)}: đạt ${judged.length}/${judged.length} chỉ tiêu áp dụng${naText}.`,
  );
  if (p.kind === "upgrade" && p.current)
    para(
      b,
      p.current.validOnDossierDate
        ? `${unit} được công nhận ${LEVEL_LABEL[p.current.level]} theo ${currentDecisionText(ctx)}, đã đủ 12 tháng kể từ ngày ra quyết định công nhận (Điều 5 ${tt24Name(ctx)}).`
        : `Công nhận ${LEVEL_LABEL[p.current.level]} theo ${currentDecisionText(ctx)} đã hết thời hạn bảo lưu ngày ${formatYmdVi(p.current.validUntil)}.`,
    );
  if (p.kind === "renewal" && p.current)
    para(b, `Công nhận ${LEVEL_LABEL[p.current.level]} theo ${currentDecisionText(ctx)} đã hết thời hạn bảo lưu ngày ${formatYmdVi(p.current.validUntil)}.`);
  para(b, `${unit} kính trình ${to} xem xét, ${requestWords(ctx)} năm ${r.year} cho ${unit}.`);
  para(b, "Hồ sơ kèm theo gồm:");
  para(b, `1. Báo cáo tự đánh giá, công nhận "Đơn vị học tập" năm ${r.year};`);
  para(b, "2. Bản tổng hợp kết quả tự đánh giá các tiêu chí, chỉ tiêu.");
  para(b, "Minh chứng được lưu tại đơn vị theo Danh mục minh chứng kèm theo Báo cáo.", S.italic);
  para(b, `Kính trình ${to} xem xét, quyết định./.`);
  signatureBlock(b, { recipients: ["Như trên"], title: "HIỆU TRƯỞNG", name: u.principal, split: 2 });
  const last = b.values.length - 1; // the print area ends at the last written row
  return b.build({ print: a4Print({ top: 0, left: 0, bottom: last, right: b.lastCol }), showGridLines: false, tabColor: "#2F5597" });
}

/** In the tờ trình's place when nothing is requested: why, and what to do. No letter parts at all. */
function noRequestSheet(ctx: DocContext, none: { why: string; todo: string }): SheetPlan {
  const b = new SheetBuilder("to-trinh", sheetName(ctx, "to-trinh"), WIDTHS);
  para(b, `KHÔNG LẬP TỜ TRÌNH ĐỀ NGHỊ CÔNG NHẬN NĂM ${ctx.result.year}`, merge(S.bold, { font: { size: 14, color: "#C00000" }, align: { h: "center" } }));
  // The blank row under it takes the draft line while the data has errors: the reason may be one of them.
  b.noticeRow = b.row;
  b.row++;
  para(b, `Lý do: ${none.why}`, { font: { color: "#C00000" } });
  para(b, none.todo, S.italic);
  return b.build({ showGridLines: false, tabColor: "#C00000" });
}
