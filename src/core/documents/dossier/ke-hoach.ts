/**
 * Kế hoạch – tiến độ: the timeline of the Nông Nghiệp plan (build plan → issue rules → members'
 * plans and commitments → self-assessment → tổ meetings → council → dossier → submit), dated from
 * the assessment year (and from the council's meeting date when "Thông tin" has it), with a status
 * per step.
 *
 * The clerk may edit dates and statuses in this product-owned sheet. To keep those edits across
 * re-runs without mistaking yesterday's automatic value for an edit, the automatic values each run
 * generated are recorded in a companion sheet the clerk never sees (veryHidden, owned id
 * "ke-hoach-tien-do-auto"). The reader brings back both (read/previous-plan.ts, into
 * model.previousPlan); a visible cell that differs from its recorded automatic value is the clerk's
 * edit and is kept; a cell equal to it, or cleared, is recomputed.
 * (A hidden sheet rather than columns beside the table: nothing extra on screen, and nothing that a
 * print area has to keep off the paper.)
 */
import type { DocContext } from "../context";
import { issue, type Issue } from "../../messages";
import type { PlanValue, SheetPlan } from "../../plan";
import { SheetBuilder, S, merge, titleBlock, a4Print, signatureBlock } from "../builder";
import { formatDateVi, serialToYmd, ymdToSerial, type Ymd } from "../../text/dates";
import { formatYmdVi } from "../../text/calendar";
import { tt24Calendar } from "../../rules/tt24-authority";
import { noRequest } from "./tt24-common";
import { SHEET_NAMES } from "../../workbook/sheets";
import { PLAN_AUTO_COLUMNS, PLAN_AUTO_ID, PLAN_COLUMNS, PLAN_TASK_HEADER } from "../../workbook/ke-hoach";
import { TABLE_CELL, TABLE_CENTER, tableHead, fitRow, headerInfo, isPoints, numberLine, para, recipientText, sheetName, docHeader } from "./common";

export const STATUS = {
  notYet: "Chưa đến hạn",
  doing: "Đang thực hiện",
  done: "Đã hoàn thành",
  overdue: "Quá hạn – cần xác nhận",
  postponed: "Tạm hoãn",
  notThisYear: "Không thực hiện năm nay",
} as const;

const COL = PLAN_COLUMNS;
const AUTO = PLAN_AUTO_COLUMNS;
export const AUTO_SHEET_ID = PLAN_AUTO_ID;

export interface Step {
  seq: number;
  task: string;
  who: string;
  from: number;
  to: number;
  status: string;
}

const addDays = (serial: number, n: number) => serial + n;

