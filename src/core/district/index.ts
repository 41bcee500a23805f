/**
 * District consolidation: the Phòng GD&ĐT (or UBND xã/phường) receives many schools' workbooks and
 * needs one table, without re-typing. Each school's workbook carries the DVHT_KETQUA block written
 * by the product; this reads the blocks, checks them (present, not edited by hand, one per unit,
 * same year and framework), and plans the consolidated sheet. Pure, like the rest of the core.
 */
import { cellAt, type WorkbookGrids } from "../grid";
import { issue, sortIssues, type Issue } from "../messages";
import type { PlanValue, SheetPlan, WritePlan } from "../plan";
import { SUMMARY_FORMAT, hashBlock } from "../workbook/summary";
import { SheetBuilder, S, merge, a4Print, nd30Header, titleBlock, signatureBlock } from "../documents/builder";
import { buildKiemTra } from "../documents/kiem-tra";
import { fitRow } from "../documents/dossier/common";
import { show } from "../text/cell";
import { compareVi, fold } from "../text/vi";
import { SHEET_NAMES } from "../workbook/sheets";

export interface SchoolInput {
  /** The file name, as the district officer knows it. */
  source: string;
  grids: WorkbookGrids;
}

export interface SchoolRow {
  source: string;
  sheet: string;
  block: Record<string, PlanValue>;
  unit: string;
  parentBody: string;
  year: number | null;
  framework: string;
  preset: string;
  counted: number | null;
  total: number | null;
  rating: string;
  errors: number;
  hashOk: boolean;
}

/** Finds the block by its content ("format" = dvht-ketqua/1), whatever the sheet is called now. */
export function readSummaryBlock(grids: WorkbookGrids): { sheet: string; block: Record<string, PlanValue>; hashOk: boolean } | null {
  for (const g of grids.sheets) {
    for (let r = 0; r < Math.min(g.values.length, 20); r++) {
      if (show(cellAt(g, r, 0)) !== "format" || show(cellAt(g, r, 1)) !== SUMMARY_FORMAT) continue;
      const rows: [string, PlanValue][] = [];
      let hash: string | undefined;
      for (let k = r; k < g.values.length; k++) {
        const key = show(cellAt(g, k, 0));
        if (!key) break;
        const v = cellAt(g, k, 1);
        const value: PlanValue = v === null || typeof v === "object" ? (v === null ? null : show(v)) : typeof v === "string" ? v.normalize("NFC") : v;
        if (key === "contentHash") {
          hash = show(v);
          break;
        }
        rows.push([key, value]);
      }
      return { sheet: g.name, block: Object.fromEntries(rows), hashOk: hash !== undefined && hash === hashBlock(rows) };
    }
  }
  return null;
}

const num = (v: PlanValue | undefined): number | null =>
  typeof v === "number" ? v : typeof v === "string" && v.trim() !== "" && !isNaN(Number(v)) ? Number(v) : null;
const str = (v: PlanValue | undefined): string => (v === null || v === undefined ? "" : String(v));

