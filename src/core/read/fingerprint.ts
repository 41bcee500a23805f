/**
 * A fingerprint of the clerk's inputs (issue 12, Hoàn tất): the cells of every sheet the reader took as
 * input ("Thông tin", the members table without the product's result band, the unit items, the
 * evidence, the report's prose), as text, hashed. Stamped with the result's hash when the workbook is
 * finalized, it names exactly the data that was submitted.
 */
import { cellAt, type WorkbookGrids } from "../grid";
import type { Model } from "../model";
import { show } from "../text/cell";
import { fnv1a64 } from "../text/hash";

export function inputsFingerprint(grids: WorkbookGrids, model: Model): string {
  // The members sheet without the product's result band (its columns, wherever it sits).
  const band = new Set(model.band?.previous?.columns ?? []);
  const sheets = new Map<string, ReadonlySet<number>>();
  if (model.unit.sheet) sheets.set(model.unit.sheet, new Set());
  for (const r of model.recognition) sheets.set(r.sheet, r.role === "members" && model.band?.sheet === r.sheet ? band : new Set());
  const parts: string[] = [];
  for (const [name, skip] of [...sheets].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const g = grids.sheets.find((s) => s.name === name);
    if (!g) continue;
    parts.push(`#${name}`);
    for (let r = 0; r < g.values.length; r++) {
      const width = g.values[r]?.length ?? 0;
      const line: string[] = [];
      for (let c = 0; c < width; c++) line.push(skip.has(c) ? "" : show(cellAt(g, r, c)));
      while (line.length && line[line.length - 1] === "") line.pop();
      if (line.length) parts.push(`${r}\t${line.join("\t")}`);
    }
  }
  return fnv1a64(parts.join("\n"));
}

const norm = (v: unknown) => (v === null || v === undefined ? "" : show(v as never)).replace(/\s+/g, " ").trim();

/**
 * Whether a product sheet on file shows what a plan would write now (Hoàn tất's "the dossier was made
 * from the current data"): the same text in every cell, spacing aside. A sheet missing is not the same.
 */
export function sheetShows(grids: WorkbookGrids, plan: { name: string; values: unknown[][] }): boolean {
  const g = grids.sheets.find((s) => s.name === plan.name);
  if (!g) return false;
  const rows = Math.max(g.values.length, plan.values.length);
  for (let r = 0; r < rows; r++) {
    const a = plan.values[r] ?? [];
    const b = g.values[r] ?? [];
    for (let c = 0; c < Math.max(a.length, b.length); c++) if (norm(a[c]) !== norm(b[c])) return false;
  }
  return true;
}
