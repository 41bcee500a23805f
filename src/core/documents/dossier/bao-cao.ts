/**
 * Báo cáo tự đánh giá (docs/domain/rules.md §6; no official template): I. Đặc điểm tình hình; II. Kết quả tự
 * đánh giá theo từng tiêu chí (figures, evidence codes, points or met) with the plan's targets;
 * III. Đánh giá chung (ưu điểm, hạn chế); IV. Tự xếp loại / đề nghị công nhận; V. Kiến nghị.
 * Annex: the biểu điểm (TT 22) or the bản tổng hợp (TT 24), referred to by sheet name.
 *
 * The prose parts come from the clerk's "Nội dung báo cáo"; a blank part gets a text derived from
 * the scores, and an info issue says so (the clerk should know which words are the machine's).
 *
 * The dossier uses this builder for Thông tư 22; Thông tư 24's report is bao-cao-tt24.ts (its branches
 * here remain for callers that build a report directly, and the helpers are shared).
 */
import type { DocContext } from "../context";
import { issue, type Issue } from "../../messages";
import type { SheetPlan } from "../../plan";
import type { ItemResult, MemberRef, PlanTarget } from "../../result";
import { SheetBuilder, S, merge, titleBlock, signatureBlock, a4Print } from "../builder";
import {
  HEADING,
  TABLE_CELL,
  TABLE_CENTER,
  tableHead,
  fitRow,
  headerInfo,
  isPoints,
  joinVi,
  legalBasisLine,
  metText,
  numberLine,
  orderedItems,
  para,
  pct,
  pts,
  roman,
  sheetName,
  unitNameText,
  docHeader,
  formal,
  recipientText,
  sentence,
} from "./common";
import { groupNumber } from "../../rules/ids";
import { levelWord } from "../ban-tong-hop";
import type { EvidenceIndex } from "./evidence-index";
import type { ReportContent } from "../../model";
import { SECTIONS, type SectionId } from "../../workbook/report-sections";
import { INPUT_SHEET_NAMES } from "../../workbook/sheets";
import { compareViName } from "../../text/vi";

/** Up to this many failing members are named in the report; beyond it the tổ summary is referred to. */
export const MAX_NAMED_MEMBERS = 5;

export interface ReportInput {
  ev: EvidenceIndex;
}

/** Without the reader's content (not read for this context), every prose part is the derived text. */
const NOT_READ: ReportContent = { sections: {}, cells: {}, issues: [] };

