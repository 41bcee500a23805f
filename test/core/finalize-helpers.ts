/** Small helpers of the year's tests: issue codes, and the district's two finalization columns for one school. */
import { consolidate, type Issue, type WorkbookGrids } from "../../src/core";

export { finalize, run, unfinalize, type WorkbookGrids } from "../../src/core";

export const issueCodes = (issues: Issue[]) => issues.map((i) => i.code);

/** What the district's table shows for this school: "Hoàn tất" and "Sửa sau khi hoàn tất". */
export function consolidateBlocks(grids: WorkbookGrids): { at: unknown; changed: unknown } {
  const out = consolidate([{ source: "truong.xlsx", grids }], { today: 46431 });
  const table = out.plan.sheets.find((s) => s.id === "tong-hop-don-vi")!;
  const head = table.values.findIndex((r) => r[0] === "TT");
  const col = table.values[head].indexOf("Hoàn tất");
  return { at: table.values[head + 1][col], changed: table.values[head + 1][col + 1] };
}
