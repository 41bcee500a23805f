/**
 * Excel → grids. The core finds sheets by their header content, so every sheet is read; to keep
 * that cheap the used ranges of all sheets are loaded in one `context.sync()` (after the one that
 * lists the sheets). The grids look exactly like the exceljs adapter's (src/xlsx/grids.ts): values
 * from A1, "" → null, "General" → null, trailing blanks trimmed, strings in NFC, errors as {error}.
 */
import type { CellValue, Rect, SheetGrid, SheetVisibility, WorkbookGrids } from "../core";
import { parseRect } from "../core";
import { officeCode } from "./errors";
import { has, type ApiSupport } from "./support";

/** What the writer needs to know about the workbook as read. */
export interface SheetState {
  name: string;
  visibility: SheetVisibility;
  protected: boolean;
}

export interface WorkbookState {
  sheets: SheetState[];
  /** Workbook-level defined names (upper case). */
  names: Set<string>;
}

export interface ReadResult {
  grids: WorkbookGrids;
  state: WorkbookState;
}

/** Excel's error values as Range.values reports them (a string). */
const ERROR_VALUE =
  /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!|EXTERNAL!|PYTHON!|TIMEOUT!)$/;

/** Budget for one response when the used ranges must be read in blocks (Excel on the web: 5 MB). */
const RESPONSE_BUDGET = 3_000_000;
/** Rough JSON bytes per cell for values + number format (used only to size fallback blocks). */
const BYTES_PER_CELL = 40;

export function visibilityFromExcel(v: string): SheetVisibility {
  return v === "Hidden" ? "hidden" : v === "VeryHidden" ? "veryHidden" : "visible";
}

/** "'Thành viên'!B2:K40" → its rectangle (0-based). */
export function rectFromAddress(address: string): Rect {
  const local = address.slice(address.lastIndexOf("!") + 1);
  return parseRect(local.replace(/\$/g, ""));
}

function toCell(v: unknown): CellValue {
  if (v === null || v === undefined || v === "") return null;
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  if (typeof v === "boolean") return v;
  const s = String(v);
  if (ERROR_VALUE.test(s)) return { error: s };
  return s.normalize("NFC");
}

/** Place a block read at (top, left) into a grid that starts at A1. */
export function placeBlock(grid: SheetGrid, top: number, left: number, values: unknown[][], formats: unknown[][]): void {
  const fmts = grid.numberFormats!;
  values.forEach((row, i) => {
    const r = top + i;
    row.forEach((raw, j) => {
      const c = left + j;
      const v = toCell(raw);
      const f0 = formats[i]?.[j];
      const f = typeof f0 === "string" && f0 !== "General" ? f0 : null;
      if (v === null && f === null) return;
      while (grid.values.length <= r) grid.values.push([]);
      while (fmts.length <= r) fmts.push([]);
      const vr = grid.values[r];
      const fr = fmts[r];
      while (vr.length < c) vr.push(null);
      while (fr.length < c) fr.push(null);
      vr[c] = v;
      fr[c] = f;
    });
  });
}

/** Trim trailing blanks so that grids compare equal to the exceljs adapter's. */
export function tidy(grid: SheetGrid): SheetGrid {
  const fmts = grid.numberFormats!;
  grid.values.forEach((row, r) => {
    const fr = fmts[r] ?? [];
    while (row.length > 0 && row[row.length - 1] === null && (fr[row.length - 1] ?? null) === null) {
      row.pop();
      fr.pop();
    }
    fmts[r] = fr;
  });
  while (grid.values.length > 0 && grid.values[grid.values.length - 1].length === 0) {
    grid.values.pop();
    fmts.pop();
  }
  return grid;
}

export async function readWorkbookState(ctx: Excel.RequestContext): Promise<{ sheets: Excel.Worksheet[]; state: WorkbookState }> {
  const sheets = ctx.workbook.worksheets;
  sheets.load("items/name,items/visibility,items/protection/protected");
  const names = ctx.workbook.names;
  names.load("items/name");
  await ctx.sync();
  const state: WorkbookState = {
    sheets: sheets.items.map((ws) => ({ name: ws.name.normalize("NFC"), visibility: visibilityFromExcel(ws.visibility), protected: ws.protection.protected })),
    names: new Set(names.items.map((n) => n.name.toUpperCase())),
  };
  return { sheets: sheets.items, state };
}

