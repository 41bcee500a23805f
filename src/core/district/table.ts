/**
 * The consolidated table ("Tổng hợp đơn vị", A4 landscape, NĐ 30 header): one row per expected unit
 * in the roster's order, a result not counted in red, "Chưa gửi" where nothing usable came; the files
 * set apart; the counts by level and unit type with data bars; under TT 24 the indicators most often
 * missed and the recognitions ending this year. And, under TT 24, "Kết quả chỉ tiêu": each unit's
 * result for each indicator. Every number a reader only reads is text with a decimal comma, so it
 * prints the same whatever the printing machine's locale.
 */
import type { CellStyle, PlanValue, SheetPlan } from "../plan";
import { S, SheetBuilder, a4Print, merge, nd30Header, signatureBlock, titleBlock } from "../documents/builder";
import { TABLE_CELL, TABLE_CENTER, TABLE_HEAD, fitRow } from "../documents/dossier/common";
import { TIER_LABEL } from "../rules/tt24";
import { formatDateVi, serialToYmd } from "../text/dates";
import { compareCodes } from "../text/codes";
import { formatNumberVi, formatPercentVi } from "../text/vi";
import type { DistrictSettings } from "./inputs";
import type { Apart, TableRow } from "./select";
import { documentOf } from "./select";
import { levelOfRow, typeOfRow, type Counts, type Expiring, type Missed, type Mode } from "./stats";
import { KIND_TEXT, LEVEL_TEXT } from "./tt24-block";

const RED = "#C00000";
const RED_ROW: CellStyle = { font: { color: RED, bold: true } };
/** Bar colours per level column, light enough for the figure to read on them: the best level green, then blue, amber, red. */
const BAR_COLORS = ["#81C784", "#64B5F6", "#FFB74D", "#E57373"];

export interface TableInput {
  id: string;
  name: string;
  mode: Mode;
  year: number | null;
  rows: TableRow[];
  apart: Apart[];
  counts: Counts;
  missed: Missed[];
  expiring: Expiring[];
  /** TT 22: the items' ids, in rule order, as found in the blocks. */
  itemIds: string[];
  today: number;
  settings: DistrictSettings;
  rosterGiven: boolean;
}

interface Column {
  head: string;
  width: number;
  value: (r: TableRow, i: number) => PlanValue;
  center?: boolean;
}

const ROW_STATUS: Record<TableRow["status"], string> = { counted: "", "not-counted": "Không tính", "no-result": "Chưa gửi", "not-sent": "Chưa gửi" };

function levelCell(r: TableRow, mode: Mode): string {
  return r.status === "counted" ? (levelOfRow(r, mode) ?? "") : ROW_STATUS[r.status];
}

function proposalText(r: TableRow): string {
  const t = r.status === "counted" ? r.kept?.tt24 : null;
  if (!t) return "";
  if (t.proposal.kind === "maintain") return t.recognition?.level ? `Bảo lưu ${LEVEL_TEXT[t.recognition.level]}` : "Bảo lưu";
  if (!t.proposal.level) return t.proposal.kind === null && t.level && t.level !== "none" ? "" : "Không đề nghị";
  return `${LEVEL_TEXT[t.proposal.level]}${t.proposal.kind ? ` (${KIND_TEXT[t.proposal.kind]})` : ""}`;
}

function recognitionText(r: TableRow): string {
  const rec = r.status === "counted" ? r.kept?.tt24?.recognition : null;
  if (!rec) return "";
  const decision = [rec.decisionNumber ? `QĐ số ${rec.decisionNumber}` : "QĐ", rec.decisionDate !== null ? `ngày ${formatDateVi(rec.decisionDate)}` : ""]
    .filter(Boolean)
    .join(" ");
  return [rec.level ? LEVEL_TEXT[rec.level] : "", decision, rec.validUntil !== null ? `bảo lưu đến ${formatDateVi(rec.validUntil)}` : ""]
    .filter(Boolean)
    .join("; ");
}

// Issue 12: whether the unit's workbook was finalized (the day) and whether it was changed afterwards.
const finalizedText = (r: TableRow): PlanValue => (r.kept?.finalization.at != null ? formatDateVi(r.kept.finalization.at) : r.kept ? "Chưa" : null);
const changedText = (r: TableRow): PlanValue => (r.kept?.finalization.changedAfter == null ? null : r.kept.finalization.changedAfter ? "Có" : "Không");
const filesText = (r: TableRow): PlanValue => [r.kept?.source, ...r.setAside.map((s) => s.source), ...r.failed].filter(Boolean).join("; ") || null;

