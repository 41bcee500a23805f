/**
 * The pane's one way to a new .xlsx file (Tạo sổ năm sau): the command line's own writer
 * (src/xlsx/fresh.ts, exceljs), loaded only when the clerk clicks, in a chunk of its own. exceljs is
 * about 250 KB gzipped: the pane opens without it, and a clerk who never makes next year's workbook
 * never downloads it. This file is the pane's only import of src/xlsx (eslint.config.mjs allows
 * it here alone, and only as import()).
 */
import type { XlsxWriter } from "./session";

export const writeWorkbookFile: XlsxWriter = async (plan) => {
  const { freshWorkbookBytes } = await import(/* webpackChunkName: "so-moi" */ "../xlsx/fresh");
  return freshWorkbookBytes(plan);
};
