/**
 * The two documents the consolidation prints for the level above (Nghị định 30/2020 layout: the
 * two-column header, the date line with two-digit day and month, "Nơi nhận", the signature block, A4
 * portrait, the page number centred in the top margin from the second page on):
 *
 * - "Báo cáo kết quả đánh giá, công nhận 'Đơn vị học tập'": what the office sends upward (TT 24:
 *   to the Sở GD&ĐT before 15/03 of the next year, Điều 20), with the counts by level and unit type,
 *   the indicators most often missed and, as an annex, each unit's result;
 * - under TT 24, a draft "Quyết định công nhận" listing the units recommended per level, for the
 *   approver (the Chủ tịch UBND) to sign.
 *
 * Recipient, office, signer and approver come from the settings (sheet "Thông tin tổng hợp" or the
 * command's options), with the defaults of tt24-authority.json; nothing names a district by guess.
 */
import type { SheetPlan } from "../plan";
import { S, SheetBuilder, a4Print, merge, signatureBlock, titleBlock, type HeaderInfo } from "../documents/builder";
import { TABLE_CELL, TABLE_CENTER, TABLE_HEAD, docHeader, fitRow, para, titleCaseVi } from "../documents/dossier/common";
import { tt24Authority } from "../rules/tt24-authority";
import { serialToYmd } from "../text/dates";
import { fold, formatNumberVi } from "../text/vi";
import type { DistrictSettings } from "./inputs";
import type { TableRow } from "./select";
import { documentOf } from "./select";
import { levelOfRow, typeOfRow, type Counts, type Missed, type Mode, type Recommended } from "./stats";
import { KIND_TEXT, LEVEL_TEXT } from "./tt24-block";
import type { Tt24LevelId } from "../rules/schema";

/** The page number centred in the top margin, not on the first page (NĐ 30/2020). */
const PRINT = { header: "&P", differentFirst: true, footer: undefined } as const;

export interface ReportInput {
  mode: Mode;
  year: number | null;
  rows: TableRow[];
  counts: Counts;
  missed: Missed[];
  recommended: Recommended[];
  today: number;
  settings: DistrictSettings;
}

/** Who the report goes to, who writes it, who decides: the settings, else the defaults in force today. */
export function authorities(settings: DistrictSettings, today: number): { recipient: string; office: string; approver: string } {
  const a = tt24Authority("cap-huyen", serialToYmd(today));
  return {
    recipient: settings.recipient || a.reportUpward?.to || "Sở Giáo dục và Đào tạo",
    office: runningName(settings.office || a.reportUpward?.by || ""),
    approver: settings.approver || a.approver,
  };
}

/** Offices as running text writes them (a header types them in capitals). */
const KNOWN_BODIES = ["Phòng Giáo dục và Đào tạo", "Phòng Văn hóa – Xã hội", "Ủy ban nhân dân", "Sở Giáo dục và Đào tạo"];

/** "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN THỦ THỪA" → "Phòng Giáo dục và Đào tạo huyện Thủ Thừa"; text not in capitals stays. */
export function runningName(s: string): string {
  if (!s || s !== s.toUpperCase()) return s;
  const words = s.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  for (const k of KNOWN_BODIES) {
    const n = fold(k).split(" ").length;
    if (fold(words.slice(0, n).join(" ")) !== fold(k)) continue;
    const rest = words.slice(n);
    if (rest.length === 0) return k;
    // "HUYỆN THỦ THỪA" → "huyện Thủ Thừa": the kind of place in lower case, the name capitalised.
    const [kind, ...name] = titleCaseVi(rest.join(" ")).split(" ");
    return `${k} ${/^(Huyện|Xã|Phường|Thị|Quận|Thành|Tỉnh)$/.test(kind) ? kind.toLowerCase() : kind}${name.length ? ` ${name.join(" ")}` : ""}`;
  }
  // Abbreviations ("GD&ĐT") keep their capitals.
  return titleCaseVi(s)
    .split(" ")
    .map((w, i) => (/&/.test(w) ? s.split(/\s+/)[i] : w))
    .join(" ");
}

function signerTitle(settings: DistrictSettings): string {
  if (settings.signerTitle) return settings.signerTitle.toUpperCase();
  const office = (settings.office ?? "").toUpperCase();
  if (/PHÒNG/.test(office)) return "TRƯỞNG PHÒNG";
  if (/ỦY BAN|UBND/.test(office)) return "CHỦ TỊCH";
  return "THỦ TRƯỞNG CƠ QUAN";
}

