import type { Issue } from "../messages";
import type { Model } from "../model";
import type { EvaluationResult } from "../result";
import type { RuleSet } from "../rules/schema";

/**
 * What every document builder receives: the model (what the reader understood, cells never again) and
 * the result. Pure data; `today` is an Excel serial passed in by the shell.
 */
export interface DocContext {
  model: Model;
  result: EvaluationResult;
  ruleSet: RuleSet;
  today: number;
  /** Final sheet names by owned-sheet id (after clash resolution), for cross references between documents. */
  names: Record<string, string>;
}

export interface DocOutput {
  sheets: import("../plan").SheetPlan[];
  patches: import("../plan").CellPatch[];
  issues: Issue[];
}
