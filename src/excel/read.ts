/**
 * Excel → grids. The core finds sheets by their header content, so every sheet is read. One request
 * does it all: the sheets are walked with `worksheets.getFirst()` / `getNextOrNullObject()` (ExcelApi
 * 1.5), and each sheet's name, visibility, protection, used range (values and number formats) and
 * merges are loaded in the same batch, so a workbook of up to CHAIN_SHEETS sheets is read in one
 * `context.sync()`. More sheets take one more sync per CHAIN_SHEETS; a response that Excel on the web
 * refuses (over 5 MB) is read again in row blocks. The grids look exactly like the exceljs adapter's
 * (src/xlsx/grids.ts): values from A1, "" → null, "General" → null, trailing blanks trimmed, strings
 * in NFC, errors as {error}.
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
    sheets: sheets.items.map((ws) => ({ name: ws.name, visibility: visibilityFromExcel(ws.visibility), protected: ws.protection.protected })),
    names: new Set(names.items.map((n) => n.name.toUpperCase())),
  };
  return { sheets: sheets.items, state };
}

/** Sheets asked for in one request. Past the last sheet the chain yields null objects, which cost a few bytes each. */
export const CHAIN_SHEETS = 40;

/**
 * Office.js codes with which a host might refuse a request that asks things of a null object (the
 * links of the chain past the last sheet). Office.js documents null objects, not this use of them, so
 * on such a refusal the sheets are read the classic way (list, then used ranges): one sync more.
 */
const CHAIN_REFUSED = new Set(["InvalidArgument", "InvalidOperation", "InvalidReference", "GeneralException", "ItemNotFound", "ApiNotFound", "NotImplemented"]);

/** One sheet's proxies in a read request. */
interface Probe {
  ws: Excel.Worksheet;
  used: Excel.Range;
  merges: Excel.RangeAreas | null;
}

/** What the used range brings: everything, or only its address (for a workbook read in blocks). */
type Depth = "values" | "address";

function probe(ws: Excel.Worksheet, depth: Depth, withMerges: boolean): Probe {
  ws.load("name,visibility,protection/protected");
  // Values only: a clerk who formatted rows far below the data (borders down to row 5000) must not
  // make every read carry thousands of empty cells. Formats of cells that hold values still come.
  const used = ws.getUsedRangeOrNullObject(true);
  if (depth === "values") used.load("address,values,numberFormat");
  else used.load("address");
  const merges = withMerges ? ws.getRange().getMergedAreasOrNullObject() : null;
  merges?.load("address");
  return { ws, used, merges };
}

/** Queues CHAIN_SHEETS probes from `first` on; `next` is the sheet after them (a null object at the end). */
function chain(first: Excel.Worksheet, depth: Depth, withMerges: boolean): { probes: Probe[]; next: Excel.Worksheet } {
  const probes: Probe[] = [];
  let ws = first;
  for (let i = 0; i < CHAIN_SHEETS; i++) {
    probes.push(probe(ws, depth, withMerges));
    ws = ws.getNextOrNullObject();
  }
  ws.load("name");
  return { probes, next: ws };
}

/** A sheet whose used range is read later, in row blocks. */
interface Pending {
  grid: SheetGrid;
  ws: Excel.Worksheet;
  rect: Rect;
}

/** Adds the probed sheets (up to the first null object) to the result; false once the workbook's end is reached. */
function collect(probes: Probe[], depth: Depth, out: { grids: SheetGrid[]; state: WorkbookState; pending: Pending[] }): boolean {
  for (const { ws, used, merges } of probes) {
    if (ws.isNullObject) return false;
    // The name exactly as the workbook spells it (an NFD name stays NFD): links, messages and "select the
    // cell" must name a sheet that exists. The core matches NFC and NFD spellings alike.
    const sheet: SheetState = { name: ws.name, visibility: visibilityFromExcel(ws.visibility), protected: ws.protection.protected };
    const grid: SheetGrid = { name: sheet.name, values: [], numberFormats: [], merges: [], visibility: sheet.visibility };
    if (merges && !merges.isNullObject) grid.merges = mergesFromAddress(merges.address);
    if (!used.isNullObject) {
      const rect = rectFromAddress(used.address);
      if (depth === "values") placeBlock(grid, rect.top, rect.left, used.values, used.numberFormat);
      else out.pending.push({ grid, ws, rect });
    }
    out.state.sheets.push(sheet);
    out.grids.push(grid);
  }
  return true;
}

