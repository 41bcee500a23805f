/**
 * The dossier: everything the clerk prints, signs and sends, planned from one evaluation.
 *   bao-cao               Báo cáo tự đánh giá (with the plan's targets)
 *   bien-ban              Biên bản họp Hội đồng
 *   danh-muc-minh-chung   Danh mục minh chứng (with the codes the evaluation assigned)
 *   tong-hop-to           Tổng hợp theo tổ
 *   ke-hoach-tien-do      Kế hoạch – tiến độ (keeps the clerk's edits)
 *   ke-hoach-tien-do-auto its record of automatic values (veryHidden; see ke-hoach.ts)
 *   to-trinh              Tờ trình đề nghị công nhận (TT 24 only)
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
import { indexEvidence } from "./evidence-index";
import { isPoints, recipientText } from "./common";

export function buildDossier(ctx: DocContext): DocOutput {
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
  if (!isPoints(ctx)) sheets.push(buildToTrinh(ctx));
  sheets.push(buildDanhMuc(ctx, ev));
  sheets.push(buildTongHopTo(ctx));
  const plan = buildKeHoach(ctx);
  sheets.push(plan.sheet, plan.auto);
  issues.push(...plan.issues);
  // The dossier writes nothing into the clerk's sheets: the codes it prints are written back by the
  // pipeline's one patch builder (pipeline/patches.ts).
  return { sheets, patches: [], issues };
}
