/**
 * Write plans → exceljs workbook (the write half of the exceljs adapter).
 *
 * The core has decided everything; this file only renders. Two rules matter most to the clerk:
 *  - strings are always written as text (a name like "=Tổng" or "-abc" must never become a formula);
 *  - a clerk's sheet is touched only in the cells a patch names, and no other cell is restyled.
 */
import ExcelJS from "exceljs";
import { a1, absRectA1, columnLetter, rectA1, sheetRef, type Rect } from "../core";
import type { CellPatch, CellStyle, PlanValue, PrintSetup, SheetPlan, StyleRange, WritePlan } from "../core";
import type { WriteReport } from "../core";
import { cappedValue } from "./sheet-xml";

const MM_PER_INCH = 25.4;
/** exceljs paperSize code for A4 (OOXML ST_PaperSize 9). */
const PAPER_A4 = 9;

/**
 * A sheet by the name the grids reported (the file's own spelling; case-insensitive, as Excel compares
 * sheet names). With `loose`, an NFC/NFD variant is accepted too (a patch from a caller that normalised
 * the name); a sheet is never replaced through a loose match, which could be a clerk's own.
 */
export function findSheet(wb: ExcelJS.Workbook, name: string, loose = true): ExcelJS.Worksheet | undefined {
  const exact = wb.worksheets.find((ws) => ws.name.toLowerCase() === name.toLowerCase());
  if (exact || !loose) return exact;
  const want = name.normalize("NFC").toLowerCase();
  return wb.worksheets.find((ws) => ws.name.normalize("NFC").toLowerCase() === want);
}

// ---------------------------------------------------------------------------------------------
// Styles

/** Later styles win over earlier ones, property by property (the contract of StyleRange). */
export function mergeStyle(base: CellStyle | undefined, over: CellStyle): CellStyle {
  const out: CellStyle = { ...base };
  if (over.font) out.font = { ...base?.font, ...over.font };
  if (over.align) out.align = { ...base?.align, ...over.align };
  if (over.border) out.border = { ...base?.border, ...over.border };
  if (over.fill !== undefined) out.fill = over.fill;
  if (over.numberFormat !== undefined) out.numberFormat = over.numberFormat;
  return out;
}

function argb(hex: string): string {
  const h = hex.replace(/^#/, "").toUpperCase();
  return h.length === 8 ? h : `FF${h.padStart(6, "0")}`;
}

const V_ALIGN = { top: "top", middle: "middle", bottom: "bottom" } as const;

/**
 * Applies a plan style on top of an exceljs style and returns a NEW style object. Never mutate the
 * cell's existing style: exceljs may share one style object between several cells read from a file,
 * and mutating it would restyle the clerk's other cells.
 */
export function toExcelStyle(s: CellStyle, base?: Partial<ExcelJS.Style>): Partial<ExcelJS.Style> {
  const out: Partial<ExcelJS.Style> = {};
  if (base) {
    if (base.font) out.font = { ...base.font };
    if (base.fill) out.fill = { ...base.fill } as ExcelJS.Fill;
    if (base.alignment) out.alignment = { ...base.alignment };
    if (base.border) out.border = { ...base.border };
    if (base.numFmt) out.numFmt = base.numFmt;
    if (base.protection) out.protection = { ...base.protection };
  }
  if (s.font) {
    const f: Partial<ExcelJS.Font> = { ...out.font };
    if (s.font.name !== undefined) f.name = s.font.name;
    if (s.font.size !== undefined) f.size = s.font.size;
    if (s.font.bold !== undefined) f.bold = s.font.bold;
    if (s.font.italic !== undefined) f.italic = s.font.italic;
    if (s.font.underline !== undefined) f.underline = s.font.underline;
    if (s.font.color !== undefined) f.color = { argb: argb(s.font.color) };
    out.font = f;
  }
  if (s.fill !== undefined) {
    out.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(s.fill) }, bgColor: { argb: argb(s.fill) } };
  }
  if (s.align) {
    const al: Partial<ExcelJS.Alignment> = { ...out.alignment };
    if (s.align.h !== undefined) al.horizontal = s.align.h;
    if (s.align.v !== undefined) al.vertical = V_ALIGN[s.align.v];
    if (s.align.wrap !== undefined) al.wrapText = s.align.wrap;
    if (s.align.indent !== undefined) al.indent = s.align.indent;
    out.alignment = al;
  }
  if (s.border) {
    const b: Partial<ExcelJS.Borders> = { ...out.border };
    for (const side of ["top", "bottom", "left", "right"] as const) {
      const w = s.border[side];
      if (w === undefined) continue;
      if (w === "none") delete b[side];
      else b[side] = { style: w };
    }
    out.border = b;
  }
  if (s.numberFormat !== undefined) out.numFmt = s.numberFormat;
  return out;
}

