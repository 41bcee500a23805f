/**
 * Stage 4: the names of the sheets this run writes. A sheet proved the product's (its marker, read/registry.ts)
 * keeps its name; any other takes its preferred name (workbook/sheets.ts), or "name (2)", "(3)" … when a
 * sheet that is not the product's already holds it: a clerk's sheet is never overwritten, and the clerk
 * is told, on every run. Names compare as Excel compares them, NFC and NFD spellings alike.
 */
import type { WorkbookGrids } from "../grid";
import { issue } from "../messages/run";
import type { Issue } from "../messages";
import type { RuleSet } from "../rules/schema";
import type { Registry } from "../read/registry";
import { SHEET_NAMES } from "../workbook/sheets";
import { sheetKey } from "../workbook/marker";
import { LOG_ID } from "../workbook/overrides";

const DOSSIER_IDS = ["bao-cao", "bien-ban", "danh-muc-minh-chung", "tong-hop-to", "ke-hoach-tien-do", "ke-hoach-tien-do-auto", "thong-bao"];
/** Under TT 24 the dossier also holds the decision setting up the Tổ đánh giá and the request letter. */
const DOSSIER_IDS_TT24 = ["to-trinh", "qd-to-danh-gia"];

/** The sheet of every evaluation: TT 22's Biểu điểm, or TT 24's Bản tổng hợp in its place. */
export function resultSheetId(ruleSet: RuleSet): "bieu-diem" | "tong-hop-tt24" {
  return ruleSet.model === "indicators" ? "tong-hop-tt24" : "bieu-diem";
}

/**
 * The product's sheets a run writes: only Kiểm tra when nothing can be evaluated; the log of the council's
 * overrides when there are overrides, or a log already (it is never dropped).
 */
export function wantedSheets(fatal: boolean, ruleSet: RuleSet, dossier: boolean, log = false): string[] {
  if (fatal) return ["kiem-tra"];
  const dossierIds = dossier ? [...DOSSIER_IDS, ...(ruleSet.model === "indicators" ? DOSSIER_IDS_TT24 : [])] : [];
  return ["kiem-tra", resultSheetId(ruleSet), "ket-qua", ...(log ? [LOG_ID] : []), ...dossierIds];
}

export function nameSheets(grids: WorkbookGrids, registry: Registry, ids: string[]): { names: Record<string, string>; issues: Issue[] } {
  const owned = registry.owned;
  const taken = new Set(grids.sheets.map((g) => sheetKey(g.name)));
  const mine = new Set(Object.values(owned).map(sheetKey));
  const names: Record<string, string> = {};
  const issues: Issue[] = [];
  const used = new Set<string>();
  for (const id of ids) {
    const wanted = SHEET_NAMES[id] ?? id;
    const wantedKey = sheetKey(wanted);
    if (owned[id]) {
      // The product's sheet keeps its name, as the workbook spells it.
      names[id] = owned[id];
      used.add(sheetKey(owned[id]));
      // Its preferred name is still a clerk's sheet: the clerk is told on every run, not only the first.
      if (sheetKey(owned[id]) !== wantedKey && taken.has(wantedKey) && !mine.has(wantedKey))
        issues.push(issue("SHEET_NAME_TAKEN", { wanted, used: owned[id] }));
      continue;
    }
    let name = wanted;
    for (let k = 2; taken.has(sheetKey(name)) || mine.has(sheetKey(name)) || used.has(sheetKey(name)); k++) {
      name = `${wanted.slice(0, 26)} (${k})`;
    }
    if (name !== wanted) issues.push(issue("SHEET_NAME_TAKEN", { wanted, used: name }));
    names[id] = name;
    used.add(sheetKey(name));
  }
  return { names, issues };
}

/** The registry's sheet: the one found, else "_dvht" (or "_dvht2" … when a clerk's sheet has that name). */
export function registryName(grids: WorkbookGrids, registry: Registry): string {
  if (registry.sheet) return registry.sheet;
  const existing = new Set(grids.sheets.map((g) => sheetKey(g.name)));
  let n = SHEET_NAMES.registry;
  for (let k = 2; existing.has(sheetKey(n)); k++) n = `${SHEET_NAMES.registry}${k}`;
  return n;
}