function columnsFor(t: TableInput): Column[] {
  const first: Column[] = [
    { head: "TT", width: 5, value: (_, i) => i + 1, center: true },
    { head: "Đơn vị", width: 30, value: (r) => r.name },
  ];
  const last: Column[] = [
    { head: "Hoàn tất", width: 10, value: finalizedText, center: true },
    { head: "Sửa sau khi hoàn tất", width: 9, value: changedText, center: true },
    { head: "Tệp", width: 16, value: filesText },
    { head: "Ghi chú", width: 30, value: (r) => r.notes.join(" ") || null },
  ];
  if (t.mode === "tt24") {
    return [
      ...first,
      { head: "Loại hình", width: 18, value: (r) => (typeOfRow(r) === "Chưa rõ loại hình" ? null : typeOfRow(r)) },
      { head: "Cấp", width: 9, value: (r) => (r.kept?.tt24?.tier ? TIER_LABEL[r.kept.tt24.tier] : null), center: true },
      { head: "Mức độ đạt", width: 10, value: (r) => levelCell(r, "tt24"), center: true },
      { head: "Đề nghị", width: 16, value: (r) => proposalText(r) || null, center: true },
      { head: "Công nhận hiện có", width: 18, value: (r) => recognitionText(r) || null },
      ...last,
    ];
  }
  const counted = (r: TableRow) => r.status === "counted" && r.kept !== null;
  return [
    ...first,
    ...t.itemIds.map((id) => ({
      head: id,
      width: 6,
      center: true,
      value: (r: TableRow) => {
        if (!counted(r)) return null;
        const p = r.kept!.block[`item.${id}.points`];
        if (typeof p === "number") return formatNumberVi(p);
        const m = r.kept!.block[`item.${id}.met`];
        return m === true ? "Đạt" : m === false ? "Chưa" : null;
      },
    })),
    { head: "Tổng điểm", width: 9, value: (r) => (counted(r) && r.kept!.total !== null ? formatNumberVi(r.kept!.total) : null), center: true },
    { head: "Xếp loại", width: 10, value: (r) => levelCell(r, "tt22"), center: true },
    ...last,
  ];
}

