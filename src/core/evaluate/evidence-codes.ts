/**
 * Evidence codes (docs/domain/rules.md §7). Neither circular sets a format; the product's default is the
 * accreditation style `H{group}-{group}.{item}-{nn}` with TT 22 items a/b/c/d numbered 1/2/3/4
 * (2c → H2-2.3-01). Codes a school already uses are kept exactly as written.
 *
 * Codes are assigned once per run, by evaluate() into result.evidenceCodes: every document prints them
 * and the one patch builder (pipeline/patches.ts) writes them back into the blank code cells, so the
 * code written back to the evidence sheet is the code printed in the danh mục.
 */
import type { Evidence } from "../model";
import type { RuleSet } from "../rules/schema";
import { fold } from "../text/vi";
import { writtenCode } from "../text/codes";
import { itemNumber, groupNumber } from "../rules/ids";

/** "H2-2.3-" for item 2c (TT 22) or "H2-2.1-" for indicator 2.1 (TT 24); null for an unknown item. */
export function codePrefix(itemId: string, ruleSet: RuleSet): string | null {
  const it = findItem(itemId, ruleSet);
  if (!it) return null;
  const n = itemNumber(it.id);
  const g = groupNumber(it.group);
  if (!n) return null;
  return `H${g}-${g}.${n.num}-`;
}

function findItem(id: string, ruleSet: RuleSet) {
  const f = fold(id).replace(/\s+/g, "");
  return ruleSet.items.find((i) => fold(i.id).replace(/\s+/g, "") === f);
}

/** The first item of the row that the rule set knows (the order the clerk wrote them in). */
export function primaryItem(e: Evidence, ruleSet: RuleSet): string | null {
  for (const id of e.items) {
    const it = findItem(id, ruleSet);
    if (it) return it.id;
  }
  return null;
}

const CODE_RE = /^\[?\s*(H\d+-\d+\.\d+-)(\d+)\s*\]?$/i;

/**
 * Codes for the evidence rows whose code cell is blank, keyed by the row (1-based Excel row).
 * Rows are numbered in sheet order; each prefix continues after the highest number already used
 * with that prefix (so a new row never takes a code a clerk already wrote, even out of order).
 * Rows that name no known item get no code: the danh mục lists them as "chưa gắn tiêu chí" and the
 * clerk decides (no guessing).
 */
export function assignEvidenceCodes(evidence: Evidence[], ruleSet: RuleSet): Map<number, string> {
  const highest = new Map<string, number>();
  const used = new Set<string>();
  for (const e of evidence) {
    const c = writtenCode(e.code);
    if (!c) continue;
    used.add(c.toUpperCase());
    const m = CODE_RE.exec(c);
    if (m) {
      const p = m[1].toUpperCase();
      highest.set(p, Math.max(highest.get(p) ?? 0, Number(m[2])));
    }
  }
  const out = new Map<number, string>();
  const rows = [...evidence].sort((a, b) => a.row - b.row);
  for (const e of rows) {
    if (writtenCode(e.code)) continue;
    const item = primaryItem(e, ruleSet);
    if (!item) continue;
    const prefix = codePrefix(item, ruleSet);
    if (!prefix) continue;
    let n = (highest.get(prefix) ?? 0) + 1;
    let code = `${prefix}${pad(n)}`;
    while (used.has(code.toUpperCase())) code = `${prefix}${pad(++n)}`;
    highest.set(prefix, n);
    used.add(code.toUpperCase());
    out.set(e.row, code);
  }
  return out;
}

const pad = (n: number) => (n < 10 ? `0${n}` : String(n));

/** Every row's code: the one written, else the one assigned (undefined when none could be assigned). */
export function effectiveEvidenceCodes(evidence: Evidence[], ruleSet: RuleSet): Map<number, string | undefined> {
  const assigned = assignEvidenceCodes(evidence, ruleSet);
  const out = new Map<number, string | undefined>();
  for (const e of evidence) out.set(e.row, writtenCode(e.code) ?? assigned.get(e.row));
  return out;
}
