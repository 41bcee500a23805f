/**
 * Under Thông tư 24/2023 the score sheet becomes the "Bản tổng hợp kết quả tự đánh giá các tiêu chí,
 * chỉ tiêu" (Điều 10 khoản 2): one table, each indicator in the circular's own words with what the
 * unit achieved and its result at Mức độ 1 and Mức độ 2 side by side; an indicator that does not
 * apply says "Không áp dụng" and why. Then the level the unit may propose, the reasons, what blocks
 * the next level and the proposal. Met or not met, never points.
 */
import type { SheetPlan } from "../plan";
import type { ItemResult, Tt24Level, Tt24LevelResult } from "../result";
import type { DocContext } from "./context";
import { SheetBuilder, S, merge, a4Print, titleBlock, signatureBlock } from "./builder";
import {
  TABLE_CELL,
  TABLE_CENTER,
  docHeader,
  dualSignature,
  heightFor,
  linesNeeded,
  tableHead,
  widthOf,
  fitRow,
  headerInfo,
  numberLine,
  para,
} from "./dossier/common";
import { indexEvidence } from "./dossier/evidence-index";
import { groupNumber } from "../rules/ids";
import { LEVEL_LABEL, tt24RuleSet, type Tt24Indicator } from "../rules/tt24";
import { INPUT_SHEET_NAMES } from "../workbook/sheets";

const LEVELS: Tt24Level[] = ["M1", "M2"];

/** "Đạt", "Không đạt", "Không áp dụng" (the circular's words: an indicator is met or not met, Điều 9.2). */
export function levelWord(l: Tt24LevelResult): string {
  return l.status === "met" ? "Đạt" : l.status === "not-met" ? "Không đạt" : "Không áp dụng";
}

/** Texts differ only in their thresholds ("Tối thiểu 90%" / "95%"): the requirement column shows those. */
const sameWords = (a: string, b: string) => a.replace(/\d+%/g, "") === b.replace(/\d+%/g, "");

/**
 * The indicator as the circular words it for this unit: Mức độ 1's text, the public-preschool sentence
 * where it binds, the learners sentence where it applies, and Mức độ 2's text where its words differ.
 */
export function indicatorText(ind: Tt24Indicator, it: ItemResult): string {
  const m1 = ind.levels.M1;
  const m2 = ind.levels.M2;
  const parts = [m1.text];
  if (it.levels?.M1.extra && m1.extra) parts.push(m1.extra.text);
  const learners = it.levels?.M1.learners ?? it.levels?.M2.learners;
  if (m1.learners && learners?.applies) parts.push(m1.learners.text);
  const m2Text = [m2.text, learners?.applies && m2.learners ? m2.learners.text : ""].filter(Boolean).join(" ");
  const m1Text = [m1.text, learners?.applies && m1.learners ? m1.learners.text : ""].filter(Boolean).join(" ");
  if (!sameWords(m1Text, m2Text)) parts.push(`Mức độ 2: ${m2Text}`);
  return parts.join("\n");
}

/** What the unit achieved, in words: members' and learners' rates, or the fact or entry and its reason. */
function achieved(it: ItemResult): string {
  const lv = it.levels!;
  const applies = LEVELS.filter((k) => lv[k].status !== "not-applicable");
  if (applies.length === 0) return lv.M1.reason;
  const out: string[] = [];
  if (it.measuredOn === "members") {
    const [m1, m2] = [lv.M1.members, lv.M2.members];
    // 2.4 counts a certificate at Mức độ 1 and a language level at Mức độ 2: both figures when they differ.
    if (m1 && m2 && m1.fact !== m2.fact)
      out.push(`Mức độ 1: ${m1.meeting}/${m1.counted} thành viên (${m1.rate})`, `Mức độ 2: ${m2.meeting}/${m2.counted} thành viên (${m2.rate})`);
    else out.push(it.counted !== undefined ? `${it.meeting}/${it.counted} thành viên (${rateText(it)})` : lv[applies[0]].reason);
    const l = lv.M1.learners ?? lv.M2.learners;
    if (l?.applies) out.push(`${l.meeting}/${l.counted} người học (${l.rate})`);
    // The clause's reason without the list of Điều 2 (the circular's words are in the text column).
    else if (l) out.push(`Người học: ${l.reason.replace(/ \(không tính .*\)$/, "").replace(/^Không/, "không")}`);
    else if (it.counted === undefined) out.push(lv[applies[0]].reason);
  } else {
    // The verdict is in the level columns: this one says what was found (the clerk's account, else the fact).
    const first = lv[applies[0]];
    const words = first.reason.replace(/^Đạt: ?/, "").replace(/(^|; )minh chứng .*$/, "");
    if (first.status !== "met") out.push(capitalise(first.reason));
    if (it.explanation) out.push(it.explanation);
    else if (first.status === "met") out.push(words ? capitalise(words) : "Có minh chứng");
  }
  for (const k of LEVELS) if (applies.length === 1 && lv[k].status === "not-applicable") out.push(`${LEVEL_LABEL[k]}: ${lv[k].reason}`);
  return out.join("\n");
}

