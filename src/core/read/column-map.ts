/**
 * The clerk says which column is which (workbook.md, "Reading"): where a header of the members sheet is
 * her school's own wording, she maps it once to the column the product needs. The mapping is stored in
 * "Thông tin" as her own rows, so it travels with the file and every later run uses it, in Excel and on
 * the command line alike:
 *
 *   | Cột: Danh hiệu thi đua | Thi đua cuối năm |      (also: | Cột | Danh hiệu thi đua | Thi đua cuối năm |)
 *
 * The pane writes such a row when she picks a header for a missing column; the command line's
 * `--cot "Danh hiệu thi đua=Thi đua cuối năm"` applies to its run and is written there too when the run
 * writes a workbook (pipeline/column-map.ts).
 */
import { a1, parseA1, type SheetGrid } from "../grid";
import { issue } from "../messages/run";
import type { Issue } from "../messages";
import type { ColumnMapping, InfoRow } from "../model";
import { clean, fold } from "../text/vi";
import { show } from "../text/cell";
import { columnLabel, headerKey, MEMBER_COLUMNS, matchScore } from "./headers";
import { isBlank } from "./values";

/** A mapping as the command line gives it: the product's column, the sheet's header. */
export interface ColumnOption {
  column: string;
  header: string;
}

/** The key of a mapping row in "Thông tin", folded: "Cột: Danh hiệu thi đua" → "cot danh hieu thi dua". */
const KEY = /^cot(?: |$)/;

export const COLUMN_KEY_WORD = "Cột";

/** The key the product writes for a field: "Cột: Danh hiệu thi đua". */
export function columnKeyText(field: string): string {
  return `${COLUMN_KEY_WORD}: ${columnLabel(mappingField(field))}`;
}

/** The 8 competence columns are mapped as the one column that answers for all of them. */
function mappingField(field: string): string {
  return field === "competences" ? "competencesAll" : field;
}

const MAPPABLE = MEMBER_COLUMNS.map((s) => s.field);

/** The columns a clerk may name, as she names them. */
export function mappableLabels(): string[] {
  return MAPPABLE.map(columnLabel);
}

/**
 * The member field a clerk's name for a column means: a label as messages give it ("Danh hiệu thi
 * đua"), or any words the reader takes for that column ("Danh hiệu TĐ"); null when none.
 */
export function mappableColumn(label: string): string | null {
  const f = fold(label);
  if (!f) return null;
  const byLabel = [...MAPPABLE, "competences"].find((x) => fold(columnLabel(x)) === f);
  if (byLabel) return mappingField(byLabel);
  const key = headerKey(label);
  let best: { field: string; score: number } = { field: "", score: 0 };
  for (const s of MEMBER_COLUMNS) {
    const sc = matchScore(key, s);
    if (sc > best.score) best = { field: s.field, score: sc };
  }
  return best.field || null;
}

/** The header cells a mapping compares: the reader's own key of a header. */
export function mappingKey(header: string): string {
  return headerKey(header);
}

/**
 * A mapping row of "Thông tin", as its parts: "Cột: <column> | <header>", or "Cột | <column> | <header>";
 * `cell` is where the header is (or goes). Null for any other row.
 */
export function mappingRow(r: InfoRow): { label: string; header: string; cell: string } | null {
  if (!KEY.test(r.keyFolded)) return null;
  // "Cột", "CỘT", "Cot", with or without a colon.
  const inKey = clean(r.key.replace(/^\s*c\S{1,2}t\s*[:\-–—.]?\s*/iu, ""));
  const label = inKey || (typeof r.value === "string" ? clean(r.value) : "");
  const headerValue = inKey ? r.value : (r.extra ?? null);
  const header = headerValue === null || headerValue === undefined ? "" : show(headerValue);
  const cell = inKey ? r.valueCell : (r.extraCell ?? a1(r.row - 1, parseA1(r.valueCell).col + 1));
  return { label, header, cell };
}

