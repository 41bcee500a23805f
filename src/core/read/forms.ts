/**
 * The tổ's forms as the tổ trưởng returns them (issue 12, steps 1–2): each sheet whose first row carries
 * a form marker (workbook/forms.ts) is read like a members table (the same header words), its answers
 * kept raw with their cells so that the merge (year/merge.ts) decides what each means and where it goes.
 * The reader is the only reader of cells: the merge sees these records, never the grids.
 */
import { a1, cellAt, type CellValue, type SheetGrid, type WorkbookGrids } from "../grid";
import { show } from "../text/cell";
import { clean, fold } from "../text/vi";
import { FORM_TOTAL_LABEL, isNotInputMarker, parseFormMarker, type FormMarker } from "../workbook/forms";
import { MEMBER_COLUMNS, matchHeader, type HeaderMatch } from "./headers";
import { isBlank } from "./values";

/** The fields of a members table that hold a member's answers (what a form asks and the merge fills). */
export const ANSWER_FIELDS = [
  "selfStudyPlan",
  "discipline",
  "training",
  "digitalTraining",
  "languageCertificate",
  "languageLevel",
  "title",
  "cdhtTitle",
  "commitment",
  "digitalSkills",
  "familyRegistered",
  "familyRecognised",
  "competencesAll",
] as const;

export interface FormAnswer {
  /** A members field, or "c1" … "c8" for the competences. */
  field: string;
  value: CellValue;
  cell: string;
}

export interface FormRow {
  /** 1-based row on the form. */
  row: number;
  name: string;
  nameCell: string;
  answers: FormAnswer[];
}

export interface FormSheet {
  sheet: string;
  marker: FormMarker;
  /** The answer fields the form has columns for. */
  fields: string[];
  /** The header's last row (1-based), for messages about a column. */
  headerRow: number;
  rows: FormRow[];
}

/** How far down the header of a form is looked for (the NĐ 30 heading and the title sit above it). */
const HEADER_SCAN_ROWS = 40;

/** The marker in a sheet's first row, if any. */
export function formMarkerOf(g: SheetGrid): FormMarker | null {
  for (const v of g.values[0] ?? []) {
    const m = parseFormMarker(v);
    if (m) return m;
  }
  return null;
}

/** Whether a sheet is one the product made for the clerk that is not input (a form, a reference sheet). */
export function isNotInputSheet(g: SheetGrid): boolean {
  return (g.values[0] ?? []).some((v) => isNotInputMarker(v));
}

function answerColumns(m: HeaderMatch): [string, number][] {
  const out: [string, number][] = [];
  for (const f of ANSWER_FIELDS) if (m.columns[f] !== undefined) out.push([f, m.columns[f]]);
  m.competences.forEach((c, i) => {
    if (c !== undefined) out.push([`c${i + 1}`, c]);
  });
  return out;
}

function formHeader(g: SheetGrid): HeaderMatch | null {
  let best: HeaderMatch | null = null;
  for (let r = 0; r < Math.min(HEADER_SCAN_ROWS, g.values.length); r++) {
    if ((g.values[r] ?? []).every((v) => isBlank(v ?? null))) continue;
    const m = matchHeader(g, r, MEMBER_COLUMNS, true);
    if (m.columns.name === undefined || answerColumns(m).length === 0) continue;
    if (!best || m.score > best.score) best = m;
  }
  return best;
}

/** The line under the table (its count), or the clerk's own totals line: the table ends there. */
const isTotalLine = (name: string) => {
  const f = fold(name);
  // "Cộng" only as the whole line: a surname "Công" folds to the same letters.
  return f.startsWith(fold(FORM_TOTAL_LABEL)) || /^(tong cong|tong so)\b/.test(f) || f === "cong";
};

/** One form sheet; null when the sheet carries no form marker or no table can be found on it. */
export function readForm(g: SheetGrid): FormSheet | null {
  const marker = formMarkerOf(g);
  if (!marker) return null;
  const m = formHeader(g);
  if (!m) return { sheet: g.name, marker, fields: [], headerRow: 1, rows: [] };
  const cols = answerColumns(m);
  const first = m.rows[m.rows.length - 1] + 1;
  const rows: FormRow[] = [];
  let blanks = 0;
  for (let r = first; r < g.values.length; r++) {
    const nameValue: CellValue = cellAt(g, r, m.columns.name);
    const name = clean(show(nameValue));
    // The form's own count line ("Tổng số đạt", merged from column A) or the clerk's totals: the table ends.
    const lead = Array.from({ length: m.columns.name + 1 }, (_, c) => clean(show(cellAt(g, r, c)))).find((t) => t !== "") ?? "";
    if (lead && isTotalLine(lead)) break;
    const answers = cols.map(([field, c]) => ({ field, value: cellAt(g, r, c), cell: a1(r, c) })).filter((x) => !isBlank(x.value));
    if (!name) {
      if (answers.length === 0) {
        if (++blanks >= 3) break;
        continue;
      }
      // Answers without a name: the merge says so (it is a member the form cannot name).
    } else if (isTotalLine(name)) break;
    blanks = 0;
    rows.push({ row: r + 1, name, nameCell: a1(r, m.columns.name), answers });
  }
  return { sheet: g.name, marker, fields: cols.map(([f]) => f), headerRow: m.rows[m.rows.length - 1] + 1, rows };
}

/** Every form in a workbook, in tab order. */
export function readForms(grids: WorkbookGrids): FormSheet[] {
  const out: FormSheet[] = [];
  for (const g of grids.sheets) {
    const f = readForm(g);
    if (f) out.push(f);
  }
  return out;
}

/** The members sheet's answer cells as they are, for the merge to tell a blank cell from an answer. */
export interface MembersTable {
  sheet: string;
  /** Field ("discipline", "c1" …) → 0-based column, as the reader recognised the sheet. */
  columns: Record<string, number>;
  /** The value of a cell (1-based row, 0-based column). */
  cell(row: number, col: number): CellValue;
}

export function membersTable(grids: WorkbookGrids, recognition: { role: string; sheet: string; columns: Record<string, number> }[]): MembersTable | null {
  const rec = recognition.find((r) => r.role === "members");
  const g = rec ? grids.sheets.find((s) => s.name === rec.sheet) : undefined;
  if (!rec || !g) return null;
  return { sheet: rec.sheet, columns: rec.columns, cell: (row, col) => cellAt(g, row - 1, col) };
}
