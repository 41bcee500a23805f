/**
 * The command line's output workbook: the plan written into the clerk's own package (everything the
 * product does not own kept byte for byte), or, when the original cannot be kept exactly (an .xls or
 * .ods file, a package the writer cannot edit safely), a converted .xlsx copy with the plan written
 * into it, together with what the copy could not keep.
 *
 * Before any byte reaches the disk, the result is read back and compared with what was read: a
 * workbook with fewer sheets, or fewer of the clerk's cells, than the input is never returned.
 */
import * as XLSX from "@e965/xlsx";
import type { CellPatch, Rect, WritePlan, WriteReport } from "../core";
import { readPackage, type OpenedWorkbook, type SourceFormat } from "./open";
import { ZipPackage } from "./package";
import { quietly, type SheetJsBook } from "./read";
import { CannotSplice, splicePlan, type SpliceProblem } from "./splice";

/** What a converted copy may lack, by kind (the command line names each in Vietnamese). */
export type NotKept = "formatting" | "charts" | "chart-sheets" | "images" | "comments" | "pivot-tables" | "tables" | "macros" | "validations" | "other-objects";

export interface RenderedOutput {
  bytes: Buffer;
  /** "kept": the clerk's file, only the product's parts changed. "converted": a new .xlsx made from what was read. */
  kind: "kept" | "converted";
  extension: ".xlsx" | ".xlsm";
  report: WriteReport;
  /** Why the original could not be kept (its format, or what the writer could not edit). */
  why?: SourceFormat | SpliceProblem;
  /** For a converted copy: what the original had that the copy lacks ("formatting" always; the rest when found). */
  notKept: NotKept[];
}

/** The output would hold fewer sheets or fewer clerk cells than the input: nothing is written. */
export class WouldLoseData extends Error {
  constructor(
    readonly missingSheets: string[],
    readonly changedCells: { sheet: string; count: number }[],
  ) {
    super(`missing sheets: ${missingSheets.join(", ")}; changed cells: ${changedCells.map((c) => `${c.sheet}: ${c.count}`).join(", ")}`);
  }
}

/** A copy of the workbook as .xlsx, from everything SheetJS reads: values, formulas, number formats, merges, widths, hidden sheets, names. */
export function convertToXlsx(bytes: Buffer, hidden: Set<string> = new Set()): Buffer {
  const wb = quietly(() => XLSX.read(bytes, { type: "buffer", cellFormula: true, cellNF: true, cellStyles: true, cellDates: false, cellText: false }));
  // SheetJS writes a chart sheet it read as an empty worksheet: leave chart sheets out, as the reader does.
  wb.SheetNames = wb.SheetNames.filter((n) => {
    const t = (wb.Sheets[n] as { "!type"?: string } | undefined)?.["!type"];
    return t === undefined || t === "sheet";
  });
  if (wb.Workbook?.Sheets) wb.Workbook.Sheets = wb.Workbook.Sheets.filter((s) => wb.SheetNames.includes(s.name ?? ""));
  // Sheets hidden in a format SheetJS does not read visibility from (.ods) stay hidden.
  if (hidden.size > 0) {
    wb.Workbook ??= {};
    wb.Workbook.Sheets = wb.SheetNames.map((name, i) => ({
      ...(wb.Workbook!.Sheets?.[i] ?? {}),
      name,
      Hidden: hidden.has(name) ? 1 : (wb.Workbook!.Sheets?.[i]?.Hidden ?? 0),
    }));
  }
  return Buffer.from(quietly(() => XLSX.write(wb, { type: "buffer", bookType: "xlsx", compression: true })) as Uint8Array);
}

