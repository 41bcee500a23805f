/**
 * Stages 3 and 6: can the workbook be evaluated under the chosen rules (the members sheet has the
 * columns the rule set tests), and does it fit them (unit items, evidence).
 */
import { issue } from "../messages/run";
import type { Issue } from "../messages";
import type { Model } from "../model";
import type { RuleSet } from "../rules/schema";
import { isTt24, tt24RuleSet, type Tt24Unit } from "../rules/tt24";
import { INPUT_SHEET_NAMES } from "../workbook/sheets";
import { columnLabel } from "../read";
import { codeKey } from "../text/codes";
import { indicatorApplicability } from "../evaluate/tt24/applicability";

/** Thông tư 24: the indicators that apply to the unit at neither level (their columns are not needed). */
export function notApplicableIds(ruleSet: RuleSet, unit: Tt24Unit | undefined): Set<string> {
  if (!isTt24(ruleSet) || !unit) return new Set();
  const out = new Set<string>();
  for (const it of tt24RuleSet(unit.tier).indicators)
    if ((["M1", "M2"] as const).every((lv) => !indicatorApplicability(it, lv, unit).indicator.applies)) out.add(it.id);
  return out;
}

/**
 * The members sheet must have every column the rule set tests (a TT 24 workbook needs no TT 22 column
 * and the reverse; an indicator that does not apply to the unit needs none), and someone to count. A
 * missing column is fatal (nothing can be scored); so is a sheet where every member is excluded, unless
 * the reader already found the workbook unusable.
 */
export function checkColumns(
  model: Model,
  ruleSet: RuleSet,
  readFatal: boolean,
  notApplicable: ReadonlySet<string> = new Set(),
): { fatal: boolean; issues: Issue[]; missing: string[] } {
  const issues: Issue[] = [];
  const missing: string[] = [];
  let fatal = false;
  const memRec = model.recognition.find((r) => r.role === "members");
  if (!memRec) return { fatal, issues, missing };
  const hr = memRec.headerRows[memRec.headerRows.length - 1];
  // The headers the reader found no column in: the clerk may map one of them (read/column-map.ts).
  const headers = (memRec.unrecognised ?? []).map((u) => `"${u.header}"`).join(", ");
  for (const col of requiredColumns(ruleSet, notApplicable)) {
    const present = col === "competences" ? memRec.columns.c1 !== undefined || memRec.columns.competencesAll !== undefined : memRec.columns[col] !== undefined;
    if (!present) {
      issues.push(
        issue(
          "MISSING_COLUMN",
          { column: columnLabel(col), mapAs: columnLabel(col === "competences" ? "competencesAll" : col), row: hr, headers },
          { sheet: memRec.sheet },
        ),
      );
      missing.push(col);
      fatal = true;
    }
  }
  if (!readFatal && !fatal && model.members.length > 0 && model.members.every((m) => m.excludedReason)) {
    issues.push(issue("NO_COUNTED_MEMBERS", {}, { sheet: memRec.sheet }));
    fatal = true;
  }
  // A new year's workbook (Tạo sổ năm sau) before anyone answered: not a score of 0%, but "not yet filled".
  if (!readFatal && !fatal && model.members.length > 0 && model.members.every((m) => m.unanswered)) {
    issues.push(
      issue("MEMBERS_NOT_FILLED", { count: model.members.length, year: model.unit.year ?? "" }, { sheet: memRec.sheet, cell: `A${memRec.firstDataRow}` }),
    );
    fatal = true;
  }
  return { fatal, issues, missing };
}

/** Columns a rule set needs on the members sheet (the tổ's forms ask exactly these, year/forms.ts). */
export function requiredColumns(ruleSet: RuleSet, notApplicable: ReadonlySet<string>): string[] {
  const out = new Set<string>(["name"]);
  for (const it of ruleSet.items) {
    if (notApplicable.has(it.id)) continue;
    const t = it.test;
    if (!t) continue;
    if (t.kind === "flag") out.add(t.field);
    else if (t.kind === "titleAtLeast") out.add("title");
    else out.add("competences");
  }
  return [...out];
}

/**
 * The workbook against the rule set: unit items the rule set does not know or that are entered twice,
 * evidence codes written twice, evidence naming unknown items or none, codes the council cites that the
 * evidence sheet lacks, items without any evidence. `assigned` are the codes the evaluation assigned to
 * blank code cells (they count as the rows' codes when they are written back, i.e. with a code column).
 */
