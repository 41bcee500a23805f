/**
 * Where the result band may go on the members sheet, as the sheet is now. The band an earlier run wrote
 * is found by its own header (its title, then its labels: workbook/band.ts), wherever the clerk's edits
 * have moved it; never by a remembered column number. The reader also says which columns right of the
 * table hold the clerk's data in the band's rows, so that the band is never written over them
 * (documents/band.ts places it).
 */
import { gridWidth, type SheetGrid } from "../grid";
import type { BandPosition, Member } from "../model";
import { RULE_SETS } from "../rules";
import { show } from "../text/cell";
import { fold } from "../text/vi";
import { BAND_LABELS, isBandLabel, isBandTitle } from "../workbook/band";
import type { HeaderMatch } from "./headers";
import { isBlank } from "./values";

/** Every item id a band may label a column with, under any rule set. */
const ITEM_IDS: ReadonlySet<string> = new Set(RULE_SETS.flatMap((r) => r.items.map((i) => i.id)));
/** No band is wider than this (one column per member item and four more). */
const MAX_BAND_WIDTH = 64;
const REASONS = fold(BAND_LABELS.reasons);

export function findBand(grid: SheetGrid, m: HeaderMatch, members: Member[]): BandPosition {
  const top = m.rows[0];
  const labelRow = m.rows[m.rows.length - 1];
  let bottom = labelRow;
  for (const mem of members) if (mem.row - 1 > bottom) bottom = mem.row - 1;
  const text = (r: number, c: number) => show(grid.values[r]?.[c] ?? null);

  // The band's title, in a header row: where an earlier run's band is now.
  let title = m.bandStart;
  if (title === undefined)
    for (const r of m.rows) {
      const row = grid.values[r] ?? [];
      for (let c = 0; c < row.length && title === undefined; c++) if (isBandTitle(text(r, c))) title = c;
    }
  const previous = title === undefined ? undefined : previousBand(grid, title, top, labelRow, text);

  // The table's own columns end where its last recognised column does: a search for room starts there.
  const recognised = [...Object.values(m.columns), ...m.competences.filter((c): c is number => c !== undefined)];
  const tableEnd = Math.min(title ?? Infinity, Math.max(0, ...recognised.map((c) => c + 1)));
  const oldColumns = new Set(previous?.columns ?? []);
  const isOld = (r: number, c: number) => previous !== undefined && oldColumns.has(c) && r >= previous.top && r <= previous.bottom;
  const occupied = new Set<number>();
  for (let r = top; r <= bottom; r++) {
    const row = grid.values[r] ?? [];
    for (let c = tableEnd; c < row.length; c++) if (!isBlank(row[c] ?? null) && !isOld(r, c)) occupied.add(c);
  }
  let right = gridWidth(grid);
  for (const mg of grid.merges ?? []) {
    right = Math.max(right, mg.right + 1);
    if (mg.bottom < top || mg.top > bottom) continue;
    // A merged area of the clerk's is hers in every cell, not only in the one that shows its value.
    for (let c = Math.max(mg.left, tableEnd); c <= mg.right; c++) if (!oldColumns.has(c)) occupied.add(c);
  }
  return {
    sheet: grid.name,
    top,
    bottom,
    labelRow,
    freeFrom: right,
    tableEnd,
    occupied: [...occupied].sort((a, b) => a - b),
    previous,
  };
}

/**
 * The earlier band from its title column: the columns labelled as the band labels them, up to its last
 * ("Lý do chưa đạt"); a column the clerk inserted among them is hers, not the band's. Its rows run down
 * from the header as long as its cells are filled (three blank rows end it, as they end the table).
 */
function previousBand(
  grid: SheetGrid,
  title: number,
  top: number,
  labelRow: number,
  text: (r: number, c: number) => string,
): NonNullable<BandPosition["previous"]> {
  const label = (c: number) => (labelRow === top || c !== title ? text(labelRow, c) : text(top, c));
  let last = -1;
  for (let c = title; c < title + MAX_BAND_WIDTH && last < 0; c++) if (fold(text(labelRow, c)) === REASONS) last = c;
  const columns: number[] = [title];
  if (last >= 0) {
    for (let c = title + 1; c <= last; c++) if (isBandLabel(label(c), ITEM_IDS)) columns.push(c);
  } else for (let c = title + 1; c < title + MAX_BAND_WIDTH && isBandLabel(label(c), ITEM_IDS); c++) columns.push(c);
  let bottom = labelRow;
  let blanks = 0;
  for (let r = labelRow + 1; r < grid.values.length; r++) {
    const row = grid.values[r] ?? [];
    if (columns.some((c) => !isBlank(row[c] ?? null))) {
      bottom = r;
      blanks = 0;
    } else if (++blanks >= 3) break;
  }
  return { columns, top, bottom };
}
