/**
 * Evidence by item, as every dossier document needs it: the rows of the evidence sheet that name an
 * item (one row may support several items), with their code (written, or assigned by the evaluation),
 * plus the codes the council wrote against a unit item. Computed once per dossier.
 */
import type { Evidence } from "../../model";
import type { DocContext } from "../context";
import { fold } from "../../text/vi";
import { compareCodes, writtenCode } from "../../text/codes";

export interface EvidenceEntry {
  e: Evidence;
  code?: string;
}

export interface EvidenceIndex {
  byItem: Map<string, EvidenceEntry[]>;
  /** Rows that name no item the rule set knows. */
  unplaced: EvidenceEntry[];
  /** All codes relevant to an item (evidence sheet + the council's codes), natural order, unique. */
  codesFor(itemId: string): string[];
  /** Every effective code of the evidence sheet, in row order. */
  allCodes: string[];
  /** A code as documents print it: a code the council wrote that the evidence sheet lacks is marked. */
  show(code: string): string;
}

export function indexEvidence(ctx: DocContext): EvidenceIndex {
  // A row's code: the one the clerk wrote, else the one the evaluation assigned (undefined: none could be).
  const codeOf = (e: Evidence) => writtenCode(e.code) ?? ctx.result.evidenceCodes[e.row];
  const known = new Map(ctx.ruleSet.items.map((i) => [fold(i.id).replace(/\s+/g, ""), i.id]));
  const byItem = new Map<string, EvidenceEntry[]>();
  const unplaced: EvidenceEntry[] = [];
  const rows = [...ctx.model.evidence].sort((a, b) => a.row - b.row);
  for (const e of rows) {
    const entry = { e, code: codeOf(e) };
    const ids = [...new Set(e.items.map((x) => known.get(fold(x).replace(/\s+/g, ""))).filter((x): x is string => !!x))];
    if (!ids.length) unplaced.push(entry);
    for (const id of ids) {
      const list = byItem.get(id) ?? [];
      list.push(entry);
      byItem.set(id, list);
    }
  }
  // Within an item: by code (natural order), rows without a code last in row order.
  for (const list of byItem.values()) list.sort((a, b) => (a.code && b.code ? compareCodes(a.code, b.code) : a.code ? -1 : b.code ? 1 : a.e.row - b.e.row));
  const council = new Map(ctx.result.items.map((i) => [i.id, i.evidence]));
  const allCodes = rows.map(codeOf).filter((c): c is string => !!c);
  const listed = new Set(allCodes.map((c) => c.toUpperCase()));
  return {
    byItem,
    unplaced,
    allCodes,
    // The reader already reports such a code as an error; the printed text must not hide it either.
    show: (code: string) => (listed.has(code.toUpperCase()) ? code : `${code} (chưa có trong danh mục)`),
    codesFor(itemId: string) {
      const set = new Set<string>();
      for (const c of council.get(itemId) ?? []) if (c) set.add(c);
      for (const x of byItem.get(itemId) ?? []) if (x.code) set.add(x.code);
      return [...set].sort(compareCodes);
    },
  };
}