const capitalise = (s: string) => (s ? s[0].toLocaleUpperCase("vi") + s.slice(1) : s);

/** The members' rate as the decision printed it (cut to one decimal, never rounded up to its threshold). */
function rateText(it: ItemResult): string {
  const r = it.levels!.M1.reason.match(/(\d+(?:,\d)?%) [≥<]/) ?? it.levels!.M2.reason.match(/(\d+(?:,\d)?%) [≥<]/);
  if (r) return r[1];
  const tenths = it.counted ? Math.floor(((it.meeting ?? 0) * 1000) / it.counted) : 0;
  return `${Math.floor(tenths / 10)}${tenths % 10 ? `,${tenths % 10}` : ""}%`;
}

/** A level's cell: the word, and for a member indicator the threshold it was held to. */
function levelCell(ind: Tt24Indicator, lv: Tt24Level, l: Tt24LevelResult): string {
  const spec = ind.levels[lv];
  if (l.status === "not-applicable" || !spec.members) return levelWord(l);
  const learners = l.learners?.applies && spec.learners ? `; người học ≥ ${spec.learners.percent}%` : "";
  return `${levelWord(l)}\n(≥ ${spec.members.percent}%${learners})`;
}

export function buildBanTongHop(ctx: DocContext, name: string): SheetPlan {
  const r = ctx.result;
  const t = r.tt24!;
  const rules = tt24RuleSet(t.tier);
  const ev = indexEvidence(ctx);
  // TT | Tiêu chí, chỉ tiêu | Kết quả thực hiện | Mức độ 1 | Mức độ 2 | Minh chứng: ~134 units, A4 landscape.
  // The circular's own words make a long table; across the page (NĐ 30/2020, Phụ lục I: a text made of a
  // table may be laid along the page's width) each indicator takes half the lines it took in portrait,
  // and the table prints on 2 pages instead of 4.
  const b = new SheetBuilder("tong-hop-tt24", name, [4.5, 41, 20, 9, 9, 10]);
  docHeader(b, headerInfo(ctx, numberLine(ctx, "BTH")), 2);
  titleBlock(b, "Bản tổng hợp", [
    `Kết quả tự đánh giá các tiêu chí, chỉ tiêu "Đơn vị học tập" năm ${r.year}`,
    `(Theo ${r.ruleSet.document}; đơn vị ${t.tierLabel}: ${t.unit.labels.join(", ")}${t.unit.public ? "" : ", ngoài công lập"})`,
  ]);
  const small = { font: { size: 12 } };
  // The table in 11 pt (the circular's words are long; NĐ 30 sets the size of running text, not of tables).
  const body = { font: { size: 11 } };
  para(b, `Số liệu tính từ ngày 01/01/${r.year} đến ngày 31/12/${r.year}.`, merge(S.italic, small));
  const head = b.row++;
  const headers = ["TT", "Tiêu chí, chỉ tiêu", "Kết quả thực hiện", "Mức độ 1", "Mức độ 2", "Minh chứng"];
  tableHead(b, head, headers, 11);
  const crit = new Map(t.criteria.map((c) => [c.id, c]));
  for (const g of ctx.ruleSet.groups) {
    const items = r.items.filter((i) => i.group === g.id);
    if (!items.length) continue;
    const c = crit.get(g.id);
    const gRow = b.row++;
    const gText = `Tiêu chí ${groupNumber(g.id)}: ${g.text}`;
    const gWords = LEVELS.map((lv) => (c ? (c.met[lv] ? "Đạt" : "Không đạt") : ""));
    b.set(gRow, 0, groupNumber(g.id), merge(TABLE_CENTER, S.bold, body));
    b.block(gRow, 1, 2, gText, merge(TABLE_CELL, S.bold, body));
    LEVELS.forEach((lv, k) => b.set(gRow, 3 + k, gWords[k], merge(TABLE_CENTER, S.bold, body)));
    b.set(gRow, 5, "", merge(TABLE_CELL, body));
    fitRow(b, gRow, [
      { text: gText, left: 1, right: 2, size: 11, bold: true },
      ...gWords.map((w, k) => ({ text: w, left: 3 + k, right: 3 + k, size: 11, bold: true })),
    ]);
    for (const it of items) {
      const ind = rules.indicators.find((x) => x.id === it.id)!;
      const rr = b.row++;
      const text = indicatorText(ind, it);
      // The council's override is always said ("Hội đồng điều chỉnh: …").
      const got = it.override ? `${achieved(it)}. ${it.override.text}` : achieved(it);
      const codes = ev.codesFor(it.id).map(ev.show);
      const cites = it.measuredOn === "members" ? ["Danh sách thành viên", ...codes] : codes;
      const cells = LEVELS.map((lv) => levelCell(ind, lv, it.levels![lv]));
      b.set(rr, 0, it.id, merge(TABLE_CENTER, body));
      b.set(rr, 1, text, merge(TABLE_CELL, body));
      b.set(rr, 2, got, merge(TABLE_CELL, body));
      LEVELS.forEach((lv, k) =>
        b.set(rr, 3 + k, cells[k], merge(TABLE_CENTER, body, it.levels![lv].status === "not-met" ? { font: { bold: true, color: "#C00000" } } : {})),
      );
      b.set(rr, 5, cites.join("; "), merge(TABLE_CELL, body));
      fitRow(b, rr, [
        { text, left: 1, right: 1, size: 11 },
        { text: got, left: 2, right: 2, size: 11 },
        ...cells.map((x, k) => ({ text: x, left: 3 + k, right: 3 + k, size: 11, bold: it.levels![LEVELS[k]].status === "not-met" })),
        { text: cites.join("; "), left: 5, right: 5, size: 11 },
      ]);
    }
  }
  const tr = b.row++;
  b.block(tr, 0, 2, "Mức độ đơn vị có thể đề nghị công nhận", merge(TABLE_CENTER, S.bold));
  b.block(tr, 3, 5, r.rating, merge(TABLE_CENTER, S.bold, { font: { color: "#C00000" } }));
  // The printed result: both levels' columns, from the first criterion to the level (workbook/summary.ts, printedCheck).
  const printedResult = { top: head + 1, left: 3, bottom: tr, right: 4 };
  const m = r.members;
  const excl = m.excluded.length
    ? `; không tính ${m.excluded.length} người (${m.excluded.map((x) => `${x.name}: ${m.excludedReasons[x.row]}`).join("; ")})`
    : "";
  for (const line of t.proposal?.lines.slice(1) ?? []) para(b, line, merge(S.bold, small));
  const why = [
    `Tổng số thành viên: ${m.total}; tính tỉ lệ trên ${m.counted} người${excl}. Danh sách thành viên: trang "${memberSheet(ctx)}" của sổ theo dõi, lưu tại đơn vị cùng các minh chứng.`,
    ...t.reasons,
  ];
  if (r.gap.next && r.gap.blocking?.length) why.push(`Để đạt ${r.gap.next} cần: ${r.gap.blocking.map((x) => `${x.id}: ${x.why}`).join("; ")}.`);
  signBanTongHop(b, ctx, why);
  const last = b.values.length - 1; // the print area ends at the last written row
  return b.build({
    print: a4Print({ top: 0, left: 0, bottom: last, right: b.lastCol }, { repeatRows: { from: head, to: head } }),
    showGridLines: false,
    tabColor: "#2F5597",
    printedResult,
  });
}

