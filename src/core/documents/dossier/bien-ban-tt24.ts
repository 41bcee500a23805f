/**
 * Biên bản họp Tổ đánh giá (Thông tư 24/2023, Điều 10; the minutes are the product's default, rules.md §5):
 * time and place, the Tổ trưởng who chairs and the Thư ký who writes (the Tổ đánh giá's table, else
 * Thông tin), who attended, the table of indicators at Mức độ 1 and Mức độ 2 (Đạt / Không đạt / Không áp
 * dụng) with the evidence codes, the level reached and what the Tổ proposes, the vote, the closing time,
 * the signatures (NĐ 30/2020: the secretary left, the chair right). Facts the workbook lacks are dots to
 * write by hand, each named by a warning: a minute never states an invented time.
 */
import type { DocContext } from "../context";
import { issue, type Issue } from "../../messages";
import type { SheetPlan } from "../../plan";
import { SheetBuilder, S, merge, titleBlock, a4Print } from "../builder";
import { formatDateLineVi } from "../../text/dates";
import { groupNumber } from "../../rules/ids";
import { LEVEL_LABEL, tt24RuleSet } from "../../rules/tt24";
import { infoLabel } from "../../workbook/info-keys";
import {
  HEADING,
  TABLE_CELL,
  TABLE_CENTER,
  docHeader,
  dualSignature,
  fitRow,
  headerInfo,
  numberLine,
  para,
  sheetName,
  tableHead,
  unitNameText,
} from "./common";
import type { EvidenceIndex } from "./evidence-index";
import { LEVELS, indicatorWord, noRequest, panelView, tt24, tt24Name } from "./tt24-common";

const DOTS = "……";