export function buildBaoCao(ctx: DocContext, input: ReportInput): { sheet: SheetPlan; issues: Issue[] } {
  const issues: Issue[] = [];
  const content = ctx.model.reportContent ?? NOT_READ;
  const targets = ctx.result.targets ?? [];
  const points = isPoints(ctx);
  const name = sheetName(ctx, "bao-cao");
  // TT | Chỉ tiêu / nội dung | Kế hoạch | Thực hiện | Đánh giá | Ghi chú — the prose spans all six.
  const b = new SheetBuilder("bao-cao", name, [5, 33, 11, 12, 11, 16]);
  const u = ctx.model.unit;
  const year = ctx.result.year;
  const unit = unitNameText(ctx);

  docHeader(b, headerInfo(ctx, numberLine(ctx, "BC", u.documentNumber), u.reportDate), 2);
  titleBlock(b, "Báo cáo", [
    points ? `Kết quả tự đánh giá, xếp loại "Đơn vị học tập" năm ${year}` : `Tự đánh giá đề nghị công nhận "Đơn vị học tập" năm ${year}`,
  ]);
  para(b, sentence(`Kính gửi: ${recipientText(ctx)}`), merge({ align: { h: "center" } }));
  b.row++;

  // Legal basis: the circular, then the clerk's own lines.
  para(b, `Căn cứ ${legalBasisLine(ctx.ruleSet)};`, S.italic);
  for (const line of content.sections["can-cu"] ?? []) para(b, `Căn cứ ${line.replace(/^căn cứ\s+/i, "").replace(/[;.]$/, "")};`, S.italic);
  para(b, `${unit} báo cáo kết quả tự đánh giá${points ? ", xếp loại" : ""} "Đơn vị học tập" năm ${year} như sau:`);

  const { section, prose } = reportParts(b, content, issues);

  // I. Đặc điểm tình hình: the facts always; the clerk's description, or a neutral default.
  section(1, "Đặc điểm tình hình");
  para(b, membersFacts(ctx));
  prose("dac-diem", () => [
    `Đơn vị xây dựng kế hoạch và tổ chức cho thành viên học tập thường xuyên theo ${ctx.ruleSet.legalSource.document}; thành viên tự đánh giá trong tổ, các tổ tổng hợp gửi Hiệu trưởng, Hội đồng Thi đua – Khen thưởng rà soát và chấm theo từng ${points ? "tiêu chí" : "chỉ tiêu"}.`,
  ]);

  // II. Kết quả theo từng tiêu chí.
  section(2, `Kết quả tự đánh giá theo từng ${points ? "tiêu chí" : "tiêu chí, chỉ tiêu"}`);
  if (!points) para(b, `Số liệu tính từ ngày 01/01/${year} đến ngày 31/12/${year}.`, S.italic);
  const items = orderedItems(ctx);
  let sub = 0;
  for (const g of ctx.ruleSet.groups) {
    const gi = items.filter((i) => i.group === g.id);
    if (!gi.length) continue;
    const gr = ctx.result.groups.find((x) => x.id === g.id);
    const score = points
      ? ` (${pts(gr?.points)}/${pts(gr?.max ?? g.max)} điểm)`
      : gr?.applicableCount !== undefined
        ? ` (đạt ${gr.metCount ?? 0}/${gr.applicableCount} chỉ tiêu)`
        : "";
    para(b, `${++sub}. Tiêu chí ${groupNumber(g.id)}: ${g.text}${score}`, HEADING);
    for (const it of gi) itemParagraphs(b, ctx, it, input.ev);
  }
  if (targets.length) {
    para(b, `${++sub}. Kết quả thực hiện chỉ tiêu của kế hoạch năm ${year}`, HEADING);
    targetsTable(b, targets);
  }

  // III. Đánh giá chung.
  section(3, "Đánh giá chung");
  para(b, "1. Ưu điểm", HEADING);
  prose("uu-diem", () => strengths(ctx, items, targets));
  para(b, "2. Hạn chế", HEADING);
  prose("han-che", () => limits(ctx, items, targets));
  if (content.sections["nguyen-nhan"]?.length) {
    para(b, "3. Nguyên nhân", HEADING);
    for (const p of content.sections["nguyen-nhan"]!) para(b, p);
  }
  para(b, `${content.sections["nguyen-nhan"]?.length ? 4 : 3}. Phương hướng, biện pháp khắc phục`, HEADING);
  prose("phuong-huong", () => directions(ctx, items));

  // IV. Tự xếp loại / đề nghị công nhận.
  section(4, points ? "Tự xếp loại" : "Đề nghị công nhận");
  for (const p of ratingParagraphs(ctx)) para(b, p, p.startsWith("Căn cứ") ? S.bold : undefined);

  // V. Kiến nghị.
  section(5, "Kiến nghị, đề xuất");
  prose("kien-nghi", () => [recommendation(ctx)]);
  b.row++;
  para(b, `Trên đây là báo cáo kết quả tự đánh giá${points ? ", xếp loại" : ""} "Đơn vị học tập" năm ${year} của ${unit}./.`);

  const own = content.sections["noi-nhan"];
  const recipients = own?.length ? own.map((x) => x.replace(/^[-–•+]\s*/, "").replace(/[;.,]\s*$/, "")) : [`${recipientText(ctx)} (để báo cáo)`];
  if (!own?.length && content.sheet)
    issues.push(
      issue(
        "DOSSIER_DEFAULT_TEXT",
        { section: "Nơi nhận", sheet: content.sheet ?? INPUT_SHEET_NAMES.reportContent },
        content.sheet ? { sheet: content.sheet, cell: content.cells["noi-nhan"] } : {},
      ),
    );
  signatureBlock(b, { recipients, title: "HIỆU TRƯỞNG", name: u.principal, split: 2 });
  const last = b.values.length - 1; // the print area ends at the last written row
  return {
    sheet: b.build({ print: a4Print({ top: 0, left: 0, bottom: last, right: b.lastCol }), showGridLines: false, tabColor: "#2F5597" }),
    issues,
  };
}

/**
 * The report's numbered sections and its prose parts, shared by both frameworks' reports: a part the
 * clerk wrote in "Nội dung báo cáo" is printed as written; else the product's text, and an issue says so.
 */
