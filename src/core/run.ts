/**
 * One evaluation, end to end, pure: grids → model → result → write plan (+ the JSON summary).
 */
import type { WorkbookGrids } from "./grid";
import type { Issue } from "./issues";
import type { Model } from "./model";
import type { WritePlan } from "./plan";
import type { EvaluationResult } from "./result";
import type { RuleSet } from "./rules/schema";

export interface RunOptions {
  /** Today as an Excel serial (the shell reads the clock; the core never does). */
  today: number;
  /** Preset id or name ("ha-noi", "Hà Nội"); overrides "Thông tin". */
  preset?: string;
  /** Rule set id ("TT22/2020"); overrides "Thông tin" and the year. */
  framework?: string;
  /** Also plan the dossier documents. */
  dossier?: boolean;
}

/** The machine-readable result printed by `dvht evaluate --json` and read by the district. */
export interface SummaryJson {
  framework: string;
  frameworkVersion: string;
  provisional: boolean;
  preset: string;
  year: number | null;
  unit: { name: string | null; parentBody: string | null; code: string | null };
  members: { total: number; counted: number; excluded: number };
  items: { id: string; group: string; max: number | null; points: number | null; met: boolean | null; rate: number | null; counted: number | null; meeting: number | null }[];
  total: number | null;
  maxTotal: number | null;
  rating: string | null;
  issues: { severity: string; code: string; sheet: string | null; cell: string | null; message: string; fix: string }[];
  contentHash: string;
}

export interface RunOutcome {
  model: Model;
  ruleSet?: RuleSet;
  result?: EvaluationResult;
  issues: Issue[];
  fatal: boolean;
  plan: WritePlan;
  summary: SummaryJson;
  /** Final sheet names by owned-sheet id. */
  names: Record<string, string>;
}

export function run(_grids: WorkbookGrids, _options: RunOptions): RunOutcome {
  throw new Error("not implemented yet");
}
