/**
 * What Thông tư 24's documents share: who the dossier is addressed to (the settings: rules/tt24-authority.ts
 * and the clerk's "Cơ quan nhận hồ sơ"), the Tổ đánh giá (its table, else Thông tin), the legal basis in
 * the circular's own name, the proposal in words (a first recognition, an upgrade, a renewal, or keeping
 * a recognition still valid), and each indicator's result at both levels. Indicators are met or not met
 * (Điều 9.2: "đạt hoặc không đạt"); never points.
 */
import type { DocContext } from "../context";
import type { ItemResult, Tt24Level, Tt24LevelResult, Tt24Result } from "../../result";
import type { PanelMember } from "../../model";
import { LEVEL_LABEL } from "../../rules/tt24";
import { formatYmdVi } from "../../text/calendar";
import { fold } from "../../text/vi";
import { PANEL_ROLE_LABEL } from "../../workbook/choices";
import { unitNameText } from "./common";

export const LEVELS: Tt24Level[] = ["M1", "M2"];

export function tt24(ctx: DocContext): Tt24Result {
  return ctx.result.tt24!;
}

/** "Đạt", "Không đạt", "Không áp dụng": the circular's two results (Điều 9.2) and the scope's third. */
export function indicatorWord(l: Tt24LevelResult): string {
  return l.status === "met" ? "Đạt" : l.status === "not-met" ? "Không đạt" : "Không áp dụng";
}

/**
 * "Kính gửi" of the tờ trình and the report: the recipient of the settings, through the office that
 * handles it ("Ủy ban nhân dân xã Tân Phú (qua Phòng Văn hóa – Xã hội)"), never twice.
 */
export function addressee(ctx: DocContext): string {
  const a = tt24(ctx).authority;
  // The settings' default names an office, not which one ("Phòng Giáo dục và Đào tạo"): dots to complete
  // by hand, never a guessed place (RECIPIENT_MISSING says so).
  const own = !!ctx.model.unit.recipient?.trim();
  const recipient = own || a.recipient.includes("…") ? a.recipient : `${a.recipient} ……`;
  const through = a.through?.trim();
  if (!through || fold(recipient).includes(fold(through))) return recipient;
  return `${recipient} (qua ${through})`;
}

/** Thông tư số 24/2023/TT-BGDĐT by its full name, as a "Căn cứ" line cites it. */
export function tt24LegalBasis(ctx: DocContext): string {
  const rs = ctx.ruleSet;
  const doc = rs.legalSource.document.replace(/^Thông tư\s+/i, "Thông tư số ");
  return `${doc} ngày ${rs.legalSource.issued} của Bộ trưởng Bộ Giáo dục và Đào tạo quy định về đánh giá, công nhận "Đơn vị học tập" cấp huyện, tỉnh`;
}

/** The circular's number alone, as running text names it: "Thông tư số 24/2023/TT-BGDĐT". */
export function tt24Name(ctx: DocContext): string {
  return ctx.ruleSet.legalSource.document.replace(/^Thông tư\s+/i, "Thông tư số ");
}

export interface PanelView {
  /** From the Tổ đánh giá's table, or only what Thông tin says (principal, secretary). */
  fromTable: boolean;
  lead?: string;
  secretary?: string;
  /** Everyone, lead first, then the deputy, the secretary and the members, as the table lists them. */
  members: { name: string; position?: string; role: string }[];
}

const ORDER: Record<PanelMember["role"], number> = { lead: 0, deputy: 1, secretary: 2, member: 3 };

