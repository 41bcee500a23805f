/** The Office.js adapter: everything that talks to Excel. React code receives an OfficePort as a prop. */
export { OfficePort, type ExcelRunner, type OfficePortOptions, type CellWrite } from "./port";
export { ExcelPortError, translateExcelError, type ExcelProblem } from "./errors";
export { type ReportTarget } from "./report";
export { todaySerial } from "./clock";
export { officeApiSupport, allSupported, meetsMinimum, has, MIN_EXCEL_API, FEATURE_API, type ApiSupport } from "./support";
