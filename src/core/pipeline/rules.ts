/**
 * Stage 2: the rules the workbook is held against. The rule set (a command-line choice, else the one
 * "Thông tin" names, else the one for the assessment year), the locality preset applied to it, and the
 * year (today's, said so, when "Thông tin" has none). Choices that cannot be honoured are reported and
 * the default is used, never guessed silently.
 *
 * A new framework or level is a rule-set file (rules/), a locality a preset file: nothing here changes.
 */
import { issue, type Issue } from "../messages";
import type { Model } from "../model";
import { PRESETS, RULE_SETS, DEFAULT_PRESET_ID, applyPreset, findPreset, getRuleSet, ruleSetForYear } from "../rules";
import type { Preset, RuleSet } from "../rules/schema";
import { serialToYmd } from "../text/dates";
import { INPUT_SHEET_NAMES } from "../workbook/sheets";

export interface RulesChoice {
  year: number;
  /** The rule set with the preset's targets applied. */
  ruleSet: RuleSet;
  preset: Preset;
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
  const preset = choosePreset(model, framework.ruleSet, options);
  const ruleSet = applyPreset(framework.ruleSet, preset.preset);
  issues.push(...framework.issues, ...preset.issues);
  if (ruleSet.provisional) issues.push(issue("PROVISIONAL_RULES", { ruleSet: ruleSet.id, note: ruleSet.provisionalNote ?? "" }));
  return { year, ruleSet, preset: preset.preset, issues };
}

function chooseRuleSet(model: Model, year: number, options: RulesOptions): { ruleSet: RuleSet; issues: Issue[] } {
  const known = RULE_SETS.map((r) => r.id).join(", ");
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
