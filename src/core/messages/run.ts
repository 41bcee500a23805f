/**
 * The words a run can say: the parts of the catalog that run() and the Excel adapter raise (the reader, the
 * rules, Thông tư 24's evaluation and its Tổ đánh giá's table, the council's overrides, the output, Excel's
 * errors, and the year's few that any run may raise). The run's modules raise their issues through this
 * file's `issue`, not the whole catalog's (messages/index.ts), so that a bundle of a run alone (the ribbon's
 * function file, through runWithoutDossier) carries these words and not the dossier's, the district's, the
 * year's commands' or the pane's start-up's. A code of those parts given here is a type error: raise it
 * through the catalog's `issue`, or move its entry here if a run must say it.
 */
import type { Entry, Params } from "./entry";
import type { Issue, IssueCode, Where } from "./index";
import { READER_MESSAGES } from "./reader";
import { RULES_MESSAGES } from "./rules";
import { TT24_MESSAGES } from "./tt24";
import { TT24_DOSSIER_MESSAGES } from "./tt24-dossier";
import { EXCEL_HOST_MESSAGES } from "./excel";
import { YEAR_RUN_MESSAGES } from "./year";
import { OUTPUT_MESSAGES } from "./output";
import { COUNCIL_MESSAGES } from "./council";

export const RUN_CATALOG = {
  ...READER_MESSAGES,
  ...RULES_MESSAGES,
  ...TT24_MESSAGES,
  ...TT24_DOSSIER_MESSAGES,
  ...EXCEL_HOST_MESSAGES,
  ...YEAR_RUN_MESSAGES,
  ...OUTPUT_MESSAGES,
  ...COUNCIL_MESSAGES,
} satisfies Record<string, Entry>;

export type RunIssueCode = keyof typeof RUN_CATALOG;

/** The run's factory: an issue from one of the run's codes (the catalog's `issue`, for these words only). */
export function issue(code: RunIssueCode, params: Params = {}, where: Where = {}): Issue {
  return said(RUN_CATALOG[code], code, params, where);
}

/** An issue from its entry: the one way both factories build one. */
export function said(e: Entry, code: IssueCode, params: Params, where: Where): Issue {
  const p = { ...where, ...params };
  return { severity: e.severity, code, ...where, message: e.vi(p), fix: e.fix(p), en: e.en(p) };
}
