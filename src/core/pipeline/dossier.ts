/**
 * The dossier's part of run(): stage 7 (its inputs) and stage 8's dossier documents, as one planner that
 * run() hands to its stages. runWithoutDossier() (the ribbon's Đánh giá) does not, so what is imported
 * here only (the report's prose, the plan's targets, the dossier's documents) stays out of a bundle that
 * reaches run's stages through it alone.
 */
import type { WorkbookGrids } from "../grid";
import type { Issue } from "../messages";
import type { Model } from "../model";
import type { SheetPlan } from "../plan";
import type { EvaluationResult } from "../result";
import type { RuleSet } from "../rules/schema";
import type { DocContext } from "../documents/context";
import { readReportContent } from "../read/content";
import { evaluateTargets } from "../evaluate/targets";
import { buildDossier } from "../documents/dossier";

export interface DossierPlanner {
  /** Stage 7: the model with the report's prose, the result with the plan's targets. */
  inputs(
    grids: WorkbookGrids,
    model: Model,
    result: EvaluationResult,
    ruleSet: RuleSet,
    names: Record<string, string>,
  ): { model: Model; result: EvaluationResult; issues: Issue[] };
  /** Stage 8: the dossier's documents. */
  plan(ctx: DocContext): { sheets: SheetPlan[]; issues: Issue[] };
}

export const DOSSIER_PLANNER: DossierPlanner = {
  /**
   * The report's prose, read now because the product's own sheets of this run must be left out, and the
   * plan's targets, evaluated now because only the report prints them.
   */
  inputs(grids, model, result, ruleSet, names) {
    const withContent: Model = { ...model, reportContent: readReportContent({ grids, model, names }) };
    const targets = evaluateTargets({ model: withContent, result, ruleSet });
    return { model: withContent, result: { ...result, targets: targets.targets }, issues: targets.issues };
  },
  plan: buildDossier,
};
