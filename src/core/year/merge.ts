/**
 * Gộp phiếu tổ (issue 12): the answers of the tổ's returned forms go into the members sheet, by member
 * (the name and the tổ, whatever their Unicode form, case or spacing). Writing into the clerk's sheet is
 * her explicit action, and it writes only what was blank: an answer already in the members sheet is
 * never overwritten (a different one is a conflict, named at its cell), an unknown member or an answer
 * that cannot be read is named at its cell on the form, and a second merge of the same forms finds every
 * answer already there and writes nothing.
 */
import type { CellValue, WorkbookGrids } from "../grid";
import { a1, isCellError } from "../grid";
import { issue, sortIssues, type Issue } from "../messages";
import type { Member } from "../model";
import type { CellPatch, WritePlan } from "../plan";
import { readWorkbook, columnLabel } from "../read";
import { membersTable, readForms, type MembersTable } from "../read/forms";
import { isBlank, parseYesNo } from "../read/values";
import { matchIndividualTitle } from "../rules/titles";
import { show } from "../text/cell";
import { clean, fold } from "../text/vi";
import { NO_GROUP_LABEL } from "../workbook/forms";

export interface FormSource {
  /** The returned form's file name; "" for forms in the clerk's own workbook. */
  source: string;
  grids: WorkbookGrids;
}

export interface FormMergeReport {
  source: string;
  sheet: string;
  group: string;
  /** Rows read on the form. */
  rows: number;
  /** Cells this form fills. */
  filled: number;
}

export interface MergeOutcome {
  /** Nothing can be merged (no members sheet, no form): said by an error. */
  fatal: boolean;
  issues: Issue[];
  /** Patches into the members sheet: only blank answer cells, values as text. */
  plan: WritePlan;
  filled: number;
  /** Answers the members sheet already had, the same. */
  same: number;
  conflicts: number;
  unknown: number;
  forms: FormMergeReport[];
}

/** Names compare as a person is named: NFC, spacing and case aside, diacritics kept ("Lê Văn An" is not "Lê Văn Ân"). */
export const nameKey = (s: string) => clean(s).toLowerCase();
/** Tổ compare as labels: no case, diacritics or punctuation ("Tổ 1-2" = "to 1 2"). */
export const groupKey = (s: string | undefined) => fold(s ?? "");

type Meaning = { ok: true; key: string; text: string } | { ok: false; shown: string };

/** What an answer means: yes/no for a flag or a competence, a title's rank for the emulation title. */
function meaning(field: string, v: CellValue): Meaning {
  if (field === "title") {
    const text = clean(show(v));
    const t = matchIndividualTitle(text);
    return t ? { ok: true, key: t.code, text } : { ok: false, shown: text };
  }
  if (isCellError(v)) return { ok: false, shown: v.error };
  const yn = parseYesNo(v);
  return yn.ok ? { ok: true, key: yn.value ? "yes" : "no", text: yn.value ? "Có" : "Không" } : { ok: false, shown: yn.shown };
}

const label = (field: string) => (/^c[1-8]$/.test(field) ? `Năng lực CDHT ${field.slice(1)}` : columnLabel(field));