/** The Tổ đánh giá as the documents name it. */
export function panelView(ctx: DocContext): PanelView {
  const p = ctx.model.panel;
  const u = ctx.model.unit;
  if (p && p.members.length) {
    const members = [...p.members].sort((a, b) => ORDER[a.role] - ORDER[b.role] || a.row - b.row);
    return {
      fromTable: true,
      lead: p.members.find((m) => m.role === "lead")?.name,
      secretary: p.members.find((m) => m.role === "secretary")?.name ?? u.secretary,
      members: members.map((m) => ({ name: m.name, position: m.position, role: m.roleText })),
    };
  }
  // Without the table: the head leads (Điều 10 leaves the make-up open; a school's head usually does),
  // and the secretary of Thông tin keeps the minutes.
  const lead = u.chair ?? u.principal;
  const members: PanelView["members"] = [];
  if (lead) members.push({ name: lead, position: lead === u.principal ? "Hiệu trưởng" : undefined, role: PANEL_ROLE_LABEL.lead });
  if (u.secretary && u.secretary !== lead) members.push({ name: u.secretary, role: PANEL_ROLE_LABEL.secretary });
  return { fromTable: false, lead, secretary: u.secretary, members };
}

/** "Quyết định số 215/QĐ-UBND ngày 10/02/2024" of the current recognition (the number when the clerk gave it). */
export function currentDecisionText(ctx: DocContext): string | undefined {
  const c = tt24(ctx).proposal?.current;
  if (!c) return undefined;
  return `Quyết định ${c.decisionNumber ? `số ${c.decisionNumber} ` : ""}ngày ${formatYmdVi(c.decisionDate)}`;
}

/**
 * The request in words, by its kind: what the tờ trình asks for and the report proposes.
 *   first    đánh giá, công nhận "Đơn vị học tập" Mức độ 1
 *   upgrade  đánh giá, công nhận nâng mức độ "Đơn vị học tập" từ Mức độ 1 lên Mức độ 2
 *   renewal  đánh giá, công nhận lại "Đơn vị học tập" Mức độ 1
 * Undefined when nothing goes out this year (no level met, or a recognition still valid).
 */
export function requestWords(ctx: DocContext): string | undefined {
  const p = tt24(ctx).proposal;
  if (!p || !p.dossier || !p.level) return undefined;
  const level = LEVEL_LABEL[p.level];
  if (p.kind === "upgrade") return `đánh giá, công nhận nâng mức độ "Đơn vị học tập" từ ${LEVEL_LABEL[p.current?.level ?? "M1"]} lên ${level}`;
  if (p.kind === "renewal") return `đánh giá, công nhận lại "Đơn vị học tập" ${level}`;
  return `đánh giá, công nhận "Đơn vị học tập" ${level}`;
}

/**
 * Why no tờ trình is written, and what to do instead: nothing reached (the indicators still missing),
 * or a recognition still valid ("maintain": the circular keeps it for three years and asks for nothing
 * in between). Undefined when a request goes out.
 */
export function noRequest(ctx: DocContext): { why: string; todo: string; short: string } | undefined {
  const t = tt24(ctx);
  const p = t.proposal;
  if (p?.dossier) return undefined;
  const unit = unitNameText(ctx);
  if (p?.kind === "maintain" && p.current) {
    const c = p.current;
    const upgrade = p.upgradePossibleFrom
      ? ` ${unit} đạt Mức độ 2 nhưng chưa đủ 12 tháng kể từ ngày quyết định công nhận Mức độ 1: có thể đề nghị nâng mức độ từ ngày ${formatYmdVi(p.upgradePossibleFrom)}.`
      : "";
    return {
      short: `${LEVEL_LABEL[c.level]} đang được công nhận, còn được bảo lưu đến hết ngày ${formatYmdVi(c.validUntil)}`,
      why: `${LEVEL_LABEL[c.level]} (${currentDecisionText(ctx)}) còn được bảo lưu đến hết ngày ${formatYmdVi(c.validUntil)}; năm nay không cần đề nghị công nhận.${upgrade}`,
      todo: "Báo cáo tự đánh giá và Bản tổng hợp vẫn được lập để lưu tại đơn vị; nộp hồ sơ đề nghị khi công nhận hết thời hạn bảo lưu hoặc khi đủ điều kiện nâng mức độ.",
    };
  }
  if (!p)
    return {
      short: "chưa xác định được công nhận hiện có",
      why: "chưa xác định được công nhận hiện có (xem lỗi ở trang Kiểm tra).",
      todo: 'Sửa các dòng "Công nhận hiện có" ở trang Thông tin rồi chạy lại.',
    };
  const missing = missingForLevel(ctx, "M1");
  return {
    short: "đơn vị chưa đạt Mức độ 1",
    why: `đơn vị chưa đạt Mức độ 1${missing.length ? `; còn thiếu: ${missing.join("; ")}` : ""}.`,
    todo: "Khắc phục các chỉ tiêu chưa đạt (bổ sung minh chứng, số liệu), rồi chạy lại để lập Tờ trình.",
  };
}

