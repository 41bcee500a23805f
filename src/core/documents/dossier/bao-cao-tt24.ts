/**
 * Báo cáo tự đánh giá, công nhận "Đơn vị học tập" under Thông tư 24/2023 (Điều 10: written by the Tổ
 * đánh giá; no official template, docs/domain/rules.md §6): the data period 01/01–31/12; I. the unit and,
 * for an upgrade or a renewal, its current recognition and decision; II. per criterion and indicator what
 * was found, the figures, the evidence codes and the result at Mức độ 1 and Mức độ 2 (Đạt / Không đạt /
 * Không áp dụng with the reason); III. strengths, limits, directions; IV. the level proposed and why;
 * V. the request. Met or not met, never points. The clerk's prose ("Nội dung báo cáo") is used where
 * written; a blank part gets a text derived from the result and an info issue says so.
 */
import type { DocContext } from "../context";
import { issue, type Issue } from "../../messages";
import type { SheetPlan } from "../../plan";
import type { ItemResult, PlanTarget } from "../../result";
import type { ReportContent } from "../../model";
import { SheetBuilder, S, merge, titleBlock, signatureBlock, a4Print } from "../builder";
import { groupNumber } from "../../rules/ids";
import { LEVEL_LABEL, tt24RuleSet } from "../../rules/tt24";
import { formatYmdVi } from "../../text/calendar";
import { formatDateVi } from "../../text/dates";
import { indicatorText } from "../ban-tong-hop";
import { HEADING, docHeader, formal, headerInfo, joinVi, numberLine, para, sentence, unitNameText } from "./common";
import { failingText, membersFacts, reportParts, targetsTable } from "./bao-cao";
import type { EvidenceIndex } from "./evidence-index";
import {
  LEVELS,
  addressee,
  currentDecisionText,
  foundText,
  levelVerdict,
  missingForLevel,
  noRequest,
  requestWords,
  tt24,
  tt24LegalBasis,
  tt24Name,
} from "./tt24-common";

const NOT_READ: ReportContent = { sections: {}, cells: {}, issues: [] };