/**
 * Reads every sheet. Syncs: one for the sheet list, one for all used ranges. When a workbook is so
 * large that Excel on the web refuses the response, the used ranges are read again in row blocks.
 */
export async function readAll(ctx: Excel.RequestContext, support: ApiSupport): Promise<ReadResult> {
  const { sheets, state } = await readWorkbookState(ctx);
  const withMerges = has(support, "mergedAreas");
  const used = sheets.map((ws) => {
    // Values only: a clerk who formatted rows far below the data (borders down to row 5000) must not
    // make every read carry thousands of empty cells. Formats of cells that hold values still come.
    const r = ws.getUsedRangeOrNullObject(true);
    r.load("address,values,numberFormat");
    const m = withMerges ? ws.getRange().getMergedAreasOrNullObject() : null;
    m?.load("address");
    return { ws, r, m };
  });
  let blocks = false;
  try {
    await ctx.sync();
  } catch (e) {
    if (officeCode(e) !== "ResponsePayloadSizeLimitExceeded") throw e;
    blocks = true;
  }
  const grids: SheetGrid[] = state.sheets.map((s) => ({ name: s.name, values: [], numberFormats: [], merges: [], visibility: s.visibility }));
  if (!blocks) {
    used.forEach(({ r, m }, i) => {
      if (!r.isNullObject) {
        const rect = rectFromAddress(r.address);
        placeBlock(grids[i], rect.top, rect.left, r.values, r.numberFormat);
      }
      if (m && !m.isNullObject) grids[i].merges = mergesFromAddress(m.address);
    });
  } else {
    await readInBlocks(ctx, sheets, grids, withMerges);
  }
  return { grids: { sheets: grids.map(tidy) }, state };
}

export function mergesFromAddress(address: string): Rect[] {
  return address
    .split(/,(?=(?:[^']*'[^']*')*[^']*$)/) // commas outside quoted sheet names
    .map((a) => a.trim())
    .filter(Boolean)
    .map(rectFromAddress)
    .sort((x, y) => x.top - y.top || x.left - y.left);
}

async function readInBlocks(ctx: Excel.RequestContext, sheets: Excel.Worksheet[], grids: SheetGrid[], withMerges: boolean): Promise<void> {
  const shapes = sheets.map((ws) => {
    const r = ws.getUsedRangeOrNullObject(true);
    r.load("address");
    const m = withMerges ? ws.getRange().getMergedAreasOrNullObject() : null;
    m?.load("address");
    return { r, m };
  });
  await ctx.sync();
  type Block = { i: number; ws: Excel.Worksheet; top: number; left: number; rows: number; cols: number };
  const todo: Block[] = [];
  shapes.forEach(({ r, m }, i) => {
    if (m && !m.isNullObject) grids[i].merges = mergesFromAddress(m.address);
    if (r.isNullObject) return;
    const rect = rectFromAddress(r.address);
    const cols = rect.right - rect.left + 1;
    const rowsPerBlock = Math.max(1, Math.floor(RESPONSE_BUDGET / (cols * BYTES_PER_CELL)));
    for (let top = rect.top; top <= rect.bottom; top += rowsPerBlock) {
      todo.push({ i, ws: sheets[i], top, left: rect.left, rows: Math.min(rowsPerBlock, rect.bottom - top + 1), cols });
    }
  });
  // Group blocks into syncs under the response budget.
  let k = 0;
  while (k < todo.length) {
    let bytes = 0;
    const batch: { b: Block; range: Excel.Range }[] = [];
    while (k < todo.length && (batch.length === 0 || bytes + todo[k].rows * todo[k].cols * BYTES_PER_CELL <= RESPONSE_BUDGET)) {
      const b = todo[k++];
      bytes += b.rows * b.cols * BYTES_PER_CELL;
      const range = b.ws.getRangeByIndexes(b.top, b.left, b.rows, b.cols);
      range.load("values,numberFormat");
      batch.push({ b, range });
    }
    await ctx.sync();
    for (const { b, range } of batch) placeBlock(grids[b.i], b.top, b.left, range.values, range.numberFormat);
  }
}