/** The indicators not met at a level, each with its gap ("2.4: 58,3% < 70%, cần thêm 5 thành viên …"). */
export function missingForLevel(ctx: DocContext, level: Tt24Level): string[] {
  return ctx.result.items.filter((i) => i.levels?.[level].status === "not-met").map((i) => i.levels![level].gap ?? `${i.id}: ${i.levels![level].reason}`);
}

/** Items of the criterion in rule order. */
export function criterionItems(ctx: DocContext, group: string): ItemResult[] {
  return ctx.result.items.filter((i) => i.group === group);
}

/** "Đạt: mức đáp ứng cơ bản; minh chứng H3-3.4-01" → "mức đáp ứng cơ bản": the fact without the verdict and the codes. */
function factWords(reason: string): string {
  return reason
    .replace(/^Đạt: ?/, "")
    .replace(/(^|; )minh chứng .*$/, "")
    .trim();
}

/**
 * What the Tổ đánh giá found for an indicator, in sentences: the members' (and learners') figures, or
 * the fact recorded (collective title, digital level, accreditation) and the clerk's account of it.
 */
export function foundText(ctx: DocContext, it: ItemResult): string[] {
  const lv = it.levels!;
  const applies = LEVELS.filter((k) => lv[k].status !== "not-applicable");
  if (!applies.length) return [];
  const out: string[] = [];
  if (it.measuredOn === "members") {
    const phrase = ctx.ruleSet.items.find((x) => x.id === it.id)?.meetPhrase ?? "đạt";
    const [m1, m2] = [lv.M1.members, lv.M2.members];
    if (m1 && m2 && m1.fact !== m2.fact) {
      out.push(`Mức độ 1: ${m1.meeting}/${m1.counted} thành viên (${m1.rate}) ${phrase}`);
      out.push(`Mức độ 2: ${m2.meeting}/${m2.counted} thành viên (${m2.rate}) ${m2.fact === m1.fact ? phrase : "có trình độ đáp ứng yêu cầu"}`);
    } else {
      const m = m1 ?? m2;
      if (m) out.push(`${m.meeting}/${m.counted} thành viên (${m.rate}) ${phrase}`);
      else out.push(lv[applies[0]].reason);
    }
    const l = lv.M1.learners ?? lv.M2.learners;
    if (l?.applies) out.push(`${l.meeting}/${l.counted} người học (${l.rate}) đạt danh hiệu "Công dân học tập"`);
    return out;
  }
  const first = lv[applies[0]];
  if (it.origin === "collective-title" && ctx.model.unit.collectiveTitleText)
    out.push(`Đơn vị đạt danh hiệu "${ctx.model.unit.collectiveTitleText}" năm ${ctx.result.year}`);
  else if (first.status === "met") {
    const w = factWords(first.reason);
    if (w && !it.explanation) out.push(w[0].toLocaleUpperCase("vi") + w.slice(1));
  } else if (!it.explanation) out.push(first.reason[0].toLocaleUpperCase("vi") + first.reason.slice(1));
  if (it.explanation) out.push(it.explanation.replace(/[.;]\s*$/, ""));
  return out;
}

/** "Đạt", or "Không đạt (66,6% < 70%, cần thêm 2 thành viên …)", or "Không áp dụng (…)" at one level. */
export function levelVerdict(l: Tt24LevelResult): string {
  if (l.status === "met") return "Đạt";
  const [word, reason] = l.status === "not-applicable" ? ["Không áp dụng", l.reason.replace(/^Không áp dụng:?\s*/i, "")] : ["Không đạt", l.reason];
  // A reason with its own parentheses is set off by a dash, never nested in another pair.
  return /[()]/.test(reason) ? `${word} – ${reason}` : `${word} (${reason})`;
}
