/**
 * Cell patches written into a clerk's worksheet part, on its XML text: only the rows a patch touches
 * are rebuilt, every other byte of the part stays as it was (data validations, conditional formats,
 * drawings, comments, extensions the writer knows nothing about).
 *
 * Strings are written as inline strings (`t="inlineStr"`), so the shared-string table is left alone,
 * and never as formulas. A cell's new format is its old one with the patch's style on top.
 */
import { columnIndex, columnLetter, type CellPatch, type CellStyle, type PlanValue, type Rect } from "../core";
import { attrsOf, escapeAttr, excelText, reEscape, setAttr } from "./xml";
import type { StyleSheet } from "./styles-xml";

/** Excel's limit on the characters of one cell. */
export const MAX_CELL_CHARS = 32767;
/** Excel's last row and column (1,048,576 rows, 16,384 columns: XFD). */
export const MAX_ROWS = 1048576;
export const MAX_COLS = 16384;

/** A value the way the writer stores it: strings capped at Excel's limit (never cut inside a surrogate pair), numbers finite. */
export function cappedValue(v: PlanValue): PlanValue {
  if (typeof v === "string") {
    const s = v.normalize("NFC");
    if (s.length <= MAX_CELL_CHARS) return s;
    let end = MAX_CELL_CHARS - 1;
    if (/[\uD800-\uDBFF]/.test(s[end - 1])) end--;
    return `${s.slice(0, end)}…`;
  }
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  return v;
}

/** A patch reaches past Excel's last column (XFD) or row: nothing is written (the file would not open). */
export class OutsideSheetLimits extends Error {
  constructor(
    readonly sheet: string,
    /** The first cell past the limits, e.g. "XFE6". */
    readonly cell: string,
  ) {
    super(`${sheet}!${cell} is outside the sheet`);
  }
}

function checkLimits(p: CellPatch): void {
  const width = Math.max(0, ...p.values.map((r) => r?.length ?? 0));
  const rects = [...(p.styles ?? []).map((s) => s.range)];
  if (p.values.length > 0 && width > 0) rects.push({ top: p.top, left: p.left, bottom: p.top + p.values.length - 1, right: p.left + width - 1 });
  for (const r of rects) {
    if (r.right >= MAX_COLS) throw new OutsideSheetLimits(p.sheet, `${columnLetter(Math.max(r.left, MAX_COLS))}${r.top + 1}`);
    if (r.bottom >= MAX_ROWS) throw new OutsideSheetLimits(p.sheet, `${columnLetter(r.left)}${Math.max(r.top, MAX_ROWS) + 1}`);
  }
  for (const w of p.columnWidths ?? []) if (w.col >= MAX_COLS) throw new OutsideSheetLimits(p.sheet, `${columnLetter(w.col)}1`);
}

interface Cell {
  col: number;
  /** The cell's XML as found (kept byte for byte unless the cell is changed). */
  xml: string | null;
  s: number;
  changed: boolean;
  value?: PlanValue;
}

interface RowSlice {
  r: number;
  start: number;
  end: number;
  text: string;
  hasR: boolean;
}

export interface SheetEditResult {
  xml: string;
  /** A cell that held a formula was overwritten or cleared (the calculation chain must go). */
  formulaTouched: boolean;
  cellsWritten: number;
}

function cellXml(p: string, row: number, c: Cell): string {
  const ref = `${columnLetter(c.col)}${row + 1}`;
  const s = c.s > 0 ? ` s="${c.s}"` : "";
  const v = c.value;
  if (v === undefined) {
    if (c.xml !== null && !c.changed && /^<[^>]*\sr\s*=/.test(c.xml)) return c.xml;
    if (c.xml !== null) {
      // Only the format changed: the original cell with its new s (and an explicit r).
      const i = c.xml.indexOf(">");
      let start = c.xml.slice(0, i + 1);
      start = setAttr(start, "r", ref);
      start = setAttr(start, "s", c.s > 0 ? String(c.s) : null);
      return start + c.xml.slice(i + 1);
    }
    return `<${p}c r="${ref}"${s}/>`;
  }
  if (v === null) return `<${p}c r="${ref}"${s}/>`;
  if (typeof v === "string") {
    const space = /^\s|\s$/.test(v) ? ' xml:space="preserve"' : "";
    return `<${p}c r="${ref}"${s} t="inlineStr"><${p}is><${p}t${space}>${excelText(v)}</${p}t></${p}is></${p}c>`;
  }
  if (typeof v === "boolean") return `<${p}c r="${ref}"${s} t="b"><${p}v>${v ? 1 : 0}</${p}v></${p}c>`;
  return `<${p}c r="${ref}"${s}><${p}v>${v}</${p}v></${p}c>`;
}

