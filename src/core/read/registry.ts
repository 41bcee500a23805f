/**
 * What the product owns in a workbook. Sheets are proved the product's by the marker each carries
 * (workbook/marker.ts): the marker names its sheet and carries the token of this workbook's registry, a
 * very hidden sheet "_dvht" whose first cell is "dvht-registry". The registry also records the cells the
 * product filled in the clerk's sheets (what was written, where), so that the next run re-derives them
 * instead of reading them back as the clerk's entry (docs/domain/workbook.md, Output).
 *
 * An old registry (format 1) listed sheet names only. A name alone proves nothing (a clerk's own
 * "Kiểm tra" may hold it): such a sheet is taken as the product's only when it also reads as the
 * document the product wrote there (its title, LEGACY_SIGNATURES). Its band rows are not used: the band
 * is found by its own header (read/band.ts).
 */
import { cellAt, type CellValue, type SheetGrid, type WorkbookGrids } from "../grid";
import type { PlanValue, SheetPlan } from "../plan";
import { show } from "../text/cell";
import { newToken, parseMarker, sheetKey, type SheetMarker } from "../workbook/marker";
import { PLAN_AUTO_ID } from "../workbook/ke-hoach";

export const REGISTRY_MAGIC = "dvht-registry";
const REGISTRY_FORMAT = "2";

/** A cell of the clerk's sheets the product filled because she left it blank. */
export interface FilledCell {
  /** What was filled: the points (or Đạt / Chưa đạt) of a unit item, or an evidence row's code. */
  kind: "unit-points" | "evidence-code";
  /** The unit item's id (unit-points) or the code written (evidence-code): how the cell is found again after rows move. */
  key: string;
  /** Where it was written (A1 on the unit-items or evidence sheet), when written. */
  cell: string;
  value: string | number;
}

export interface Registry {
  /** The registry's own sheet, when there is one. */
  sheet?: string;
  /** This workbook's token (format 2); absent in a new workbook or an old registry. */
  token?: string;
  /** The product's sheets, by owned-sheet id: proved by their marker (or, for an old registry, by their content). */
  owned: Record<string, string>;
  /** Every sheet that carries a product marker, proved or not (a copy of a product sheet): never read as input. */
  marked: string[];
  /** The cells the last run filled. */
  filled: FilledCell[];
}

export function isRegistry(g: SheetGrid): boolean {
  return show(cellAt(g, 0, 0)) === REGISTRY_MAGIC;
}

/**
 * The product's documents as an old product version wrote them: one of these texts opens a cell in the
 * first rows. Used only for sheets an old registry names, which carry no marker.
 */
const LEGACY_SIGNATURES: Record<string, string[]> = {
  "kiem-tra": ["KIỂM TRA DỮ LIỆU ĐÁNH GIÁ ĐƠN VỊ HỌC TẬP"],
  "ket-qua": ["dvht-ketqua/"],
  "bieu-diem": ["BIỂU ĐIỂM TỰ ĐÁNH GIÁ, XẾP LOẠI", "BẢN TỔNG HỢP KẾT QUẢ ĐÁNH GIÁ"],
  "bao-cao": ['Kết quả tự đánh giá, xếp loại "Đơn vị học tập"', 'Tự đánh giá đề nghị công nhận "Đơn vị học tập"'],
  "bien-ban": ["Họp Hội đồng Thi đua – Khen thưởng tự đánh giá"],
  "danh-muc-minh-chung": ['Tự đánh giá, xếp loại "Đơn vị học tập"', 'Tự đánh giá, công nhận "Đơn vị học tập"'],
  "tong-hop-to": ["Kết quả tự đánh giá của thành viên theo tổ"],
  "ke-hoach-tien-do": ["Tiến độ tự đánh giá"],
  [PLAN_AUTO_ID]: ["Trạng thái (tự động)"],
  "to-trinh": ['Về việc đề nghị công nhận "Đơn vị học tập"'],
  "tong-hop-tt24": ['Kết quả đánh giá các tiêu chí, chỉ tiêu "Đơn vị học tập"'],
};

