/**
 * The one catalog of everything the product says about a problem, Vietnamese first, English second,
 * in parts by who says it (the reader, the run against the rules, the dossier, the district, Excel,
 * the pane's start-up). One entry type (entry.ts), one factory (`issue`), and `Issue.code` is one of
 * the catalog's keys, so code and tests name the same words.
 *
 * An issue keeps where it points (sheet, cell) apart from its words, as a validator keeps a failure's
 * path apart from its message: the location is added once, when presenting (`presentIssue`; the
 * Kiểm tra sheet has its own columns for it).
 */
import type { Entry, Params, Severity } from "./entry";
import { READER_MESSAGES } from "./reader";
import { RULES_MESSAGES } from "./rules";
import { DOSSIER_MESSAGES } from "./dossier";
import { DISTRICT_MESSAGES } from "./district";
import { EXCEL_HOST_MESSAGES } from "./excel";
import { PANE_START_MESSAGES } from "./startup";

export type { Entry, Params, Severity } from "./entry";

export const CATALOG = {
  ...READER_MESSAGES,
  ...RULES_MESSAGES,
  ...DOSSIER_MESSAGES,
  ...DISTRICT_MESSAGES,
  ...EXCEL_HOST_MESSAGES,
  ...PANE_START_MESSAGES,
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
  const e: Entry = CATALOG[code];
  const p = { ...where, ...params };
  return { severity: e.severity, code, ...where, message: e.vi(p), fix: e.fix(p), en: e.en(p) };
}

export const hasErrors = (issues: Issue[]) => issues.some((i) => i.severity === "error");
