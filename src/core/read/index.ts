import type { WorkbookGrids } from "../grid";
import type { Issue } from "../issues";
import type { Model } from "../model";

export interface ReadOutcome {
  model: Model;
  issues: Issue[];
  /** True when no evaluation is possible (no members sheet, no member rows, a required column missing). */
  fatal: boolean;
}

export function readWorkbook(_grids: WorkbookGrids): ReadOutcome {
  throw new Error("not implemented yet");
}