/** The default timeline. Exported for tests and for the pane's preview. */
export function defaultSteps(ctx: DocContext): Step[] {
  if (!isPoints(ctx)) return tt24Steps(ctx);
  const y = ctx.result.year;
  const points = isPoints(ctx);
  const recipient = recipientText(ctx);
  const d = (m: number, day: number, yy = y) => ymdToSerial({ y: yy, m, d: day });
  // The council's date anchors the end of the process; without it, the Nông Nghiệp plan's November
  // (TT 22) or the TT 24 calendar (data to 31/12, dossier before 15/01 of the next year).
  const meeting = ctx.model.unit.meeting.date ?? (points ? d(11, 9) : d(1, 8, y + 1));
  // The deadline is a setting too ("Hạn nộp hồ sơ" in Thông tin); otherwise the circular's own.
  const setDeadline = ctx.model.unit.deadline;
  const deadline =
    setDeadline !== undefined
      ? `hạn nộp: ${formatDateVi(setDeadline)}`
      : points
        ? `hạn chót theo Điều 7 Thông tư 22/2020: hết quý I năm ${y + 1}`
        : `hạn chót theo Điều 10 Thông tư 24/2023: trước ngày 15/01/${y + 1}`;
  const submit = setDeadline !== undefined ? Math.min(setDeadline, addDays(meeting, 4)) : addDays(meeting, 4);
  const raw: Omit<Step, "status">[] = [
    { seq: 1, task: 'Xây dựng kế hoạch học tập thường xuyên của đơn vị; đăng ký danh hiệu "Đơn vị học tập"', who: "Hiệu trưởng", from: d(4, 3), to: d(4, 14) },
    { seq: 2, task: "Ban hành các quy định khuyến khích, động viên thành viên học tập", who: "Hiệu trưởng, Phó Hiệu trưởng", from: d(4, 17), to: d(4, 21) },
    {
      seq: 3,
      task: "Triển khai tới thành viên; thành viên xây dựng kế hoạch tự học, tự bồi dưỡng (trình duyệt) và ký cam kết học tập suốt đời",
      who: "Toàn thể CB, GV, NV",
      from: d(4, 24),
      to: d(5, 15),
    },
    { seq: 4, task: "Thành viên tự đánh giá trong tổ chuyên môn, bộ phận", who: "Toàn thể CB, GV, NV", from: addDays(meeting, -8), to: addDays(meeting, -6) },
    {
      seq: 5,
      task: "Họp bình xét trong tổ; tổ gửi bản tự đánh giá và tổng hợp kết quả cho Hiệu trưởng",
      who: "Tổ trưởng",
      from: addDays(meeting, -5),
      to: addDays(meeting, -3),
    },
    {
      seq: 6,
      task: `Họp Hội đồng Thi đua – Khen thưởng rà soát, ${points ? "chấm điểm, xếp loại" : "đánh giá các chỉ tiêu"}; thông báo kết quả`,
      who: "Hội đồng TĐ-KT",
      from: meeting,
      to: meeting,
    },
    {
      seq: 7,
      task: "Hoàn thiện hồ sơ: kế hoạch, báo cáo tự đánh giá, biên bản, biểu điểm, minh chứng theo tiêu chí",
      who: "Thư ký Hội đồng",
      from: addDays(meeting, 1),
      to: addDays(meeting, 3),
    },
    { seq: 8, task: `Nộp hồ sơ về ${recipient} (${deadline})`, who: "Văn thư, Hiệu trưởng", from: submit, to: setDeadline ?? submit },
  ];
  return raw.map((s) => ({ ...s, status: autoStatus(ctx, s) }));
}

/**
 * Thông tư 24's calendar (Điều 10; rules/tt24-authority.ts): the plan in January, the data of 01/01–31/12,
 * the Tổ đánh giá set up and meeting, the dossier before 15/01 and the decision before 15/02 of the next
 * year. Each status is judged against those legal dates: "Nộp hồ sơ" runs until the day before 15/01,
 * never "overdue" the day after the meeting. Without a meeting date the Tổ meets on 08/01.
 */
