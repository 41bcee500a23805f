/**
 * One workbook file as bytes, with exceljs and no Node API: a new .xlsx written from a plan, nothing of a
 * clerk's to keep (templates, the tổ's forms, the district's table, next year's workbook), and the grids of
 * a small .xlsx (a tổ's returned form).
 *
 * Without Node, so that the task pane can load this same code on demand (src/taskpane/workbookFile.ts: a
 * chunk of its own, where "exceljs" resolves to exceljs's browser build). The command line applies its
 * exceljs fixes (exceljs-fixes.ts) before writing; the pane's plans hold neither internal links nor data
 * bars, the two things those fixes are for. The command line reads the clerk's files with SheetJS
 * (open.ts); exceljs's grids are the ones the contract suite holds to Excel's (test/contract).
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { WorkbookGrids, WritePlan } from "../core";
import { gridsFromWorkbook } from "./grids";
import { writePlan } from "./write";

export async function freshWorkbookBytes(plan: WritePlan): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  writePlan(wb, plan);
  const out = await wb.xlsx.writeBuffer();
  return out instanceof Uint8Array ? out : new Uint8Array(out as ArrayBuffer);
}

/** The grids of an .xlsx file's bytes; throws (exceljs's words) when the bytes are not a workbook it can read. */
export async function gridsOfXlsxBytes(bytes: Uint8Array): Promise<WorkbookGrids> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await valuesOnly(bytes)) as unknown as ArrayBuffer);
  return gridsFromWorkbook(wb);
}

/** Dropdown lists and conditional formats, in a worksheet part (with or without a namespace prefix, as x14's are). */
const EXPANDED = [
  /<(?:(\w+):)?dataValidations\b[^>]*\/>/g,
  /<(?:(\w+):)?dataValidations\b[\s\S]*?<\/(?:\1:)?dataValidations>/g,
  /<conditionalFormatting\b[\s\S]*?<\/conditionalFormatting>/g,
];

/**
 * The file without its dropdown lists and conditional formats, which grids do not hold: exceljs expands
 * each one cell by cell, so a list a tổ trưởng set on a whole column takes half a gigabyte, and one on a
 * whole sheet never ends (exceljs issue #1842); in the pane that would freeze Excel's window. The file is
 * only read: nothing is written back.
 */
async function valuesOnly(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  let changed = false;
  for (const name of Object.keys(zip.files)) {
    if (!/^xl\/worksheets\/[^/]+\.xml$/i.test(name)) continue;
    const xml = await zip.file(name)!.async("string");
    const out = EXPANDED.reduce((x, re) => x.replace(re, ""), xml);
    if (out !== xml) {
      zip.file(name, out);
      changed = true;
    }
  }
  return changed ? zip.generateAsync({ type: "uint8array", compression: "STORE" }) : bytes;
}