export function buildBaoCaoTt24(ctx: DocContext, ev: EvidenceIndex): { sheet: SheetPlan; issues: Issue[] } {
  const issues: Issue[] = [];
  const content = ctx.model.reportContent ?? NOT_READ;
  const targets = ctx.result.targets ?? [];
  const t = tt24(ctx);
  const u = ctx.model.unit;
  const year = ctx.result.year;
  const unit = unitNameText(ctx);
  const to = addressee(ctx);
  const rules = tt24RuleSet(t.tier);
  // The prose spans all six columns; the plan's targets table uses them as TT | Chỉ tiêu | Kế hoạch | Thực hiện | Đánh giá | Ghi chú.
  const b = new SheetBuilder("bao-cao", ctx.names["bao-cao"] ?? "Báo cáo tự đánh giá", [5, 33, 11, 12, 11, 16]);

  docHeader(b, headerInfo(ctx, numberLine(ctx, "BC", u.documentNumber), u.reportDate), 2);
  titleBlock(b, "Báo cáo", [`Tự đánh giá, công nhận "Đơn vị học tập" năm ${year}`]);
  para(b, sentence(`Kính gửi: ${to}`), merge({ align: { h: "center" } }));
  b.row++;
  para(b, `Căn cứ ${tt24LegalBasis(ctx)};`, S.italic);
  for (const line of content.sections["can-cu"] ?? []) para(b, `Căn cứ ${line.replace(/^căn cứ\s+/i, "").replace(/[;.]$/, "")};`, S.italic);
  para(b, `Căn cứ Quyết định ${decisionRef(ctx)}của Hiệu trưởng ${unit} về việc thành lập Tổ đánh giá "Đơn vị học tập" năm ${year};`, S.italic);
  para(
    b,
    `Tổ đánh giá của ${unit} báo cáo kết quả tự đánh giá, công nhận "Đơn vị học tập" năm ${year} (số liệu tính từ ngày 01/01/${year} đến ngày 31/12/${year}) như sau:`,
  );

  const { section, prose } = reportParts(b, content, issues);

  // I. The unit, the Tổ đánh giá's work, and the recognition it holds.
  section(1, "Đặc điểm tình hình");
  para(b, membersFacts(ctx));
  const kinds = joinVi(t.unit.labels.map((l) => l[0].toLocaleLowerCase("vi") + l.slice(1)));
  para(
    b,
    `Đơn vị là ${kinds} ${t.unit.public ? "công lập" : "ngoài công lập"}, tự đánh giá theo các tiêu chí, chỉ tiêu "Đơn vị học tập" ${t.tierLabel} (${rules.levels.map((l) => l.article).join(", ")} ${tt24Name(ctx)}).`,
  );
  prose("dac-diem", () => [
    `Hiệu trưởng ra Quyết định thành lập Tổ đánh giá; Tổ đánh giá thu thập minh chứng, số liệu và đánh giá từng tiêu chí, chỉ tiêu theo ${tt24Name(ctx)}.`,
  ]);
  para(b, recognitionParagraph(ctx));

  // II. Per criterion and indicator.
  section(2, "Kết quả tự đánh giá theo từng tiêu chí, chỉ tiêu");
  const crit = new Map(t.criteria.map((c) => [c.id, c]));
  let sub = 0;
  for (const g of ctx.ruleSet.groups) {
    const gi = ctx.result.items.filter((i) => i.group === g.id);
    if (!gi.length) continue;
    const c = crit.get(g.id);
    const verdict = c ? ` (Mức độ 1: ${c.met.M1 ? "Đạt" : "Không đạt"}; Mức độ 2: ${c.met.M2 ? "Đạt" : "Không đạt"})` : "";
    para(b, `${++sub}. Tiêu chí ${groupNumber(g.id)}: ${g.text}${verdict}`, HEADING);
    for (const it of gi) indicatorParagraphs(b, ctx, it, ev);
  }
  if (targets.length) {
    para(b, `${++sub}. Kết quả thực hiện chỉ tiêu của kế hoạch năm ${year}`, HEADING);
    targetsTable(b, targets);
  }

  // III. Đánh giá chung.
  section(3, "Đánh giá chung");
  para(b, "1. Ưu điểm", HEADING);
  prose("uu-diem", () => strengths(ctx, targets));
  para(b, "2. Hạn chế", HEADING);
  prose("han-che", () => limits(ctx, targets));
  if (content.sections["nguyen-nhan"]?.length) {
    para(b, "3. Nguyên nhân", HEADING);
    for (const p of content.sections["nguyen-nhan"]!) para(b, p);
  }
  para(b, `${content.sections["nguyen-nhan"]?.length ? 4 : 3}. Phương hướng, biện pháp khắc phục`, HEADING);
  prose("phuong-huong", () => directions(ctx));

  // IV. The level proposed, and why.
  section(4, "Mức độ đề nghị công nhận");
  for (const [text, style] of levelParagraphs(ctx)) para(b, text, style);

  // V. Kiến nghị.
  section(5, "Kiến nghị, đề xuất");
  prose("kien-nghi", () => [recommendation(ctx)]);
  b.row++;
  para(b, `Trên đây là báo cáo tự đánh giá, công nhận "Đơn vị học tập" năm ${year} của ${unit}./.`);

  const own = content.sections["noi-nhan"];
  const recipients = own?.length ? own.map((x) => x.replace(/^[-–•+]\s*/, "").replace(/[;.,]\s*$/, "")) : [`${to} (để báo cáo)`];
  if (!own?.length && content.sheet)
    issues.push(issue("DOSSIER_DEFAULT_TEXT", { section: "Nơi nhận", sheet: content.sheet }, { sheet: content.sheet, cell: content.cells["noi-nhan"] }));
  signatureBlock(b, { recipients, title: "HIỆU TRƯỞNG", name: u.principal, split: 2 });
  const last = b.values.length - 1; // the print area ends at the last written row
  return {
    sheet: b.build({ print: a4Print({ top: 0, left: 0, bottom: last, right: b.lastCol }), showGridLines: false, tabColor: "#2F5597" }),
    issues,
  };
}

