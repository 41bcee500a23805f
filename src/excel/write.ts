/**
 * WritePlan → Office.js requests. The plan is first turned into a flat list of small operations,
 * each with an estimate of its request bytes; the list is then cut into syncs under a byte budget
 * (Excel on the web refuses requests over 5 MB). Order inside the list is the order Excel sees:
 * sheet structure (add, clear), then values, then formats — so a failure half way leaves data, not
 * styled emptiness, and formats never have to be sent twice.
 */
import type { Rect } from "../core";
import { a1, absRectA1, rectA1, sheetRef } from "../core";
import type { BorderWeight, CellPatch, CellStyle, PlanValue, SheetPlan, StyleRange, WritePlan } from "../core";
import type { WriteReport } from "../core";
import { ExcelPortError, officeCode, translateExcelError } from "./errors";
import type { WorkbookState } from "./read";
import { has, type ApiSupport } from "./support";

/** What one sync may carry, by our estimate (the real limit is 5,000,000 bytes; the estimate is rough). */
export const REQUEST_BUDGET = 4_000_000;
/** Largest single values block, so that a retry after RequestPayloadSizeLimitExceeded has pieces to regroup. */
export const BLOCK_BYTES = 400_000;
/** Fixed cost of one action in a request (object path, method, ids), by observation of Office.js requests. */
const ACTION_BYTES = 120;

export type GetSheet = (name: string) => Excel.Worksheet;

export interface Op {
  /** 0 structure, 1 values, 2 presentation, 3 protection (after every write into the sheet). */
  phase: 0 | 1 | 2 | 3;
  sheet: string;
  bytes: number;
  apply(ctx: Excel.RequestContext, sheet: GetSheet): void;
  /** Smaller ops doing the same (values blocks), for a retry after a payload error. */
  split?(): Op[];
}

function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

export const jsonBytes = (v: unknown) => utf8Length(JSON.stringify(v) ?? "") + ACTION_BYTES;

/**
 * Strings Excel would not keep as the same text if written as a value: formulas (= + - @, the
 * formula-injection case), and strings Excel converts (numbers, TRUE/FALSE, dates, percentages).
 * These cells get the text format "@" before the value is written.
 */
