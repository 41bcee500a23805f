/**
 * The one patch builder: every write into the clerk's own sheets is decided here, and only these three
 * kinds exist — the evidence codes the evaluation assigned (into code cells the clerk left blank), the
 * points a collective title decides (into point cells left blank), and the result band right of the
 * members table (documents/band.ts lays it out). Nothing else of a clerk's sheet is ever written.
 */
import { parseA1 } from "../grid";
import type { BandRecord, Model } from "../model";
import type { CellPatch } from "../plan";
import type { EvaluationResult } from "../result";
import type { RuleSet } from "../rules/schema";
import { planBand } from "../documents/band";

export function planPatches(model: Model, result: EvaluationResult, ruleSet: RuleSet): { patches: CellPatch[]; band?: BandRecord } {
  const patches = [...evidenceCodePatches(model, result.evidenceCodes), ...unitPointPatches(model, result, ruleSet)];
  const members = model.recognition.find((r) => r.role === "members");
  if (!members || !model.band) return { patches };
  const band = planBand(model.band, members, result, ruleSet);
  return { patches: [...patches, band.patch], band: band.record };
}

/**
 * One single-cell patch per assigned code, into the blank code cell of its row; none when the evidence
 * sheet has no code column (the codes are then only printed).
 */
export function evidenceCodePatches(model: Model, codes: Record<number, string>): CellPatch[] {
  const rec = model.recognition.find((r) => r.role === "evidence");
  if (!rec || rec.columns.code === undefined) return [];
  const patches: CellPatch[] = [];
  for (const ev of model.evidence) {
    const code = codes[ev.row];
    if (!code) continue;
    const { row, col } = parseA1(ev.cells.code);
    patches.push({ sheet: rec.sheet, kind: "evidence-code", top: row, left: col, values: [[code]] });
  }
  return patches;
}

/** Unit items decided by the collective title: the points (or Đạt / Không đạt, the TT 24 entry) only where the clerk left them blank. */
function unitPointPatches(model: Model, result: EvaluationResult, ruleSet: RuleSet): CellPatch[] {
  const rec = model.recognition.find((r) => r.role === "unitItems");
  const patches: CellPatch[] = [];
  for (const it of result.items) {
    if (it.origin !== "collective-title") continue;
    const e = model.unitItems.find((u) => u.id === it.id);
    if (!e || !e.cells.points || !rec) continue;
    const { row, col } = parseA1(e.cells.points);
    patches.push({
      sheet: rec.sheet,
      kind: "unit-points",
      top: row,
      left: col,
      values: [[ruleSet.model === "points" ? (it.points ?? 0) : it.met ? "Đạt" : "Không đạt"]],
    });
  }
  return patches;
}