/** "số 112/QĐ-THTP ngày 02/11/2026 " of the decision setting up the Tổ đánh giá, as far as Thông tin says it. */
function decisionRef(ctx: DocContext): string {
  const u = ctx.model.unit;
  const parts = [
    u.panelDecisionNumber ? `số ${u.panelDecisionNumber}` : "",
    u.panelDecisionDate !== undefined ? `ngày ${formatDateVi(u.panelDecisionDate)}` : "",
  ];
  const s = parts.filter(Boolean).join(" ");
  return s ? `${s} ` : "";
}

/** The recognition the unit holds (upgrade, renewal, maintain) or that it holds none yet. */
function recognitionParagraph(ctx: DocContext): string {
  const p = tt24(ctx).proposal;
  const c = p?.current;
  if (!c) return `Đơn vị chưa được công nhận "Đơn vị học tập" theo ${tt24Name(ctx)}.`;
  const held = `Đơn vị được công nhận "Đơn vị học tập" ${LEVEL_LABEL[c.level]} theo ${currentDecisionText(ctx)}`;
  return c.validOnDossierDate
    ? `${held}; kết quả công nhận được bảo lưu đến hết ngày ${formatYmdVi(c.validUntil)} (03 năm tiếp theo năm được công nhận).`
    : `${held}; thời hạn bảo lưu đã hết ngày ${formatYmdVi(c.validUntil)}.`;
}

function indicatorParagraphs(b: SheetBuilder, ctx: DocContext, it: ItemResult, ev: EvidenceIndex): void {
  const ind = tt24RuleSet(tt24(ctx).tier).indicators.find((x) => x.id === it.id)!;
  para(b, `Chỉ tiêu ${it.id}: ${indicatorText(ind, it).replace(/\n/g, " ")}`, S.italic);
  const lv = it.levels!;
  const lines: string[] = [];
  if (LEVELS.every((k) => lv[k].status === "not-applicable")) {
    lines.push(`Không áp dụng: ${lv.M1.reason.replace(/^Không áp dụng:?\s*/i, "")}.`);
  } else {
    const found = foundText(ctx, it);
    if (found.length) lines.push(`Kết quả thực hiện: ${found.join("; ")}.`);
    if (it.measuredOn === "members") {
      const f = failingText(ctx, it.failing);
      if (f) lines.push(f);
    }
    const codes = ev.codesFor(it.id).map(ev.show);
    const cites = it.measuredOn === "members" ? ["danh sách thành viên", ...codes] : codes;
    lines.push(cites.length ? `Minh chứng: ${cites.join("; ")}.` : "Minh chứng: chưa có.");
    lines.push(`Tự đánh giá: Mức độ 1: ${levelVerdict(lv.M1)}; Mức độ 2: ${levelVerdict(lv.M2)}.`);
  }
  if (it.override) lines.push(`${it.override.text.replace(/[.;]\s*$/, "")}.`);
  // The clerk's words as written ("05/KH-THTP" is a document number, not an abbreviation to spell out).
  for (const l of lines) para(b, `- ${l}`);
}

function strengths(ctx: DocContext, targets: PlanTarget[]): string[] {
  const out: string[] = [];
  // The highest level whose applicable indicators are all met; else what Mức độ 1 already has.
  const full = [...LEVELS].reverse().find((lv) => {
    const judged = ctx.result.items.filter((i) => i.levels?.[lv].status !== "not-applicable");
    return judged.length > 0 && judged.every((i) => i.levels?.[lv].status === "met");
  });
  if (full) {
    const n = ctx.result.items.filter((i) => i.levels?.[full].status === "met").length;
    out.push(`Đạt đầy đủ ${n}/${n} chỉ tiêu áp dụng của ${LEVEL_LABEL[full]}.`);
  } else {
    const met = ctx.result.items.filter((i) => i.levels?.M1.status === "met");
    if (met.length) out.push(`Đạt ${met.length} chỉ tiêu của Mức độ 1: ${met.map((i) => `${i.id} (${formal(i.short)})`).join("; ")}.`);
  }
  const met = targets.filter((x) => x.met === true);
  if (met.length) out.push(`Chỉ tiêu kế hoạch đã đạt: ${met.map((x) => `${x.label} (${x.achievedText})`).join("; ")}.`);
  return out;
}

/** The indicators not met at the next level up (or at Mức độ 1 when none is reached), with their gaps. */
function openLevel(ctx: DocContext): "M1" | "M2" | null {
  const a = tt24(ctx).achieved;
  return a === "M2" ? null : a === "M1" ? "M2" : "M1";
}

