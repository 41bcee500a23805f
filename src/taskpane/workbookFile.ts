/**
 * The pane's one way to workbook files: the command line's own exceljs code (src/xlsx/book-file.ts), loaded
 * only when the clerk asks for a file (Tạo sổ năm sau, Phiếu theo tổ as files, Gộp phiếu tổ from files), in
 * a chunk of its own. exceljs is about 250 KB gzipped: the pane opens without it, and a clerk who never
 * asks for a file never downloads it. This file is the pane's only import of src/xlsx
 * (eslint.config.mjs allows it here alone, and only as import()).
 */
import type { BookFiles } from "./session";

const load = () => import(/* webpackChunkName: "so-moi" */ "../xlsx/book-file");

export const bookFiles: BookFiles = {
  write: async (plan) => (await load()).freshWorkbookBytes(plan),
  read: async (bytes) => (await load()).gridsOfXlsxBytes(bytes),
};