const R_ATTR = /\sr\s*=\s*["']([^"']*)["']/;
const S_ATTR = /\ss\s*=\s*["'](\d+)["']/;

function refToCol(ref: string): number | null {
  const m = /^\$?([A-Za-z]{1,3})\$?\d*$/.exec(ref.trim());
  return m ? columnIndex(m[1]) : null;
}

/**
 * Applies patches (all for this sheet, in order) to a worksheet part. Clears, values and styles follow
 * the exceljs writer: clear empties a cell's value and format; a value keeps the cell's format; a style
 * goes on top of the cell's format.
 */
export function patchSheetXml(xml: string, p: string, patches: CellPatch[], styles: StyleSheet): SheetEditResult {
  const q = reEscape(p);
  const sdOpen = new RegExp(`<${q}sheetData(?=[\\s/>])[^>]*?(/?)>`).exec(xml);
  if (!sdOpen) throw new Error("worksheet without sheetData");
  let dataStart = sdOpen.index + sdOpen[0].length;
  let dataEnd: number;
  let body = xml;
  if (sdOpen[1] === "/") {
    // <sheetData/>: open it.
    const open = sdOpen[0].replace(/\s*\/>$/, ">");
    body = xml.slice(0, sdOpen.index) + open + `</${p}sheetData>` + xml.slice(sdOpen.index + sdOpen[0].length);
    dataStart = sdOpen.index + open.length;
    dataEnd = dataStart;
  } else {
    dataEnd = body.indexOf(`</${p}sheetData>`, dataStart);
    if (dataEnd < 0) throw new Error("unterminated sheetData");
  }
  const data = body.slice(dataStart, dataEnd);

  // Rows as found.
  const rowRe = new RegExp(`<${q}row(?=[\\s/>])[^>]*?(?:/>|>[\\s\\S]*?</${q}row\\s*>)`, "g");
  const rows: RowSlice[] = [];
  let m: RegExpExecArray | null;
  let last = -1;
  while ((m = rowRe.exec(data))) {
    const start = m[0].slice(0, m[0].indexOf(">") + 1);
    const a = attrsOf(start);
    const n = a.r !== undefined ? Number(a.r) - 1 : last + 1;
    rows.push({ r: n, start: m.index, end: m.index + m[0].length, text: m[0], hasR: a.r !== undefined });
    last = n;
  }
  const byRow = new Map<number, RowSlice>();
  for (const r of rows) byRow.set(r.r, r);

  // The cells of each row the patches touch, parsed once.
  const model = new Map<number, Map<number, Cell>>();
  const cellRe = new RegExp(`<${q}c(?=[\\s/>])[^>]*?(?:/>|>[\\s\\S]*?</${q}c\\s*>)`, "g");
  let formulaTouched = false;
  const rowCells = (r: number): Map<number, Cell> => {
    let cells = model.get(r);
    if (cells) return cells;
    cells = new Map();
    const slice = byRow.get(r);
    if (slice) {
      const inner = slice.text.endsWith("/>") && !slice.text.includes(`</${p}row`) ? "" : slice.text.slice(slice.text.indexOf(">") + 1);
      cellRe.lastIndex = 0;
      let c: RegExpExecArray | null;
      let col = -1;
      while ((c = cellRe.exec(inner))) {
        // Only r and s are needed: read them directly (a band over 30,000 rows parses every cell of them).
        const start = c[0].slice(0, c[0].indexOf(">") + 1);
        const r = R_ATTR.exec(start);
        const at = r ? refToCol(r[1]) : null;
        col = at ?? col + 1;
        cells.set(col, { col, xml: c[0], s: Number(S_ATTR.exec(start)?.[1] ?? 0) || 0, changed: false });
      }
    }
    model.set(r, cells);
    return cells;
  };
  const formulaRe = new RegExp(`<${q}f(?=[\\s/>])`);
  const hasFormula = (c: Cell) => c.xml !== null && formulaRe.test(c.xml);

  let cellsWritten = 0;
  let maxRow = -1;
  let maxCol = -1;
  const widths: { col: number; width: number }[] = [];
  for (const patch of patches) checkLimits(patch);
  for (const patch of patches) {
    if (patch.clear) {
      const cl: Rect = { ...patch.clear, right: Math.min(patch.clear.right, MAX_COLS - 1), bottom: Math.min(patch.clear.bottom, MAX_ROWS - 1) };
      for (let r = cl.top; r <= cl.bottom; r++) {
        if (!byRow.has(r) && !model.has(r)) continue;
        const cells = rowCells(r);
        // rowCells has put the row in the model: it is rebuilt even when every cell goes.
        for (const [col, cell] of [...cells]) {
          if (col < cl.left || col > cl.right) continue;
          if (hasFormula(cell)) formulaTouched = true;
          cells.delete(col);
        }
      }
    }
    patch.values.forEach((row, i) => {
      if (!row) return;
      row.forEach((v, j) => {
        if (v === null || v === undefined) return;
        const r = patch.top + i;
        const col = patch.left + j;
        const cells = rowCells(r);
        const old = cells.get(col);
        if (old && hasFormula(old)) formulaTouched = true;
        // An empty string empties the cell (a value the product filled before), its format kept.
        cells.set(col, { col, xml: null, s: old?.s ?? 0, changed: true, value: v === "" ? null : cappedValue(v) });
        cellsWritten++;
        maxRow = Math.max(maxRow, r);
        maxCol = Math.max(maxCol, col);
      });
    });
    for (const { range, style } of patch.styles ?? []) {
      for (let r = range.top; r <= range.bottom; r++) {
        const cells = rowCells(r);
        for (let col = range.left; col <= range.right; col++) {
          const old = cells.get(col);
          const s = styles.xfFor(old?.s ?? 0, style as CellStyle);
          if (old) {
            old.s = s;
            old.changed = true;
          } else cells.set(col, { col, xml: null, s, changed: true });
          maxRow = Math.max(maxRow, r);
          maxCol = Math.max(maxCol, col);
        }
      }
    }
    widths.push(...(patch.columnWidths ?? []));
  }

  // Rebuild: untouched rows keep their bytes (with an explicit r when some row lacked one, since a
  // row inserted before an unnumbered row would renumber it).
  const needR = rows.some((r) => !r.hasR);
  const touched = [...model.keys()].sort((a, b) => a - b);
  const out: string[] = [];
  let ti = 0;
  const emitTouched = (r: number) => {
    const cells = [...model.get(r)!.values()].sort((a, b) => a.col - b.col);
    const slice = byRow.get(r);
    let start = slice ? slice.text.slice(0, slice.text.indexOf(">") + 1) : `<${p}row>`;
    start = setAttr(start.replace(/\s*\/>$/, ">"), "r", String(r + 1));
    start = setAttr(start, "spans", null);
    const inner = cells.map((c) => cellXml(p, r, c)).join("");
    out.push(inner ? `${start}${inner}</${p}row>` : start.replace(/>$/, "/>"));
  };
  for (const row of rows) {
    while (ti < touched.length && touched[ti] < row.r) {
      if (!byRow.has(touched[ti])) emitTouched(touched[ti]);
      ti++;
    }
    if (model.has(row.r)) {
      emitTouched(row.r);
      if (touched[ti] === row.r) ti++;
    } else if (needR && !row.hasR) {
      const i = row.text.indexOf(">");
      const selfClosing = row.text[i - 1] === "/";
      const head = setAttr(row.text.slice(0, selfClosing ? i - 1 : i) + ">", "r", String(row.r + 1));
      out.push(selfClosing ? head.replace(/>$/, "/>") : head + row.text.slice(i + 1));
    } else out.push(row.text);
  }
  for (; ti < touched.length; ti++) if (!byRow.has(touched[ti])) emitTouched(touched[ti]);
  // Whitespace between rows is not kept (it carries nothing); other content inside sheetData is none.
  let result = body.slice(0, dataStart) + out.join("") + body.slice(dataEnd);

  if (maxRow >= 0) result = growDimension(result, q, maxRow, maxCol);
  if (widths.length > 0) result = setColumnWidths(result, p, widths);
  return { xml: result, formulaTouched, cellsWritten };
}

function growDimension(xml: string, q: string, maxRow: number, maxCol: number): string {
  const re = new RegExp(`<${q}dimension(?=[\\s/>])[^>]*>`);
  const m = re.exec(xml);
  if (!m) return xml;
  const ref = attrsOf(m[0]).ref ?? "A1";
  const [a, b] = ref.split(":");
  const parse = (x: string) => {
    const mm = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(x ?? "");
    return mm ? { row: Number(mm[2]) - 1, col: columnIndex(mm[1]) } : null;
  };
  const p1 = parse(a) ?? { row: 0, col: 0 };
  const p2 = parse(b ?? a) ?? p1;
  const bottom = Math.max(p2.row, maxRow);
  const right = Math.max(p2.col, maxCol);
  const next = `${columnLetter(Math.min(p1.col, right))}${Math.min(p1.row, bottom) + 1}:${columnLetter(right)}${bottom + 1}`;
  return xml.slice(0, m.index) + setAttr(m[0], "ref", next) + xml.slice(m.index + m[0].length);
}

/** Sets column widths in `<cols>`, splitting a `<col min max>` range that covers other columns too. */
export function setColumnWidths(xml: string, p: string, widths: { col: number; width: number }[]): string {
  const q = reEscape(p);
  const colsRe = new RegExp(`<${q}cols(?=[\\s/>])[^>]*?(?:/>|>([\\s\\S]*?)</${q}cols\\s*>)`);
  const m = colsRe.exec(xml);
  interface Col {
    min: number;
    max: number;
    tag: string;
  }
  let cols: Col[] = [];
  if (m && m[1]) {
    const colRe = new RegExp(`<${q}col(?=[\\s/>])[^>]*?(?:/>|>[\\s\\S]*?</${q}col\\s*>)`, "g");
    let c: RegExpExecArray | null;
    while ((c = colRe.exec(m[1]))) {
      const a = attrsOf(c[0]);
      cols.push({ min: Number(a.min), max: Number(a.max), tag: c[0].endsWith("/>") ? c[0] : c[0].slice(0, c[0].indexOf(">")) + "/>" });
    }
  }
  for (const { col, width } of widths) {
    const n = col + 1;
    const next: Col[] = [];
    let done = false;
    for (const c of cols) {
      if (n < c.min || n > c.max) {
        next.push(c);
        continue;
      }
      const at = (min: number, max: number, tag: string) => setAttr(setAttr(tag, "min", String(min)), "max", String(max));
      if (c.min < n) next.push({ min: c.min, max: n - 1, tag: at(c.min, n - 1, c.tag) });
      next.push({ min: n, max: n, tag: setAttr(setAttr(at(n, n, c.tag), "width", String(width)), "customWidth", "1") });
      if (n < c.max) next.push({ min: n + 1, max: c.max, tag: at(n + 1, c.max, c.tag) });
      done = true;
    }
    if (!done) next.push({ min: n, max: n, tag: `<${p}col min="${n}" max="${n}" width="${escapeAttr(String(width))}" customWidth="1"/>` });
    next.sort((x, y) => x.min - y.min);
    cols = next;
  }
  const body = `<${p}cols>${cols.map((c) => c.tag).join("")}</${p}cols>`;
  if (m) return xml.slice(0, m.index) + body + xml.slice(m.index + m[0].length);
  const sd = new RegExp(`<${q}sheetData(?=[\\s/>])`).exec(xml);
  if (!sd) return xml;
  return xml.slice(0, sd.index) + body + xml.slice(sd.index);
}

/**
 * Gives every row of a worksheet its number (`r`), counting a row without one as the row after the
 * previous, as Excel does. SheetJS does not count a self-closed `<row/>` without `r`, and so reads the
 * rows after it one row too high; the reader gets the numbered copy.
 */
export function numberRows(xml: string): string {
  if (!/<(?:[\w.-]+:)?row(?=[\s/>])(?![^>]*\sr\s*=)[^>]*>/.test(xml)) return xml;
  let last = -1;
  return xml.replace(/<((?:[\w.-]+:)?row)(?=[\s/>])([^>]*?)(\/?)>/g, (tag: string, name: string, attrs: string, slash: string) => {
    const m = /\sr\s*=\s*["'](\d+)["']/.exec(attrs);
    if (m) {
      last = Number(m[1]) - 1;
      return tag;
    }
    last++;
    return `<${name} r="${last + 1}"${attrs}${slash}>`;
  });
}