export function reportParts(
  b: SheetBuilder,
  content: ReportContent,
  issues: Issue[],
): { section: (n: number, title: string) => void; prose: (id: SectionId, fallback: () => string[]) => void } {
  const section = (n: number, title: string) => {
    b.row++;
    para(b, `${roman(n)}. ${title.toUpperCase()}`, HEADING);
  };
  const prose = (id: SectionId, fallback: () => string[]) => {
    const own = content.sections[id];
    if (own?.length) {
      for (const p of own) para(b, p);
      return;
    }
    for (const p of fallback()) para(b, p);
    // Without a content sheet at all, the one DOSSIER_NO_CONTENT_SHEET issue already says it.
    if (!content.sheet) return;
    const label = SECTIONS.find((s) => s.id === id)!.label;
    issues.push(issue("DOSSIER_DEFAULT_TEXT", { section: label, sheet: content.sheet }, { sheet: content.sheet, cell: content.cells[id] }));
  };
  return { section, prose };
}

export function membersFacts(ctx: DocContext): string {
  const r = ctx.result;
  const teams = r.teams.map((t) => `${t.name} (${t.members} người)`);
  let s = `Năm ${r.year}, đơn vị có ${r.members.total} thành viên (cán bộ quản lý, giáo viên, nhân viên)`;
  s += teams.length ? `, sinh hoạt tại ${teams.length} tổ, bộ phận: ${joinVi(teams)}.` : ".";
  if (r.members.excluded.length) {
    const ex = r.members.excluded.map((m) => `${m.name} (${r.members.excludedReasons[m.row] ?? "có lý do"})`);
    s += ` Số thành viên được tính tỉ lệ: ${r.members.counted}; không tính: ${joinVi(ex)}.`;
  }
  return s;
}

export function failingText(ctx: DocContext, failing: MemberRef[] | undefined): string {
  if (!failing?.length) return "";
  const sorted = [...failing].sort((a, b) => compareViName(a.name, b.name));
  if (sorted.length <= MAX_NAMED_MEMBERS) return `Thành viên chưa đạt: ${joinVi(sorted.map((m) => (m.group ? `${m.name} (${m.group})` : m.name)))}.`;
  return `Có ${sorted.length} thành viên chưa đạt (danh sách tại trang "${sheetName(ctx, "tong-hop-to")}").`;
}

function itemParagraphs(b: SheetBuilder, ctx: DocContext, it: ItemResult, ev: EvidenceIndex): void {
  const points = isPoints(ctx);
  const head = points ? `${it.id}) ${it.text} (tối đa ${pts(it.max)} điểm).` : `Chỉ tiêu ${it.id}: ${it.text.replace(/\.$/, "")}.`;
  para(b, head, { font: { italic: true } });
  const lines: string[] = [];
  // Under TT 24 a not-applicable indicator says why (its scope words, rules.md §3).
  if (!it.applicable) lines.push(`${it.levels?.M1.reason ?? "Không áp dụng đối với loại hình của đơn vị"}.`);
  else if (it.measuredOn === "members") {
    lines.push(
      `Kết quả: ${it.meeting ?? 0}/${it.counted ?? 0} thành viên (${pct(it.rate)}) ${formal(ctx.ruleSet.items.find((x) => x.id === it.id)?.meetPhrase ?? "đạt")}${it.target !== undefined && it.target < 1 ? `; yêu cầu ${pct(it.target)}` : ""}.`,
    );
    const f = failingText(ctx, it.failing);
    if (f) lines.push(f);
  } else {
    if (it.origin === "collective-title")
      lines.push(`Kết quả: đơn vị đạt danh hiệu ${ctx.model.unit.collectiveTitle?.label ?? ctx.model.unit.collectiveTitleText ?? ""} năm ${ctx.result.year}.`);
    else if (it.origin === "missing") lines.push(`Kết quả: Hội đồng chưa ${points ? "chấm" : "đánh giá"} ${points ? "tiêu chí" : "chỉ tiêu"} này.`);
    else if (it.origin === "no-proof") lines.push("Kết quả: Hội đồng có chấm điểm nhưng chưa có minh chứng hay giải trình nên chưa được tính điểm.");
    if (it.explanation) lines.push(`Giải trình: ${it.explanation.replace(/[.;]\s*$/, "")}.`);
  }
  const codes = ev.codesFor(it.id);
  lines.push(codes.length ? `Minh chứng: ${codes.map(ev.show).join("; ")}.` : "Minh chứng: chưa có.");
  if (it.applicable)
    lines.push(
      points
        ? `Tự đánh giá: ${pts(it.points)}/${pts(it.max)} điểm.`
        : it.levels
          ? `Tự đánh giá: Mức độ 1: ${levelWord(it.levels.M1)}; Mức độ 2: ${levelWord(it.levels.M2)}.`
          : `Tự đánh giá: ${metText(it.met, it.applicable)}.`,
    );
  if (it.override) lines.push(`${it.override.text.replace(/[.;]\s*$/, "")}.`);
  for (const l of lines) para(b, `- ${l}`);
}

