/**
 * Which Excel API requirement sets this host offers. The add-in needs ExcelApi 1.7 (hyperlinks,
 * freeze panes, tab colours, worksheet events); newer calls are used only where supported, and the
 * output then lacks only that finish (print setup, dropdowns, merges read back), never data.
 */

/** `(version) => boolean` for the ExcelApi set; injected so the adapter and tests never touch globals. */
export type ApiSupport = (version: string) => boolean;

export const MIN_EXCEL_API = "1.7";

/** Features and the ExcelApi version that brought them. */
export const FEATURE_API = {
  /** Worksheet.pageLayout: paper, margins, fit to width, print titles, footer. */
  pageLayout: "1.9",
  /** Range.dataValidation: the dropdown lists of the template. */
  dataValidation: "1.8",
  /** Range.getMergedAreasOrNullObject: merges read back so headers spanning columns are understood. */
  mergedAreas: "1.13",
  /** Application.suspendScreenUpdatingUntilNextSync and Range.format.indentLevel. */
  screenUpdating: "1.9",
  /** Excel.createWorkbook: a new workbook from a file (Tạo sổ năm sau). */
  createWorkbook: "1.8",
  /** Worksheet.showGridlines. */
  gridlines: "1.8",
  /** Application.suspendApiCalculationUntilNextSync. */
  suspendCalculation: "1.6",
} as const;

export type Feature = keyof typeof FEATURE_API;

export const allSupported: ApiSupport = () => true;

/** The host's support, read from Office.js (only in Excel). */
export function officeApiSupport(): ApiSupport {
  return (version: string) => {
    try {
      return Office.context.requirements.isSetSupported("ExcelApi", version);
    } catch {
      return false;
    }
  };
}

export function has(support: ApiSupport, feature: Feature): boolean {
  return support(FEATURE_API[feature]);
}

/** Whether the host is recent enough for the add-in at all. */
export function meetsMinimum(support: ApiSupport): boolean {
  return support(MIN_EXCEL_API);
}
