/** The shape of one catalog entry (messages/index.ts): a severity, the Vietnamese words, what to do, the English words. */

export type Severity = "error" | "warning" | "info";

/** The values a message names ("the sheet", "the value"), by name. */
export type Params = Record<string, string | number | undefined>;

export interface Entry {
  severity: Severity;
  /**
   * Vietnamese, what is wrong. Never the cell it points at (that is the issue's own field, added when
   * presenting): some words start in lower case, as they read after "Thành viên!D2: ".
   */
  vi: (p: Params) => string;
  /** Vietnamese, what to do. */
  fix: (p: Params) => string;
  /** English, for the pane's English switch (the fix stays in the clerk's Vietnamese). */
  en: (p: Params) => string;
}
