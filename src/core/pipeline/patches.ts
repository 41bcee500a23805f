/**
 * The one patch builder: every write into the clerk's own sheets is decided here, and only these three
 * kinds exist — the evidence codes the evaluation assigned (into code cells the clerk left blank), the
 * points a collective title decides (into point cells left blank), and the result band right of the
 * members table (documents/band.ts lays it out and places it). Nothing else of a clerk's sheet is ever
 * written.
 *
 * Every cell filled is returned as the product's own (what was written, where), for the registry: the
 * next run reads it as blank again and derives it afresh. A cell the product filled before and now has
 * nothing for (the collective title was removed) is emptied, so that no stale value of the product's is
 * ever read back as the clerk's.
 */
import { parseA1 } from "../grid";
import type { Issue } from "../messages";
import type { Model } from "../model";
import type { CellPatch, PlanValue } from "../plan";
import type { EvaluationResult } from "../result";
import type { RuleSet } from "../rules/schema";
import type { FilledCell } from "../read/registry";
import { planBand } from "../documents/band";

/** A patch value that empties a cell (its format kept). */
const EMPTY = "";

export interface Writes {
  patches: CellPatch[];
  filled: FilledCell[];
  issues: Issue[];
}

export function planPatches(model: Model, result: EvaluationResult, ruleSet: RuleSet): Writes {
  const codes = evidenceCodePatches(model, result.evidenceCodes);
  const points = unitPointPatches(model, result, ruleSet);
  const patches = [...codes.patches, ...points.patches];
  const filled = [...codes.filled, ...points.filled];
  const members = model.recognition.find((r) => r.role === "members");
  if (!members || !model.band) return { patches, filled, issues: [] };
  const band = planBand(model.band, members, result, ruleSet);
  return { patches: [...patches, ...band.patches], filled, issues: band.issues };
}

const single = (sheet: string, kind: CellPatch["kind"], cell: string, value: PlanValue): CellPatch => {
  const { row, col } = parseA1(cell);
  return { sheet, kind, top: row, left: col, values: [[value]] };
};

/**
 * One single-cell patch per assigned code, into the blank code cell of its row; none when the evidence
 * sheet has no code column (the codes are then only printed).
 */
export function evidenceCodePatches(model: Model, codes: Record<number, string>): { patches: CellPatch[]; filled: FilledCell[] } {
  const rec = model.recognition.find((r) => r.role === "evidence");
  const out: { patches: CellPatch[]; filled: FilledCell[] } = { patches: [], filled: [] };
  if (!rec || rec.columns.code === undefined) return out;
  for (const ev of model.evidence) {
    const code = codes[ev.row];
    if (code) {
      out.patches.push(single(rec.sheet, "evidence-code", ev.cells.code, code));
      out.filled.push({ kind: "evidence-code", key: code, cell: ev.cells.code, value: code });
    } else if (ev.productCode !== undefined) out.patches.push(single(rec.sheet, "evidence-code", ev.cells.code, EMPTY));
  }
  return out;
}

/** Unit items decided by the collective title: the points (or Đạt / Không đạt, the TT 24 entry) only where the clerk left them blank. */
function unitPointPatches(model: Model, result: EvaluationResult, ruleSet: RuleSet): { patches: CellPatch[]; filled: FilledCell[] } {
  const rec = model.recognition.find((r) => r.role === "unitItems");
  const out: { patches: CellPatch[]; filled: FilledCell[] } = { patches: [], filled: [] };
  if (!rec) return out;
  for (const e of model.unitItems) {
    const cell = e.cells.points;
    if (!cell || model.unitItems.find((u) => u.id === e.id) !== e) continue;
    const it = result.items.find((i) => i.id === e.id);
    if (it?.origin === "collective-title") {
      const value = ruleSet.model === "points" ? (it.points ?? 0) : it.met ? "Đạt" : "Không đạt";
      out.patches.push(single(rec.sheet, "unit-points", cell, value));
      out.filled.push({ kind: "unit-points", key: e.id, cell, value });
    } else if (e.productValue !== undefined) out.patches.push(single(rec.sheet, "unit-points", cell, EMPTY));
  }
  return out;
}