/** What an Office Open XML package holds that a converted copy loses. */
function objectsIn(pkg: ZipPackage | null, book: SheetJsBook): NotKept[] {
  const out = new Set<NotKept>(["formatting"]);
  if (book.allSheets.some((s) => s.kind === "chart")) out.add("chart-sheets");
  for (const n of pkg?.names() ?? []) {
    if (/\/charts\/chart[^/]*\.xml$/i.test(n)) out.add("charts");
    else if (/\/media\//i.test(n)) out.add("images");
    else if (/\/(comments|threadedComments)[^/]*\.xml$/i.test(n)) out.add("comments");
    else if (/\/pivotTables\//i.test(n)) out.add("pivot-tables");
    else if (/\/tables\/table[^/]*\.xml$/i.test(n)) out.add("tables");
    else if (/vbaProject\.bin$/i.test(n)) out.add("macros");
    else if (/\/(slicers|timelines|ctrlProps|activeX|embeddings)\//i.test(n)) out.add("other-objects");
  }
  return [...out];
}

/** The areas of a clerk's sheet the plan may change: the values a patch writes and the band it clears. */
function patchAreas(patches: CellPatch[]): Map<string, Rect[]> {
  const out = new Map<string, Rect[]>();
  for (const p of patches) {
    const list = out.get(p.sheet) ?? [];
    const width = Math.max(0, ...p.values.map((r) => r?.length ?? 0));
    if (p.values.length > 0 && width > 0) list.push({ top: p.top, left: p.left, bottom: p.top + p.values.length - 1, right: p.left + width - 1 });
    if (p.clear) list.push(p.clear);
    out.set(p.sheet, list);
  }
  return out;
}

const inside = (rects: Rect[], r: number, c: number) => rects.some((x) => r >= x.top && r <= x.bottom && c >= x.left && c <= x.right);

const same = (a: unknown, b: unknown) =>
  a === b || (typeof a === "object" && a !== null && typeof b === "object" && b !== null && JSON.stringify(a) === JSON.stringify(b));

/**
 * The guard: every sheet read is in the output (chart sheets too, when the original is kept), and every
 * clerk cell outside the areas the plan patches holds the same value. Sheets the plan writes whole are
 * the product's own.
 */
export function checkNothingLost(before: SheetJsBook, after: SheetJsBook, plan: WritePlan, kind: RenderedOutput["kind"]): void {
  const owned = new Set(plan.sheets.map((s) => s.name.toLowerCase()));
  const afterNames = new Set(after.allSheets.map((s) => s.name));
  const missingSheets = before.allSheets.filter((s) => (kind === "kept" || s.kind === "worksheet") && !afterNames.has(s.name)).map((s) => s.name);
  const areas = patchAreas(plan.patches);
  const changedCells: { sheet: string; count: number }[] = [];
  for (const g of before.grids.sheets) {
    if (owned.has(g.name.toLowerCase())) continue;
    const out = after.grids.sheets.find((s) => s.name === g.name);
    if (!out) continue;
    const rects = areas.get(g.name) ?? [];
    let count = 0;
    g.values.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v === null || inside(rects, r, c)) return;
        if (!same(v, out.values[r]?.[c] ?? null)) count++;
      }),
    );
    if (count > 0) changedCells.push({ sheet: g.name, count });
  }
  if (missingSheets.length > 0 || changedCells.length > 0) throw new WouldLoseData(missingSheets, changedCells);
}

/** Writes the plan: into the clerk's package when it can be kept exactly, else into a converted copy. Then the guard. */
export async function renderPlan(opened: OpenedWorkbook, plan: WritePlan): Promise<RenderedOutput> {
  let out: RenderedOutput | null = null;
  if (opened.pkg) {
    try {
      // A fresh copy of the package: the opened one stays as read.
      const pkg = await ZipPackage.load(opened.bytes);
      const r = await splicePlan(pkg, plan);
      out = { bytes: r.bytes, kind: "kept", extension: opened.macros ? ".xlsm" : ".xlsx", report: r.report, notKept: [] };
    } catch (e) {
      if (!(e instanceof CannotSplice)) throw e;
      out = await converted(opened, plan, e.problem);
    }
  } else out = await converted(opened, plan, opened.format);
  // Only the clerk's sheets are parsed again: the product's own are not compared (and may be large).
  const owned = new Set(plan.sheets.map((s) => s.name.toLowerCase()));
  const clerks = new Set(opened.book.grids.sheets.map((g) => g.name).filter((n) => !owned.has(n.toLowerCase())));
  checkNothingLost(opened.book, await readPackage(out.bytes, await ZipPackage.load(out.bytes), clerks), plan, out.kind);
  return out;
}

async function converted(opened: OpenedWorkbook, plan: WritePlan, why: SourceFormat | SpliceProblem): Promise<RenderedOutput> {
  const hidden = new Set(opened.book.grids.sheets.filter((g) => g.visibility === "hidden").map((g) => g.name));
  const copy = await ZipPackage.load(convertToXlsx(opened.bytes, hidden));
  const r = await splicePlan(copy, plan);
  const notKept: NotKept[] = opened.pkg ? objectsIn(opened.pkg, opened.book) : ["formatting", "charts", "images", "comments", "validations"];
  return { bytes: r.bytes, kind: "converted", extension: ".xlsx", report: r.report, why, notKept };
}