function readsAsLegacyDocument(g: SheetGrid, id: string): boolean {
  const signs = LEGACY_SIGNATURES[id];
  if (!signs) return false;
  for (const row of g.values.slice(0, 15))
    for (const v of row ?? []) {
      const t = show(v ?? null);
      if (t && signs.some((s) => t.startsWith(s))) return true;
    }
  return false;
}

/** The marker in a sheet's first row, if any. */
export function markerOf(g: SheetGrid): SheetMarker | null {
  for (const v of g.values[0] ?? []) {
    const m = typeof v === "string" ? parseMarker(v) : null;
    if (m) return m;
  }
  return null;
}

export function readRegistry(grids: WorkbookGrids): Registry {
  const reg: Registry = { owned: {}, marked: [], filled: [] };
  const g = grids.sheets.find(isRegistry);
  const legacy: [string, string][] = [];
  if (g) {
    reg.sheet = g.name;
    const format = show(cellAt(g, 0, 1));
    for (const row of g.values.slice(1)) {
      const kind = show(row[0] ?? null);
      if (kind === "token" && format !== "1") reg.token = show(row[1] ?? null) || undefined;
      else if (kind === "sheet" && format === "1") legacy.push([show(row[1] ?? null), show(row[2] ?? null)]);
      else if (kind === "filled") {
        const f = filledOf(row);
        if (f) reg.filled.push(f);
      }
    }
  }
  const ids = new Set<string>();
  for (const s of grids.sheets) {
    const m = markerOf(s);
    if (!m) continue;
    reg.marked.push(s.name);
    if (reg.token !== undefined && m.token === reg.token && sheetKey(m.name) === sheetKey(s.name) && !ids.has(m.id)) {
      reg.owned[m.id] = s.name;
      ids.add(m.id);
    }
  }
  for (const [id, name] of legacy) {
    if (!id || ids.has(id)) continue;
    const s = grids.sheets.find((x) => sheetKey(x.name) === sheetKey(name) && !markerOf(x) && !isRegistry(x));
    if (s && readsAsLegacyDocument(s, id)) {
      reg.owned[id] = s.name;
      ids.add(id);
    }
  }
  return reg;
}

function filledOf(row: CellValue[]): FilledCell | null {
  const kind = show(row[1] ?? null);
  const key = show(row[2] ?? null);
  const cell = show(row[3] ?? null);
  const v = row[4] ?? null;
  if ((kind !== "unit-points" && kind !== "evidence-code") || !key) return null;
  if (typeof v === "number") return { kind, key, cell, value: v };
  const text = show(v);
  return text ? { kind, key, cell, value: text } : null;
}

/**
 * The token a workbook gets when the product first writes into it: from what the workbook holds (its
 * sheets' names and first rows), so that two workbooks practically never share one, and the same
 * workbook evaluated twice (on any day) is written the same.
 */
export function tokenFor(grids: WorkbookGrids): string {
  const parts: string[] = [];
  for (const s of grids.sheets) {
    parts.push(s.name);
    for (const row of s.values.slice(0, 30))
      parts.push(
        (row ?? [])
          .slice(0, 12)
          .map((v) => show(v ?? null))
          .join("\t"),
      );
  }
  return newToken(parts.join("\n"));
}

export function registryPlan(token: string, filled: FilledCell[], name: string): SheetPlan {
  const values: PlanValue[][] = [
    [REGISTRY_MAGIC, REGISTRY_FORMAT, "Trang này do phần mềm Đơn vị học tập (dvht) quản lý. Không sửa."],
    ["token", token, null],
  ];
  for (const f of filled) values.push(["filled", f.kind, f.key, f.cell, f.value]);
  const width = Math.max(...values.map((r) => r.length));
  return {
    id: "registry",
    name,
    values: values.map((r) => [...r, ...new Array<PlanValue>(width - r.length).fill(null)]),
    styles: [],
    merges: [],
    columnWidths: [],
    visibility: "veryHidden",
  };
}