/**
 * Reads every sheet: one sync for a workbook of up to CHAIN_SHEETS sheets (one more per further
 * CHAIN_SHEETS). When Excel on the web refuses a response as too large, that part is asked again
 * without the cells, and the used ranges are then read in row blocks.
 */
export async function readAll(ctx: Excel.RequestContext, support: ApiSupport): Promise<ReadResult> {
  const withMerges = has(support, "mergedAreas");
  const out = { grids: [] as SheetGrid[], state: { sheets: [], names: new Set<string>() } as WorkbookState, pending: [] as Pending[] };
  const names = ctx.workbook.names;
  let first = ctx.workbook.worksheets.getFirst();
  for (let batch = 0; ; batch++) {
    if (batch === 0) names.load("items/name");
    let depth: Depth = "values";
    let c = chain(first, depth, withMerges);
    try {
      await ctx.sync();
    } catch (e) {
      const code = officeCode(e);
      if (batch === 0 && code && CHAIN_REFUSED.has(code)) return readClassic(ctx, withMerges);
      if (code !== "ResponsePayloadSizeLimitExceeded") throw e;
      // Nothing of a refused request came back: ask again without the cells.
      if (batch === 0) names.load("items/name");
      depth = "address";
      c = chain(first, depth, withMerges);
      await ctx.sync();
    }
    if (batch === 0) out.state.names = new Set(names.items.map((n) => n.name.toUpperCase()));
    if (!collect(c.probes, depth, out) || c.next.isNullObject) break;
    first = c.next;
  }
  if (out.pending.length) await readInBlocks(ctx, out.pending);
  return { grids: { sheets: out.grids.map(tidy) }, state: out.state };
}

/** The sheets read without the chain: the list first (one sync), then every used range (one more). */
async function readClassic(ctx: Excel.RequestContext, withMerges: boolean): Promise<ReadResult> {
  const { sheets, state } = await readWorkbookState(ctx);
  const out = { grids: [] as SheetGrid[], state: { sheets: [] as SheetState[], names: state.names }, pending: [] as Pending[] };
  let depth: Depth = "values";
  let probes = sheets.map((ws) => probe(ws, depth, withMerges));
  try {
    await ctx.sync();
  } catch (e) {
    if (officeCode(e) !== "ResponsePayloadSizeLimitExceeded") throw e;
    depth = "address";
    probes = sheets.map((ws) => probe(ws, depth, withMerges));
    await ctx.sync();
  }
  collect(probes, depth, out);
  if (out.pending.length) await readInBlocks(ctx, out.pending);
  return { grids: { sheets: out.grids.map(tidy) }, state: out.state };
}

export function mergesFromAddress(address: string): Rect[] {
  return address
    .split(/,(?=(?:[^']*'[^']*')*[^']*$)/) // commas outside quoted sheet names
    .map((a) => a.trim())
    .filter(Boolean)
    .map(rectFromAddress)
    .sort((x, y) => x.top - y.top || x.left - y.left);
}

/** Reads the pending used ranges in row blocks, as many blocks per sync as the response budget allows. */
async function readInBlocks(ctx: Excel.RequestContext, pending: Pending[]): Promise<void> {
  type Block = { grid: SheetGrid; ws: Excel.Worksheet; top: number; left: number; rows: number; cols: number };
  const todo: Block[] = [];
  for (const { grid, ws, rect } of pending) {
    const cols = rect.right - rect.left + 1;
    const rowsPerBlock = Math.max(1, Math.floor(RESPONSE_BUDGET / (cols * BYTES_PER_CELL)));
    for (let top = rect.top; top <= rect.bottom; top += rowsPerBlock) {
      todo.push({ grid, ws, top, left: rect.left, rows: Math.min(rowsPerBlock, rect.bottom - top + 1), cols });
    }
  }
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
    for (const { b, range } of batch) placeBlock(b.grid, b.top, b.left, range.values, range.numberFormat);
  }
}
