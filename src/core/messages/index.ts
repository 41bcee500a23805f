/**
 * The one catalog of everything the product says about a problem, Vietnamese first, English second,
 * in parts by who says it (the reader, the run against the rules, Thông tư 24's evaluation, the dossier,
 * the district, Excel, the pane's start-up). One entry type (entry.ts), one factory (`issue`), and `Issue.code` is one of
 * the catalog's keys, so code and tests name the same words. The parts a run can say are gathered in run.ts,
 * whose `issue` (the same factory, for those codes only) the run's modules use: a bundle of a run alone (the
 * ribbon's function file) then carries those words only.
 *
 * An issue keeps where it points (sheet, cell) apart from its words, as a validator keeps a failure's
 * path apart from its message: the location is added once, when presenting (`presentIssue`; the
 * Kiểm tra sheet has its own columns for it).
 */
import type { Entry, Params, Severity } from "./entry";
import { DOSSIER_MESSAGES } from "./dossier";
import { DISTRICT_MESSAGES } from "./district";
import { PANE_START_MESSAGES } from "./startup";
import { YEAR_MESSAGES } from "./year";
import { RUN_CATALOG, said } from "./run";

export type { Entry, Params, Severity } from "./entry";
export type { RunIssueCode } from "./run";

export const CATALOG = {
  ...RUN_CATALOG,
  ...DOSSIER_MESSAGES,
  ...DISTRICT_MESSAGES,
  ...PANE_START_MESSAGES,
  ...YEAR_MESSAGES,
} satisfies Record<string, Entry>;

export type IssueCode = keyof typeof CATALOG;

export interface Issue {
  severity: Severity;
  code: IssueCode;
  sheet?: string;
  /** A1 address without the sheet. */
  cell?: string;
  /** Vietnamese, complete sentence naming what is wrong (without its location). */
  message: string;
  /** Vietnamese, what to do. */
  fix: string;
  /** English, for the pane's English switch (the fix stays in the clerk's Vietnamese). */
  en?: string;
  itemId?: string;
}

/** Where an issue points. */
export interface Where {
  sheet?: string;
  cell?: string;
  itemId?: string;
}

/** The one factory: an issue from its code, the values its words name, and where it points. */
export function issue(code: IssueCode, params: Params = {}, where: Where = {}): Issue {
  return said(CATALOG[code], code, params, where);
}

export const hasErrors = (issues: Issue[]) => issues.some((i) => i.severity === "error");

/** The severities' names, one table for the Kiểm tra sheet and the command line. */
export const SEVERITY_LABEL: Record<Severity, string> = { error: "Lỗi", warning: "Cảnh báo", info: "Lưu ý" };

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * The one order of a list of issues, applied once where the list is complete: errors first, then
 * warnings, then notes; within each, by sheet (in the workbook's order), row, column and code.
 */
export function sortIssues(issues: Issue[], sheetOrder: string[]): Issue[] {
  const rowOf = (c?: string) => (c ? Number(/\d+/.exec(c)?.[0] ?? 0) : 0);
  const colOf = (c?: string) => (c ? (/^[A-Z]+/.exec(c)?.[0] ?? "") : "");
  const sheetIdx = (s?: string) => (s === undefined ? -1 : sheetOrder.indexOf(s));
  return [...issues].sort(
    (a, b) =>
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      sheetIdx(a.sheet) - sheetIdx(b.sheet) ||
      rowOf(a.cell) - rowOf(b.cell) ||
      colOf(a.cell).length - colOf(b.cell).length ||
      (colOf(a.cell) < colOf(b.cell) ? -1 : colOf(a.cell) > colOf(b.cell) ? 1 : 0) ||
      (a.code < b.code ? -1 : a.code > b.code ? 1 : 0),
  );
}

/** Where an issue points, as a clerk types it ("Thành viên!E12"); empty when it names no cell. */
export function issueLocation(i: Pick<Issue, "sheet" | "cell">): string {
  return i.sheet && i.cell ? `${i.sheet}!${i.cell}` : "";
}

/**
 * An issue as one line of text, for the command line and the pane: where it points, then its words
 * (the English ones for the pane's switch, when there are).
 */
export function presentIssue(i: Issue, lang: "vi" | "en" = "vi"): string {
  const words = lang === "en" ? (i.en ?? i.message) : i.message;
  const where = issueLocation(i);
  return where ? `${where}: ${words}` : words;
}