export function buildTable(t: TableInput): SheetPlan {
  const cols = columnsFor(t);
  // The counts and the lists below the table use the same columns; a narrow table gets spare columns.
  const widths = cols.map((c) => c.width);
  while (widths.length < 2 + 2 * t.counts.columns.length + 3) widths.push(10);
  const b = new SheetBuilder(t.id, t.name, widths, 11);
  const split = Math.max(2, Math.floor(widths.length / 2));
  nd30Header(b, { parentBody: t.settings.parentBody, unitName: t.settings.office, numberLine: "Số: ……", place: t.settings.place, date: t.today }, split);
  const sent = t.rows.filter((r) => r.kept).length;
  titleBlock(b, "BẢNG TỔNG HỢP", [
    `Kết quả tự đánh giá, ${t.mode === "tt24" ? "đề nghị công nhận" : "xếp loại"} "Đơn vị học tập" năm ${t.year ?? "…"}`,
    `(Theo ${documentOf(t.mode === "tt24" ? "TT24" : "TT22")}; ${t.rows.length} đơn vị${t.rosterGiven ? " trong danh sách" : ""}, ${sent} đơn vị đã gửi kết quả)`,
  ]);

  const head = b.row;
  b.line(
    head,
    0,
    cols.map((c) => c.head),
    TABLE_HEAD,
  );
  fitRow(
    b,
    head,
    cols.map((c, i) => ({ text: c.head, left: i, right: i, bold: true })),
  );
  t.rows.forEach((r, i) => {
    const row = head + 1 + i;
    const values = cols.map((c) => c.value(r, i));
    b.line(row, 0, values, TABLE_CELL);
    cols.forEach((c, k) => c.center && b.style({ top: row, left: k, bottom: row, right: k }, TABLE_CENTER));
    if (r.status === "not-counted") b.style({ top: row, left: 0, bottom: row, right: cols.length - 1 }, RED_ROW);
    if (r.status === "not-sent" || r.status === "no-result") b.style({ top: row, left: 0, bottom: row, right: cols.length - 1 }, { font: { italic: true } });
    fitRow(
      b,
      row,
      values.map((v, k) => ({ text: v, left: k, right: k })),
    );
  });
  const afterTable = head + 1 + t.rows.length;
  b.row = afterTable + 1;
  const counted = t.rows.filter((r) => r.status === "counted").length;
  const notCounted = t.rows.filter((r) => r.status === "not-counted").length;
  const notSent = t.rows.length - counted - notCounted;
  const levels = t.counts.columns.map((c, i) => `${c}: ${t.counts.totals.levels[i]}`).join("; ");
  paragraph(
    b,
    `Tổng số: ${t.rows.length} đơn vị; tính vào tổng hợp: ${counted} (${levels}); không tính (kết quả bị sửa sau khi đánh giá): ${notCounted}; chưa gửi: ${notSent}.`,
    S.bold,
  );
  if (t.mode === "tt24" && t.year !== null) {
    paragraph(
      b,
      `Báo cáo kết quả gửi cơ quan cấp trên trước ngày 15/03/${t.year + 1} (${documentOf("TT24")}, Điều 20): xem trang Báo cáo kết quả; danh sách đề nghị công nhận: trang Dự thảo quyết định.`,
      S.italic,
    );
  }

  if (t.apart.length > 0) {
    section(b, "CÁC TỆP KHÔNG ĐƯA VÀO BẢNG");
    const r0 = b.row;
    b.set(r0, 0, "TT");
    b.set(r0, 1, "Tệp");
    b.block(r0, 2, 4, "Đơn vị");
    b.block(r0, 5, b.lastCol, "Lý do");
    b.style({ top: r0, left: 0, bottom: r0, right: b.lastCol }, TABLE_HEAD);
    t.apart.forEach((a, i) => {
      const r = r0 + 1 + i;
      b.set(r, 0, i + 1);
      b.set(r, 1, a.source);
      b.block(r, 2, 4, a.unit || null);
      b.block(r, 5, b.lastCol, a.why);
      b.style({ top: r, left: 0, bottom: r, right: b.lastCol }, TABLE_CELL);
      b.style({ top: r, left: 0, bottom: r, right: 0 }, TABLE_CENTER);
      fitRow(b, r, [
        { text: a.source, left: 1, right: 1 },
        { text: a.unit, left: 2, right: 4 },
        { text: a.why, left: 5, right: b.lastCol },
      ]);
    });
    b.row = r0 + 1 + t.apart.length + 1;
  }

  section(b, `I. SỐ ĐƠN VỊ THEO ${t.mode === "tt24" ? "MỨC ĐỘ" : "XẾP LOẠI"} VÀ LOẠI HÌNH`);
  const dataBars = countsTable(b, t.counts, 0);
  if (t.mode === "tt24") {
    section(b, "II. CHỈ TIÊU NHIỀU ĐƠN VỊ CHƯA ĐẠT (cần hỗ trợ)");
    missedTable(b, t.missed);
    section(b, `III. CÔNG NHẬN HẾT THỜI HẠN BẢO LƯU TRONG NĂM ${serialToYmd(t.today).y}`);
    expiringTable(b, t.expiring);
  }
  signatureBlock(b, { split, title: "NGƯỜI LẬP BẢNG", name: undefined, recipients: ["Lãnh đạo (để báo cáo)"] });
  const last = b.values.length - 1;
  return b.build({
    print: a4Print(
      { top: 0, left: 0, bottom: last, right: b.lastCol },
      { orientation: "landscape", repeatRows: { from: head, to: head }, footer: undefined, header: "&P", differentFirst: true },
    ),
    showGridLines: false,
    freeze: { rows: head + 1, cols: 2 },
    dataBars,
  });
}

function paragraph(b: SheetBuilder, text: string, style: CellStyle): void {
  b.block(b.row, 0, b.lastCol, text, merge(S.wrap, style));
  fitRow(b, b.row, [{ text, left: 0, right: b.lastCol, bold: style.font?.bold }]);
  b.row++;
}

function section(b: SheetBuilder, title: string): void {
  b.row++;
  b.block(b.row++, 0, b.lastCol, title, merge(S.bold, { font: { size: 12 } }));
}

/**
 * The counts by unit type: TT | Loại hình | each level | Không tính | Chưa gửi | Tổng số, from column
 * `left`. Each level's cell spans two columns, so that the bars (one colour per level, one scale for
 * all) are drawn on cells of about the same width and compare. Returns those data bars.
 */