function tt24Steps(ctx: DocContext): Step[] {
  const y = ctx.result.year;
  const u = ctx.model.unit;
  const t = ctx.result.tt24!;
  const cal = tt24Calendar(y);
  const s = (d: Ymd) => ymdToSerial(d);
  const dataFrom = s(cal.dataFrom);
  const dataTo = s(cal.dataTo);
  const meeting = u.meeting.date ?? s({ y: y + 1, m: 1, d: 8 });
  // "trước ngày 15/01": the last day is the 14th; the clerk's "Hạn nộp hồ sơ" wins.
  const lastDossierDay = u.deadline ?? s(cal.dossierBefore) - 1;
  const lastDecisionDay = s(cal.decisionBefore) - 1;
  const decision = u.panelDecisionDate;
  const dossier = t.proposal?.dossier === true;
  const none = noRequest(ctx);
  const raw: Omit<Step, "status">[] = [
    { seq: 1, task: `Ban hành kế hoạch xây dựng "Đơn vị học tập" năm ${y} (chỉ tiêu 1.1)`, who: "Hiệu trưởng", from: dataFrom, to: dataFrom + 30 },
    {
      seq: 2,
      task: "Ban hành quy định khuyến khích thành viên học tập; bố trí kinh phí đào tạo, bồi dưỡng (chỉ tiêu 1.2, 1.3)",
      who: "Hiệu trưởng, Kế toán",
      from: dataFrom,
      to: s({ y, m: 3, d: 31 }),
    },
    {
      seq: 3,
      task: "Thành viên học tập, bồi dưỡng; thu thập minh chứng, số liệu của năm",
      who: "Toàn thể CB, GV, NV; các tổ, bộ phận",
      from: dataFrom,
      to: dataTo,
    },
    {
      seq: 4,
      task: 'Hiệu trưởng ra Quyết định thành lập Tổ đánh giá "Đơn vị học tập"',
      who: "Hiệu trưởng",
      from: decision ?? meeting - 30,
      to: decision ?? meeting - 8,
    },
    { seq: 5, task: "Thành viên tự đánh giá trong tổ, bộ phận; tổ tổng hợp gửi Tổ đánh giá", who: "Tổ trưởng các tổ", from: meeting - 7, to: meeting - 1 },
    { seq: 6, task: "Tổ đánh giá họp, thống nhất kết quả tự đánh giá các tiêu chí, chỉ tiêu", who: "Tổ đánh giá", from: meeting, to: meeting },
    {
      seq: 7,
      task: `Hoàn thiện Báo cáo tự đánh giá, Bản tổng hợp kết quả tự đánh giá các tiêu chí, chỉ tiêu${dossier ? " và Tờ trình" : ""}`,
      who: "Tổ đánh giá, Hiệu trưởng",
      from: meeting + 1,
      to: Math.max(meeting + 1, lastDossierDay - 1),
    },
    {
      seq: 8,
      task: dossier
        ? `Trình hồ sơ (Tờ trình, Báo cáo tự đánh giá, Bản tổng hợp) đến ${t.authority.recipient}, trước ngày ${formatYmdVi(cal.dossierBefore)}`
        : `Không trình hồ sơ đề nghị công nhận năm nay: ${none?.short ?? ""}`,
      who: "Hiệu trưởng, Văn thư",
      from: Math.min(meeting + 1, lastDossierDay),
      to: lastDossierDay,
    },
    {
      seq: 9,
      task: dossier ? `Quyết định công nhận, trước ngày ${formatYmdVi(cal.decisionBefore)}` : "Quyết định công nhận: không có (năm nay không đề nghị)",
      who: t.authority.approver,
      from: s(cal.dossierBefore),
      to: lastDecisionDay,
    },
  ];
  return raw.map((x) => ({ ...x, status: autoStatus(ctx, x) }));
}

function byDate(today: number, from: number, to: number): string {
  if (today < from) return STATUS.notYet;
  if (today <= to) return STATUS.doing;
  return STATUS.overdue;
}

/** Done when the workbook proves it; otherwise by date (never a guessed "Đã hoàn thành"). */
function autoStatus(ctx: DocContext, s: Omit<Step, "status">): string {
  if (!isPoints(ctx)) return autoStatusTt24(ctx, s);
  const r = ctx.result;
  const item = (id: string) => r.items.find((i) => i.id === id);
  const proven = (id: string) => {
    const it = item(id);
    return !!it && (it.points !== undefined ? it.points > 0 : it.met === true);
  };
  const planItem = isPoints(ctx) ? "1a" : "1.1";
  const rulesItem = isPoints(ctx) ? "1b" : "1.2";
  switch (s.seq) {
    case 1:
      if (proven(planItem)) return STATUS.done;
      break;
    case 2:
      if (proven(rulesItem)) return STATUS.done;
      break;
    case 3: {
      const it = item("2a");
      if (it && it.rate !== undefined && it.rate >= 1) return STATUS.done;
      // The members sheet says exactly who has no approved plan yet: say it instead of a date verdict.
      if (it && it.failing?.length && ctx.today > s.to) return `Còn ${it.failing.length} TV thiếu KH tự học`;
      break;
    }
    case 4:
    case 5:
      // The council reviews the tổ summaries, so a council meeting held proves these two steps.
      if (councilHeld(ctx)) return STATUS.done;
      if (s.seq === 4 && r.members.total > 0 && ctx.today >= s.from) return STATUS.done;
      break;
    case 6:
      if (councilHeld(ctx)) return STATUS.done;
      break;
  }
  return byDate(ctx.today, s.from, s.to);
}

