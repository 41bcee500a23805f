/**
 * The dossier: everything the clerk prints, signs and sends, planned from one evaluation.
 *   bao-cao               Báo cáo tự đánh giá (with the plan's targets)
 *   bien-ban              Biên bản họp Hội đồng
 *   danh-muc-minh-chung   Danh mục minh chứng (with the codes the evaluation assigned)
 *   tong-hop-to           Tổng hợp theo tổ
 *   ke-hoach-tien-do      Kế hoạch – tiến độ (keeps the clerk's edits)
 *   ke-hoach-tien-do-auto its record of automatic values (veryHidden; see ke-hoach.ts)
 *   qd-to-danh-gia        Quyết định thành lập Tổ đánh giá (TT 24 only)
 *   to-trinh              Tờ trình đề nghị đánh giá, công nhận (TT 24 only; a notice in its place when
 *                         nothing is requested this year)
 * Under TT 24 the report and the minutes are TT 24's own (bao-cao-tt24.ts, bien-ban-tt24.ts).
 *   thong-bao             Thông báo kết quả tự đánh giá (to post; issue 12)
 * The Biểu điểm (TT 22) or the Bản tổng hợp (TT 24) is planned by run() for every evaluation
 * (documents/bieu-diem.ts, documents/ban-tong-hop.ts): one table, never a second one here. Pure and
 * deterministic: same context → identical output.
 */
import type { DocContext, DocOutput } from "../context";
import type { SheetPlan } from "../../plan";
import { issue, type Issue } from "../../messages";
import { buildBaoCao } from "./bao-cao";
import { buildBienBan } from "./bien-ban";
import { buildDanhMuc } from "./danh-muc";
import { buildTongHopTo } from "./tong-hop-to";
import { buildKeHoach } from "./ke-hoach";
import { buildToTrinh } from "./tt24";
import { buildThongBao } from "./thong-bao";
import { indexEvidence } from "./evidence-index";
import { isPoints, recipientText } from "./common";
import { buildBaoCaoTt24 } from "./bao-cao-tt24";
import { buildQuyetDinh } from "./quyet-dinh";
import { buildBienBanTt24 } from "./bien-ban-tt24";
import { addressee, noRequest } from "./tt24-common";
import { INPUT_SHEET_NAMES } from "../../workbook/sheets";

export function buildDossier(ctx: DocContext): DocOutput {
  return isPoints(ctx) ? buildDossierTt22(ctx) : buildDossierTt24(ctx);
}

function buildDossierTt22(ctx: DocContext): DocOutput {
  const issues: Issue[] = [];
  const sheets: SheetPlan[] = [];
  if (!ctx.model.unit.recipient?.trim())
    issues.push(issue("RECIPIENT_MISSING", { shown: recipientText(ctx) }, ctx.model.unit.sheet ? { sheet: ctx.model.unit.sheet } : {}));
  const ev = indexEvidence(ctx);
  // What the reader could not use in "Nội dung báo cáo" matters only now that the report is made.
  issues.push(...(ctx.model.reportContent?.issues ?? []));

  const report = buildBaoCao(ctx, { ev });
  sheets.push(report.sheet);
  issues.push(...report.issues);
  const minutes = buildBienBan(ctx, ev);
  sheets.push(minutes.sheet);
  issues.push(...minutes.issues);
  sheets.push(buildDanhMuc(ctx, ev));
  sheets.push(buildTongHopTo(ctx));
  const plan = buildKeHoach(ctx);
  sheets.push(plan.sheet, plan.auto);
  issues.push(...plan.issues);
  // Step 4 of the year: the results announced before the dossier is sent (issue 12).
  sheets.push(buildThongBao(ctx));
  // The dossier writes nothing into the clerk's sheets: the codes it prints are written back by the
  // pipeline's one patch builder (pipeline/patches.ts).
  return { sheets, patches: [], issues };
}

/**
 * Thông tư 24 (Điều 10): the decision setting up the Tổ đánh giá, its report and minutes, the tờ trình
 * when something is requested, the evidence list, the tổ summary and the timeline; the Bản tổng hợp is
 * the run's main sheet. The recipient is the settings' (rules/tt24-authority.ts); without the clerk's own, its
 * office is printed with dots to complete, and RECIPIENT_MISSING says so.
 */
function buildDossierTt24(ctx: DocContext): DocOutput {
  const issues: Issue[] = [];
  const ev = indexEvidence(ctx);
  issues.push(...(ctx.model.reportContent?.issues ?? []), ...(ctx.model.panel?.issues ?? []));
  if (!ctx.model.unit.recipient?.trim())
    issues.push(issue("RECIPIENT_MISSING", { shown: addressee(ctx) }, ctx.model.unit.sheet ? { sheet: ctx.model.unit.sheet } : {}));
  if (!ctx.model.panel?.members.length)
    issues.push(issue("PANEL_MISSING", { sheet: INPUT_SHEET_NAMES.panel }, ctx.model.panel ? { sheet: ctx.model.panel.sheet } : {}));
  const report = buildBaoCaoTt24(ctx, ev);
  const minutes = buildBienBanTt24(ctx, ev);
  issues.push(...report.issues, ...minutes.issues);
  const none = noRequest(ctx);
  if (none) issues.push(issue("TT24_NO_REQUEST", { year: ctx.result.year, why: none.why, todo: none.todo }));
  const plan = buildKeHoach(ctx);
  issues.push(...plan.issues);
  // Step 4 of the year: the results announced before the dossier is sent (issue 12).
  const sheets = [
    buildQuyetDinh(ctx),
    report.sheet,
    minutes.sheet,
    buildToTrinh(ctx),
    buildDanhMuc(ctx, ev),
    buildTongHopTo(ctx),
    plan.sheet,
    plan.auto,
    buildThongBao(ctx),
  ];
  return { sheets, patches: [], issues };
}