export function countsTable(b: SheetBuilder, counts: Counts, left: number): NonNullable<SheetPlan["dataBars"]> {
  const r0 = b.row;
  const levelCols = counts.columns.map((_, i) => left + 2 + 2 * i);
  const after = left + 2 + 2 * counts.columns.length;
  const cells: [number, number][] = [
    [left, left],
    [left + 1, left + 1],
    ...levelCols.map((c): [number, number] => [c, c + 1]),
    [after, after],
    [after + 1, after + 1],
    [after + 2, after + 2],
  ];
  const put = (r: number, values: PlanValue[], style: CellStyle) => {
    values.forEach((v, i) => b.block(r, cells[i][0], cells[i][1], v));
    b.style({ top: r, left, bottom: r, right: after + 2 }, style);
  };
  const heads = ["TT", "Loại hình đơn vị", ...counts.columns, "Không tính", "Chưa gửi", "Tổng số"];
  put(r0, heads, TABLE_HEAD);
  fitRow(
    b,
    r0,
    heads.map((h, i) => ({ text: h, left: cells[i][0], right: cells[i][1], bold: true })),
  );
  const line = (r: number, no: PlanValue, c: Counts["totals"]) => {
    put(r, [no, c.type, ...c.levels, c.notCounted, c.notSent, c.total], TABLE_CELL);
    b.style({ top: r, left: left + 2, bottom: r, right: after + 2 }, TABLE_CENTER);
    b.style({ top: r, left, bottom: r, right: left }, TABLE_CENTER);
    fitRow(b, r, [{ text: c.type, left: left + 1, right: left + 1 }]);
  };
  counts.rows.forEach((c, i) => line(r0 + 1 + i, i + 1, c));
  const totalRow = r0 + 1 + counts.rows.length;
  line(totalRow, null, counts.totals);
  b.style({ top: totalRow, left, bottom: totalRow, right: after + 2 }, S.bold);
  b.row = totalRow + 1;
  if (counts.rows.length === 0) return [];
  const max = Math.max(1, ...counts.rows.flatMap((c) => c.levels));
  return levelCols.map((col, i) => ({
    range: { top: r0 + 1, left: col, bottom: r0 + counts.rows.length, right: col },
    color: BAR_COLORS[i] ?? BAR_COLORS[BAR_COLORS.length - 1],
    max,
  }));
}

function missedTable(b: SheetBuilder, missed: Missed[]): void {
  if (missed.length === 0) {
    b.block(b.row++, 0, b.lastCol, "Các đơn vị được tính đều đạt mọi chỉ tiêu áp dụng.", S.italic);
    return;
  }
  const r0 = b.row;
  b.set(r0, 0, "TT");
  b.block(r0, 1, 2, "Chỉ tiêu");
  b.set(r0, 3, "Chưa đạt Mức độ 1");
  b.set(r0, 4, "Chưa đạt Mức độ 2");
  b.set(r0, 5, "Số đơn vị áp dụng");
  b.block(r0, 6, 7, "Tỉ lệ chưa đạt Mức độ 1");
  b.style({ top: r0, left: 0, bottom: r0, right: 7 }, TABLE_HEAD);
  b.height(r0, 32);
  missed.forEach((m, i) => {
    const r = r0 + 1 + i;
    b.set(r, 0, i + 1);
    b.block(r, 1, 2, m.label);
    b.set(r, 3, m.missedM1);
    b.set(r, 4, m.missedM2);
    b.set(r, 5, m.applicable);
    b.block(r, 6, 7, m.applicable ? formatPercentVi(m.missedM1 / m.applicable) : null);
    b.style({ top: r, left: 0, bottom: r, right: 7 }, TABLE_CELL);
    b.style({ top: r, left: 3, bottom: r, right: 7 }, TABLE_CENTER);
    b.style({ top: r, left: 0, bottom: r, right: 0 }, TABLE_CENTER);
    fitRow(b, r, [{ text: m.label, left: 1, right: 2 }]);
  });
  b.row = r0 + 1 + missed.length;
}