/** Folds a list of StyleRanges into one style per cell (key = row * 2^14 + col; Excel has 16,384 columns). */
function foldStyles(ranges: StyleRange[]): Map<number, CellStyle> {
  const byCell = new Map<number, CellStyle>();
  for (const { range, style } of ranges) {
    for (let r = range.top; r <= range.bottom; r++) {
      for (let c = range.left; c <= range.right; c++) {
        const k = r * 16384 + c;
        byCell.set(k, mergeStyle(byCell.get(k), style));
      }
    }
  }
  return byCell;
}

// ---------------------------------------------------------------------------------------------
// Values

/**
 * The exceljs value for a plan value. A string stays a string: exceljs writes it as text, never a
 * formula; it is capped at Excel's 32,767 characters (a longer cell makes Excel repair the file).
 */
function cellValueOf(v: PlanValue): ExcelJS.CellValue {
  return cappedValue(v);
}

/** `emptying`: an empty string empties the cell (a patch's value the product filled before), its format kept. */
function writeValues(ws: ExcelJS.Worksheet, top: number, left: number, values: PlanValue[][], emptying = false): number {
  let n = 0;
  for (let r = 0; r < values.length; r++) {
    const row = values[r];
    if (!row || row.length === 0) continue;
    const xRow = ws.getRow(top + r + 1);
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (v === null || v === undefined) continue;
      xRow.getCell(left + c + 1).value = emptying && v === "" ? null : cellValueOf(v);
      n++;
    }
  }
  return n;
}

// ---------------------------------------------------------------------------------------------
// Owned sheets

/**
 * Returns an empty worksheet named `name` in the position the old one had (or appended when new).
 * An existing sheet of that name is owned by the product (the core guarantees it), so it is dropped
 * whole, with its defined names, and recreated: nothing of the previous run can survive.
 */
function freshSheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const old = findSheet(wb, name, false);
  if (!old) return wb.addWorksheet(name);
  // orderNo is exceljs's tab position (untyped in its .d.ts); the new sheet takes the old one's place.
  const orderNo = (old as unknown as Ordered).orderNo;
  const oldName = old.name;
  wb.removeWorksheet(old.id);
  removeNamesOnSheet(wb, oldName);
  const ws = wb.addWorksheet(name);
  (ws as unknown as Ordered).orderNo = orderNo;
  return ws;
}

interface Ordered {
  orderNo: number;
}

interface NameMatrix {
  sheets: Record<string, unknown>;
}
function nameMatrices(wb: ExcelJS.Workbook): Record<string, NameMatrix> {
  // exceljs keeps defined names as per-cell matrices keyed by sheet name; its public API removes
  // one cell at a time, so whole sheets and whole names are dropped here directly.
  return (wb.definedNames as unknown as { matrixMap: Record<string, NameMatrix> }).matrixMap;
}

function removeNamesOnSheet(wb: ExcelJS.Workbook, sheetName: string): void {
  const maps = nameMatrices(wb);
  for (const [name, m] of Object.entries(maps)) {
    delete m.sheets[sheetName];
    if (Object.keys(m.sheets).length === 0) delete maps[name];
  }
}

function removeName(wb: ExcelJS.Workbook, name: string): void {
  const maps = nameMatrices(wb);
  for (const key of Object.keys(maps)) if (key.toUpperCase() === name.toUpperCase()) delete maps[key];
}

function absRange(r: Rect): string {
  const tl = `$${columnLetter(r.left)}$${r.top + 1}`;
  const br = `$${columnLetter(r.right)}$${r.bottom + 1}`;
  return `${tl}:${br}`;
}

