/**
 * The clerk's prose for the report: the input sheet "Nội dung báo cáo" (one row per section: a key
 * column naming the section, a text column), read into model.reportContent when the dossier is made.
 * The clerk fills it once; re-runs only read it, so the prose survives every run. Read tolerantly like every input sheet (workbook.md): the sheet is found
 * by its name or by its keys, the header row may sit anywhere in the first 15 rows, the keys may carry
 * numbering ("I. Đặc điểm tình hình"), and a section may continue over several rows.
 */
import type { CellValue, SheetGrid, WorkbookGrids } from "../grid";
import { a1, cellAt, gridWidth, isCellError } from "../grid";
import { issue } from "../messages";
import type { Model, ReportContent } from "../model";
import { clean, fold } from "../text/vi";
import { INPUT_SHEET_NAMES } from "../workbook/sheets";
import { SECTIONS, type SectionDef } from "../workbook/report-sections";

/** The workbook, and the sheets that are the product's: registered ones, and those this run writes. */
export interface ContentSource {
  grids: WorkbookGrids;
  model: Pick<Model, "owned">;
  /** This run's final names of the product's sheets, by owned-sheet id. */
  names?: Record<string, string>;
}

/** "II. Ưu điểm:" → "uu diem"; leading numbering (roman, arabic, letters with ")") is not part of the key. */
function sectionKey(v: CellValue): string {
  if (typeof v !== "string") return "";
  const k = fold(v);
  if (SECTION_BY_FOLD.has(k)) return k;
  return k.replace(/^(?:[ivx]+|\d+|[a-d])\s+/, "").trim();
}

// Built by a call marked pure, not by statements at the module's top: a bundle that never reads the report's
// prose (the ribbon's function file, through runWithoutDossier) then leaves the table and the sections out.
const SECTION_BY_FOLD = /* @__PURE__ */ sectionsByFold();

function sectionsByFold(): Map<string, SectionDef> {
  const byFold = new Map<string, SectionDef>();
  for (const s of SECTIONS) for (const a of [fold(s.label), ...s.aliases]) byFold.set(a, s);
  return byFold;
}

export function matchSection(v: CellValue): SectionDef | undefined {
  const k = sectionKey(v);
  if (!k) return undefined;
  return SECTION_BY_FOLD.get(k);
}

function text(v: CellValue): string {
  if (v === null || v === undefined || isCellError(v)) return "";
  if (typeof v === "boolean") return "";
  return String(v).normalize("NFC");
}

/** Paragraphs of a cell: line breaks inside a cell separate paragraphs; spacing is cleaned. */
export function paragraphs(s: string): string[] {
  return s
    .split(/\r?\n/)
    .map((x) => clean(x))
    .filter(Boolean);
}

function scoreSheet(g: SheetGrid): { score: number; keyCol: number } {
  const counts = new Map<number, number>();
  const rows = Math.min(g.values.length, 60);
  for (let r = 0; r < rows; r++) {
    const w = Math.min(gridWidth(g), 6);
    for (let c = 0; c < w; c++) if (matchSection(cellAt(g, r, c))) counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  let best = { score: 0, keyCol: 0 };
  for (const [c, n] of [...counts].sort((a, b) => a[0] - b[0])) if (n > best.score) best = { score: n, keyCol: c };
  if (fold(g.name) === fold(INPUT_SHEET_NAMES.reportContent)) best.score += 10;
  return best;
}

export function readReportContent(src: ContentSource): ReportContent {
  const owned = new Set([...Object.values(src.model.owned ?? {}), ...Object.values(src.names ?? {})].map(fold));
  const candidates = src.grids.sheets
    .filter((g) => !owned.has(fold(g.name)))
    .map((g) => ({ g, ...scoreSheet(g) }))
    // Two section keys are needed so that a stray "Ghi chú" sheet with one "Kiến nghị" line is not taken.
    .filter((c) => c.score >= 2)
    .sort((a, b) => b.score - a.score || a.g.name.localeCompare(b.g.name));
  const out: ReportContent = { sections: {}, cells: {}, issues: [] };
  if (!candidates.length) {
    out.issues.push(issue("DOSSIER_NO_CONTENT_SHEET"));
    return out;
  }
  const chosen = candidates[0];
  const ties = candidates.filter((c) => c.score === chosen.score && c.g !== chosen.g);
  if (ties.length) {
    out.issues.push(issue("DOSSIER_AMBIGUOUS_CONTENT", { candidates: [chosen, ...ties].map((c) => `"${c.g.name}"`).join(", "), used: chosen.g.name }));
  }
  const g = chosen.g;
  out.sheet = g.name;
  const keyCol = chosen.keyCol;
  // The text is the first non-blank cell right of the key (usually the next column); a third
  // column of guidance in the template is never read because it lies further right.
  const textCol = findTextColumn(g, keyCol);
  let current: SectionDef | undefined;
  let blankRun = 0;
  for (let r = 0; r < g.values.length; r++) {
    const keyV = cellAt(g, r, keyCol);
    const body = text(cellAt(g, r, textCol));
    const keyS = text(keyV).trim();
    if (!keyS && !body.trim()) {
      if (++blankRun >= 3 && current) current = undefined;
      continue;
    }
    blankRun = 0;
    const sec = matchSection(keyV);
    if (sec) {
      current = sec;
      out.cells[sec.id] ??= a1(r, keyCol);
      const ps = paragraphs(body);
      if (ps.length) (out.sections[sec.id] ??= []).push(...ps);
      continue;
    }
    if (!keyS && current) {
      const ps = paragraphs(body);
      if (ps.length) (out.sections[current.id] ??= []).push(...ps);
      continue;
    }
    // A key that is not a section: header rows and titles have no text beside them; a row with
    // text that would be silently dropped is reported.
    if (keyS && body.trim() && !isHeaderLike(keyS)) {
      out.issues.push(
        issue("DOSSIER_UNKNOWN_SECTION", { value: keyS, known: SECTIONS.map((s) => s.label).join(", ") }, { sheet: g.name, cell: a1(r, keyCol) }),
      );
      current = undefined;
    }
  }
  return out;
}

function isHeaderLike(s: string): boolean {
  const f = fold(s);
  return /^(phan|muc|stt|tt|noi dung|huong dan|ghi chu)\b/.test(f) || f.startsWith("noi dung bao cao");
}

function findTextColumn(g: SheetGrid, keyCol: number): number {
  // A header cell "Nội dung" (not "Nội dung báo cáo", which is the title) names the text column.
  for (let r = 0; r < Math.min(15, g.values.length); r++) {
    for (let c = keyCol + 1; c < gridWidth(g); c++) {
      const f = fold(text(cellAt(g, r, c)));
      if (f === "noi dung" || (f.startsWith("noi dung ") && !f.startsWith("noi dung bao cao"))) return c;
    }
  }
  return keyCol + 1;
}
