/**
 * Stage 2: the rules the workbook is held against. The framework (a command-line choice, else the one
 * "Thông tin" names, else the one for the assessment year: ≤ 2023 Thông tư 22, ≥ 2024 Thông tư 24), and
 * under Thông tư 24 the unit as the circular sees it, whose tier (cấp huyện / cấp tỉnh) picks the table
 * (rules.md §3); the locality preset applied to it (TT 22 only: under TT 24 a preset is ignored, said
 * so); and the year (today's, said so, when "Thông tin" has none). Choices that cannot be honoured are
 * reported and the default is used, never guessed silently; a TT 24 unit whose type cannot be decided
 * cannot be evaluated (which indicators apply depends on it).
 *
 * A new framework or level is a rule-set file (rules/), a locality a preset file: nothing here changes.
 */
import { issue } from "../messages/run";
import type { Issue } from "../messages";
import type { Model } from "../model";
import { PRESETS, DEFAULT_PRESET_ID, FRAMEWORKS, applyPreset, findPreset, getRuleSet, ruleSetFor, ruleSetForYear } from "../rules";
import type { Preset, RuleSet } from "../rules/schema";
import { isTt24, type Tt24Unit } from "../rules/tt24";
import { serialToYmd } from "../text/dates";
import { INPUT_SHEET_NAMES } from "../workbook/sheets";
import { infoLabel } from "../workbook/info-keys";
import { parseTier } from "../read/unit-type";

export interface RulesChoice {
  year: number;
  /** The rule set with the preset's targets applied (under TT 24: the unit's tier). */
  ruleSet: RuleSet;
  preset: Preset;
  /** Thông tư 24: the unit as the circular sees it; absent when it could not be decided (then `fatal`). */
  unit?: Tt24Unit;
  /** Nothing can be evaluated under these rules (a TT 24 unit whose type or level is unknown). */
  fatal: boolean;
}

export interface RulesOptions {
  today: number;
  framework?: string;
  preset?: string;
}

/** Where a choice made on the command line is said to come from. */
const COMMAND_LINE = "dòng lệnh";

export function chooseRules(model: Model, options: RulesOptions): RulesChoice & { issues: Issue[] } {
  const issues: Issue[] = [];
  let year = model.unit.year;
  if (year === undefined) {
    year = serialToYmd(options.today).y;
    issues.push(issue("NO_YEAR", { year, sheet: model.unit.sheet ?? INPUT_SHEET_NAMES.unitInfo }, { sheet: model.unit.sheet }));
  }
  const framework = chooseRuleSet(model, year, options);
  issues.push(...framework.issues);
  if (isTt24(framework.ruleSet)) {
    const unit = tt24Unit(model);
    issues.push(...unit.issues, ...ignoredPreset(model, options));
    const national = PRESETS.find((p) => p.id === DEFAULT_PRESET_ID)!;
    const ruleSet = ruleSetFor(framework.ruleSet, unit.unit?.tier ?? unit.tier ?? framework.ruleSet.tier);
    return { year, ruleSet, preset: national, unit: unit.unit, fatal: !unit.unit, issues };
  }
  const preset = choosePreset(model, framework.ruleSet, options);
  issues.push(...preset.issues);
  return { year, ruleSet: applyPreset(framework.ruleSet, preset.preset), preset: preset.preset, fatal: false, issues };
}

function chooseRuleSet(model: Model, year: number, options: RulesOptions): { ruleSet: RuleSet; issues: Issue[] } {
  const known = FRAMEWORKS.join(", ");
  const byYear = ruleSetForYear(year);
  if (options.framework) {
    const r = getRuleSet(options.framework);
    if (r) return { ruleSet: r, issues: [] };
    return {
      ruleSet: byYear,
      issues: [issue("UNKNOWN_FRAMEWORK", { value: options.framework, used: byYear.id, known }, { sheet: COMMAND_LINE, cell: "--framework" })],
    };
  }
  if (model.unit.framework) {
    const r = getRuleSet(model.unit.framework) ?? getRuleSet(model.unit.framework.replace(/^(thong tu|thông tư)\s*/i, "TT").replace(/\s+/g, ""));
    if (r) return { ruleSet: r, issues: [] };
    const where = { sheet: model.unit.sheet, cell: model.unit.cells.framework };
    return { ruleSet: byYear, issues: [issue("UNKNOWN_FRAMEWORK", { value: model.unit.framework, used: byYear.id, known }, where)] };
  }
  return { ruleSet: byYear, issues: [] };
}

function choosePreset(model: Model, ruleSet: RuleSet, options: RulesOptions): { preset: Preset; issues: Issue[] } {
  const fallback = PRESETS.find((p) => p.id === DEFAULT_PRESET_ID)!;
  const wanted = options.preset ?? model.unit.preset;
  if (!wanted) return { preset: fallback, issues: [] };
  const p = findPreset(wanted);
  if (p && p.ruleSets.includes(ruleSet.id)) return { preset: p, issues: [] };
  const known = PRESETS.filter((x) => x.ruleSets.includes(ruleSet.id))
    .map((x) => x.label)
    .join(", ");
  const where = options.preset ? { sheet: COMMAND_LINE, cell: "--preset" } : { sheet: model.unit.sheet, cell: model.unit.cells.preset };
  return { preset: fallback, issues: [issue("UNKNOWN_PRESET", { value: wanted, used: fallback.label, known }, where)] };
}

/** Locality presets belong to TT 22 (rules.md §3): one set under TT 24 is ignored with an information line. */
function ignoredPreset(model: Model, options: RulesOptions): Issue[] {
  const wanted = options.preset ?? model.unit.preset;
  if (!wanted || findPreset(wanted)?.id === DEFAULT_PRESET_ID) return [];
  const where = options.preset ? { sheet: COMMAND_LINE, cell: "--preset" } : { sheet: model.unit.sheet, cell: model.unit.cells.preset };
  return [issue("TT24_PRESET_IGNORED", { value: wanted }, where)];
}

/**
 * The unit the reader classified (read/unit-type.ts), its problems and notes as issues at the "Thông
 * tin" key each names. `tier`: the level the clerk stated, when the type alone could not be decided
 * (so that the columns are still checked against the right table).
 */
function tt24Unit(model: Model): { unit?: Tt24Unit; tier?: RuleSet["tier"]; issues: Issue[] } {
  const c = model.unit.tt24Unit;
  const sheet = model.unit.sheet ?? INPUT_SHEET_NAMES.unitInfo;
  const cellOf = (key: string) => (key === infoLabel("tier") ? model.unit.cells.tier : (model.unit.cells.unitType ?? model.unit.cells.ownership));
  if (c.ok) {
    const issues = c.notes.map((n) => issue(n.code, n.params, { sheet, cell: model.unit.cells.tier }));
    return { unit: c.unit, issues };
  }
  const issues = c.problems.map((p) => issue(p.code, { ...p.params, choices: p.choices.join("; ") }, { sheet, cell: cellOf(p.key) }));
  const stated = model.unit.tt24.tierText ? parseTier(model.unit.tt24.tierText) : undefined;
  return { tier: stated?.ok ? stated.tier : undefined, issues };
}
