/**
 * The cells the product filled on an earlier run (the registry records them: read/registry.ts) are read
 * as blank again, so that this run derives them afresh instead of taking them for the clerk's entry
 * (docs/domain/workbook.md, Output: a second run gives exactly the first run's result). A cell the clerk
 * has since overwritten holds another value: it is hers, read like any other.
 *
 * A unit item's cell is found by the item's id, an evidence row's code by the code itself, so rows the
 * clerk inserted or moved since do not matter.
 */
import { isCellError, parseA1, type SheetGrid } from "../grid";
import type { Evidence, UnitItemEntry } from "../model";
import { show } from "../text/cell";
import type { FilledCell } from "./registry";

function sameValue(grid: SheetGrid, cell: string, value: string | number): boolean {
  const { row, col } = parseA1(cell);
  const v = grid.values[row]?.[col] ?? null;
  if (v === null || isCellError(v)) return false;
  return typeof value === "number" ? v === value : show(v) === value;
}

/** Marks the unit items whose points cell still holds what the product wrote: their value is re-derived. */
export function releaseUnitItems(filled: FilledCell[], entries: UnitItemEntry[], grid: SheetGrid | undefined): void {
  if (!grid) return;
  for (const f of filled) {
    if (f.kind !== "unit-points") continue;
    const e = entries.find((x) => x.id === f.key && x.cells.points !== undefined);
    if (!e || !sameValue(grid, e.cells.points!, f.value)) continue;
    e.productValue = f.value;
    e.points = undefined;
    e.met = undefined;
  }
}

/** Marks the evidence rows whose code cell still holds the code the product wrote: a code is assigned again. */
export function releaseEvidenceCodes(filled: FilledCell[], evidence: Evidence[]): void {
  for (const f of filled) {
    if (f.kind !== "evidence-code" || typeof f.value !== "string") continue;
    const rows = evidence.filter((e) => e.code === f.value);
    // The same code typed on another row (a copied row) is the clerk's: only the row the product wrote is released.
    const e = rows.length === 1 ? rows[0] : rows.find((x) => x.cells.code === f.cell);
    if (!e) continue;
    e.productCode = e.code;
    e.code = undefined;
  }
}