/** Thông tư 24's steps: proven by the workbook (an indicator met, a decision or meeting dated), else by their legal dates. */
function autoStatusTt24(ctx: DocContext, s: Omit<Step, "status">): string {
  const met = (id: string) => ctx.result.items.find((i) => i.id === id)?.levels?.M1.status === "met";
  const dossier = ctx.result.tt24?.proposal?.dossier === true;
  switch (s.seq) {
    case 1:
      if (met("1.1")) return STATUS.done;
      break;
    case 2:
      if (met("1.2")) return STATUS.done;
      break;
    case 3:
      // The data period is over on its last day: the year's figures are what they are.
      if (ctx.today > s.to) return STATUS.done;
      break;
    case 4: {
      const d = ctx.model.unit.panelDecisionDate;
      if (d !== undefined && d <= ctx.today) return STATUS.done;
      break;
    }
    case 5:
    case 6:
      if (councilHeld(ctx)) return STATUS.done;
      break;
    case 8:
    case 9:
      if (!dossier) return STATUS.notThisYear;
      break;
  }
  return byDate(ctx.today, s.from, s.to);
}

function councilHeld(ctx: DocContext): boolean {
  const d = ctx.model.unit.meeting.date;
  return d !== undefined && d <= ctx.today;
}

/** Steps with the clerk's edits of a previous run applied. */
export function stepsWithEdits(ctx: DocContext): { steps: Step[]; auto: Step[]; kept: number } {
  const auto = defaultSteps(ctx);
  const prev = ctx.model.previousPlan;
  if (!prev) return { steps: auto, auto, kept: 0 };
  let kept = 0;
  const steps = auto.map((s) => {
    const found = prev.steps[s.seq];
    if (!found) return s;
    const out = { ...s };
    // Without the record (deleted, or a copy of the sheet), today's automatic values stand in: an
    // edit is then never lost, at worst yesterday's automatic status is kept once.
    const rec = prev.auto ? prev.auto[s.seq] : { from: s.from, to: s.to, status: s.status };
    if (found.from !== undefined && found.from !== rec?.from) {
      out.from = found.from;
      kept++;
    }
    if (found.to !== undefined && found.to !== rec?.to) {
      out.to = found.to;
      kept++;
    }
    const stAuto = rec?.status ?? "";
    if (found.status && found.status !== stAuto) {
      out.status = found.status;
      kept++;
    } else if (out.from !== s.from || out.to !== s.to) out.status = autoStatus(ctx, out);
    return out;
  });
  return { steps, auto, kept };
}

/** The clerk's notes (column "Ghi chú") are theirs alone: the product writes none, so any text is kept. */
function previousNotes(ctx: DocContext): Map<number, string> {
  const out = new Map<number, string>();
  for (const [seq, step] of Object.entries(ctx.model.previousPlan?.steps ?? {})) if (step.note) out.set(Number(seq), step.note);
  return out;
}