export function targetsTable(b: SheetBuilder, targets: PlanTarget[]): void {
  const head = b.row++;
  tableHead(b, head, ["TT", "Chỉ tiêu", "Kế hoạch", "Thực hiện", "Đánh giá", "Ghi chú"]);
  targets.forEach((t, i) => {
    const r = b.row++;
    const verdict = t.met === null ? "Chưa đánh giá" : t.met ? "Đạt" : "Chưa đạt";
    const note = t.met === false && t.failing.length && t.failing.length <= 3 ? `Chưa: ${t.failing.join(", ")}` : t.detail;
    b.set(r, 0, i + 1, TABLE_CENTER);
    b.set(r, 1, t.label, TABLE_CELL);
    b.set(r, 2, t.targetText, TABLE_CENTER);
    b.set(r, 3, t.achievedText, TABLE_CENTER);
    b.set(r, 4, verdict, merge(TABLE_CENTER, t.met === false ? { font: { bold: true, color: "#C00000" } } : t.met ? S.bold : {}));
    b.set(r, 5, note, merge(TABLE_CELL, { font: { size: 11 } }));
    fitRow(b, r, [
      { text: t.label, left: 1, right: 1 },
      { text: t.targetText, left: 2, right: 2 },
      { text: t.achievedText, left: 3, right: 3 },
      { text: note, left: 5, right: 5, size: 11 },
    ]);
  });
}

function strengths(ctx: DocContext, items: ItemResult[], targets: PlanTarget[]): string[] {
  const points = isPoints(ctx);
  const full = items.filter((i) => i.applicable && (points ? i.points !== undefined && i.max !== undefined && i.points >= i.max : i.met === true));
  const out: string[] = [];
  if (full.length)
    out.push(
      points
        ? `Đạt điểm tối đa ở ${full.length}/${items.length} tiêu chí: ${full.map((i) => `${i.id} (${i.short})`).join("; ")}.`
        : `Đạt ${full.length}/${items.filter((i) => i.applicable).length} chỉ tiêu áp dụng: ${full.map((i) => `${i.id} (${i.short})`).join("; ")}.`,
    );
  else out.push(`Đơn vị đã triển khai đầy đủ các ${points ? "tiêu chí" : "chỉ tiêu"} về xây dựng "Đơn vị học tập".`);
  const met = targets.filter((t) => t.met === true);
  if (met.length) out.push(`Chỉ tiêu kế hoạch đã đạt: ${met.map((t) => `${t.label} (${t.achievedText})`).join("; ")}.`);
  return out;
}

function limits(ctx: DocContext, items: ItemResult[], targets: PlanTarget[]): string[] {
  const points = isPoints(ctx);
  const open = items.filter((i) => i.applicable && (points ? (i.points ?? 0) < (i.max ?? 0) : i.met === false));
  const out: string[] = [];
  if (open.length) {
    const parts = open.map((i) => {
      const score = points ? `${pts(i.points)}/${pts(i.max)} điểm` : "chưa đạt";
      const who = i.measuredOn === "members" && i.failing?.length ? `, ${i.failing.length} thành viên chưa đạt` : "";
      return `${i.id} (${formal(i.short)}: ${score}${who})`;
    });
    out.push(`${points ? "Tiêu chí chưa đạt điểm tối đa" : "Chỉ tiêu chưa đạt"}: ${parts.join("; ")}.`);
  } else out.push(`Không có ${points ? "tiêu chí" : "chỉ tiêu"} nào chưa đạt; cần duy trì kết quả trong năm tới.`);
  const notMet = targets.filter((t) => t.met === false);
  if (notMet.length)
    out.push(`Chỉ tiêu kế hoạch chưa đạt: ${notMet.map((t) => `${t.label} (kế hoạch ${t.targetText}, thực hiện ${t.achievedText})`).join("; ")}.`);
  return out;
}

