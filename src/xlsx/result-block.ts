/**
 * The district's fast read: only a school's result block, not its workbook. `dvht tong-hop` reads a
 * thousand result workbooks; parsing each whole (members, evidence, the dossier) is what made it slow.
 * The block is the defined name DVHT_KETQUA (workbook/summary.ts); the workbook part says which sheet
 * and range it names, and only that sheet's XML is inflated and scanned, plus the sheet the block says
 * prints the result (its "printed" row: the district checks that the printed result was not typed
 * over), and the shared strings only when one of those cells uses them.
 *
 * The grids returned hold those sheets with only the cells asked for, at their places, so the core reads
 * them exactly as it reads a full workbook's grids. Anything unusual (not an Office Open XML package, no
 * such name, a reference it cannot follow) returns null and the caller reads the whole workbook, which
 * also names every way a file can be unusable.
 */
import type { CellValue, Rect, SheetGrid, WorkbookGrids } from "../core";
import { parsePrintedCheck, parseSheetRange, SUMMARY_NAME } from "../core";
import { ZipPackage, mainPart } from "./package";
import { attrLocal, attrsOf, decodeEntities, element, elements, NS, prefixFor } from "./xml";

const sameSheet = (a: string, b: string) => a.normalize("NFC").toLowerCase() === b.normalize("NFC").toLowerCase();

/** Excel's escapes of characters XML cannot carry (`_x000D_`), and a protected literal `_x005F_`. */
function excelUnescape(s: string): string {
  return s.includes("_x") ? s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))) : s;
}

/** The text of a shared or inline string: its runs' `<t>`, without phonetic guides (`<rPh>`). */
function stringText(inner: string, p: string): string {
  const body = inner.replace(new RegExp(`<${p}rPh\\b[\\s\\S]*?</${p}rPh>`, "g"), "");
  let out = "";
  for (const t of elements(body, p, "t")) out += t.inner ?? "";
  return excelUnescape(decodeEntities(out));
}

interface RawCell {
  row: number;
  col: number;
  type: string;
  v: string | null;
  inline: string | null;
}

