import type { Model } from "../model";
import type { EvaluationResult } from "../result";
import type { RuleSet, Preset } from "../rules/schema";

export interface EvaluateOptions {
  preset: Preset;
  year: number;
}

export function evaluate(_model: Model, _ruleSet: RuleSet, _opts: EvaluateOptions): EvaluationResult {
  throw new Error("not implemented yet");
}
