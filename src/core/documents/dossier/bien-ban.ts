/**
 * Biên bản tự đánh giá, xếp loại (docs/domain/rules.md §6): time and place, chair, secretary, attendees and
 * absentees (from "Thông tin"), the per-item table, total, rating or level, the vote, the closing
 * time, signatures of the secretary and the chair. Facts the workbook lacks are left as dots to
 * write by hand, and a warning names each one (a minute must never state an invented time).
 * Thông tư 22's council; under Thông tư 24 the dossier writes the Tổ đánh giá's minutes (bien-ban-tt24.ts).
 */
import type { DocContext } from "../context";
import { issue, type Issue } from "../../messages";
import type { SheetPlan } from "../../plan";
import { SheetBuilder, S, merge, titleBlock, a4Print } from "../builder";
import { formatDateLineVi } from "../../text/dates";
import {
  HEADING,
  TABLE_CELL,
  TABLE_CENTER,
  tableHead,
  dualSignature,
  fitRow,
  headerInfo,
  isPoints,
  metText,
  numberLine,
  orderedItems,
  para,
  pts,
  sheetName,
  unitNameText,
  docHeader,
} from "./common";
import { groupNumber } from "../../rules/ids";
import type { EvidenceIndex } from "./evidence-index";
import { infoLabel } from "../../workbook/info-keys";

const DOTS = "……";