/** A row's number and a cell's reference and type, read from the tag's attributes. */
const ROW_R = /\sr\s*=\s*["'](\d+)["']/;
const CELL_R = /\sr\s*=\s*["']([A-Za-z]{1,3})\d+["']/;
const CELL_T = /\st\s*=\s*["'](\w+)["']/;
const colIndex = (letters: string) => {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
};

/**
 * The cells of `rect` in a worksheet's XML. Rows and cells without `r` are placed after the previous
 * one, as Excel places them; the scan stops after the last row asked for.
 */
function cellsIn(xml: string, p: string, rect: Rect): RawCell[] {
  const out: RawCell[] = [];
  const data = element(xml, p, "sheetData");
  if (!data?.inner) return out;
  const body = data.inner;
  const rowRe = new RegExp(`<${p}row\\b([^>]*?)(/>|>([\\s\\S]*?)</${p}row>)`, "g");
  const cellRe = new RegExp(`<${p}c\\b([^>]*?)(/>|>([\\s\\S]*?)</${p}c>)`, "g");
  const vRe = new RegExp(`<${p}v(?:\\s[^>]*)?>([\\s\\S]*?)</${p}v>`);
  const isRe = new RegExp(`<${p}is(?:\\s[^>]*)?>([\\s\\S]*?)</${p}is>`);
  let rowIndex = -1;
  let m: RegExpExecArray | null;
  while ((m = rowRe.exec(body))) {
    const rowNumber = ROW_R.exec(m[1]);
    rowIndex = rowNumber ? Number(rowNumber[1]) - 1 : rowIndex + 1;
    if (rowIndex > rect.bottom) break;
    if (rowIndex < rect.top || m[3] === undefined) continue;
    let colIndexNow = -1;
    cellRe.lastIndex = 0;
    let c: RegExpExecArray | null;
    while ((c = cellRe.exec(m[3]))) {
      // Only r and t matter here: two small patterns instead of every attribute decoded.
      const ref = CELL_R.exec(c[1]);
      colIndexNow = ref ? colIndex(ref[1]) : colIndexNow + 1;
      if (colIndexNow < rect.left || colIndexNow > rect.right || c[3] === undefined) continue;
      const type = CELL_T.exec(c[1])?.[1] ?? "n";
      const v = vRe.exec(c[3]);
      const inl = type === "inlineStr" ? isRe.exec(c[3]) : null;
      out.push({ row: rowIndex, col: colIndexNow, type, v: v ? v[1] : null, inline: inl ? inl[1] : null });
    }
  }
  return out;
}

/** The shared strings the cells need (only up to the highest index asked for is scanned). */
async function sharedStrings(pkg: ZipPackage, workbookPart: string, wanted: Set<number>): Promise<Map<number, string>> {
  const out = new Map<number, string>();
  if (wanted.size === 0) return out;
  const rel = (await pkg.relationships(workbookPart)).find((r) => r.type.endsWith("/sharedStrings") && r.part);
  const xml = rel?.part ? await pkg.text(rel.part) : null;
  if (xml === null || xml === undefined) return out;
  const p = prefixFor(xml, NS.main) ?? "";
  const max = Math.max(...wanted);
  const siRe = new RegExp(`<${p}si\\b[^>]*?(?:/>|>([\\s\\S]*?)</${p}si>)`, "g");
  let i = 0;
  let m: RegExpExecArray | null;
  while (i <= max && (m = siRe.exec(xml))) {
    if (wanted.has(i)) out.set(i, stringText(m[1] ?? "", p));
    i++;
  }
  return out;
}

function valueOf(c: RawCell, strings: Map<number, string>, p: string): CellValue {
  switch (c.type) {
    case "s": {
      const s = c.v === null ? undefined : strings.get(Number(c.v));
      return s ? s.normalize("NFC") : null;
    }
    case "inlineStr": {
      const s = c.inline === null ? "" : stringText(c.inline, p);
      return s ? s.normalize("NFC") : null;
    }
    case "str": {
      const s = c.v === null ? "" : excelUnescape(decodeEntities(c.v));
      return s ? s.normalize("NFC") : null;
    }
    case "b":
      return c.v === null ? null : c.v.trim() === "1" || c.v.trim().toLowerCase() === "true";
    case "e":
      return c.v === null ? null : { error: decodeEntities(c.v) };
    default: {
      if (c.v === null || c.v.trim() === "") return null;
      const n = Number(c.v);
      return Number.isFinite(n) ? n : null;
    }
  }
}

interface SheetPart {
  name: string;
  part: string;
}

/**
 * The grids of a result workbook that hold its result block (and its printed result), from the package
 * alone; null when the fast read does not apply (the caller then reads the whole workbook).
 */
export async function readResultBlock(bytes: Buffer | Uint8Array): Promise<WorkbookGrids | null> {
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) return null;
  let pkg: ZipPackage;
  try {
    // Only the parts read are inflated, each checked against its CRC (package.ts, inflate).
    pkg = await ZipPackage.load(bytes, { checkAll: false });
  } catch {
    return null;
  }
  try {
    return await fromPackage(pkg);
  } catch {
    // A part the fast read cannot follow: the whole read decides what the file is.
    return null;
  }
}

async function fromPackage(pkg: ZipPackage): Promise<WorkbookGrids | null> {
  const workbookPart = await mainPart(pkg);
  if (!workbookPart) return null;
  const wbXml = await pkg.text(workbookPart);
  if (!wbXml) return null;
  const p = prefixFor(wbXml, NS.main);
  if (p === null) return null;
  // The block's name: a workbook-wide one first, else one scoped to a sheet.
  const defined = elements(wbXml, p, "definedName")
    .filter((e) => (attrsOf(e.start).name ?? "").toUpperCase() === SUMMARY_NAME)
    .sort((a, b) => Number(attrsOf(a.start).localSheetId !== undefined) - Number(attrsOf(b.start).localSheetId !== undefined));
  const target = defined.length ? parseSheetRange(decodeEntities(defined[0].inner ?? "")) : null;
  if (!target) return null;
  const rels = await pkg.relationships(workbookPart);
  const sheetsEl = element(wbXml, p, "sheets");
  const sheets: SheetPart[] = [];
  for (const e of sheetsEl?.inner ? elements(sheetsEl.inner, p, "sheet") : []) {
    const a = attrsOf(e.start);
    const rel = rels.find((r) => r.id === attrLocal(a, "id"));
    const part = rel?.part ? pkg.find(rel.part) : null;
    if (a.name && part && rel?.type.endsWith("/worksheet")) sheets.push({ name: a.name, part });
  }
  const blockSheet = sheets.find((s) => sameSheet(s.name, target.sheet));
  if (!blockSheet) return null;

  const parsed = new Map<string, { xml: string; p: string }>();
  const load = async (s: SheetPart) => {
    let got = parsed.get(s.part);
    if (!got) {
      const xml = (await pkg.text(s.part)) ?? "";
      got = { xml, p: prefixFor(xml, NS.main) ?? "" };
      parsed.set(s.part, got);
    }
    return got;
  };
  // The block first: its "printed" row says which other cells to read.
  const wantedRect: Rect = { ...target.rect, right: Math.max(target.rect.right, target.rect.left + 1) };
  const block = await load(blockSheet);
  const reads: { sheet: SheetPart; cells: RawCell[]; p: string }[] = [{ sheet: blockSheet, cells: cellsIn(block.xml, block.p, wantedRect), p: block.p }];
  const firstStrings = await sharedStrings(pkg, workbookPart, stringIndexes(reads));
  const printedRef = printedRowOf(reads[0].cells, firstStrings, block.p, wantedRect.left);
  const printed = printedRef ? parseSheetRange(printedRef) : null;
  if (printed) {
    const s = sheets.find((x) => sameSheet(x.name, printed.sheet));
    if (s) {
      const got = await load(s);
      reads.push({ sheet: s, cells: cellsIn(got.xml, got.p, printed.rect), p: got.p });
    }
  }
  const all = stringIndexes(reads);
  const strings = [...all].every((i) => firstStrings.has(i)) ? firstStrings : await sharedStrings(pkg, workbookPart, all);
  const grids: SheetGrid[] = [];
  for (const r of reads) {
    let g = grids.find((x) => x.name === r.sheet.name);
    if (!g) grids.push((g = { name: r.sheet.name, values: [] }));
    for (const c of r.cells) {
      const v = valueOf(c, strings, r.p);
      if (v === null) continue;
      while (g.values.length <= c.row) g.values.push([]);
      const row = g.values[c.row];
      while (row.length < c.col) row.push(null);
      row[c.col] = v;
    }
  }
  return { sheets: grids };
}

function stringIndexes(reads: { cells: RawCell[] }[]): Set<number> {
  const out = new Set<number>();
  for (const r of reads) for (const c of r.cells) if (c.type === "s" && c.v !== null && /^\d+$/.test(c.v.trim())) out.add(Number(c.v));
  return out;
}

/** The value of the block's "printed" row (the key in the block's first column, the value beside it). */
function printedRowOf(cells: RawCell[], strings: Map<number, string>, p: string, left: number): string | null {
  const keyRow = cells.find((c) => c.col === left && valueOf(c, strings, p) === "printed")?.row;
  if (keyRow === undefined) return null;
  const v = cells.find((c) => c.row === keyRow && c.col === left + 1);
  const text = v ? valueOf(v, strings, p) : null;
  return typeof text === "string" ? (parsePrintedCheck(text)?.range ?? null) : null;
}
