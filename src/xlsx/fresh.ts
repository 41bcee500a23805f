/**
 * A new workbook file from a plan: the product's sheets rendered by exceljs into an empty workbook,
 * nothing of a clerk's to keep (templates, the tổ's forms, the district's table, next year's workbook).
 *
 * No Node API here, so that the task pane can load this same writer on demand for Tạo sổ năm sau
 * (src/taskpane/workbookFile.ts: its own chunk, where "exceljs" resolves to exceljs's browser build).
 * The command line applies its exceljs fixes (exceljs-fixes.ts) before calling it; the pane's plans
 * hold neither internal links nor data bars, the two things those fixes are for.
 */
import ExcelJS from "exceljs";
import type { WritePlan } from "../core";
import { writePlan } from "./write";

export async function freshWorkbookBytes(plan: WritePlan): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  writePlan(wb, plan);
  const out = await wb.xlsx.writeBuffer();
  return out instanceof Uint8Array ? out : new Uint8Array(out as ArrayBuffer);
}
