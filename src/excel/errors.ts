/**
 * Excel's errors, in words a school clerk can act on. Office.js rejects a sync with a
 * RichApi.Error whose `code` says what went wrong; the clerk needs what happened and what to do.
 * The words are the core's (its one catalog, EXCEL_* codes); this file maps Excel's codes to them.
 */
// The run's factory, not the whole catalog's: the ribbon's function file carries the run's words only.
import { runIssue, type RunIssueCode } from "../core";

export type ExcelProblem = "editMode" | "protected" | "sheetGone" | "tooLarge" | "notOwned" | "oldExcel" | "busy" | "newWorkbook" | "unknown";

type P = { sheet?: string; detail?: string };

/** Each problem's words in the core's one catalog. */
const CODES: Record<ExcelProblem, RunIssueCode> = {
  editMode: "EXCEL_EDIT_MODE",
  protected: "EXCEL_PROTECTED",
  sheetGone: "EXCEL_SHEET_GONE",
  tooLarge: "EXCEL_TOO_LARGE",
  notOwned: "EXCEL_NOT_OWNED",
  oldExcel: "EXCEL_TOO_OLD",
  busy: "EXCEL_BUSY",
  newWorkbook: "EXCEL_NEW_WORKBOOK_REFUSED",
  unknown: "EXCEL_UNKNOWN",
};

/** An Excel failure translated for the clerk. `message` is Vietnamese. */
export class ExcelPortError extends Error {
  readonly problem: ExcelProblem;
  readonly fix: string;
  readonly english: string;
  readonly sheet?: string;
  /** Office.js error code, kept for support. */
  readonly officeCode?: string;
  constructor(problem: ExcelProblem, params: P = {}, officeCode?: string) {
    const said = runIssue(CODES[problem], params);
    super(said.message);
    this.name = "ExcelPortError";
    this.problem = problem;
    this.fix = said.fix;
    this.english = said.en ?? "";
    this.sheet = params.sheet;
    this.officeCode = officeCode;
  }
}

/** The Office.js error code of a failure (RichApi.Error has `code`), if any. */
export function officeCode(e: unknown): string | undefined {
  if (typeof e === "object" && e !== null && typeof (e as { code?: unknown }).code === "string") return (e as { code: string }).code;
  return undefined;
}

/**
 * An Office.js failure → ExcelPortError. `sheets` are the sheets the failed request touched: Excel's
 * error does not always say which one, so the clerk is told the likely candidate.
 */
export function translateExcelError(e: unknown, sheets: string[] = []): ExcelPortError {
  if (e instanceof ExcelPortError) return e;
  const code = officeCode(e);
  const text = e instanceof Error ? e.message : String(e);
  const located = sheets.find((s) => text.includes(s)) ?? sheets[0];
  switch (code) {
    case "InvalidOperationInCellEditMode":
      return new ExcelPortError("editMode", {}, code);
    case "AccessDenied":
      return new ExcelPortError("protected", { sheet: located }, code);
    case "InvalidOperation":
      // Excel reports writes into a protected sheet as InvalidOperation on some hosts.
      if (/protect/i.test(text)) return new ExcelPortError("protected", { sheet: located }, code);
      return new ExcelPortError("unknown", { detail: `${code}: ${text}` }, code);
    case "ItemNotFound":
    case "InvalidReference":
      return new ExcelPortError("sheetGone", { sheet: located }, code);
    case "RequestPayloadSizeLimitExceeded":
    case "ResponsePayloadSizeLimitExceeded":
      return new ExcelPortError("tooLarge", {}, code);
    case "Conflict":
    case "RequestAborted":
    case "ServiceNotAvailable":
      return new ExcelPortError("busy", {}, code);
    default:
      return new ExcelPortError("unknown", { detail: code ? `${code}: ${text}` : text }, code);
  }
}