export function checkAgainstRules(model: Model, ruleSet: RuleSet, assigned: Record<number, string>): Issue[] {
  const issues: Issue[] = [];
  const known = new Set(ruleSet.items.map((i) => i.id));
  const knownList = ruleSet.items.map((i) => i.id).join(", ");
  const unitSheet = model.recognition.find((r) => r.role === "unitItems")?.sheet;
  const evSheet = model.recognition.find((r) => r.role === "evidence")?.sheet;
  // Unit item rows: unknown ids and duplicates.
  const seen = new Map<string, number>();
  for (const e of model.unitItems) {
    if (e.id.startsWith("?") || !known.has(e.id)) {
      issues.push(
        issue(
          "UNKNOWN_ITEM",
          { value: e.id.replace(/^\?/, ""), ruleSet: ruleSet.legalSource.document, known: knownList },
          { sheet: unitSheet, cell: e.cells.id },
        ),
      );
      continue;
    }
    const prev = seen.get(e.id);
    if (prev !== undefined) issues.push(issue("DUPLICATE_UNIT_ITEM", { item: e.id, other: prev }, { sheet: unitSheet, cell: e.cells.id }));
    else seen.set(e.id, e.row);
    // A member item typed here is not used (member items are computed from the members sheet); the clerk
    // is told where the council's own decision goes instead.
    const rule = ruleSet.items.find((i) => i.id === e.id);
    if (rule?.measuredOn === "members" && ((e.points !== undefined && e.points !== null) || (e.met !== undefined && e.met !== null))) {
      const sheet = model.recognition.find((r) => r.role === "overrides")?.sheet ?? INPUT_SHEET_NAMES.overrides;
      issues.push(issue("MEMBER_ITEM_IN_UNIT_SHEET", { item: e.id, sheet }, { sheet: unitSheet, cell: e.cells.points ?? e.cells.id, itemId: e.id }));
    }
  }
  // Evidence: duplicate codes, unknown items, rows naming no item.
  const codes = new Map<string, number>();
  for (const ev of model.evidence) {
    const code = ev.code ?? assigned[ev.row];
    if (ev.code) {
      const k = codeKey(ev.code);
      const prev = codes.get(k);
      if (prev !== undefined) issues.push(issue("DUPLICATE_EVIDENCE_CODE", { code: ev.code, other: prev }, { sheet: evSheet, cell: ev.cells.code }));
      else codes.set(k, ev.row);
    } else if (code) codes.set(codeKey(code), ev.row);
    for (const id of ev.items) {
      if (!known.has(id))
        issues.push(
          issue("EVIDENCE_UNKNOWN_ITEM", { value: id, ruleSet: ruleSet.legalSource.document, known: knownList }, { sheet: evSheet, cell: ev.cells.items }),
        );
    }
    if (ev.items.length === 0 && !ev.unknownItems?.length) {
      issues.push(
        issue(
          "EVIDENCE_NO_ITEM",
          { title: ev.title ?? ev.code ?? "", example: isTt24(ruleSet) ? "1.1; 3.2" : "1a; 2c" },
          { sheet: evSheet, cell: ev.cells.items ?? ev.cells.code },
        ),
      );
    }
  }
  for (const ev of model.evidence)
    for (const value of ev.unknownItems ?? [])
      issues.push(issue("EVIDENCE_UNKNOWN_ITEM", { value, ruleSet: ruleSet.legalSource.document, known: knownList }, { sheet: evSheet, cell: ev.cells.items }));
  // Codes cited by the council must exist in the evidence sheet.
  for (const e of model.unitItems) {
    for (const c of e.evidence) {
      if (!codes.has(codeKey(c))) issues.push(issue("EVIDENCE_NOT_FOUND", { code: c }, { sheet: unitSheet, cell: e.cells.evidence }));
    }
  }
  // Every item should have evidence (a row naming it, or a code cited for it). Under TT 24 an indicator
  // without evidence is not met and the evaluation says so (Điều 9.3); member indicators are evidenced
  // by the member list itself (rules.md §3).
  if (isTt24(ruleSet)) return issues;
  for (const it of ruleSet.items) {
    const has = model.evidence.some((ev) => ev.items.includes(it.id)) || model.unitItems.some((e) => e.id === it.id && e.evidence.length > 0);
    if (!has) issues.push(issue("ITEM_WITHOUT_EVIDENCE", { item: it.id }, { itemId: it.id }));
  }
  return issues;
}
