/**
 * What the pane shows, derived from a run's outcome: plain functions (no React, no Office.js), so the
 * sections stay small and the derivations are tested without a browser.
 */
import type { Issue, ItemResult, RunOutcome } from "../core";
import { columnLabel, formatNumberVi, frameworkOf as frameworkIdOf, getRuleSet, isTt24, PRESETS, ruleSetForYear } from "../core";
import { findSettingRow } from "./session";
import type { Strings } from "./strings";

/** The assessment year: the result's, else what the reader found, else the summary's. */
export function yearOf(outcome: RunOutcome | null): number | undefined {
  return outcome?.result?.year ?? outcome?.model.unit.year ?? outcome?.summary.year ?? undefined;
}

/** The framework in use (id and title), once known. */
export function frameworkOf(outcome: RunOutcome | null): { id: string; title: string } | undefined {
  if (outcome?.result) return outcome.result.ruleSet;
  return outcome?.ruleSet ? { id: outcome.ruleSet.id, title: outcome.ruleSet.title } : undefined;
}

/** The settings as stored in "Thông tin": which rows exist, and the values the selects show. */
export function settingsOf(outcome: RunOutcome) {
  const presetRow = findSettingRow(outcome.model.unit.rows, "preset");
  const frameworkRow = findSettingRow(outcome.model.unit.rows, "framework");
  const presetValue = PRESETS.find((p) => p.id === outcome.summary.preset)?.id ?? "";
  const used = getRuleSet(outcome.summary.framework);
  const frameworkValue = frameworkRow && typeof frameworkRow.value === "string" && frameworkRow.value.trim() && used ? frameworkIdOf(used) : "";
  // Locality presets belong to Thông tư 22 (rules.md §3): under Thông tư 24 the pane offers none.
  const presets = !isTt24(outcome.ruleSet ?? used ?? ruleSetForYear(yearOf(outcome) ?? 2024));
  return { presetRow, frameworkRow, presetValue, frameworkValue, presets };
}

/** The core sorts the issues once (errors first, then by sheet and cell); the pane shows them in that order. */
export function sortedIssues(outcome: RunOutcome | null): Issue[] {
  return outcome ? outcome.issues : [];
}

/** An indicator at one level (Thông tư 24): Đạt / Chưa đạt / Không áp dụng. */
export function levelText(status: "met" | "not-met" | "not-applicable", t: Strings): string {
  return status === "met" ? t.met : status === "not-met" ? t.notMet : t.notApplicable;
}

/** "9,25/10", or met / not met / not applicable for an indicator. */
export function pointsText(i: ItemResult, t: Strings): string {
  if (i.max !== undefined) return `${formatNumberVi(i.points ?? 0)}/${formatNumberVi(i.max)}`;
  if (!i.applicable || i.met === null) return t.notApplicable;
  return i.met ? t.met : t.notMet;
}

/** A column the rule set needs that the members sheet lacks, and the sheet's headers the clerk may pick for it. */
export interface ColumnChoice {
  field: string;
  label: string;
  /** The members sheet's headers the reader did not recognise, as written. */
  headers: string[];
}

/** What the "Cột chưa nhận ra" section offers: one choice per missing column, among the unrecognised headers. */
export function columnChoices(outcome: RunOutcome | null): ColumnChoice[] {
  const rec = outcome?.model.recognition.find((r) => r.role === "members");
  if (!outcome || !rec) return [];
  const headers = [...new Set((rec.unrecognised ?? []).map((u) => u.header))];
  return outcome.missingColumns.map((field) => ({ field, label: columnLabel(field), headers }));
}