/**
 * Signed as the settings say: the Tổ đánh giá writes the Bản tổng hợp (Điều 10), so its Tổ trưởng signs
 * for it ("TM. TỔ ĐÁNH GIÁ"); when the Tổ trưởng is not the head of the unit, the head who sends it signs
 * beside. Without the Tổ đánh giá's table, the head of "Thông tin" signs for the Tổ.
 */
function signBanTongHop(b: SheetBuilder, ctx: DocContext, why: string[]): void {
  const u = ctx.model.unit;
  const lead = ctx.model.panel?.members.find((m) => m.role === "lead")?.name ?? u.chair ?? u.principal;
  const panel = { authority: "TM. TỔ ĐÁNH GIÁ", title: "TỔ TRƯỞNG", name: lead };
  if (lead && u.principal && lead !== u.principal) {
    for (const line of why) para(b, line, { font: { size: 12 } });
    dualSignature(b, 3, panel, { title: "HIỆU TRƯỞNG", name: u.principal }, "(Ký, ghi rõ họ tên)");
    return;
  }
  // One signer: the reasons beside the signature, where a letter has its "Nơi nhận", so that the
  // closing fits under the table instead of starting a page of its own.
  // (No blank row above it: every line here is one the table's two pages can still hold.)
  b.row--;
  const top = b.row + 1;
  signatureBlock(b, { ...panel, split: 3 });
  const rows = b.row - 1 - top;
  const text = why.join("\n");
  b.block(top, 0, 2, text, { font: { size: 11 }, align: { wrap: true, v: "top", h: "left" } }, rows);
  // The merged block must hold the text: the rows it spans grow when they do not.
  const need = heightFor(linesNeeded(text, widthOf(b, 0, 2), 11), 11);
  let have = 0;
  for (let r = top; r < top + rows; r++) have += b.rowHeights[r] ?? 16;
  if (need > have) b.height(top + rows - 2, (b.rowHeights[top + rows - 2] ?? 16) + need - have);
}

function memberSheet(ctx: DocContext): string {
  return ctx.model.recognition.find((x) => x.role === "members")?.sheet ?? INPUT_SHEET_NAMES.members;
}
