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
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return gridsFromWorkbook(wb);
}