const header = (settings: DistrictSettings, numberLine: string, date: number | undefined, year: number): HeaderInfo => ({
  parentBody: settings.parentBody,
  unitName: settings.office,
  numberLine: settings.numberLine ? `Số: ${settings.numberLine.replace(/^số\s*:?\s*/i, "")}` : numberLine,
  place: settings.place,
  date,
  year,
});

export function buildReport(id: string, name: string, t: ReportInput): SheetPlan {
  const k = t.counts.columns.length + 3;
  const countWidth = 8.5;
  const b = new SheetBuilder(id, name, [5, Math.max(20, 90 - 5 - k * countWidth), ...Array.from({ length: k }, () => countWidth)], 13);
  const who = authorities(t.settings, t.today);
  const y = t.year ?? serialToYmd(t.today).y - 1;
  docHeader(b, header(t.settings, "Số: ……/BC", t.today, serialToYmd(t.today).y), 2);
  titleBlock(b, "BÁO CÁO", [`Kết quả đánh giá, công nhận "Đơn vị học tập" năm ${y}`]);
  b.block(b.row, 0, b.lastCol, `Kính gửi: ${who.recipient}.`, merge(S.center, { font: { size: 13 } }));
  fitRow(b, b.row, [{ text: `Kính gửi: ${who.recipient}.`, left: 0, right: b.lastCol }]);
  b.row += 2;

  const doc = documentOf(t.mode === "tt24" ? "TT24" : "TT22");
  const basis =
    t.mode === "tt24"
      ? `Thực hiện ${doc.replace("Thông tư ", "Thông tư số ")} ngày 11/12/2023 của Bộ trưởng Bộ Giáo dục và Đào tạo quy định về đánh giá, công nhận "Đơn vị học tập" cấp huyện, tỉnh (Điều 20), ${who.office || "……"} báo cáo kết quả đánh giá, công nhận "Đơn vị học tập" năm ${y} như sau:`
      : `Thực hiện ${doc.replace("Thông tư ", "Thông tư số ")} của Bộ trưởng Bộ Giáo dục và Đào tạo quy định về đánh giá, xếp loại "Đơn vị học tập", ${who.office || "……"} báo cáo kết quả tự đánh giá, xếp loại "Đơn vị học tập" năm ${y} như sau:`;
  para(b, `      ${basis}`);
  const sent = t.rows.filter((r) => r.kept).length;
  const counted = t.rows.filter((r) => r.status === "counted").length;
  const notCounted = t.rows.filter((r) => r.status === "not-counted").length;
  para(b, "1. Số đơn vị", S.bold);
  para(
    b,
    `      Tổng số đơn vị: ${t.rows.length}; đã gửi kết quả tự đánh giá: ${sent}; kết quả hợp lệ được tổng hợp: ${counted}` +
      `${notCounted ? `; không tính (kết quả bị sửa sau khi đánh giá, đã đề nghị đơn vị đánh giá lại): ${notCounted}` : ""}; chưa gửi: ${t.rows.length - sent}.`,
  );
  para(b, `2. Kết quả theo ${t.mode === "tt24" ? "mức độ" : "xếp loại"} và loại hình đơn vị`, S.bold);
  countsOnly(b, t.counts);
  b.row++;
  let n = 3;
  if (t.mode === "tt24") {
    const per = (lv: Tt24LevelId) => t.recommended.filter((r) => r.level === lv).length;
    para(b, `${n++}. Đề nghị công nhận`, S.bold);
    para(
      b,
      `      Đề nghị công nhận "Đơn vị học tập" năm ${y}: ${LEVEL_TEXT.M2}: ${per("M2")} đơn vị; ${LEVEL_TEXT.M1}: ${per("M1")} đơn vị (danh sách tại dự thảo Quyết định công nhận kèm theo).`,
    );
    para(b, `${n++}. Những chỉ tiêu nhiều đơn vị chưa đạt`, S.bold);
    para(
      b,
      t.missed.length
        ? `      ${t.missed
            .slice(0, 5)
            .map((m) => `chỉ tiêu ${m.label}: ${m.missedM1} đơn vị chưa đạt ${LEVEL_TEXT.M1}, ${m.missedM2} đơn vị chưa đạt ${LEVEL_TEXT.M2}`)
            .join("; ")}.`
        : "      Các đơn vị được tổng hợp đều đạt mọi chỉ tiêu áp dụng.",
    );
  }
  para(b, `${n}. Kiến nghị, đề xuất`, S.bold);
  para(b, "      …………………………………………………………………………………………………………………");
  signatureBlock(b, { split: 2, title: signerTitle(t.settings), name: t.settings.signerName, recipients: ["Như trên", "Lãnh đạo (để báo cáo)", "Lưu: VT"] });

  // The annex: each unit's result, so the level above reads the figures' source.
  b.row++;
  b.block(b.row++, 0, b.lastCol, `PHỤ LỤC: KẾT QUẢ CỦA TỪNG ĐƠN VỊ NĂM ${y}`, merge(S.bold, S.center));
  annex(b, t);
  const last = b.values.length - 1;
  return b.build({ print: a4Print({ top: 0, left: 0, bottom: last, right: b.lastCol }, PRINT), showGridLines: false });
}

