/** The Node adapter: SheetJS reads workbook files into grids; write plans go into the clerk's package (exceljs renders the product's sheets). */
export { XlsxPort } from "./port";
export { gridsFromWorkbook, sheetGrid, toCellValue, dateToSerial, mergesOf } from "./grids";
export { writePlan, renderSheet, applyPatch, toExcelStyle, mergeStyle, findSheet } from "./write";
export { applyExcelJsFixes } from "./exceljs-fixes";
export { freshWorkbookBytes, gridsOfXlsxBytes } from "./book-file";
// The command line's files: SheetJS reads; the plan goes into the clerk's own package (or a converted copy).
export { openWorkbookBytes, WorkbookFileError, type OpenedWorkbook, type FileProblem } from "./open";
export { renderPlan, WouldLoseData, type RenderedOutput } from "./output";
export { readWithSheetJs } from "./read";