function limits(ctx: DocContext, targets: PlanTarget[]): string[] {
  const lv = openLevel(ctx);
  const out: string[] = [];
  const missing = lv ? missingForLevel(ctx, lv) : [];
  if (lv && missing.length) out.push(`Chưa đạt ${LEVEL_LABEL[lv]} ở ${missing.length} chỉ tiêu: ${missing.join("; ")}.`);
  else out.push("Đơn vị đạt tất cả các chỉ tiêu áp dụng; cần duy trì kết quả trong những năm tới.");
  const notMet = targets.filter((x) => x.met === false);
  if (notMet.length)
    out.push(`Chỉ tiêu kế hoạch chưa đạt: ${notMet.map((x) => `${x.label} (kế hoạch ${x.targetText}, thực hiện ${x.achievedText})`).join("; ")}.`);
  return out;
}

function directions(ctx: DocContext): string[] {
  const lv = openLevel(ctx);
  const open = lv ? ctx.result.items.filter((i) => i.levels?.[lv].status === "not-met") : [];
  if (!open.length) return ["Tiếp tục duy trì và nâng cao chất lượng việc học tập thường xuyên của thành viên."];
  return open.map((i) =>
    i.measuredOn === "members"
      ? `- ${formal(i.short)}: hỗ trợ, đôn đốc thành viên để đạt yêu cầu của ${LEVEL_LABEL[lv!]} (${i.levels![lv!].reason}).`
      : `- ${formal(i.short)}: hoàn thiện các điều kiện, bổ sung minh chứng để đạt ${LEVEL_LABEL[lv!]}.`,
  );
}

/** Section IV: the level the unit may propose under Điều 8 (14), why, and what its current recognition means. */
function levelParagraphs(ctx: DocContext): [string, ReturnType<typeof merge> | undefined][] {
  const t = tt24(ctx);
  const r = ctx.result;
  const unit = unitNameText(ctx);
  const rules = tt24RuleSet(t.tier);
  const article = rules.levels[0].recognition;
  const out: [string, ReturnType<typeof merge> | undefined][] = [];
  out.push([
    t.achieved
      ? `Căn cứ ${article} ${tt24Name(ctx)}, ${unit} tự đánh giá đạt "Đơn vị học tập" ${LEVEL_LABEL[t.achieved]}.`
      : `Căn cứ ${article} ${tt24Name(ctx)}, ${unit} tự đánh giá chưa đạt Mức độ 1.`,
    S.bold,
  ]);
  for (const line of t.reasons) out.push([line, undefined]);
  for (const line of t.notes.filter((n) => !/^\d\.\d: /.test(n))) out.push([line, S.italic]);
  const p = t.proposal;
  // The proposal's own lines without the first ("Kết quả tự đánh giá: …", said above).
  for (const line of p?.lines.filter((l) => !l.startsWith("Kết quả tự đánh giá")) ?? []) out.push([line, S.bold]);
  const none = noRequest(ctx);
  if (none && p?.kind !== "maintain") out.push([`Năm ${r.year} đơn vị chưa đề nghị công nhận.`, undefined]);
  out.push([`(Chi tiết tại Bản tổng hợp kết quả tự đánh giá các tiêu chí, chỉ tiêu kèm theo; minh chứng theo Danh mục minh chứng.)`, S.italic]);
  return out;
}

function recommendation(ctx: DocContext): string {
  const unit = unitNameText(ctx);
  const to = addressee(ctx);
  const words = requestWords(ctx);
  const p = tt24(ctx).proposal;
  if (words) return `Đề nghị ${to} xem xét, ${words} năm ${ctx.result.year} cho ${unit}.`;
  if (p?.kind === "maintain" && p.current)
    return `${unit} tiếp tục duy trì các tiêu chí, chỉ tiêu; kết quả công nhận ${LEVEL_LABEL[p.current.level]} được bảo lưu đến hết ngày ${formatYmdVi(p.current.validUntil)}, năm nay đơn vị không đề nghị công nhận.`;
  return `${unit} tiếp tục khắc phục các chỉ tiêu chưa đạt; đề nghị ${to} hướng dẫn, hỗ trợ đơn vị.`;
}
