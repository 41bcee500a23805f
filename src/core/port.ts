/**
 * The port both adapters implement (exceljs in Node, Office.js in Excel). The shell does:
 *   grids = await port.read();  outcome = run(grids, options);  await port.write(outcome.plan);
 */
import type { WorkbookGrids } from "./grid";
import type { WritePlan } from "./plan";

export interface WriteReport {
  /** Final names of the sheets written, by owned-sheet id. */
  sheets: Record<string, string>;
  cellsWritten: number;
}

export interface WorkbookPort {
  /** Every sheet's used range from A1 (values and number formats), merges, visibility. Office.js: one sync. */
  read(): Promise<WorkbookGrids>;
  /**
   * Writes the plan. Sheets in plan.sheets are the product's (the core has already chosen names that
   * never collide with a clerk's sheet): an existing one must be in plan.owned, and is cleared
   * entirely and rewritten.
   * Patches write into clerk sheets, only the given cells. Strings are written as text.
   */
  write(plan: WritePlan): Promise<WriteReport>;
}