export function buildBienBanTt24(ctx: DocContext, ev: EvidenceIndex): { sheet: SheetPlan; issues: Issue[] } {
  const issues: Issue[] = [];
  const u = ctx.model.unit;
  const m = u.meeting;
  const t = tt24(ctx);
  const year = ctx.result.year;
  const unit = unitNameText(ctx);
  const panel = panelView(ctx);
  const rules = tt24RuleSet(t.tier);
  // TT | Tiêu chí, chỉ tiêu | Yêu cầu | Mức độ 1 | Mức độ 2 | Minh chứng: the header's left block is columns 0–1.
  const b = new SheetBuilder("bien-ban", sheetName(ctx, "bien-ban"), [5, 34, 11, 9.5, 9.5, 20]);
  const need = (value: string | undefined, field: string): string => {
    if (value && value.trim()) return value.trim();
    issues.push(issue("MEETING_INFO_MISSING", { field }));
    return DOTS;
  };
  docHeader(b, headerInfo(ctx, numberLine(ctx, "BB", u.minutesNumber), m.date), 2);
  titleBlock(b, "Biên bản", [`Họp Tổ đánh giá "Đơn vị học tập" năm ${year}`]);

  const time = need(m.time, infoLabel("meetingTime"));
  const day =
    m.date !== undefined ? formatDateLineVi(m.date) : (issues.push(issue("MEETING_INFO_MISSING", { field: infoLabel("meetingDate") })), "ngày … tháng … năm …");
  const place = need(m.place, infoLabel("meetingPlace"));
  para(
    b,
    `Vào lúc ${time}, ${day}, tại ${place}, Tổ đánh giá "Đơn vị học tập" năm ${year} của ${unit} họp để thống nhất kết quả tự đánh giá các tiêu chí, chỉ tiêu theo ${tt24Name(ctx)} (số liệu từ ngày 01/01/${year} đến ngày 31/12/${year}).`,
  );

  b.row++;
  para(b, "I. THÀNH PHẦN", HEADING);
  para(b, `- Chủ trì: ${panel.lead ?? need(undefined, "Tổ trưởng Tổ đánh giá")}, Tổ trưởng Tổ đánh giá.`);
  para(b, `- Thư ký: ${panel.secretary ?? need(undefined, infoLabel("secretary"))}, Thư ký Tổ đánh giá.`);
  const everyone = panel.fromTable ? ` (${panel.members.length} thành viên)` : "";
  para(b, `- Thành phần tham dự: ${m.attendees?.trim() ? m.attendees.trim() : `các thành viên Tổ đánh giá${everyone}`}.`);
  para(b, `- Vắng mặt: ${m.absentees && m.absentees.trim() ? m.absentees.trim() : "không"}.`);

  b.row++;
  para(b, "II. NỘI DUNG", HEADING);
  para(
    b,
    "Thư ký báo cáo kết quả tự đánh giá của thành viên theo các tổ, bộ phận và các minh chứng đã thu thập; Tổ đánh giá rà soát minh chứng và thống nhất kết quả tự đánh giá từng tiêu chí, chỉ tiêu như sau:",
  );
  const small = { font: { size: 11 } };
  const head = b.row++;
  tableHead(b, head, ["TT", "Tiêu chí, chỉ tiêu", "Yêu cầu", "Mức độ 1", "Mức độ 2", "Minh chứng"], 11);
  const crit = new Map(t.criteria.map((c) => [c.id, c]));
  for (const g of ctx.ruleSet.groups) {
    const gi = ctx.result.items.filter((i) => i.group === g.id);
    if (!gi.length) continue;
    const c = crit.get(g.id);
    const r = b.row++;
    const words = LEVELS.map((lv) => (c ? (c.met[lv] ? "Đạt" : "Không đạt") : ""));
    b.set(r, 0, groupNumber(g.id), merge(TABLE_CENTER, S.bold, small));
    b.block(r, 1, 2, `Tiêu chí ${groupNumber(g.id)}: ${g.text}`, merge(TABLE_CELL, S.bold, small));
    LEVELS.forEach((_, k) => b.set(r, 3 + k, words[k], merge(TABLE_CENTER, S.bold, small)));
    b.set(r, 5, "", merge(TABLE_CELL, small));
    fitRow(b, r, [
      { text: `Tiêu chí ${groupNumber(g.id)}: ${g.text}`, left: 1, right: 2, size: 11, bold: true },
      ...words.map((w, k) => ({ text: w, left: 3 + k, right: 3 + k, size: 11, bold: true })),
    ]);
    for (const it of gi) {
      const rr = b.row++;
      const ind = rules.indicators.find((x) => x.id === it.id)!;
      const lv = it.levels!;
      const label = `${it.short}${it.measuredOn === "members" && it.counted ? ` (${it.meeting}/${it.counted} thành viên)` : ""}`;
      // What each level asks, shortly (the circular's words are in the Bản tổng hợp): Mức độ 1 / Mức độ 2.
      let need24 =
        ind.kind === "members"
          ? LEVELS.map((k) => `${ind.levels[k].members?.percent ?? "…"}%`).join(" / ")
          : ind.kind === "digitalLevel"
            ? "Cơ bản / Tốt"
            : "Có";
      if (!LEVELS.some((k) => lv[k].status !== "not-applicable")) need24 = "–";
      const codes = ev.codesFor(it.id).map(ev.show);
      const applies = LEVELS.some((k) => lv[k].status !== "not-applicable");
      const cites = applies ? (it.measuredOn === "members" ? ["Danh sách thành viên", ...codes] : codes).join("; ") || "Chưa có" : "";
      const words24 = LEVELS.map((k) => indicatorWord(lv[k]));
      b.set(rr, 0, it.id, merge(TABLE_CENTER, small));
      b.set(rr, 1, label, merge(TABLE_CELL, small));
      b.set(rr, 2, need24, merge(TABLE_CENTER, small));
      LEVELS.forEach((k, j) =>
        b.set(rr, 3 + j, words24[j], merge(TABLE_CENTER, small, lv[k].status === "not-met" ? { font: { bold: true, color: "#C00000" } } : {})),
      );
      b.set(rr, 5, cites, merge(TABLE_CELL, small));
      fitRow(b, rr, [
        { text: label, left: 1, right: 1, size: 11 },
        { text: need24, left: 2, right: 2, size: 11 },
        ...words24.map((w, j) => ({ text: w, left: 3 + j, right: 3 + j, size: 11, bold: lv[LEVELS[j]].status === "not-met" })),
        { text: cites, left: 5, right: 5, size: 11 },
      ]);
    }
  }
  const tr = b.row++;
  b.block(tr, 0, 2, "Mức độ đạt được", merge(TABLE_CENTER, S.bold));
  b.block(tr, 3, 5, t.achieved ? LEVEL_LABEL[t.achieved] : ctx.result.rating, merge(TABLE_CENTER, S.bold));
  b.row++;
  for (const line of t.reasons) para(b, line);
  // The council's decisions (rules.md §2) are minuted with the result they changed: every output marks them.
  for (const it of ctx.result.items) if (it.override) para(b, `- Chỉ tiêu ${it.id}: ${it.override.text.replace(/[.;]\s*$/, "")}.`);
  const p = t.proposal;
  const proposal = p?.lines.filter((l) => !l.startsWith("Kết quả tự đánh giá")) ?? [];
  para(b, `Tổ đánh giá thống nhất: ${proposal.length ? proposal.join(" ") : `${unitNameText(ctx)} chưa đủ điều kiện đề nghị công nhận.`}`, S.bold);
  if (noRequest(ctx) && p?.kind !== "maintain") para(b, "Năm nay đơn vị không lập tờ trình đề nghị công nhận.", S.italic);
  para(b, "(Chi tiết tại Bản tổng hợp kết quả tự đánh giá các tiêu chí, chỉ tiêu; minh chứng theo Danh mục minh chứng.)", S.italic);

  b.row++;
  para(b, "III. BIỂU QUYẾT", HEADING);
  if (m.vote && m.vote.trim()) para(b, `Tổ đánh giá biểu quyết thông qua kết quả tự đánh giá: ${m.vote.trim().replace(/[.;]$/, "")}.`);
  else {
    issues.push(issue("MEETING_INFO_MISSING", { field: infoLabel("vote") }));
    para(b, "Tổ đánh giá biểu quyết thông qua kết quả tự đánh giá: tán thành …/… thành viên; không tán thành …/… thành viên.");
  }
  b.row++;
  const end = need(m.endTime, infoLabel("meetingEnd"));
  para(b, `Cuộc họp kết thúc vào lúc ${end} cùng ngày. Biên bản đã được đọc lại cho các thành viên dự họp cùng nghe và thống nhất./.`);

  // NĐ 30/2020 (Phụ lục III, biên bản): the secretary signs left, the chair right.
  dualSignature(b, 3, { title: "THƯ KÝ", name: panel.secretary }, { title: "CHỦ TRÌ", name: panel.lead, authority: undefined });
  const last = b.values.length - 1; // the print area ends at the last written row
  return {
    sheet: b.build({ print: a4Print({ top: 0, left: 0, bottom: last, right: b.lastCol }), showGridLines: false, tabColor: "#2F5597" }),
    issues,
  };
}