/** The mappings typed in "Thông tin", each with its cell; unknown columns and a column mapped twice are errors at their cells. */
export function readColumnMap(rows: InfoRow[], sheet: string | undefined): { mappings: ColumnMapping[]; issues: Issue[] } {
  const mappings: ColumnMapping[] = [];
  const issues: Issue[] = [];
  for (const r of rows) {
    const parts = mappingRow(r);
    if (!parts) continue;
    const { label, header, cell } = parts;
    if (!label || !header) continue;
    const field = mappableColumn(label);
    if (!field) {
      issues.push(issue("COLUMN_MAP_UNKNOWN_COLUMN", { column: label, known: mappableLabels().join(", ") }, { sheet, cell: r.keyCell ?? r.valueCell }));
      continue;
    }
    const before = mappings.find((m) => m.field === field || mappingKey(m.header) === mappingKey(header));
    if (before) {
      issues.push(issue("COLUMN_MAP_TWICE", { column: columnLabel(field), header }, { sheet, cell }));
      continue;
    }
    mappings.push({ field, header, from: "info", row: r.row, cell });
  }
  return { mappings, issues };
}

/**
 * The command line's mappings over those of "Thông tin": for the same column the option wins (and is
 * written over the stored one when the run writes the workbook).
 */
export function withOptions(stored: ColumnMapping[], options: ColumnOption[], infoSheet: string | undefined): { mappings: ColumnMapping[]; issues: Issue[] } {
  const issues: Issue[] = [];
  const out = [...stored];
  for (const o of options) {
    const field = mappableColumn(o.column);
    const header = clean(o.header);
    if (!field) {
      issues.push(issue("COLUMN_MAP_UNKNOWN_COLUMN", { column: o.column, known: mappableLabels().join(", ") }));
      continue;
    }
    if (!header) continue;
    const at = out.findIndex((m) => m.field === field);
    const stored = at >= 0 ? out[at] : undefined;
    const mapping: ColumnMapping = { field, header, from: "option", row: stored?.row, cell: stored?.cell, stored: stored?.header };
    if (at >= 0) out[at] = mapping;
    else out.push(mapping);
  }
  // Two columns cannot be one header.
  const seen = new Map<string, ColumnMapping>();
  const kept: ColumnMapping[] = [];
  for (const m of out) {
    const k = mappingKey(m.header);
    const prev = seen.get(k);
    if (prev) {
      issues.push(
        issue("COLUMN_MAP_TWICE", { column: columnLabel(m.field), header: m.header }, m.cell && m.from === "info" ? { sheet: infoSheet, cell: m.cell } : {}),
      );
      continue;
    }
    seen.set(k, m);
    kept.push(m);
  }
  return { mappings: kept, issues };
}

/** header key → field, for the header matcher. */
export function mappedKeys(mappings: ColumnMapping[]): Map<string, string> {
  return new Map(mappings.map((m) => [mappingKey(m.header), m.field]));
}

/**
 * Every mapping names a header of the members sheet's header rows; one that does not is an error at its
 * cell (the clerk's "Thông tin" row), listing the headers the reader did not recognise.
 */
export function checkColumnMap(
  mappings: ColumnMapping[],
  members: { sheet: SheetGrid; rows: number[]; unrecognised: { header: string }[] } | undefined,
  infoSheet: string | undefined,
): Issue[] {
  const issues: Issue[] = [];
  const present = new Set<string>();
  if (members)
    for (const r of members.rows)
      for (const v of members.sheet.values[r] ?? []) if (!isBlank(v ?? null) && typeof v !== "object") present.add(mappingKey(show(v)));
  for (const m of mappings) {
    if (members && present.has(mappingKey(m.header))) continue;
    const headers = members?.unrecognised.map((u) => `"${u.header}"`).join(", ") ?? "";
    issues.push(
      issue(
        "COLUMN_MAP_NOT_FOUND",
        { column: columnLabel(m.field), header: m.header, sheet: members?.sheet.name ?? "Thành viên", headers },
        // A command-line mapping points nowhere in the workbook (not at the row it would replace).
        m.cell && m.from === "info" ? { sheet: infoSheet, cell: m.cell } : {},
      ),
    );
  }
  return issues;
}
