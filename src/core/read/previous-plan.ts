/**
 * What an earlier run's "Kế hoạch – tiến độ" holds now: the dates, statuses and notes of each step as
 * the clerk may have edited them, and the automatic values that run recorded in its veryHidden
 * companion sheet. The document compares the two to keep the clerk's edits (documents/dossier/ke-hoach.ts).
 * Only sheets the registry says are the product's are read.
 */
import { cellAt, isCellError, type CellValue, type SheetGrid, type WorkbookGrids } from "../grid";
import type { PreviousPlan } from "../model";
import { parseDayFirst } from "../text/dates";
import { clean, fold } from "../text/vi";
import { PLAN_AUTO_COLUMNS as AUTO, PLAN_AUTO_ID, PLAN_COLUMNS as COL, PLAN_TASK_HEADER } from "../workbook/ke-hoach";

const asDate = (v: CellValue): number | undefined => {
  if (typeof v === "number" && v > 0) return Math.floor(v);
  if (typeof v === "string") return parseDayFirst(v) ?? undefined;
  return undefined;
};
const asText = (v: CellValue): string => (v === null || v === undefined || isCellError(v) ? "" : clean(String(v)));
const asSeq = (v: CellValue): number => (typeof v === "number" ? v : Number(asText(v)));

export function readPreviousPlan(grids: WorkbookGrids, owned: Record<string, string>): PreviousPlan | undefined {
  const name = owned["ke-hoach-tien-do"];
  const grid = name ? grids.sheets.find((g) => g.name === name) : undefined;
  if (!grid) return undefined;
  let header = -1;
  for (let r = 0; r < Math.min(grid.values.length, 40) && header < 0; r++) if (fold(asText(cellAt(grid, r, COL.task))) === fold(PLAN_TASK_HEADER)) header = r;
  if (header < 0) return undefined;
  const steps: PreviousPlan["steps"] = {};
  let found = 0;
  for (let r = header + 1; r < grid.values.length; r++) {
    const n = asSeq(cellAt(grid, r, COL.seq));
    if (Number.isInteger(n) && n > 0 && !(n in steps)) {
      steps[n] = {
        from: asDate(cellAt(grid, r, COL.from)),
        to: asDate(cellAt(grid, r, COL.to)),
        status: asText(cellAt(grid, r, COL.status)),
        note: asText(cellAt(grid, r, COL.note)),
      };
      found++;
    } else if (found && !asText(cellAt(grid, r, COL.task))) break;
  }
  return { steps, auto: readAutoRecord(grids, owned) };
}

/** The automatic values the previous run recorded, by step; undefined when the record is gone. */
function readAutoRecord(grids: WorkbookGrids, owned: Record<string, string>): PreviousPlan["auto"] {
  const name = owned[PLAN_AUTO_ID];
  const grid: SheetGrid | undefined = name ? grids.sheets.find((g) => g.name === name) : undefined;
  if (!grid) return undefined;
  const out: NonNullable<PreviousPlan["auto"]> = {};
  for (let r = 1; r < grid.values.length; r++) {
    const n = asSeq(cellAt(grid, r, AUTO.seq));
    if (!Number.isInteger(n) || n <= 0) continue;
    out[n] = { from: asDate(cellAt(grid, r, AUTO.from)), to: asDate(cellAt(grid, r, AUTO.to)), status: asText(cellAt(grid, r, AUTO.status)) };
  }
  return out;
}
