/**
 * The council's overrides (workbook/overrides.ts): the clerk's sheet "Hội đồng điều chỉnh", found by its
 * header (an item column, an override column, a reason column) among the sheets no other role took, and
 * the log of overrides the product kept on an earlier run. Values are read as written; whether one fits
 * its item is the rule set's to say (evaluate/overrides.ts).
 */
import { a1, cellAt, isCellError, type SheetGrid, type WorkbookGrids } from "../grid";
import type { Override, OverrideLogLine, RoleRecognition } from "../model";
import { show } from "../text/cell";
import { fold } from "../text/vi";
import { LOG_COLUMNS, LOG_HEADER, LOG_ID } from "../workbook/overrides";
import { matchHeader, type ColumnSpec, type HeaderMatch } from "./headers";
import { isBlank, normaliseItemId, parseNumber, parseYesNo } from "./values";

export const OVERRIDE_COLUMNS: ColumnSpec[] = [
  { field: "id", any: [["ma tieu chi"], ["ma chi tieu"]], exact: ["tieu chi", "chi tieu", "ma"] },
  { field: "value", any: [["dieu chinh"]], not: ["ly do"] },
  { field: "reason", any: [["ly do"]] },
];

const HEADER_SCAN_ROWS = 15;

function bestHeader(grid: SheetGrid): HeaderMatch | null {
  let best: HeaderMatch | null = null;
  for (let r = 0; r < Math.min(HEADER_SCAN_ROWS, grid.values.length); r++) {
    if ((grid.values[r] ?? []).every((v) => isBlank(v ?? null))) continue;
    const m = matchHeader(grid, r, OVERRIDE_COLUMNS, false);
    if (m.columns.id === undefined || m.columns.value === undefined) continue;
    if (!best || m.score > best.score) best = m;
  }
  return best;
}

/** The overrides sheet among `sheets` (those no other role took), and its rows. */
export function readOverrides(sheets: SheetGrid[]): { recognition?: RoleRecognition; overrides: Override[] } {
  let found: { grid: SheetGrid; m: HeaderMatch } | undefined;
  for (const grid of sheets) {
    const m = bestHeader(grid);
    if (m && (!found || m.score > found.m.score)) found = { grid, m };
  }
  if (!found) return { overrides: [] };
  const { grid, m } = found;
  const cols = m.columns;
  const first = m.rows[m.rows.length - 1] + 1;
  const overrides: Override[] = [];
  let blanks = 0;
  for (let r = first; r < grid.values.length && blanks < 3; r++) {
    const row = grid.values[r] ?? [];
    const rawId = row[cols.id] ?? null;
    const rawValue = row[cols.value] ?? null;
    if (isBlank(rawId) && isBlank(rawValue)) {
      blanks++;
      continue;
    }
    blanks = 0;
    // A row that names an item without a value is no override (the template may list the items).
    if (isBlank(rawValue) || isBlank(rawId)) continue;
    const id = normaliseItemId(rawId);
    const o: Override = {
      row: r + 1,
      itemId: id ?? show(rawId),
      knownId: id !== null,
      valueText: show(rawValue),
      cells: { id: a1(r, cols.id), value: a1(r, cols.value) },
    };
    if (!isCellError(rawValue)) {
      const n = parseNumber(rawValue);
      if (n.ok && n.value !== null) o.number = n.value;
      else if (typeof rawValue === "string") {
        const yn = parseYesNo(rawValue);
        if (yn.ok) o.yes = yn.value;
      }
    }
    if (cols.reason !== undefined) {
      o.cells.reason = a1(r, cols.reason);
      const reason = show(row[cols.reason] ?? null);
      if (reason) o.reason = reason;
    }
    overrides.push(o);
  }
  const recognition: RoleRecognition = {
    role: "overrides",
    sheet: grid.name,
    headerRows: m.rows.map((r) => r + 1),
    firstDataRow: first + 1,
    dataRows: overrides.length,
    columns: { ...cols },
    score: m.score,
  };
  return { recognition, overrides };
}

/** The log an earlier run kept, when the product owns one: its lines under the header, as written. */
export function readOverrideLog(grids: WorkbookGrids, owned: Record<string, string>): OverrideLogLine[] | undefined {
  const name = owned[LOG_ID];
  const grid = name ? grids.sheets.find((g) => g.name === name) : undefined;
  if (!grid) return undefined;
  const text = (r: number, c: number) => show(cellAt(grid, r, c));
  let header = -1;
  for (let r = 0; r < Math.min(grid.values.length, HEADER_SCAN_ROWS) && header < 0; r++)
    if (fold(text(r, LOG_COLUMNS.date)) === fold(LOG_HEADER[0]) && fold(text(r, LOG_COLUMNS.item)) === fold(LOG_HEADER[1])) header = r;
  if (header < 0) return undefined;
  const lines: OverrideLogLine[] = [];
  for (let r = header + 1; r < grid.values.length; r++) {
    const date = cellAt(grid, r, LOG_COLUMNS.date);
    const item = text(r, LOG_COLUMNS.item);
    if (typeof date !== "number" || !item) continue;
    lines.push({
      date,
      item,
      computed: text(r, LOG_COLUMNS.computed),
      value: text(r, LOG_COLUMNS.value),
      reason: text(r, LOG_COLUMNS.reason),
      cell: text(r, LOG_COLUMNS.cell),
    });
  }
  return lines;
}