function pageSetupOf(p: PrintSetup): Partial<ExcelJS.PageSetup> {
  const inch = (mm: number) => Math.round((mm / MM_PER_INCH) * 10000) / 10000;
  const ps: Partial<ExcelJS.PageSetup> = {
    paperSize: PAPER_A4 as ExcelJS.PaperSize,
    orientation: p.orientation,
    margins: {
      top: inch(p.margins.top),
      bottom: inch(p.margins.bottom),
      left: inch(p.margins.left),
      right: inch(p.margins.right),
      header: inch(p.margins.header ?? 8),
      footer: inch(p.margins.footer ?? 8),
    },
    fitToPage: p.fitToWidth,
    horizontalCentered: p.horizontalCentered ?? false,
  };
  if (p.fitToWidth) {
    ps.fitToWidth = 1;
    ps.fitToHeight = p.fitToHeight ?? 0;
  }
  // exceljs splits the print area on ":" and needs both ends, even for one cell. It prefixes the
  // columns with "$" itself; the rows need theirs from us, or LibreOffice ignores the area ($A1:$G28).
  if (p.printArea) {
    const abs = (r: number, c: number) => a1(r, c).replace(/(\d+)$/, "$$$1");
    ps.printArea = `${abs(p.printArea.top, p.printArea.left)}:${abs(p.printArea.bottom, p.printArea.right)}`;
  }
  if (p.repeatRows) ps.printTitlesRow = `${p.repeatRows.from + 1}:${p.repeatRows.to + 1}`;
  return ps;
}

/** `worksheet.dataValidations` exists in exceljs 4 but is missing from its type declarations. */
function dataValidations(ws: ExcelJS.Worksheet): { add(address: string, v: ExcelJS.DataValidation): void } {
  return (ws as unknown as { dataValidations: { add(address: string, v: ExcelJS.DataValidation): void } }).dataValidations;
}

interface MergeInternals {
  _merges: Record<string, unknown>;
  mergeCellsWithoutStyle(top: number, left: number, bottom: number, right: number): void;
}

/**
 * Merges on a new sheet. exceljs checks each merge against every earlier one (quadratic: seconds on a
 * 3,000-row summary), so overlaps are checked here once per cell and exceljs is given an empty merge
 * table for each call.
 */
