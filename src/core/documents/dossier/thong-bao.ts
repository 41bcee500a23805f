/**
 * "Thông báo kết quả tự đánh giá" (issue 12, the year's step 4: the results are announced before the
 * dossier is sent): Nghị định 30 layout, ready to post. The result per criterion or indicator, the level
 * or rating the unit proposes, where the full results can be read, and the period for comments. Where
 * and how long are settings of "Thông tin" ("Nơi niêm yết kết quả", "Thời gian góp ý (ngày)"); without
 * them, the unit's notice board and 05 days from the notice's day.
 */
import type { DocContext } from "../context";
import type { PlanValue, SheetPlan } from "../../plan";
import { formatDateVi } from "../../text/dates";
import { formatNumberVi } from "../../text/vi";
import { SheetBuilder, S, merge, titleBlock, signatureBlock, a4Print } from "../builder";
import { docHeader, fitRow, formal, headerInfo, isPoints, legalBasisLine, metText, numberLine, orderedItems, para, sheetName, unitNameText } from "./common";

/** Days for comments when "Thông tin" says nothing. */
export const DEFAULT_COMMENT_DAYS = 5;

export function buildThongBao(ctx: DocContext): SheetPlan {
  const u = ctx.model.unit;
  const r = ctx.result;
  const unit = unitNameText(ctx);
  const points = isPoints(ctx);
  const b = new SheetBuilder("thong-bao", sheetName(ctx, "thong-bao"), [6, 10, 46, 26]);
  docHeader(b, headerInfo(ctx, numberLine(ctx, "TB"), ctx.today), 2);
  titleBlock(b, "Thông báo", [`Kết quả tự đánh giá "Đơn vị học tập" năm ${r.year}`]);
  para(b, `Căn cứ ${legalBasisLine(ctx.ruleSet)};`, S.italic);
  para(
    b,
    `Căn cứ kết quả tự đánh giá của ${unit} năm ${r.year} (${points ? "Biểu điểm" : "Bản tổng hợp"} tại trang "${sheetName(ctx, points ? "bieu-diem" : "tong-hop-tt24")}"),`,
    S.italic,
  );
  para(b, `${unit} thông báo kết quả tự đánh giá "Đơn vị học tập" năm ${r.year} như sau:`);

  para(b, points ? "1. Kết quả từng tiêu chí" : "1. Kết quả từng tiêu chí, chỉ tiêu", S.bold);
  const head = b.row;
  b.line(head, 0, ["STT", points ? "Tiêu chí" : "Chỉ tiêu", "Nội dung", "Kết quả tự đánh giá"], merge(S.bold, S.center, S.box, S.headerFill));
  b.row++;
  orderedItems(ctx).forEach((it, k) => {
    const result: PlanValue = points
      ? `${formatNumberVi(it.points ?? 0)}/${formatNumberVi(it.max ?? 0)} điểm`
      : !it.applicable
        ? "Không áp dụng"
        : `Mức độ 1: ${metText(levelMet(it.levels?.M1.status))}; Mức độ 2: ${metText(levelMet(it.levels?.M2.status))}`;
    fitRow(b, b.row, [
      { text: k + 1, left: 0, right: 0 },
      { text: it.id, left: 1, right: 1 },
      { text: formal(it.short), left: 2, right: 2 },
      { text: result, left: 3, right: 3 },
    ]);
    b.line(b.row, 0, [k + 1, it.id, formal(it.short), result]);
    b.row++;
  });
  b.style({ top: head + 1, left: 0, bottom: b.row - 1, right: b.lastCol }, merge(S.box, S.wrap));
  b.style({ top: head + 1, left: 0, bottom: b.row - 1, right: 1 }, S.center);
  b.row++;

  para(b, points ? "2. Kết quả xếp loại" : "2. Mức độ đề nghị công nhận", S.bold);
  if (points) para(b, `Tổng điểm: ${formatNumberVi(r.total ?? 0)}/${formatNumberVi(r.maxTotal ?? 0)} điểm; xếp loại: ${r.rating}.`);
  else {
    const reached = ctx.ruleSet.rating.kind === "levels" && r.rating !== ctx.ruleSet.rating.notReached;
    para(
      b,
      reached
        ? `Đơn vị đạt ${r.rating}; đề nghị công nhận "Đơn vị học tập" ${r.rating} năm ${r.year}.`
        : `Đơn vị chưa đạt đủ các chỉ tiêu để đề nghị công nhận năm ${r.year}.`,
    );
  }

  para(b, "3. Nơi xem kết quả đầy đủ", S.bold);
  const where = u.postingPlace?.trim() || `bảng tin và phòng Hội đồng của ${unit}`;
  para(b, `Báo cáo tự đánh giá, bản tổng hợp kết quả và danh mục minh chứng được niêm yết tại ${where}.`);

  para(b, "4. Thời gian góp ý", S.bold);
  const days = u.commentDays && u.commentDays > 0 ? u.commentDays : DEFAULT_COMMENT_DAYS;
  para(
    b,
    `Từ ngày ${formatDateVi(ctx.today)} đến hết ngày ${formatDateVi(ctx.today + days - 1)} (${String(days).padStart(2, "0")} ngày), cán bộ, giáo viên, nhân viên có ý kiến xin gửi ${points ? "Hội đồng tự đánh giá" : "Tổ đánh giá"} (qua ${u.secretary ? `thư ký ${u.secretary}` : "thư ký"}).`,
  );
  signatureBlock(b, { recipients: ["Cán bộ, giáo viên, nhân viên", "Niêm yết tại bảng tin"], title: "HIỆU TRƯỞNG", name: u.principal, split: 2 });
  const last = b.values.length - 1;
  return b.build({ print: a4Print({ top: 0, left: 0, bottom: last, right: b.lastCol }), showGridLines: false, tabColor: "#2F5597" });
}

const levelMet = (s: string | undefined) => (s === "not-applicable" || s === undefined ? null : s === "met");
