/** The exceljs adapter: grids from an .xlsx workbook, write plans into it. Node only. */
export { XlsxPort } from "./port";
export { gridsFromWorkbook, sheetGrid, toCellValue, dateToSerial, mergesOf } from "./grids";
export { writePlan, renderSheet, applyPatch, toExcelStyle, mergeStyle, findSheet } from "./write";
export { applyExcelJsFixes } from "./exceljs-fixes";
