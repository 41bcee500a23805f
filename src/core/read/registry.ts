/**
 * The product's registry: a very hidden sheet "_dvht" listing the sheets the product owns and the
 * result band it wrote. It is how the add-in recognises its own output (and never a clerk's sheet
 * of the same name), and how a re-run finds and replaces exactly the band it wrote before.
 */
import { cellAt, type SheetGrid, type WorkbookGrids } from "../grid";
import type { BandRecord } from "../model";
import type { PlanValue, SheetPlan } from "../plan";
import { show } from "../text/cell";

export const REGISTRY_MAGIC = "dvht-registry";

export interface Registry {
  sheet?: string;
  owned: Record<string, string>; // id → sheet name
  bands: BandRecord[];
}

export function isRegistry(g: SheetGrid): boolean {
  return show(cellAt(g, 0, 0)) === REGISTRY_MAGIC;
}

export function readRegistry(grids: WorkbookGrids): Registry {
  const g = grids.sheets.find(isRegistry);
  const reg: Registry = { owned: {}, bands: [] };
  if (!g) return reg;
  reg.sheet = g.name;
  const names = new Set(grids.sheets.map((s) => s.name));
  for (const row of g.values.slice(1)) {
    const kind = show(row[0] ?? null);
    if (kind === "sheet") {
      const id = show(row[1] ?? null);
      const name = show(row[2] ?? null);
      // A registered sheet the clerk has since deleted is simply no longer ours.
      if (id && name && names.has(name)) reg.owned[id] = name;
    } else if (kind === "band") {
      const nums = [3, 4, 5, 6].map((i) => Number(row[i]));
      if (nums.every((n) => Number.isInteger(n) && n >= 0)) {
        reg.bands.push({ sheet: show(row[2] ?? null) || show(row[1] ?? null), start: nums[0], width: nums[1], top: nums[2], bottom: nums[3] });
      }
    }
  }
  return reg;
}

export function registryPlan(owned: Record<string, string>, bands: BandRecord[], name: string): SheetPlan {
  const values: PlanValue[][] = [[REGISTRY_MAGIC, "1", "Trang này do phần mềm Đơn vị học tập (dvht) quản lý. Không sửa."]];
  for (const [id, sheet] of Object.entries(owned).sort(([a], [b]) => (a < b ? -1 : 1))) values.push(["sheet", id, sheet]);
  for (const b of bands) values.push(["band", "members", b.sheet, b.start, b.width, b.top, b.bottom]);
  const width = Math.max(...values.map((r) => r.length));
  return {
    id: "registry",
    name,
    values: values.map((r) => [...r, ...new Array(width - r.length).fill(null)]),
    styles: [],
    merges: [],
    columnWidths: [],
    visibility: "veryHidden",
  };
}