function mostCommon<T>(xs: T[]): T | undefined {
  const counts = new Map<T, number>();
  for (const x of xs) counts.set(x, (counts.get(x) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
}

export interface ConsolidateOptions {
  /** Today as an Excel serial (for the date line). */
  today: number;
  /** Issuing office, e.g. "UBND HUYỆN THỦ THỪA" / "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO". */
  parentBody?: string;
  office?: string;
  place?: string;
}

export interface ConsolidateOutcome {
  schools: SchoolRow[];
  issues: Issue[];
  /** Item ids in rule order, as found in the blocks. */
  itemIds: string[];
  ratingCounts: { rating: string; count: number }[];
  plan: WritePlan;
}

export function consolidate(inputs: SchoolInput[], opts: ConsolidateOptions): ConsolidateOutcome {
  const issues: Issue[] = [];
  const schools: SchoolRow[] = [];
  const seen = new Map<string, string>();
  const itemIds: string[] = [];
  for (const inp of inputs) {
    const found = readSummaryBlock(inp.grids);
    if (!found) {
      issues.push(issue("DISTRICT_NO_BLOCK", { source: inp.source }));
      continue;
    }
    const b = found.block;
    const row: SchoolRow = {
      source: inp.source,
      sheet: found.sheet,
      block: b,
      unit: str(b["unit.name"]) || inp.source,
      parentBody: str(b["unit.parentBody"]),
      year: num(b.year),
      framework: str(b.framework),
      preset: str(b.preset),
      counted: num(b["members.counted"]),
      total: num(b.total),
      rating: ratingOf(b),
      errors: num(b["issues.errors"]) ?? 0,
      hashOk: found.hashOk,
    };
    if (!row.hashOk) issues.push(issue("DISTRICT_HASH_MISMATCH", { source: inp.source }, { sheet: found.sheet }));
    if (row.errors > 0) issues.push(issue("DISTRICT_SCHOOL_ERRORS", { source: inp.source, errors: row.errors }));
    const key = `${fold(row.unit)}|${row.year}`;
    const first = seen.get(key);
    if (first) {
      issues.push(issue("DISTRICT_DUPLICATE_UNIT", { unit: row.unit, year: row.year ?? "?", first, source: inp.source }));
      continue;
    }
    seen.set(key, inp.source);
    for (const k of Object.keys(b)) {
      // TT 22: item.2a.points / .met / .rate; TT 24: item.2.1.applicable / .rate / .met.M1 / .met.M2.
      const m = /^item\.(.+?)\.(points|met|rate|applicable)(\.M[12])?$/.exec(k);
      if (m && !itemIds.includes(m[1])) itemIds.push(m[1]);
    }
    schools.push(row);
  }
  const usualYear = mostCommon(schools.map((s) => s.year));
  const usualFramework = mostCommon(schools.map((s) => s.framework));
  for (const s of schools) {
    if (s.year !== usualYear) issues.push(issue("DISTRICT_MIXED", { source: s.source, what: "năm đánh giá", value: s.year ?? "?", usual: usualYear ?? "?" }));
    if (s.framework !== usualFramework)
      issues.push(issue("DISTRICT_MIXED", { source: s.source, what: "bộ tiêu chí", value: s.framework, usual: usualFramework ?? "?" }));
  }
  schools.sort((a, b) => compareVi(a.unit, b.unit));
  const ratings = new Map<string, number>();
  for (const s of schools) ratings.set(s.rating, (ratings.get(s.rating) ?? 0) + 1);
  const ORDER = ["Tốt", "Khá", "Trung bình", "Mức độ 2", "Mức độ 1", "Chưa đạt"];
  const ratingCounts = [...ratings.entries()]
    .map(([rating, count]) => ({ rating, count }))
    .sort((a, b) => ((ORDER.indexOf(a.rating) + 99) % 99) - ((ORDER.indexOf(b.rating) + 99) % 99));
  const sheet = buildTable(schools, itemIds, ratingCounts, usualYear ?? null, usualFramework ?? "", opts);
  const sorted = sortIssues(issues, []);
  const kiemTra = buildKiemTra(sorted, SHEET_NAMES["kiem-tra"], { unit: opts.office, year: usualYear ?? undefined });
  return { schools, issues: sorted, itemIds, ratingCounts, plan: { sheets: [sheet, kiemTra], patches: [], activate: "tong-hop-don-vi" } };
}

/**
 * The rating a block states. Thông tư 22's lowest band is "Chưa đạt" (its Điều 6: "Loại chưa đạt");
 * blocks written by earlier versions said "Không đạt", and still count, under the right word.
 */
function ratingOf(b: Record<string, PlanValue>): string {
  const r = str(b.rating);
  return r === "Không đạt" && str(b.framework).startsWith("TT22") ? "Chưa đạt" : r;
}

/**
 * A school's cell for one item: TT 22 its points (or met); TT 24 whether the indicator is met at the
 * level the school proposes (Mức độ 1 when it reaches none), "–" where it does not apply.
 */
function itemCell(s: SchoolRow, id: string): PlanValue {
  const p = s.block[`item.${id}.points`];
  if (p !== undefined && p !== null) return p;
  const lv = s.rating === "Mức độ 2" ? "M2" : "M1";
  const applies = s.block[`item.${id}.applicable`];
  const m = s.block[`item.${id}.met.${lv}`] ?? s.block[`item.${id}.met`];
  if (applies === false || (applies === true && (m === null || m === undefined))) return "–";
  return m === true ? "Đạt" : m === false ? "Chưa" : null;
}

function buildTable(
  schools: SchoolRow[],
  itemIds: string[],
  ratingCounts: { rating: string; count: number }[],
  year: number | null,
  framework: string,
  opts: ConsolidateOptions,
): SheetPlan {
  const points = framework.startsWith("TT22");
  const widths = [5, 30, ...itemIds.map(() => (points ? 6 : 7)), 8, 11, 18];
  const b = new SheetBuilder("tong-hop-don-vi", SHEET_NAMES["tong-hop-don-vi"], widths, 11);
  const split = Math.max(2, Math.floor(widths.length / 2));
  nd30Header(b, { parentBody: opts.parentBody, unitName: opts.office, numberLine: "Số: ……", place: opts.place, date: opts.today }, split);
  titleBlock(b, "BẢNG TỔNG HỢP", [
    `Kết quả tự đánh giá, xếp loại "Đơn vị học tập" năm ${year ?? "…"}`,
    `(${schools.length} đơn vị; bộ tiêu chí ${framework || "…"})`,
  ]);
  const head = b.row;
  const HEAD = merge(S.bold, S.center, S.box, S.headerFill);
  b.line(head, 0, ["TT", "Đơn vị", ...itemIds, points ? "Tổng điểm" : "Số TV", points ? "Xếp loại" : "Mức độ", "Ghi chú"], HEAD);
  b.height(head, 30);
  schools.forEach((s, i) => {
    const r = head + 1 + i;
    const cells: PlanValue[] = itemIds.map((id) => itemCell(s, id));
    const notes = [!s.hashOk ? "khối KQ bị sửa" : "", s.errors ? `${s.errors} lỗi dữ liệu` : ""].filter(Boolean).join("; ");
    b.line(r, 0, [i + 1, s.unit, ...cells, points ? s.total : s.counted, s.rating, notes || null], merge(S.box, { align: { v: "top" } }));
    b.style({ top: r, left: 1, bottom: r, right: 1 }, S.wrap);
    b.style({ top: r, left: 2, bottom: r, right: widths.length - 2 }, { align: { h: "center" } });
    fitRow(b, r, [
      { text: s.unit, left: 1, right: 1 },
      { text: notes, left: widths.length - 1, right: widths.length - 1 },
    ]);
  });
  b.row = head + 1 + schools.length + 1;
  const counts = ratingCounts.map((c) => `${c.rating}: ${c.count}`).join("; ");
  b.block(b.row++, 0, b.lastCol, `Tổng số: ${schools.length} đơn vị. ${counts}.`, merge(S.bold, S.wrap));
  signatureBlock(b, { split, title: "NGƯỜI LẬP BẢNG", recipients: ["Lãnh đạo (để báo cáo)"] });
  const last = b.values.length - 1;
  return b.build({
    print: a4Print({ top: 0, left: 0, bottom: last, right: b.lastCol }, { orientation: "landscape", repeatRows: { from: head, to: head } }),
    showGridLines: false,
    freeze: { rows: head + 1, cols: 2 },
  });
}
