/**
 * Storing the clerk's column mappings in "Thông tin" (read/column-map.ts), as her own rows so that they
 * travel with the file: "Cột: Danh hiệu thi đua | Thi đua cuối năm". The pane writes the cells it is
 * given here when she picks a header; a run given `--cot` on the command line plans them as patches.
 */
import { a1, parseA1 } from "../grid";
import { issue } from "../messages/run";
import type { Issue } from "../messages";
import type { ColumnMapping, Model, UnitInfo } from "../model";
import type { CellPatch } from "../plan";
import { columnLabel } from "../read/headers";
import { columnKeyText, mappableColumn, mappingRow } from "../read/column-map";

export interface MappingCells {
  /** The "Thông tin" sheet. */
  sheet: string;
  /** The cells to write, with their values (text). */
  cells: { cell: string; value: string }[];
}

/**
 * The cells that store these mappings: the value of the row that already maps the column, else a new
 * row (key and value) under everything "Thông tin" holds. Null without a "Thông tin" sheet.
 */
export function columnMapCells(unit: UnitInfo, mappings: Pick<ColumnMapping, "field" | "header">[]): MappingCells | null {
  if (!unit.sheet || !unit.layout) return null;
  const cells: MappingCells["cells"] = [];
  let next = unit.layout.nextRow;
  for (const m of mappings) {
    const stored = storedRow(unit, m.field);
    if (stored) {
      cells.push({ cell: stored, value: m.header });
      continue;
    }
    cells.push({ cell: a1(next, unit.layout.keyColumn), value: columnKeyText(m.field) }, { cell: a1(next, unit.layout.valueColumn), value: m.header });
    next++;
  }
  return { sheet: unit.sheet, cells };
}

/** The value cell of the row of "Thông tin" that maps the field, if one does. */
function storedRow(unit: UnitInfo, field: string): string | undefined {
  for (const r of unit.rows) {
    const parts = mappingRow(r);
    if (parts && parts.label && mappableColumn(parts.label) === field) return parts.cell;
  }
  return undefined;
}

/**
 * The command line's mappings that "Thông tin" does not hold yet, as patches into it (written whenever
 * the run writes the workbook); without a "Thông tin" sheet, a warning that they held for this run only.
 */
export function columnMapPatches(model: Model): { patches: CellPatch[]; issues: Issue[] } {
  const fresh = model.columnMap.filter((m) => m.from === "option" && m.stored !== m.header);
  if (fresh.length === 0) return { patches: [], issues: [] };
  const where = columnMapCells(model.unit, fresh);
  if (!where) return { patches: [], issues: fresh.map((m) => issue("COLUMN_MAP_NOT_SAVED", { column: columnLabel(m.field), header: m.header })) };
  const patches = where.cells.map(({ cell, value }): CellPatch => {
    const { row, col } = parseA1(cell);
    return { sheet: where.sheet, kind: "column-map", top: row, left: col, values: [[value]] };
  });
  return { patches, issues: [] };
}