export function needsTextFormat(v: PlanValue): boolean {
  if (typeof v !== "string" || v === "") return false;
  if (/^[=+\-@]/.test(v)) return true;
  const t = v.trim();
  if (/^(true|false)$/i.test(t)) return true;
  if (/^#/.test(t)) return true; // would look like an error value
  // Numbers, dates, times, fractions, percentages, currency: Excel's parser takes these.
  return /^[\d\s.,:/%$€₫()-]+$/.test(t) && /\d/.test(t);
}

const pad = (rows: PlanValue[][], width: number): PlanValue[][] =>
  rows.map((r) => (r.length === width ? r : [...r, ...Array<PlanValue>(width - r.length).fill(null)]));

/** Values of a block at (top, left), split into row blocks under BLOCK_BYTES, with text formats first. */
function valueOps(sheet: string, top: number, left: number, values: PlanValue[][], maxBytes = BLOCK_BYTES): Op[] {
  const width = values.reduce((w, r) => Math.max(w, r.length), 0);
  if (width === 0 || values.length === 0) return [];
  const ops: Op[] = [];
  let start = 0;
  while (start < values.length) {
    let end = start;
    let bytes = ACTION_BYTES;
    while (end < values.length) {
      const rowBytes = jsonBytes(values[end]) - ACTION_BYTES + 1;
      if (end > start && bytes + rowBytes > maxBytes) break;
      bytes += rowBytes;
      end++;
    }
    const block = pad(values.slice(start, end), width);
    const blockTop = top + start;
    // Text formats for cells Excel would otherwise turn into formulas or numbers (runs per row).
    for (let i = 0; i < block.length; i++) {
      let j = 0;
      while (j < width) {
        if (!needsTextFormat(block[i][j])) {
          j++;
          continue;
        }
        let k = j;
        while (k < width && needsTextFormat(block[i][k])) k++;
        const row = blockTop + i;
        const col = left + j;
        const n = k - j;
        ops.push({
          phase: 1,
          sheet,
          bytes: ACTION_BYTES + 6 * n,
          apply: (_ctx, ws) => {
            ws(sheet).getRangeByIndexes(row, col, 1, n).numberFormat = [Array<string>(n).fill("@")];
          },
        });
        j = k;
      }
    }
    const rows = block.length;
    const op: Op = {
      phase: 1,
      sheet,
      bytes,
      apply: (_ctx, ws) => {
        ws(sheet).getRangeByIndexes(blockTop, left, rows, width).values = block as unknown[][];
      },
    };
    if (rows > 1) {
      const half = Math.max(1, Math.floor(bytes / 2));
      // A retry regenerates the block in halves (text formats are idempotent, so resending them is harmless).
      op.split = () => valueOps(sheet, blockTop, left, block, half).filter((o) => o !== undefined);
    }
    ops.push(op);
    start = end;
  }
  return ops;
}

const H_ALIGN = { left: "Left", center: "Center", right: "Right", justify: "Justify" } as const;
const V_ALIGN = { top: "Top", middle: "Center", bottom: "Bottom" } as const;

function borderSides(weight: BorderWeight | undefined): { style: string; weight?: string } | undefined {
  if (!weight) return undefined;
  if (weight === "none") return { style: "None" };
  return { style: "Continuous", weight: weight === "hair" ? "Hairline" : weight === "medium" ? "Medium" : "Thin" };
}

/** Excel's column width unit in Office.js is points; the plan speaks characters of the default font. */
export function charsToPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

const mmToPoints = (mm: number) => Math.round((mm * 72 * 100) / 25.4) / 100;

/** Each property set is one action in the request; the number format is a 2-D array of the range's size. */
function styleBytes(style: CellStyle, rows: number, cols: number): number {
  let actions = 2; // the range itself and its format object
  if (style.font) actions += Object.keys(style.font).length;
  if (style.fill) actions += 1;
  if (style.align) actions += Object.keys(style.align).length;
  if (style.border) actions += Object.keys(style.border).length * 4; // edge + inside line, style + weight each
  const formats = style.numberFormat ? rows * cols * (utf8Length(style.numberFormat) + 3) : 0;
  return actions * ACTION_BYTES + formats;
}

function styleOps(sheet: string, styles: StyleRange[], support: ApiSupport, offset = { top: 0, left: 0 }): Op[] {
  return styles.map(({ range, style }) => {
    const r: Rect = { top: range.top + offset.top, left: range.left + offset.left, bottom: range.bottom + offset.top, right: range.right + offset.left };
    const rows = r.bottom - r.top + 1;
    const cols = r.right - r.left + 1;
    const bytes = styleBytes(style, rows, cols);
    return {
      phase: 2 as const,
      sheet,
      bytes,
      apply: (_ctx: Excel.RequestContext, ws: GetSheet) => applyStyle(ws(sheet).getRangeByIndexes(r.top, r.left, rows, cols), style, rows, cols, support),
    };
  });
}

function applyStyle(range: Excel.Range, style: CellStyle, rows: number, cols: number, support: ApiSupport): void {
  const f = range.format;
  if (style.font) {
    const { name, size, bold, italic, underline, color } = style.font;
    if (name !== undefined) f.font.name = name;
    if (size !== undefined) f.font.size = size;
    if (bold !== undefined) f.font.bold = bold;
    if (italic !== undefined) f.font.italic = italic;
    if (underline !== undefined) f.font.underline = underline ? "Single" : "None";
    if (color !== undefined) f.font.color = color;
  }
  if (style.fill) f.fill.color = style.fill;
  if (style.align) {
    const { h, v, wrap, indent } = style.align;
    if (h) f.horizontalAlignment = H_ALIGN[h];
    if (v) f.verticalAlignment = V_ALIGN[v];
    if (wrap !== undefined) f.wrapText = wrap;
    if (indent !== undefined && has(support, "screenUpdating")) f.indentLevel = indent;
  }
  if (style.border) {
    const edges: [string, BorderWeight | undefined, boolean][] = [
      ["EdgeTop", style.border.top, true],
      ["EdgeBottom", style.border.bottom, true],
      ["EdgeLeft", style.border.left, true],
      ["EdgeRight", style.border.right, true],
      // "Borders on every cell of the range (inner lines included)": inner lines follow top/left.
      ["InsideHorizontal", style.border.top ?? style.border.bottom, rows > 1],
      ["InsideVertical", style.border.left ?? style.border.right, cols > 1],
    ];
    for (const [edge, w, applies] of edges) {
      const b = borderSides(w);
      if (!b || !applies) continue;
      const item = f.borders.getItem(edge as Excel.BorderIndex);
      item.style = b.style as Excel.BorderLineStyle;
      if (b.weight) item.weight = b.weight as Excel.BorderWeight;
    }
  }
  if (style.numberFormat) range.numberFormat = Array.from({ length: rows }, () => Array<string>(cols).fill(style.numberFormat!));
}

function sheetOps(plan: SheetPlan, exists: boolean, state: WorkbookState, support: ApiSupport): Op[] {
  const name = plan.name;
  const ops: Op[] = [];
  // Phase 0: structure. An owned sheet is replaced in place: cleared of everything, position kept.
  ops.push({
    phase: 0,
    sheet: name,
    bytes: ACTION_BYTES * 5,
    apply: (ctx, ws) => {
      if (!exists) {
        ctx.workbook.worksheets.add(name);
        return;
      }
      const s = ws(name);
      const all = s.getRange();
      all.unmerge();
      all.clear("All");
      if (has(support, "dataValidation")) all.dataValidation.clear();
      s.freezePanes.unfreeze();
    },
  });
  // Phase 1: values.
  ops.push(...valueOps(name, 0, 0, plan.values));
  if (plan.formulas?.length) {
    // The plan's formulas (its own sheets only), after the values they replace.
    const formulas = plan.formulas;
    ops.push({
      phase: 1,
      sheet: name,
      bytes: jsonBytes(formulas) + ACTION_BYTES * formulas.length,
      apply: (_ctx, ws) => {
        for (const f of formulas) ws(name).getRangeByIndexes(f.row, f.col, 1, 1).formulas = [[`=${f.formula}`]];
      },
    });
  }
  // Phase 2: everything that is presentation.
  ops.push(...styleOps(name, plan.styles, support));
  if (plan.protect) {
    // Hoàn tất: protected last, without a password (Mở khóa lifts it).
    ops.push({ phase: 3, sheet: name, bytes: ACTION_BYTES, apply: (_ctx, ws) => ws(name).protection.protect() });
  }
  if (plan.merges.length) {
    ops.push({
      phase: 2,
      sheet: name,
      bytes: ACTION_BYTES * 2 * plan.merges.length,
      apply: (_ctx, ws) => {
        for (const m of plan.merges) ws(name).getRange(rectA1(m)).merge(false);
      },
    });
  }
  const widths = plan.columnWidths.map((w, c) => ({ w, c })).filter(({ w }) => typeof w === "number" && w > 0);
  const heights = (plan.rowHeights ?? []).map((h, r) => ({ h, r })).filter((x): x is { h: number; r: number } => typeof x.h === "number");
  const hidden = plan.hiddenColumns ?? [];
  if (widths.length || heights.length || hidden.length) {
    ops.push({
      phase: 2,
      sheet: name,
      bytes: ACTION_BYTES * 2 * (widths.length + heights.length + hidden.length),
      apply: (_ctx, ws) => {
        const s = ws(name);
        for (const { w, c } of widths) s.getRangeByIndexes(0, c, 1, 1).format.columnWidth = charsToPoints(w);
        for (const { h, r } of heights) s.getRangeByIndexes(r, 0, 1, 1).format.rowHeight = h;
        for (const c of hidden) s.getRangeByIndexes(0, c, 1, 1).getEntireColumn().columnHidden = true;
      },
    });
  }
  if (plan.links?.length) {
    const links = plan.links;
    ops.push({
      phase: 2,
      sheet: name,
      bytes: jsonBytes(links) + ACTION_BYTES * links.length,
      apply: (_ctx, ws) => {
        const s = ws(name);
        for (const l of links) s.getRangeByIndexes(l.row, l.col, 1, 1).hyperlink = { documentReference: sheetRef(l.sheet, l.cell), textToDisplay: l.text };
      },
    });
  }
  if (plan.validations?.length && has(support, "dataValidation")) {
    const vals = plan.validations;
    ops.push({
      phase: 2,
      sheet: name,
      bytes: jsonBytes(vals) + ACTION_BYTES * vals.length * 2,
      apply: (_ctx, ws) => {
        for (const v of vals) {
          const r = ws(name).getRange(rectA1(v.range));
          r.dataValidation.rule = { list: { inCellDropDown: true, source: v.listRange ? `=${absRectA1(v.listRange)}` : v.list.join(",") } };
          r.dataValidation.errorAlert = {
            showAlert: true,
            style: v.strict === false ? "Warning" : "Stop",
            title: "Giá trị không hợp lệ",
            message: v.error ?? `Chọn một trong: ${v.list.join(", ")}`,
          };
        }
      },
    });
  }
  if (plan.names?.length) {
    const names = plan.names;
    ops.push({
      phase: 2,
      sheet: name,
      bytes: ACTION_BYTES * names.length * 2,
      apply: (ctx, ws) => {
        for (const n of names) {
          // Names are workbook-wide: the previous run's name is replaced, never duplicated.
          if (state.names.has(n.name.toUpperCase())) ctx.workbook.names.getItem(n.name).delete();
          ctx.workbook.names.add(n.name, ws(name).getRange(rectA1(n.range)));
        }
      },
    });
  }
  if (plan.print && has(support, "pageLayout")) {
    const p = plan.print;
    ops.push({
      phase: 2,
      sheet: name,
      bytes: ACTION_BYTES * 12,
      apply: (_ctx, ws) => {
        const pl = ws(name).pageLayout;
        pl.paperSize = "A4" as Excel.PaperType;
        pl.orientation = (p.orientation === "landscape" ? "Landscape" : "Portrait") as Excel.PageOrientation;
        pl.topMargin = mmToPoints(p.margins.top);
        pl.bottomMargin = mmToPoints(p.margins.bottom);
        pl.leftMargin = mmToPoints(p.margins.left);
        pl.rightMargin = mmToPoints(p.margins.right);
        if (p.margins.header !== undefined) pl.headerMargin = mmToPoints(p.margins.header);
        if (p.margins.footer !== undefined) pl.footerMargin = mmToPoints(p.margins.footer);
        if (p.horizontalCentered !== undefined) pl.centerHorizontally = p.horizontalCentered;
        // "As many pages tall as needed" is expressed by leaving verticalFitToPages out (0 is not a page count).
        if (p.fitToWidth) pl.zoom = p.fitToHeight ? { horizontalFitToPages: 1, verticalFitToPages: p.fitToHeight } : { horizontalFitToPages: 1 };
        if (p.printArea) pl.setPrintArea(rectA1(p.printArea));
        if (p.repeatRows) pl.setPrintTitleRows(`$${p.repeatRows.from + 1}:$${p.repeatRows.to + 1}`);
        if (p.footer) pl.headersFooters.defaultForAllPages.centerFooter = p.footer;
        if (p.header) pl.headersFooters.defaultForAllPages.centerHeader = p.header;
        // No page number on the first page: its own header and footer, left empty.
        if (p.differentFirst) pl.headersFooters.state = "FirstAndDefault" as Excel.HeaderFooterState;
      },
    });
  }
  ops.push({
    phase: 2,
    sheet: name,
    bytes: ACTION_BYTES * 4,
    apply: (_ctx, ws) => {
      const s = ws(name);
      if (plan.freeze && (plan.freeze.rows > 0 || plan.freeze.cols > 0)) {
        if (plan.freeze.rows > 0 && plan.freeze.cols > 0) s.freezePanes.freezeAt(s.getRangeByIndexes(0, 0, plan.freeze.rows, plan.freeze.cols));
        else if (plan.freeze.rows > 0) s.freezePanes.freezeRows(plan.freeze.rows);
        else s.freezePanes.freezeColumns(plan.freeze.cols);
      }
      if (plan.tabColor) s.tabColor = plan.tabColor;
      if (plan.showGridLines !== undefined && has(support, "gridlines")) s.showGridlines = plan.showGridLines;
      s.visibility = (plan.visibility === "veryHidden" ? "VeryHidden" : plan.visibility === "hidden" ? "Hidden" : "Visible") as Excel.SheetVisibility;
    },
  });
  return ops;
}

function patchOps(p: CellPatch, support: ApiSupport): Op[] {
  const ops: Op[] = [];
  if (p.clear) {
    const c = p.clear;
    ops.push({
      phase: 0,
      sheet: p.sheet,
      bytes: ACTION_BYTES * 3,
      apply: (_ctx, ws) => {
        const r = ws(p.sheet).getRangeByIndexes(c.top, c.left, c.bottom - c.top + 1, c.right - c.left + 1);
        r.unmerge();
        r.clear("All");
      },
    });
  }
  ops.push(...valueOps(p.sheet, p.top, p.left, p.values));
  // Patch styles are relative to the sheet (like the plan's), not to the patch's corner.
  if (p.styles?.length) ops.push(...styleOps(p.sheet, p.styles, support));
  if (p.columnWidths?.length) {
    const widths = p.columnWidths;
    ops.push({
      phase: 2,
      sheet: p.sheet,
      bytes: ACTION_BYTES * widths.length,
      apply: (_ctx, ws) => {
        for (const { col, width } of widths) ws(p.sheet).getRangeByIndexes(0, col, 1, 1).format.columnWidth = charsToPoints(width);
      },
    });
  }
  return ops;
}

const lower = (s: string) => s.normalize("NFC").toLowerCase();

/**
 * The checks that must pass before anything is written, so that a refusal never leaves half a result:
 * owned sheets and patched sheets must not be protected; a patched sheet must exist; an existing
 * sheet in plan.sheets must be one the product owns.
 */
export function preflight(plan: WritePlan, state: WorkbookState, owned: Set<string>): void {
  const byName = new Map(state.sheets.map((s) => [lower(s.name), s]));
  // Mở khóa lifts the protection of the product's own sheets only.
  const unprotected = new Set((plan.unprotect ?? []).map(lower).filter((n) => owned.has(n)));
  for (const s of plan.sheets) {
    const existing = byName.get(lower(s.name));
    if (!existing) continue;
    if (!owned.has(lower(s.name))) throw new ExcelPortError("notOwned", { sheet: existing.name });
    if (existing.protected && !unprotected.has(lower(s.name))) throw new ExcelPortError("protected", { sheet: existing.name });
  }
  for (const p of plan.patches) {
    const existing = byName.get(lower(p.sheet));
    if (!existing) throw new ExcelPortError("sheetGone", { sheet: p.sheet });
    if (existing.protected) throw new ExcelPortError("protected", { sheet: existing.name });
  }
}

export function planOps(plan: WritePlan, state: WorkbookState, support: ApiSupport): Op[] {
  const existing = new Set(state.sheets.map((s) => lower(s.name)));
  const ops: Op[] = [];
  // Mở khóa: first of all, the product's protected sheets (preflight checked they are its own).
  const owned = new Set((plan.owned ?? []).map(lower));
  for (const s of state.sheets) {
    if (!s.protected || !owned.has(lower(s.name)) || !(plan.unprotect ?? []).some((n) => lower(n) === lower(s.name))) continue;
    ops.push({ phase: 0, sheet: s.name, bytes: ACTION_BYTES, apply: (_ctx, ws) => ws(s.name).protection.unprotect() });
  }
  for (const s of plan.sheets) ops.push(...sheetOps(s, existing.has(lower(s.name)), state, support));
  for (const p of plan.patches) ops.push(...patchOps(p, support));
  const target = plan.activate ? plan.sheets.find((s) => s.id === plan.activate) : undefined;
  if (target && target.visibility !== "veryHidden" && target.visibility !== "hidden") {
    ops.push({
      phase: 2,
      sheet: target.name,
      bytes: ACTION_BYTES * 3,
      apply: (_ctx, ws) => {
        const s = ws(target.name);
        s.activate();
        s.getRange("A1").select();
      },
    });
  }
  // Stable sort by phase: structure, values, formats (each keeps plan order).
  return ops
    .map((op, i) => ({ op, i }))
    .sort((a, b) => a.op.phase - b.op.phase || a.i - b.i)
    .map((x) => x.op);
}

export interface ExecuteStats {
  syncs: number;
  requestBytes: number[];
  retries: number;
}

/**
 * Sends the ops in as few syncs as the budget allows. On RequestPayloadSizeLimitExceeded (our
 * estimate was too low for this host) the failed batch is retried with half the budget, and a
 * single op that is still too large is split into smaller blocks. Nothing of a refused request was
 * applied (Excel rejects it before running it), so retrying is safe.
 */
export async function execute(ctx: Excel.RequestContext, ops: Op[], support: ApiSupport, budget = REQUEST_BUDGET): Promise<ExecuteStats> {
  const stats: ExecuteStats = { syncs: 0, requestBytes: [], retries: 0 };
  const list = [...ops];
  let i = 0;
  while (i < list.length) {
    let j = i;
    let bytes = 0;
    while (j < list.length && (j === i || bytes + list[j].bytes <= budget)) bytes += list[j++].bytes;
    const cache = new Map<string, Excel.Worksheet>();
    const ws: GetSheet = (name) => {
      let s = cache.get(name);
      if (!s) {
        s = ctx.workbook.worksheets.getItem(name);
        cache.set(name, s);
      }
      return s;
    };
    if (has(support, "suspendCalculation")) ctx.application.suspendApiCalculationUntilNextSync();
    if (has(support, "screenUpdating")) ctx.application.suspendScreenUpdatingUntilNextSync();
    for (let k = i; k < j; k++) list[k].apply(ctx, ws);
    try {
      stats.syncs++;
      stats.requestBytes.push(bytes);
      await ctx.sync();
      i = j;
    } catch (e) {
      if (officeCode(e) === "RequestPayloadSizeLimitExceeded" && stats.retries < 40) {
        stats.retries++;
        if (j - i > 1) {
          budget = Math.max(1, Math.floor(budget / 2));
          continue;
        }
        const parts = list[i].split?.();
        if (parts && parts.length > 1) {
          list.splice(i, 1, ...parts);
          continue;
        }
      }
      throw translateExcelError(e, [...new Set(list.slice(i, j).map((o) => o.sheet))]);
    }
  }
  return stats;
}

export function reportOf(plan: WritePlan): WriteReport {
  const sheets: Record<string, string> = {};
  let cellsWritten = 0;
  for (const s of plan.sheets) {
    sheets[s.id] = s.name;
    for (const r of s.values) for (const v of r) if (v !== null) cellsWritten++;
  }
  for (const p of plan.patches) for (const r of p.values) for (const v of r) if (v !== null) cellsWritten++;
  return { sheets, cellsWritten };
}

/** For messages: "'Kiểm tra'!A1". */
export const where = (sheet: string, row: number, col: number) => sheetRef(sheet, a1(row, col));