export function buildBienBan(ctx: DocContext, ev: EvidenceIndex): { sheet: SheetPlan; issues: Issue[] } {
  const issues: Issue[] = [];
  const points = isPoints(ctx);
  const u = ctx.model.unit;
  const m = u.meeting;
  const year = ctx.result.year;
  const unit = unitNameText(ctx);
  // Header split after column 2: left 39 units, right 49 (the national title needs ≈ 47 in bold 12 pt).
  const b = new SheetBuilder("bien-ban", sheetName(ctx, "bien-ban"), [5, 34, 10, 12, 27]);
  const need = (value: string | undefined, field: string): string => {
    if (value && value.trim()) return value.trim();
    issues.push(issue("MEETING_INFO_MISSING", { field }));
    return DOTS;
  };
  docHeader(b, headerInfo(ctx, numberLine(ctx, "BB", u.minutesNumber), m.date), 2);
  titleBlock(b, "Biên bản", [`Họp Hội đồng Thi đua – Khen thưởng tự đánh giá, ${points ? "xếp loại" : "đề nghị công nhận"}`, `"Đơn vị học tập" năm ${year}`]);

  const time = need(m.time, infoLabel("meetingTime"));
  const day =
    m.date !== undefined ? formatDateLineVi(m.date) : (issues.push(issue("MEETING_INFO_MISSING", { field: infoLabel("meetingDate") })), "ngày … tháng … năm …");
  const place = need(m.place, infoLabel("meetingPlace"));
  para(
    b,
    `Vào lúc ${time}, ${day}, tại ${place}, ${unit} tổ chức họp Hội đồng Thi đua – Khen thưởng để tự đánh giá, ${points ? "xếp loại" : "đề nghị công nhận"} "Đơn vị học tập" năm ${year} theo ${ctx.ruleSet.legalSource.document}.`,
  );

  b.row++;
  para(b, "I. THÀNH PHẦN", HEADING);
  para(b, `- Chủ trì (chủ tọa): ${need(u.chair ?? u.principal, infoLabel("chair"))}, Chủ tịch Hội đồng.`);
  para(b, `- Thư ký: ${need(u.secretary, infoLabel("secretary"))}.`);
  para(b, `- Thành phần tham dự: ${need(m.attendees, infoLabel("attendees"))}.`);
  para(b, `- Vắng mặt: ${m.absentees && m.absentees.trim() ? m.absentees.trim() : "không"}.`);

  b.row++;
  para(b, "II. NỘI DUNG", HEADING);
  para(
    b,
    `Thư ký báo cáo kết quả tự đánh giá của các tổ, bộ phận; Hội đồng rà soát minh chứng và thống nhất kết quả tự đánh giá theo từng ${points ? "tiêu chí" : "chỉ tiêu"} như sau:`,
  );
  const head = b.row++;
  tableHead(
    b,
    head,
    ["TT", points ? "Tiêu chí" : "Tiêu chí, chỉ tiêu", points ? "Điểm tối đa" : "Yêu cầu", points ? "Điểm tự đánh giá" : "Kết quả", "Minh chứng"],
    12,
  );
  const small = { font: { size: 12 } };
  const items = orderedItems(ctx);
  for (const g of ctx.ruleSet.groups) {
    const gi = items.filter((i) => i.group === g.id);
    if (!gi.length) continue;
    const gr = ctx.result.groups.find((x) => x.id === g.id);
    const r = b.row++;
    b.set(r, 0, groupNumber(g.id), merge(TABLE_CENTER, S.bold, small));
    b.set(r, 1, g.text, merge(TABLE_CELL, S.bold, small));
    // Points are written as Vietnamese text ("29,5"): a printed minute must read the same whatever the
    // decimal separator of the computer that opens it (the Biểu điểm keeps the numbers).
    b.set(r, 2, points ? pts(gr?.max ?? g.max) : "", merge(TABLE_CENTER, S.bold, small));
    b.set(
      r,
      3,
      points ? pts(gr?.points) : gr?.applicableCount !== undefined ? `${gr.metCount ?? 0}/${gr.applicableCount} đạt` : "",
      merge(TABLE_CENTER, S.bold, small),
    );
    b.set(r, 4, "", merge(TABLE_CELL, small));
    fitRow(b, r, [{ text: g.text, left: 1, right: 1, size: 12, bold: true }]);
    for (const it of gi) {
      const rr = b.row++;
      const codes = ev.codesFor(it.id).map(ev.show).join("; ");
      const label = `${it.short}${it.measuredOn === "members" && it.counted ? ` (${it.meeting}/${it.counted} thành viên)` : ""}`;
      b.set(rr, 0, it.id, merge(TABLE_CENTER, small));
      b.set(rr, 1, label, merge(TABLE_CELL, small));
      b.set(rr, 2, points ? pts(it.max) : it.target !== undefined ? `≥ ${Math.round(it.target * 100)}%` : "Có/Không", merge(TABLE_CENTER, small));
      b.set(rr, 3, points ? pts(it.points) : metText(it.met, it.applicable), merge(TABLE_CENTER, small));
      b.set(rr, 4, codes || "Chưa có", merge(TABLE_CELL, small, { font: { size: 11 } }));
      fitRow(b, rr, [
        { text: label, left: 1, right: 1, size: 12 },
        { text: codes, left: 4, right: 4, size: 11 },
      ]);
    }
  }
  const tr = b.row++;
  if (points) {
    b.block(tr, 0, 1, "TỔNG ĐIỂM", merge(TABLE_CENTER, S.bold));
    b.set(tr, 2, pts(ctx.result.maxTotal), merge(TABLE_CENTER, S.bold));
    b.set(tr, 3, pts(ctx.result.total), merge(TABLE_CENTER, S.bold));
    b.set(tr, 4, `Xếp loại: ${ctx.result.rating}`, merge(TABLE_CENTER, S.bold));
  } else {
    b.block(tr, 0, 3, "KẾT QUẢ", merge(TABLE_CENTER, S.bold));
    b.set(tr, 4, ctx.result.rating, merge(TABLE_CENTER, S.bold));
  }
  b.row++;
  if (points)
    para(
      b,
      `Tổng điểm tự đánh giá: ${pts(ctx.result.total)}/${pts(ctx.result.maxTotal)} điểm. Hội đồng đề nghị xếp loại "Đơn vị học tập" năm ${year}: ${ctx.result.rating.toUpperCase()}.`,
      S.bold,
    );
  else para(b, `Hội đồng đề nghị: ${ctx.result.rating.toUpperCase()}.`, S.bold);
  // The council's own decisions (rules.md §2) are minuted where it took them: every output marks them.
  for (const it of items) if (it.override) para(b, `- ${points ? "Tiêu chí" : "Chỉ tiêu"} ${it.id}: ${it.override.text.replace(/[.;]\s*$/, "")}.`);
  para(
    b,
    `(Chi tiết tại trang "${sheetName(ctx, points ? "bieu-diem" : "tong-hop-tt24")}"; minh chứng tại trang "${sheetName(ctx, "danh-muc-minh-chung")}".)`,
    S.italic,
  );

  b.row++;
  para(b, "III. BIỂU QUYẾT", HEADING);
  if (m.vote && m.vote.trim()) para(b, `Hội đồng biểu quyết thông qua kết quả tự đánh giá: ${m.vote.trim().replace(/[.;]$/, "")}.`);
  else {
    issues.push(issue("MEETING_INFO_MISSING", { field: infoLabel("vote") }));
    para(b, "Hội đồng biểu quyết thông qua kết quả tự đánh giá: tán thành …/… thành viên; không tán thành …/… thành viên.");
  }
  b.row++;
  const end = need(m.endTime, infoLabel("meetingEnd"));
  para(b, `Cuộc họp kết thúc vào lúc ${end} cùng ngày. Biên bản đã được đọc lại cho các thành viên dự họp cùng nghe và thống nhất./.`);

  // NĐ 30/2020 (Phụ lục III, biên bản): the secretary signs left, the chair ("chủ tọa") right.
  dualSignature(b, 2, { title: "THƯ KÝ", name: u.secretary }, { title: "CHỦ TỌA", name: u.chair ?? u.principal });
  const last = b.values.length - 1; // the print area ends at the last written row
  return {
    // No repeated header rows: the table is short and sits mid-page; repeating it would print a
    // table header above the vote and the signatures.
    sheet: b.build({ print: a4Print({ top: 0, left: 0, bottom: last, right: b.lastCol }), showGridLines: false, tabColor: "#2F5597" }),
    issues,
  };
}