/** The counts table without bars (a printed document), from column 0. */
function countsOnly(b: SheetBuilder, counts: Counts): void {
  const r0 = b.row;
  const heads = ["TT", "Loại hình đơn vị", ...counts.columns, "Không tính", "Chưa gửi", "Tổng số"];
  b.line(r0, 0, heads, merge(TABLE_HEAD, { font: { size: 11 } }));
  fitRow(
    b,
    r0,
    heads.map((h, i) => ({ text: h, left: i, right: i, size: 11, bold: true })),
  );
  const line = (r: number, no: number | null, c: Counts["totals"]) => {
    b.line(r, 0, [no, c.type, ...c.levels, c.notCounted, c.notSent, c.total], merge(TABLE_CELL, { font: { size: 12 } }));
    b.style({ top: r, left: 2, bottom: r, right: heads.length - 1 }, TABLE_CENTER);
    b.style({ top: r, left: 0, bottom: r, right: 0 }, TABLE_CENTER);
    fitRow(b, r, [{ text: c.type, left: 1, right: 1, size: 12 }]);
  };
  counts.rows.forEach((c, i) => line(r0 + 1 + i, i + 1, c));
  const total = r0 + 1 + counts.rows.length;
  line(total, null, counts.totals);
  b.style({ top: total, left: 0, bottom: total, right: heads.length - 1 }, S.bold);
  b.row = total + 1;
}

function annex(b: SheetBuilder, t: ReportInput): void {
  // TT | Đơn vị | Loại hình | Kết quả | Đề nghị / ghi chú, over the report's columns.
  const last = b.lastCol;
  const c2 = 2;
  const c3 = Math.min(last, 4);
  const c4 = Math.min(last, 6);
  const r0 = b.row;
  b.set(r0, 0, "TT");
  b.set(r0, 1, "Đơn vị");
  b.block(r0, c2, c3 - 1, "Loại hình");
  b.block(r0, c3, c4 - 1, t.mode === "tt24" ? "Mức độ đạt" : "Tổng điểm, xếp loại");
  b.block(r0, c4, last, t.mode === "tt24" ? "Đề nghị" : "Ghi chú");
  b.style({ top: r0, left: 0, bottom: r0, right: last }, merge(TABLE_HEAD, { font: { size: 11 } }));
  t.rows.forEach((r, i) => {
    const row = r0 + 1 + i;
    const type = typeOfRow(r) === "Chưa rõ loại hình" ? "" : typeOfRow(r);
    const level =
      r.status === "counted"
        ? t.mode === "tt24"
          ? (levelOfRow(r, "tt24") ?? "")
          : `${r.kept!.total !== null ? `${formatNumberVi(r.kept!.total)} điểm, ` : ""}${levelOfRow(r, "tt22") ?? ""}`
        : r.status === "not-counted"
          ? "Không tính"
          : "Chưa gửi";
    const rec = t.recommended.find((x) => x.row === r);
    const proposal = rec
      ? `${LEVEL_TEXT[rec.level]}${rec.kind ? ` (${KIND_TEXT[rec.kind]})` : ""}`
      : r.status === "not-counted"
        ? "Kết quả bị sửa sau khi đánh giá"
        : "";
    b.set(row, 0, i + 1);
    b.set(row, 1, r.name);
    b.block(row, c2, c3 - 1, type || null);
    b.block(row, c3, c4 - 1, level);
    b.block(row, c4, last, proposal || null);
    b.style({ top: row, left: 0, bottom: row, right: last }, merge(TABLE_CELL, { font: { size: 11 } }));
    b.style({ top: row, left: 0, bottom: row, right: 0 }, TABLE_CENTER);
    b.style({ top: row, left: c3, bottom: row, right: c4 - 1 }, TABLE_CENTER);
    fitRow(b, row, [
      { text: r.name, left: 1, right: 1, size: 11 },
      { text: type, left: c2, right: c3 - 1, size: 11 },
      { text: proposal, left: c4, right: last, size: 11 },
    ]);
  });
  b.row = r0 + 1 + t.rows.length;
}