function directions(ctx: DocContext, items: ItemResult[]): string[] {
  const points = isPoints(ctx);
  const open = items.filter((i) => i.applicable && (points ? (i.points ?? 0) < (i.max ?? 0) : i.met === false));
  if (!open.length) return ["Tiếp tục duy trì và nâng cao chất lượng việc học tập thường xuyên của thành viên."];
  return open.map((i) =>
    i.measuredOn === "members"
      ? `- ${formal(i.short)}: hỗ trợ, đôn đốc ${i.failing?.length ?? 0} thành viên chưa đạt để năm tới đạt ${pct(i.target ?? 1)}.`
      : `- ${formal(i.short)}: bổ sung minh chứng và hoàn thiện các điều kiện còn thiếu.`,
  );
}

function ratingParagraphs(ctx: DocContext): string[] {
  const r = ctx.result;
  const unit = unitNameText(ctx);
  const out: string[] = [];
  if (isPoints(ctx)) {
    const groups = r.groups.map((g) => `Tiêu chí ${groupNumber(g.id)}: ${pts(g.points)}/${pts(g.max)}`).join("; ");
    out.push(`Tổng điểm tự đánh giá: ${pts(r.total)}/${pts(r.maxTotal)} điểm (${groups}).`);
    // "TT 22/2020, Điều 6" → "Điều 6 Thông tư số 22/2020/TT-BGDĐT": the article first, as legal prose writes it.
    const article = /Điều\s+\d+/.exec(ctx.ruleSet.rating.source)?.[0];
    const doc = ctx.ruleSet.legalSource.document.replace(/^Thông tư\s+/i, "Thông tư số ");
    out.push(`Căn cứ ${article ? `${article} ` : ""}${doc}, ${unit} tự xếp loại "Đơn vị học tập" năm ${r.year}: ${r.rating.toUpperCase()}.`);
    if (r.gap.next && r.gap.pointsNeeded !== undefined) {
      const open = r.gap.openItems.slice(0, 3).map((o) => `${o.id} (${formal(o.short)}: còn ${pts(o.open)} điểm)`);
      out.push(`Để đạt mức ${r.gap.next} cần thêm ${pts(r.gap.pointsNeeded)} điểm${open.length ? `, chủ yếu ở: ${open.join("; ")}` : ""}.`);
    }
    out.push(`(Chi tiết tại Biểu điểm tự đánh giá, trang "${sheetName(ctx, "bieu-diem")}"; minh chứng tại trang "${sheetName(ctx, "danh-muc-minh-chung")}".)`);
  } else {
    const applicable = r.items.filter((i) => i.applicable);
    const met = applicable.filter((i) => i.met === true);
    out.push(`Đơn vị đạt ${met.length}/${applicable.length} chỉ tiêu áp dụng (${r.items.length - applicable.length} chỉ tiêu không áp dụng).`);
    out.push(`Căn cứ ${ctx.ruleSet.legalSource.document}, ${unit} tự đánh giá: ${r.rating.toUpperCase()}.`);
    if (r.gap.blocking?.length)
      out.push(`Chưa đạt ${r.gap.next ?? "mức tiếp theo"} do: ${r.gap.blocking.map((x) => `${x.id} (${formal(x.short)}: ${x.why})`).join("; ")}.`);
    out.push(`(Chi tiết tại Bản tổng hợp kết quả đánh giá các tiêu chí, chỉ tiêu, trang "${sheetName(ctx, "tong-hop-tt24")}".)`);
  }
  return out;
}

function recommendation(ctx: DocContext): string {
  const r = ctx.result;
  const who = recipientText(ctx);
  const unit = unitNameText(ctx);
  if (isPoints(ctx)) {
    // The lowest band ("Chưa đạt", TT 22 Điều 6: "Loại chưa đạt") proposes no recognition.
    const bands = ctx.ruleSet.rating.kind === "bands" ? [...ctx.ruleSet.rating.bands].sort((a, b) => a.min - b.min) : [];
    if (r.rating === bands[0]?.label) return `${unit} tiếp tục khắc phục các hạn chế nêu trên; đề nghị ${who} hướng dẫn, hỗ trợ đơn vị trong năm tới.`;
    return `Đề nghị ${who} xem xét, công nhận ${unit} đạt "Đơn vị học tập" năm ${r.year}, xếp loại ${r.rating}.`;
  }
  if (r.ratingId && r.rating !== (ctx.ruleSet.rating.kind === "levels" ? ctx.ruleSet.rating.notReached : ""))
    return `Đề nghị ${who} xem xét, công nhận ${unit} đạt "Đơn vị học tập" ${r.rating} năm ${r.year}.`;
  return `${unit} tiếp tục hoàn thiện các chỉ tiêu chưa đạt; đề nghị ${who} hướng dẫn, hỗ trợ đơn vị.`;
}
