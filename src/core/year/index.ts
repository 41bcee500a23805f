/**
 * The school's year (issue 12), the core's entry beside run() and the district's: the tổ's forms and
 * their merge, finalizing, next year's workbook. Grids in, plans out, like run().
 */
export { finalize, unfinalize, type FinalizeOptions, type UnfinalizeOptions, type FinalizeOutcome } from "./finalize";
export { planNextYear, REFERENCE_EVIDENCE_ID, type NextYearOptions, type NextYearOutcome } from "./next-year";
export { planTeamForms, formFileName, leaderOf, type FormsOptions, type FormsOutcome, type TeamForm } from "./forms";
export { mergeTeamForms, type FormSource, type MergeOutcome, type FormMergeReport } from "./merge";