// ---------------------------------------------------------------------------------------------

export function buildDecision(id: string, name: string, t: ReportInput): SheetPlan {
  const b = new SheetBuilder(id, name, [5, 40, 23, 24], 13);
  const who = authorities(t.settings, t.today);
  const y = t.year ?? serialToYmd(t.today).y - 1;
  // The approver's body heads the decision ("ỦY BAN NHÂN DÂN …"); the number and date are left to it.
  const body = t.settings.parentBody || "ỦY BAN NHÂN DÂN ……";
  docHeader(b, { parentBody: "", unitName: body, numberLine: "Số: ……/QĐ-UBND", place: t.settings.place, year: serialToYmd(t.today).y }, 2);
  b.block(b.row - 1, 0, 1, "DỰ THẢO", merge(S.center, S.bold, S.italic, { font: { color: "#C00000" } }));
  titleBlock(b, "QUYẾT ĐỊNH", [`Về việc công nhận "Đơn vị học tập" năm ${y}`]);
  b.block(b.row++, 0, b.lastCol, who.approver.toUpperCase(), merge(S.center, S.bold));
  b.row++;
  for (const basis of [
    "Căn cứ Luật Tổ chức chính quyền địa phương;",
    'Căn cứ Thông tư số 24/2023/TT-BGDĐT ngày 11 tháng 12 năm 2023 của Bộ trưởng Bộ Giáo dục và Đào tạo quy định về đánh giá, công nhận "Đơn vị học tập" cấp huyện, tỉnh;',
    `Theo đề nghị của ${who.office || "……"}.`,
  ])
    para(b, `      ${basis}`, S.italic);
  b.row++;
  b.block(b.row++, 0, b.lastCol, "QUYẾT ĐỊNH:", merge(S.center, S.bold));
  b.row++;
  const total = t.recommended.length;
  para(b, `      Điều 1. Công nhận "Đơn vị học tập" năm ${y} đối với ${total} đơn vị sau:`);
  let k = 1;
  for (const lv of ["M1", "M2"] as const) {
    const list = t.recommended.filter((r) => r.level === lv);
    para(b, `      ${k++}. ${LEVEL_TEXT[lv]}: ${list.length} đơn vị`, S.bold);
    if (list.length === 0) continue;
    const r0 = b.row;
    b.line(r0, 0, ["TT", "Tên đơn vị", "Loại hình", "Hình thức"], merge(TABLE_HEAD, { font: { size: 12 } }));
    list.forEach((rec, i) => {
      const r = r0 + 1 + i;
      const type = typeOfRow(rec.row) === "Chưa rõ loại hình" ? null : typeOfRow(rec.row);
      const kind = rec.kind ? KIND_TEXT[rec.kind].replace(/^./, (c) => c.toUpperCase()) : null;
      b.line(r, 0, [i + 1, rec.row.name, type, kind], merge(TABLE_CELL, { font: { size: 12 } }));
      b.style({ top: r, left: 0, bottom: r, right: 0 }, TABLE_CENTER);
      fitRow(b, r, [
        { text: rec.row.name, left: 1, right: 1, size: 12 },
        { text: type, left: 2, right: 2, size: 12 },
      ]);
    });
    b.row = r0 + 1 + list.length + 1;
  }
  // Điều 5 (11): the law's own words on validity.
  para(b, "      Điều 2. Kết quả công nhận được bảo lưu trong thời hạn 03 năm (36 tháng) tiếp theo năm được công nhận.");
  para(
    b,
    `      Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng${who.office ? `, ${who.office}` : ""} và Thủ trưởng các đơn vị có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.`,
  );
  const approverTitle = /^chủ tịch/i.test(who.approver) ? "CHỦ TỊCH" : who.approver.toUpperCase();
  signatureBlock(b, { split: 2, title: approverTitle, recipients: ["Như Điều 3", `${who.recipient} (để báo cáo)`, "Lưu: VT"] });
  const last = b.values.length - 1;
  return b.build({ print: a4Print({ top: 0, left: 0, bottom: last, right: b.lastCol }, PRINT), showGridLines: false });
}