function mergeAll(ws: ExcelJS.Worksheet, merges: Rect[], sheetName: string): void {
  const taken = new Set<number>();
  const internals = ws as unknown as MergeInternals;
  for (const m of merges) {
    if (m.top === m.bottom && m.left === m.right) continue;
    for (let r = m.top; r <= m.bottom; r++) {
      for (let c = m.left; c <= m.right; c++) {
        const k = r * 16384 + c;
        if (taken.has(k)) throw new Error(`Write plan for "${sheetName}" merges ${rectA1(m)}, which overlaps another merge.`);
        taken.add(k);
      }
    }
    const all = internals._merges;
    internals._merges = {};
    try {
      internals.mergeCellsWithoutStyle(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
    } finally {
      const added = internals._merges;
      internals._merges = all;
      Object.assign(all, added);
    }
  }
}

function listFormula(items: string[]): string {
  // A literal list: "a,b,c" in double quotes, quotes doubled. Excel caps it at 255 characters.
  return `"${items.map((s) => s.replace(/"/g, '""')).join(",")}"`;
}

export function renderSheet(wb: ExcelJS.Workbook, plan: SheetPlan): { ws: ExcelJS.Worksheet; cells: number } {
  const ws = freshSheet(wb, plan.name);

  // Values first, then styles (the order Excel wants too: formats of empty cells still create them).
  const cells = writeValues(ws, 0, 0, plan.values);
  for (const l of plan.links ?? []) {
    ws.getCell(l.row + 1, l.col + 1).value = { text: cappedValue(l.text) as string, hyperlink: `#${sheetRef(l.sheet, l.cell)}` };
  }
  // Formulas the plan asks for (its own sheets only); the plan's value, if any, as the cached result.
  for (const f of plan.formulas ?? []) {
    const cached = plan.values[f.row]?.[f.col];
    ws.getCell(f.row + 1, f.col + 1).value =
      cached === null || cached === undefined ? { formula: f.formula } : ({ formula: f.formula, result: cached } as ExcelJS.CellValue);
  }
  // Merges before styles, without exceljs copying the top-left style over the others: every cell of a
  // merged area keeps the style the plan gives it (Excel draws a merged area's right and bottom
  // borders from the cells on those edges).
  mergeAll(ws, plan.merges, plan.name);
  // One exceljs style object per distinct plan style: identical cells share it (these sheets are new
  // and never restyled afterwards), which keeps memory and the save's style table small.
  const shared = new Map<string, Partial<ExcelJS.Style>>();
  for (const [k, s] of foldStyles(plan.styles)) {
    const key = JSON.stringify(s);
    let xs = shared.get(key);
    if (!xs) shared.set(key, (xs = toExcelStyle(s)));
    ws.getCell(Math.floor(k / 16384) + 1, (k % 16384) + 1).style = xs;
  }
  plan.columnWidths.forEach((w, i) => {
    if (w !== undefined && w !== null && w > 0) ws.getColumn(i + 1).width = w;
  });
  for (const c of plan.hiddenColumns ?? []) ws.getColumn(c + 1).hidden = true;
  (plan.rowHeights ?? []).forEach((h, i) => {
    if (h !== undefined && h !== null && h > 0) ws.getRow(i + 1).height = h;
  });
  for (const v of plan.validations ?? []) {
    dataValidations(ws).add(rectA1(v.range), {
      type: "list",
      allowBlank: true,
      formulae: [v.listRange ? absRectA1(v.listRange) : listFormula(v.list)],
      showErrorMessage: true,
      errorStyle: v.strict === false ? "warning" : "stop",
      errorTitle: "Giá trị không hợp lệ",
      error: v.error ?? `Chọn một giá trị trong danh sách: ${v.list.join(", ")}.`,
    });
  }
  for (const n of plan.names ?? []) {
    removeName(wb, n.name);
    wb.definedNames.add(`${sheetRef(ws.name, absRange(n.range))}`, n.name);
  }
  if (plan.print) {
    ws.pageSetup = { ...ws.pageSetup, ...pageSetupOf(plan.print) };
    const p = plan.print;
    if (p.footer) ws.headerFooter = { ...ws.headerFooter, oddFooter: p.footer, evenFooter: p.footer };
    if (p.header) ws.headerFooter = { ...ws.headerFooter, oddHeader: `&C${p.header}`, evenHeader: `&C${p.header}` };
    // The first page's own header and footer are empty: no page number on it.
    if (p.differentFirst) ws.headerFooter = { ...ws.headerFooter, differentFirst: true, firstHeader: "", firstFooter: "" };
  }
  // Hoàn tất: protected without a password (against a slip; Mở khóa, or Excel's Unprotect Sheet, lifts it).
  protection(ws).sheetProtection = plan.protect ? { sheet: true, objects: true, scenarios: true } : null;
  // Solid bars from 0 (Excel 2010's extension: no bar at all for 0), drawn by LibreOffice too; their
  // ids are made from the rule (exceljs-fixes.ts), so a second run writes the same file.
  (plan.dataBars ?? []).forEach((d, i) => {
    ws.addConditionalFormatting({
      ref: rectA1(d.range),
      rules: [
        {
          type: "dataBar",
          priority: i + 1,
          gradient: false,
          minLength: 0,
          maxLength: 100,
          border: false,
          cfvo: [
            { type: "num", value: 0 },
            { type: "num", value: Math.max(1, d.max) },
          ],
          color: { argb: argb(d.color) },
        } as unknown as ExcelJS.ConditionalFormattingRule,
      ],
    });
  });
  const showGridLines = plan.showGridLines ?? true;
  ws.views =
    plan.freeze && (plan.freeze.rows > 0 || plan.freeze.cols > 0)
      ? [{ state: "frozen", xSplit: plan.freeze.cols, ySplit: plan.freeze.rows, topLeftCell: a1(plan.freeze.rows, plan.freeze.cols), showGridLines }]
      : [{ state: "normal", showGridLines }];
  ws.state = plan.visibility === "veryHidden" ? "veryHidden" : plan.visibility === "hidden" ? "hidden" : "visible";
  if (plan.tabColor) ws.properties.tabColor = { argb: argb(plan.tabColor) };
  return { ws, cells };
}

// ---------------------------------------------------------------------------------------------
// Patches into clerk sheets

export function applyPatch(wb: ExcelJS.Workbook, p: CellPatch): number {
  const ws = findSheet(wb, p.sheet);
  if (!ws) throw new Error(`Không tìm thấy trang "${p.sheet}" để ghi kết quả.`);
  if (p.clear) {
    for (let r = p.clear.top; r <= p.clear.bottom; r++) {
      const row = ws.findRow(r + 1);
      if (!row) continue;
      for (let c = p.clear.left; c <= p.clear.right; c++) {
        const cell = row.findCell(c + 1);
        if (!cell) continue;
        cell.value = null;
        cell.style = {};
      }
    }
  }
  const n = writeValues(ws, p.top, p.left, p.values, true);
  for (const [k, s] of foldStyles(p.styles ?? [])) {
    const cell = ws.getCell(Math.floor(k / 16384) + 1, (k % 16384) + 1);
    cell.style = toExcelStyle(s, cell.style);
  }
  for (const { col, width } of p.columnWidths ?? []) ws.getColumn(col + 1).width = width;
  return n;
}

/** exceljs keeps a sheet's protection in a field its types do not declare (Worksheet.protect() sets it, asynchronously). */
const protection = (ws: ExcelJS.Worksheet) => ws as unknown as { sheetProtection: Record<string, boolean> | null };

// ---------------------------------------------------------------------------------------------

/** Renders a whole write plan into the workbook (in memory; saving is the caller's business). */
export function writePlan(wb: ExcelJS.Workbook, plan: WritePlan): WriteReport {
  refuseForeignSheets(wb, plan);
  const report: WriteReport = { sheets: {}, cellsWritten: 0 };
  // Mở khóa: the product's sheets it protected when finalizing (owned only; another protected sheet stays so).
  const owned = new Set((plan.owned ?? []).map((n) => n.normalize("NFC").toLowerCase()));
  for (const name of plan.unprotect ?? []) {
    const ws = findSheet(wb, name);
    if (ws && owned.has(ws.name.normalize("NFC").toLowerCase())) protection(ws).sheetProtection = null;
  }
  const written = new Map<string, ExcelJS.Worksheet>();
  for (const s of plan.sheets) {
    const { ws, cells } = renderSheet(wb, s);
    report.sheets[s.id] = ws.name;
    report.cellsWritten += cells;
    written.set(s.id, ws);
  }
  for (const p of plan.patches) report.cellsWritten += applyPatch(wb, p);
  if (plan.activate) {
    const target = written.get(plan.activate) ?? findSheet(wb, plan.activate);
    if (target && target.state === "visible") activate(wb, target);
  }
  return report;
}

/**
 * A plan that names the sheets the product owns (its registry's) may replace only those: replacing any
 * other existing sheet would be a bug in the core, refused before anything is written.
 */
function refuseForeignSheets(wb: ExcelJS.Workbook, plan: WritePlan): void {
  if (!plan.owned) return;
  const lower = (n: string) => n.normalize("NFC").toLowerCase();
  const owned = new Set(plan.owned.map(lower));
  for (const s of plan.sheets) {
    const ws = findSheet(wb, s.name);
    if (ws && !owned.has(lower(ws.name))) throw new Error(`Write plan replaces the sheet "${ws.name}", which the product does not own; nothing was written.`);
  }
}

/** Opens the workbook on `ws`: the active tab and the only selected one (several selected tabs = a group edit). */
function activate(wb: ExcelJS.Workbook, ws: ExcelJS.Worksheet): void {
  const order = wb.worksheets;
  const index = order.indexOf(ws);
  const base = wb.views && wb.views[0] ? wb.views[0] : { x: 0, y: 0, width: 10000, height: 20000, visibility: "visible" as const };
  wb.views = [{ ...base, firstSheet: 0, activeTab: index }];
  for (const other of order) {
    const views = other.views && other.views.length ? other.views : [{ state: "normal" as const }];
    other.views = views.map((v, i) => (i === 0 ? { ...v, tabSelected: other === ws } : v)) as ExcelJS.WorksheetView[];
  }
}
