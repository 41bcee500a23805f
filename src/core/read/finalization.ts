/**
 * The log of Hoàn tất and Mở khóa (workbook/finalization.ts), read back from the sheet the registry
 * records as the product's ("nhat-ky-hoan-tat"). A row the reader cannot understand is skipped: the log
 * is the product's own sheet, and a clerk who edits it only loses its rows.
 */
import { cellAt, type WorkbookGrids } from "../grid";
import { show } from "../text/cell";
import { parseDayFirst } from "../text/dates";
import { fold } from "../text/vi";
import { ACTION_FINALIZE, ACTION_UNFINALIZE, LOG_HEADER_ROW, stateOf, type FinalizationState, type LogEntry } from "../workbook/finalization";
import type { Registry } from "./registry";

export const FINALIZE_LOG_ID = "nhat-ky-hoan-tat";

export function readLog(grids: WorkbookGrids, registry: Registry): LogEntry[] {
  const name = registry.owned[FINALIZE_LOG_ID];
  const g = name ? grids.sheets.find((s) => s.name === name) : undefined;
  if (!g) return [];
  const out: LogEntry[] = [];
  for (let r = LOG_HEADER_ROW + 1; r < g.values.length; r++) {
    const date = cellAt(g, r, 1);
    const action = fold(show(cellAt(g, r, 2)));
    if (date === null && !action) break;
    const at = typeof date === "number" ? date : parseDayFirst(show(date));
    const kind = action === fold(ACTION_FINALIZE) ? "finalize" : action === fold(ACTION_UNFINALIZE) ? "unfinalize" : null;
    if (at === null || kind === null) continue;
    out.push({
      action: kind,
      at,
      count: Number(cellAt(g, r, 3)) || 0,
      tool: show(cellAt(g, r, 4)),
      hash: show(cellAt(g, r, 5)),
      reason: show(cellAt(g, r, 6)),
    });
  }
  return out;
}

export function readFinalizationState(grids: WorkbookGrids, registry: Registry): { log: LogEntry[]; state: FinalizationState } {
  const log = readLog(grids, registry);
  return { log, state: stateOf(log) };
}