export function mergeTeamForms(grids: WorkbookGrids, sources: FormSource[]): MergeOutcome {
  const issues: Issue[] = [];
  const none = (fatalIssues: Issue[]): MergeOutcome => ({
    fatal: true,
    issues: fatalIssues,
    plan: { sheets: [], patches: [] },
    filled: 0,
    same: 0,
    conflicts: 0,
    unknown: 0,
    forms: [],
  });
  const read = readWorkbook(grids);
  const table = membersTable(grids, read.model.recognition);
  if (!table) return none(read.issues.filter((i) => i.code === "NO_MEMBERS_SHEET" || i.code === "AMBIGUOUS_ROLE"));
  const forms = sources.flatMap((s) => readForms(s.grids).map((f) => ({ source: s.source, form: f })));
  if (forms.length === 0) return none([issue("FORMS_NONE")]);
  const year = read.model.unit.year;

  // Members by tổ and name.
  const byKey = new Map<string, Member[]>();
  const byName = new Map<string, Member[]>();
  for (const m of read.model.members) {
    const k = `${groupKey(m.group)}\u0000${nameKey(m.name)}`;
    byKey.set(k, [...(byKey.get(k) ?? []), m]);
    byName.set(nameKey(m.name), [...(byName.get(nameKey(m.name)) ?? []), m]);
  }
  /** Planned writes by cell: what was written and by which form (a second form that differs is said). */
  const planned = new Map<string, { text: string; key: string; form: string }>();
  const patches: CellPatch[] = [];
  const reports: FormMergeReport[] = [];
  let same = 0;
  let conflicts = 0;
  let unknown = 0;
  for (const { source, form } of forms) {
    const where = { source, formSheet: form.sheet };
    const groupLabel = form.marker.group || NO_GROUP_LABEL;
    const report: FormMergeReport = { source, sheet: form.sheet, group: groupLabel, rows: form.rows.length, filled: 0 };
    reports.push(report);
    if (form.fields.length === 0) {
      issues.push(issue("FORM_NO_TABLE", where, { sheet: source ? undefined : form.sheet }));
      continue;
    }
    if (year !== undefined && form.marker.year !== null && form.marker.year !== year) {
      issues.push(issue("FORM_OTHER_YEAR", { ...where, formYear: form.marker.year, year }, { sheet: source ? undefined : form.sheet }));
      continue;
    }
    const missingColumn = new Set<string>();
    const seen = new Set<Member>();
    for (const row of form.rows) {
      const at = { sheet: form.sheet, cell: row.nameCell };
      if (!row.name) {
        issues.push(issue("FORM_ROW_WITHOUT_NAME", { ...where, row: row.row }, at));
        continue;
      }
      const found = byKey.get(`${groupKey(form.marker.group)}\u0000${nameKey(row.name)}`) ?? [];
      if (found.length === 0) {
        if (row.answers.length === 0) continue; // a spare row with a name only: nothing to merge
        const elsewhere = [...new Set((byName.get(nameKey(row.name)) ?? []).map((m) => m.group || NO_GROUP_LABEL))].join(", ");
        issues.push(
          issue("FORM_UNKNOWN_MEMBER", { ...where, name: row.name, group: groupLabel, elsewhere: elsewhere || undefined, membersSheet: table.sheet }, at),
        );
        unknown++;
        continue;
      }
      if (found.length > 1) {
        issues.push(
          issue("FORM_AMBIGUOUS_MEMBER", { ...where, name: row.name, group: groupLabel, count: found.length, rows: found.map((m) => m.row).join(", ") }, at),
        );
        continue;
      }
      const member = found[0];
      seen.add(member);
      for (const ans of row.answers) {
        const mean = meaning(ans.field, ans.value);
        const column = label(ans.field);
        if (!mean.ok) {
          issues.push(issue("FORM_BAD_ANSWER", { ...where, name: row.name, column, value: mean.shown }, { sheet: form.sheet, cell: ans.cell }));
          continue;
        }
        const col = table.columns[ans.field];
        if (col === undefined) {
          if (!missingColumn.has(ans.field)) issues.push(issue("FORM_NO_COLUMN", { ...where, column, membersSheet: table.sheet }, { sheet: table.sheet }));
          missingColumn.add(ans.field);
          continue;
        }
        const cell = a1(member.row - 1, col);
        const outcome = place(table, member, col, cell, ans.field, mean, ans.cell, where, planned, issues);
        if (outcome === "filled") {
          patches.push({ sheet: table.sheet, kind: "member-answer", top: member.row - 1, left: col, values: [[mean.text]] });
          report.filled++;
        } else if (outcome === "same") same++;
        else if (outcome === "conflict") conflicts++;
      }
    }
    // Members of the tổ the form does not list (a row deleted): their answers are still to come.
    const missing = read.model.members.filter((m) => groupKey(m.group) === groupKey(form.marker.group) && !seen.has(m));
    if (missing.length && form.rows.length)
      issues.push(
        issue("FORM_MEMBERS_MISSING", {
          ...where,
          group: groupLabel,
          count: missing.length,
          names: missing
            .slice(0, 6)
            .map((m) => m.name)
            .join(", ")
            .concat(missing.length > 6 ? " …" : ""),
        }),
      );
  }
  const sheetOrder = [...grids.sheets.map((g) => g.name), ...forms.map((f) => f.form.sheet)];
  const filled = patches.length;
  return {
    fatal: false,
    issues: sortIssues(issues, sheetOrder),
    plan: { sheets: [], patches },
    filled,
    same,
    conflicts,
    unknown,
    forms: reports,
  };
}

/** One answer against the members sheet: fill a blank cell, find the same answer there, or a conflict. */
function place(
  table: MembersTable,
  member: Member,
  col: number,
  cell: string,
  field: string,
  mean: { key: string; text: string },
  formCell: string,
  where: { source: string; formSheet: string },
  planned: Map<string, { text: string; key: string; form: string }>,
  issues: Issue[],
): "filled" | "same" | "conflict" | "twice" {
  const column = label(field);
  const current = table.cell(member.row, col);
  const at = { sheet: table.sheet, cell };
  if (!isBlank(current)) {
    const now = meaning(field, current);
    if (now.ok && now.key === mean.key) return "same";
    issues.push(issue("FORM_CONFLICT", { ...where, name: member.name, column, current: show(current), value: mean.text, formCell }, at));
    return "conflict";
  }
  const before = planned.get(cell);
  if (before) {
    if (before.key === mean.key) return "same";
    issues.push(issue("FORM_TWICE", { ...where, name: member.name, column, first: before.text, firstForm: before.form, value: mean.text }, at));
    return "twice";
  }
  planned.set(cell, { text: mean.text, key: mean.key, form: where.source ? `phiếu '${where.source}'` : `trang '${where.formSheet}'` });
  return "filled";
}
