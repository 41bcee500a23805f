/**
 * Stage 4: the names of the sheets this run writes. A sheet the registry says is the product's keeps
 * its name; any other takes its preferred name (workbook/sheets.ts), or "name (2)", "(3)" … when a
 * clerk's sheet already holds it: a clerk's sheet is never overwritten, and the clerk is told.
 */
import type { WorkbookGrids } from "../grid";
import { issue, type Issue } from "../messages";
import type { RuleSet } from "../rules/schema";
import type { Registry } from "../read/registry";
import { SHEET_NAMES } from "../workbook/sheets";

const DOSSIER_IDS = ["bao-cao", "bien-ban", "danh-muc-minh-chung", "tong-hop-to", "ke-hoach-tien-do", "ke-hoach-tien-do-auto"];
/** Under TT 24 the dossier also holds the decision setting up the Tổ đánh giá and the request letter. */
const DOSSIER_IDS_TT24 = ["to-trinh", "qd-to-danh-gia"];

/** The sheet of every evaluation: TT 22's Biểu điểm, or TT 24's Bản tổng hợp in its place. */
export function resultSheetId(ruleSet: RuleSet): "bieu-diem" | "tong-hop-tt24" {
  return ruleSet.model === "indicators" ? "tong-hop-tt24" : "bieu-diem";
}

/** The product's sheets a run writes: only Kiểm tra when nothing can be evaluated. */
export function wantedSheets(fatal: boolean, ruleSet: RuleSet, dossier: boolean): string[] {
  if (fatal) return ["kiem-tra"];
  const dossierIds = dossier ? [...DOSSIER_IDS, ...(ruleSet.model === "indicators" ? DOSSIER_IDS_TT24 : [])] : [];
  return ["kiem-tra", resultSheetId(ruleSet), "ket-qua", ...dossierIds];
}

export function nameSheets(grids: WorkbookGrids, registry: Registry, ids: string[]): { names: Record<string, string>; issues: Issue[] } {
  const owned = registry.owned;
  const taken = new Set(grids.sheets.map((g) => g.name.toLowerCase()));
  const mine = new Set(Object.values(owned).map((n) => n.toLowerCase()));
  const names: Record<string, string> = {};
  const issues: Issue[] = [];
  const used = new Set<string>();
  for (const id of ids) {
    if (owned[id]) {
      names[id] = owned[id];
      used.add(owned[id].toLowerCase());
      continue;
    }
    const wanted = SHEET_NAMES[id] ?? id;
    let name = wanted;
    for (let k = 2; (taken.has(name.toLowerCase()) && !mine.has(name.toLowerCase())) || mine.has(name.toLowerCase()) || used.has(name.toLowerCase()); k++) {
      name = `${wanted.slice(0, 26)} (${k})`;
    }
    if (name !== wanted) issues.push(issue("SHEET_NAME_TAKEN", { wanted, used: name }));
    names[id] = name;
    used.add(name.toLowerCase());
  }
  return { names, issues };
}

/** The registry's sheet: the one found, else "_dvht" (or "_dvht2" … when a clerk's sheet has that name). */
export function registryName(grids: WorkbookGrids, registry: Registry): string {
  if (registry.sheet) return registry.sheet;
  const existing = grids.sheets.map((g) => g.name);
  let n = SHEET_NAMES.registry;
  for (let k = 2; existing.includes(n); k++) n = `${SHEET_NAMES.registry}${k}`;
  return n;
}