function expiringTable(b: SheetBuilder, list: Expiring[]): void {
  if (list.length === 0) {
    b.block(b.row++, 0, b.lastCol, "Không có đơn vị nào.", S.italic);
    return;
  }
  const r0 = b.row;
  b.set(r0, 0, "TT");
  b.block(r0, 1, 2, "Đơn vị");
  b.set(r0, 3, "Mức độ");
  b.block(r0, 4, 6, "Quyết định công nhận");
  b.block(r0, 7, 8, "Bảo lưu đến hết ngày");
  b.style({ top: r0, left: 0, bottom: r0, right: 8 }, TABLE_HEAD);
  list.forEach((e, i) => {
    const r = r0 + 1 + i;
    const decision = [e.decisionNumber ? `Số ${e.decisionNumber}` : "", e.decisionDate !== null ? `ngày ${formatDateVi(e.decisionDate)}` : ""]
      .filter(Boolean)
      .join(" ");
    b.set(r, 0, i + 1);
    b.block(r, 1, 2, e.row.name);
    b.set(r, 3, e.level ? LEVEL_TEXT[e.level] : null);
    b.block(r, 4, 6, decision || null);
    b.block(r, 7, 8, formatDateVi(e.validUntil));
    b.style({ top: r, left: 0, bottom: r, right: 8 }, TABLE_CELL);
    b.style({ top: r, left: 3, bottom: r, right: 3 }, TABLE_CENTER);
    b.style({ top: r, left: 7, bottom: r, right: 8 }, TABLE_CENTER);
    b.style({ top: r, left: 0, bottom: r, right: 0 }, TABLE_CENTER);
    fitRow(b, r, [{ text: e.row.name, left: 1, right: 2 }]);
  });
  b.row = r0 + 1 + list.length;
}

// ---------------------------------------------------------------------------------------------

/** "Kết quả chỉ tiêu": per unit, each indicator met at Mức độ 2, at Mức độ 1 only, not met, or not applicable. */
export function buildIndicators(id: string, name: string, year: number | null, rows: TableRow[]): SheetPlan {
  const ids: string[] = [];
  for (const r of rows) for (const ind of r.status === "counted" ? (r.kept?.tt24?.indicators ?? []) : []) if (!ids.includes(ind.id)) ids.push(ind.id);
  ids.sort(compareCodes);
  const b = new SheetBuilder(id, name, [5, 30, 10, ...ids.map(() => 5.5)], 11);
  b.block(0, 0, b.lastCol, `KẾT QUẢ TỪNG CHỈ TIÊU CỦA CÁC ĐƠN VỊ NĂM ${year ?? "…"}`, merge(S.bold, S.center, { font: { size: 13 } }));
  const legend = "M2: đạt yêu cầu Mức độ 2; M1: đạt Mức độ 1, chưa đạt Mức độ 2; Chưa: chưa đạt Mức độ 1; KAD: không áp dụng đối với đơn vị.";
  b.block(1, 0, b.lastCol, legend, merge(S.italic, S.wrap));
  fitRow(b, 1, [{ text: legend, left: 0, right: b.lastCol }]);
  const head = 3;
  b.line(head, 0, ["TT", "Đơn vị", "Mức độ đạt", ...ids], TABLE_HEAD);
  rows.forEach((r, i) => {
    const row = head + 1 + i;
    const inds = r.status === "counted" ? (r.kept?.tt24?.indicators ?? []) : [];
    const cells = ids.map((x) => {
      const ind = inds.find((y) => y.id === x);
      if (!ind) return null;
      if (ind.applicable === false || (ind.m1 === null && ind.m2 === null)) return "KAD";
      return ind.m2 ? "M2" : ind.m1 ? "M1" : "Chưa";
    });
    b.line(row, 0, [i + 1, r.name, levelCell(r, "tt24"), ...cells], TABLE_CELL);
    b.style({ top: row, left: 2, bottom: row, right: b.lastCol }, TABLE_CENTER);
    b.style({ top: row, left: 0, bottom: row, right: 0 }, TABLE_CENTER);
    cells.forEach((c, k) => c === "Chưa" && b.style({ top: row, left: 3 + k, bottom: row, right: 3 + k }, { font: { color: RED, bold: true } }));
    if (r.status === "not-counted") b.style({ top: row, left: 0, bottom: row, right: 2 }, RED_ROW);
    fitRow(b, row, [{ text: r.name, left: 1, right: 1 }]);
  });
  const last = Math.max(head, head + rows.length);
  return b.build({
    print: a4Print({ top: 0, left: 0, bottom: last, right: b.lastCol }, { orientation: "landscape", repeatRows: { from: head, to: head } }),
    showGridLines: false,
    freeze: { rows: head + 1, cols: 2 },
  });
}
