/**
 * A unit's result block (DVHT_KETQUA, workbook/summary.ts) read back from its workbook's grids, and
 * the two checks that decide whether the district may count it: the block's own content hash (the
 * block was not typed over) and the printed result's hash (the sheet the principal signs shows what
 * was evaluated). The grids may be a whole workbook or only the sheets the file adapter's fast read
 * returns: the block's sheet and the printed result's sheet.
 */
import { cellAt, parseSheetRange, type WorkbookGrids } from "../grid";
import type { PlanValue } from "../plan";
import { SUMMARY_FORMAT, hashBlock, parsePrintedCheck, printedCheck } from "../workbook/summary";
import { show } from "../text/cell";
import { parseDayFirst } from "../text/dates";

/** Whether the printed result still shows what was evaluated. */
export type PrintedState =
  | { state: "ok"; sheet: string }
  | { state: "edited"; sheet: string }
  /** The block names a sheet the workbook no longer has: nothing printed to mislead, the block counts. */
  | { state: "missing"; sheet: string }
  /** A block written before the check existed. */
  | { state: "none" };

export interface FoundBlock {
  sheet: string;
  block: Record<string, PlanValue>;
  hashOk: boolean;
  printed: PrintedState;
}

/** Finds the block by its content ("format" = dvht-ketqua/1), whatever the sheet is called now. */
export function readSummaryBlock(grids: WorkbookGrids): FoundBlock | null {
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
      const block = Object.fromEntries(rows);
      return { sheet: g.name, block, hashOk: hash !== undefined && hash === hashBlock(rows), printed: checkPrinted(grids, block.printed) };
    }
  }
  return null;
}

const sameSheet = (a: string, b: string) => a.normalize("NFC").toLowerCase() === b.normalize("NFC").toLowerCase();

function checkPrinted(grids: WorkbookGrids, value: PlanValue | undefined): PrintedState {
  const parsed = typeof value === "string" ? parsePrintedCheck(value) : null;
  const ref = parsed ? parseSheetRange(parsed.range) : null;
  if (!parsed || !ref) return { state: "none" };
  const g = grids.sheets.find((s) => sameSheet(s.name, ref.sheet));
  if (!g) return { state: "missing", sheet: ref.sheet };
  const cells: PlanValue[][] = [];
  for (let r = ref.rect.top; r <= ref.rect.bottom; r++) {
    const line: PlanValue[] = [];
    for (let c = ref.rect.left; c <= ref.rect.right; c++) {
      const v = cellAt(g, r, c);
      line.push(v !== null && typeof v === "object" ? show(v) : v);
    }
    cells.push(line);
  }
  return { state: printedCheck(parsed.range, cells) === `${parsed.range} ${parsed.hash}` ? "ok" : "edited", sheet: ref.sheet };
}

// ---------------------------------------------------------------------------------------------
// Plain values of the block

export const num = (v: PlanValue | undefined): number | null =>
  typeof v === "number" ? v : typeof v === "string" && v.trim() !== "" && !isNaN(Number(v)) ? Number(v) : null;
export const str = (v: PlanValue | undefined): string => (v === null || v === undefined ? "" : String(v).trim());
export const bool = (v: PlanValue | undefined): boolean | null =>
  typeof v === "boolean" ? v : v === "TRUE" || v === "true" ? true : v === "FALSE" || v === "false" ? false : null;
/** A date the block holds as dd/mm/yyyy text or as a serial. */
export const date = (v: PlanValue | undefined): number | null => (typeof v === "number" ? v : typeof v === "string" ? parseDayFirst(v) : null);

/**
 * Finalization (issue 12's "Hoàn tất", which comes later): the block is assumed to carry the day the
 * workbook was finalized as `finalized.at` (dd/mm/yyyy) and, when it was changed afterwards,
 * `finalized.changed` = true. A finalized block whose hash or printed result no longer matches was
 * changed after finalizing as well. Isolated here so that the columns follow the feature's keys.
 */
export function readFinalization(found: FoundBlock): { at: number | null; changedAfter: boolean | null } {
  const b = found.block;
  const at = date(b["finalized.at"] ?? b.finalizedAt);
  if (at === null) return { at: null, changedAfter: null };
  const tampered = !found.hashOk || found.printed.state === "edited";
  return { at, changedAfter: tampered || bool(b["finalized.changed"]) === true };
}