export function buildKeHoach(ctx: DocContext): { sheet: SheetPlan; auto: SheetPlan; issues: Issue[] } {
  const issues: Issue[] = [];
  const name = sheetName(ctx, "ke-hoach-tien-do");
  const b = new SheetBuilder("ke-hoach-tien-do", name, [4.5, 33.5, 10.5, 10.5, 13, 12, 8.5]);
  const lastVisible = COL.note;
  const { steps, auto, kept } = stepsWithEdits(ctx);
  const notes = previousNotes(ctx);
  if (kept + notes.size > 0) issues.push(issue("PLAN_EDIT_KEPT", { count: kept + notes.size, sheet: name }, { sheet: name }));

  docHeader(b, headerInfo(ctx, numberLine(ctx, "KH")), 2);
  titleBlock(b, "Kế hoạch", [`Tiến độ tự đánh giá, ${isPoints(ctx) ? "xếp loại" : "công nhận"} "Đơn vị học tập" năm ${ctx.result.year}`]);
  para(
    b,
    "Các ô ngày và trạng thái sửa được; phần mềm giữ nguyên ô đã sửa tay ở những lần chạy sau (xóa ô để phần mềm tính lại).",
    merge(S.italic, { font: { size: 11 } }),
    0,
    lastVisible,
  );
  b.row++;
  const head = b.row++;
  tableHead(b, head, ["TT", PLAN_TASK_HEADER, "Từ ngày", "Đến ngày", "Người thực hiện", "Trạng thái", "Ghi chú"], 12);
  const date = (v: number): PlanValue => v;
  const statusStyle = (s: string) =>
    s === STATUS.done ? { font: { bold: true, color: "#375623" } } : s === STATUS.overdue ? { font: { bold: true, color: "#C00000" } } : {};
  steps.forEach((s) => {
    const r = b.row++;
    const small = { font: { size: 12 } };
    b.set(r, COL.seq, s.seq, merge(TABLE_CENTER, small));
    b.set(r, COL.from, date(s.from), merge(TABLE_CENTER, small, { numberFormat: "dd/mm/yyyy" }));
    b.set(r, COL.to, date(s.to), merge(TABLE_CENTER, small, { numberFormat: "dd/mm/yyyy" }));
    b.set(r, COL.task, s.task, merge(TABLE_CELL, small));
    b.set(r, COL.who, s.who, merge(TABLE_CELL, small));
    b.set(r, COL.status, s.status, merge(TABLE_CENTER, small, statusStyle(s.status)));
    b.set(r, COL.note, notes.get(s.seq) ?? "", merge(TABLE_CELL, { font: { size: 11 } }));
    fitRow(b, r, [
      { text: s.task, left: COL.task, right: COL.task, size: 12 },
      { text: s.who, left: COL.who, right: COL.who, size: 12 },
      { text: s.status, left: COL.status, right: COL.status, size: 12 },
      { text: notes.get(s.seq) ?? "", left: COL.note, right: COL.note, size: 11 },
    ]);
  });
  const first = head + 1;
  const lastStep = b.row - 1;
  b.validations.push({
    range: { top: first, left: COL.status, bottom: lastStep, right: COL.status },
    list: Object.values(STATUS),
    error: "Chọn trạng thái trong danh sách (hoặc gõ nội dung khác nếu cần).",
    strict: false,
  });
  b.row++;
  const y = serialToYmd(ctx.today);
  // Under TT 24 the legal dates the statuses are judged against are said too.
  const legal = isPoints(ctx)
    ? ""
    : " Thời hạn theo Điều 10 Thông tư 24/2023/TT-BGDĐT: số liệu từ ngày 01/01 đến ngày 31/12 của năm đánh giá; hồ sơ đề nghị gửi trước ngày 15/01, quyết định công nhận trước ngày 15/02 năm sau.";
  para(
    b,
    `Trạng thái tính theo dữ liệu của sổ và ngày chạy ${pad(y.d)}/${pad(y.m)}/${y.y}: "Đã hoàn thành" chỉ ghi khi sổ có bằng chứng (minh chứng, kết quả, ngày họp); các bước khác cần xác nhận.${legal}`,
    merge(S.italic, { font: { size: 11 } }),
    0,
    lastVisible,
  );
  const recipients = isPoints(ctx) ? ["Hội đồng TĐ-KT", "Tổ trưởng, CB, GV, NV"] : ["Tổ đánh giá", "Các tổ, bộ phận; CB, GV, NV"];
  signatureBlock(b, { title: "HIỆU TRƯỞNG", name: ctx.model.unit.principal, split: 2, recipients });
  const last = b.values.length - 1; // the print area ends at the last written row
  return {
    sheet: b.build({
      print: a4Print({ top: 0, left: 0, bottom: last, right: lastVisible }, { repeatRows: { from: head, to: head } }),
      showGridLines: false,
      tabColor: "#7030A0",
    }),
    auto: autoSheet(auto),
    issues,
  };
}

/** The record of this run's automatic values (veryHidden: machine data, not for the clerk). */
function autoSheet(auto: Step[]): SheetPlan {
  const a = new SheetBuilder(AUTO_SHEET_ID, SHEET_NAMES[AUTO_SHEET_ID], [6, 12, 12, 28], 11);
  a.line(0, 0, ["TT", "Từ (tự động)", "Đến (tự động)", "Trạng thái (tự động)"], S.bold);
  auto.forEach((s, k) => {
    a.set(k + 1, AUTO.seq, s.seq);
    a.set(k + 1, AUTO.from, s.from, { numberFormat: "dd/mm/yyyy" });
    a.set(k + 1, AUTO.to, s.to, { numberFormat: "dd/mm/yyyy" });
    a.set(k + 1, AUTO.status, s.status);
  });
  return a.build({ visibility: "veryHidden" });
}

const pad = (n: number) => (n < 10 ? `0${n}` : String(n));
