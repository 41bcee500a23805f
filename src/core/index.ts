/**
 * The public API of the core. Pure: grids in, a write plan out. No Office.js, exceljs, DOM or clock.
 */
export * from "./grid";
export * from "./plan";
export * from "./messages";
/** The catalog's factory for the words a run can say only (messages/run.ts): what the ribbon's adapters use. */
export { issue as runIssue } from "./messages/run";
export type * from "./model";
export type * from "./result";
export type { WorkbookPort, WriteReport } from "./port";
export { RULE_SETS, PRESETS, FRAMEWORKS, getRuleSet, findPreset, ruleSetForYear, ruleSetFor, frameworkOf, applyPreset } from "./rules";
export { isTt24, TIER_LABEL, LEVEL_LABEL } from "./rules/tt24";
export type { RuleSet, RuleItem, Preset } from "./rules";
export { validateRuleSets } from "./rules/validate";
export { run, runWithoutDossier, type RunOptions, type RunOutcome } from "./run";
export { isTt24Summary, type SummaryJson, type PointsSummaryJson, type Tt24SummaryJson } from "./workbook/summary";
export { SUMMARY_NAME, parsePrintedCheck } from "./workbook/summary";
export { readWorkbook, type ReadOutcome, type ReadOptions } from "./read";
export { mappableColumn, mappableLabels, type ColumnOption } from "./read/column-map";
export { columnLabel } from "./read/headers";
export { columnMapCells, type MappingCells } from "./pipeline/column-map";
export { evaluate } from "./evaluate";
export { planTemplate, templateRuleSet, type TemplateOptions } from "./documents/template";
export * from "./text/vi";
export * from "./text/dates";
export { SHEET_NAMES, INPUT_SHEET_NAMES } from "./workbook/sheets";
export { INFO_KEYS, infoLabel, type InfoField, type InfoKey } from "./workbook/info-keys";
export {
  consolidate,
  readSummaryBlock,
  type SchoolInput,
  type ConsolidateOptions,
  type ConsolidateOutcome,
  type DistrictSettings,
  type FoundBlock,
  type TableRow,
} from "./district";
export { KIND_TEXT, LEVEL_TEXT } from "./district/tt24-block";
export * from "./year";
