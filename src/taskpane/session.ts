/**
 * What the pane does, without React and without Office.js: the components call these with the
 * port they were given (docs/ARCHITECTURE.md: React never calls Office.js). Tested in jest on the fake.
 */
import type { WorkbookGrids, WorkbookPort, WritePlan, WriteReport } from "../core";
import { formatNumberVi, issue, type Issue } from "../core";
import type { InfoRow } from "../core";
import { fold, INFO_KEYS } from "../core";
import { run, type RunOutcome } from "../core";
import { columnMapCells, planTemplate, serialToYmd } from "../core";
import { finalize, unfinalize, type FinalizeOutcome } from "../core";
import { mergeTeamForms, planTeamForms, type FormsOutcome, type MergeOutcome } from "../core";
import { planNextYear, type NextYearOutcome } from "../core";

export interface CellWrite {
  cell: string;
  value: string | number | boolean | null;
}

/** What became of a new workbook handed to Excel: no `error` when this Excel cannot open one at all. */
export type OpenResult = { opened: true } | { opened: false; error?: { message: string; fix?: string } };

/** The port the pane needs: the core's WorkbookPort plus four small Excel actions. */
export interface PanePort extends WorkbookPort {
  sheetNames(): Promise<string[]>;
  select(sheet: string, cell: string): Promise<void>;
  writeCells(sheet: string, cells: CellWrite[]): Promise<void>;
  /** Opens a whole .xlsx as a new workbook in Excel (Tạo sổ năm sau). */
  openWorkbook(bytes: Uint8Array): Promise<OpenResult>;
}

/**
 * Workbook files, as bytes (the pane loads this on demand: workbookFile.ts): a plan written into a new,
 * empty .xlsx, and the grids of an .xlsx (a tổ's returned form).
 */
export interface BookFiles {
  write(plan: WritePlan): Promise<Uint8Array>;
  read(bytes: Uint8Array): Promise<WorkbookGrids>;
}

/** A file the pane offers to download (next year's workbook, a tổ's form), or one the clerk picked. */
export interface PaneFile {
  name: string;
  bytes: Uint8Array;
  /** What it is, for the link ("Tổ 1: 8 thành viên"). */
  label?: string;
}

export type Step = 0 | 1 | 2 | 3;

/** What the write phase is about to write (step 2), for the "Đang ghi …" line. */
export interface WriteSize {
  /** Sheets written: the product's own, and the clerk's sheets that get a patch. */
  sheets: number;
  /** Cells given a value (counted as the port's report counts them, for "Đã ghi N ô" to match). */
  cells: number;
}

export function writeSize(plan: WritePlan): WriteSize {
  const names = new Set([...plan.sheets.map((s) => s.name), ...plan.patches.map((p) => p.sheet)]);
  let cells = 0;
  for (const block of [...plan.sheets, ...plan.patches]) for (const row of block.values) for (const v of row) if (v !== null) cells++;
  return { sheets: names.size, cells };
}

export interface Evaluated {
  outcome: RunOutcome;
  report?: WriteReport;
}

/** Read and run without writing: what the pane shows when it opens. */
export async function preview(port: PanePort, today: number): Promise<RunOutcome> {
  return run(await port.read(), { today });
}

/** Lets the browser show a step before work that holds the page (the core) or waits on Excel. */
const yieldToPage = () => new Promise((r) => setTimeout(r, 0));

/**
 * Read → run → write, reporting each step (for the progress line); the write step says what it is
 * about to write ("Đang ghi 6 trang (1.234 ô)…") before anything is sent.
 */
export async function evaluateAndWrite(port: PanePort, today: number, dossier: boolean, onStep: (s: Step, writing?: WriteSize) => void): Promise<Evaluated> {
  onStep(0);
  const grids = await port.read();
  onStep(1);
  await yieldToPage();
  const outcome = run(grids, { today, dossier });
  // Hoàn tất: the submitted version is not evaluated again; nothing is written.
  if (outcome.refused) return { outcome };
  onStep(2, writeSize(outcome.plan));
  await yieldToPage();
  const report = await port.write(outcome.plan);
  onStep(3);
  return { outcome, report };
}

/**
 * Tạo mẫu: adds the standard input sheets the workbook lacks; existing sheets are never touched. They
 * are the sheets of the year's framework: the workbook's "Năm đánh giá" when it has one, else the
 * current year (Thông tư 24 from 2024), for the unit's tier when "Thông tin" already says it.
 */
export async function addTemplate(port: PanePort, today: number, outcome?: RunOutcome | null): Promise<string[]> {
  const existing = await port.sheetNames();
  const unit = outcome?.model.unit;
  const year = unit?.year ?? serialToYmd(today).y;
  const plan = planTemplate(existing, { year, tier: unit?.tt24Unit.ok ? unit.tt24Unit.unit.tier : undefined });
  const lowered = new Set(existing.map((n) => n.normalize("NFC").toLowerCase()));
  plan.sheets = plan.sheets.filter((s) => !lowered.has(s.name.normalize("NFC").toLowerCase()));
  plan.patches = [];
  if (plan.sheets.length === 0) return [];
  await port.write(plan);
  return plan.sheets.map((s) => s.name);
}

export type SettingKey = "preset" | "framework";

/** The row's label and the phrases the reader accepts, from the core's one table of "Thông tin" keys. */
const settingKey = (key: SettingKey) => INFO_KEYS.find((k) => k.field === key)!;

export function settingLabel(key: SettingKey): string {
  return settingKey(key).label;
}

export function findSettingRow(rows: InfoRow[], key: SettingKey): InfoRow | undefined {
  const phrases = settingKey(key).phrases;
  const folded = (r: InfoRow) => r.keyFolded || fold(r.key);
  for (const p of phrases) {
    const hit = rows.find((r) => folded(r) === p || folded(r).startsWith(`${p} `));
    if (hit) return hit;
  }
  return undefined;
}

/**
 * Saves a setting in "Thông tin" so it travels with the file: one value cell, nothing else.
 * Returns false when the sheet has no such row (the pane then says how to add it).
 */
export async function saveSetting(port: PanePort, outcome: RunOutcome, key: SettingKey, value: string): Promise<boolean> {
  const sheet = outcome.model.unit.sheet;
  const row = findSettingRow(outcome.model.unit.rows, key);
  if (!sheet || !row) return false;
  await port.writeCells(sheet, [{ cell: row.valueCell, value: value === "" ? null : value }]);
  return true;
}

/**
 * Maps a column of the members sheet once: stores "Cột: <column> | <header>" in "Thông tin" as the
 * clerk's own row (a new row under what the sheet holds, or the value of the row that maps it already),
 * so that every later run, in Excel and on the command line, reads that header as the column. Returns
 * false when the workbook has no "Thông tin" sheet (nothing written; the pane says how to add one).
 */
export async function saveColumnMapping(port: PanePort, outcome: RunOutcome, field: string, header: string): Promise<boolean> {
  const where = columnMapCells(outcome.model.unit, [{ field, header }]);
  if (!where) return false;
  await port.writeCells(where.sheet, where.cells);
  return true;
}

/** What the pane stamps as the tool that finalized (the command line stamps its package version). */
export const PANE_TOOL = "dvht (Excel)";

/**
 * Hoàn tất: the checklist on what is in the workbook now; written only when every point holds (the
 * product's sheets stamped and protected, the log). Nothing is written otherwise.
 */
export async function finalizeWorkbook(port: PanePort, today: number): Promise<FinalizeOutcome> {
  const outcome = finalize(await port.read(), { today, tool: PANE_TOOL });
  if (!outcome.fatal) await port.write(outcome.plan);
  return outcome;
}

/** Mở khóa, with the clerk's reason (logged in the workbook); nothing is written without one. */
export async function unfinalizeWorkbook(port: PanePort, today: number, reason: string): Promise<FinalizeOutcome> {
  const outcome = unfinalize(await port.read(), { today, tool: PANE_TOOL, reason });
  if (!outcome.fatal) await port.write(outcome.plan);
  return outcome;
}

/**
 * Phiếu theo tổ in Excel: one form sheet per tổ beside the clerk's sheets (a tổ whose form is already
 * there keeps it); the clerk copies each to its tổ (or prints it) and copies it back when filled.
 */
export async function addTeamForms(port: PanePort, today: number): Promise<FormsOutcome> {
  const outcome = planTeamForms(await port.read(), { today, inWorkbook: true });
  if (!outcome.fatal && outcome.plan.sheets.length) await port.write(outcome.plan);
  return outcome;
}

/** Gộp phiếu tổ in Excel: the form sheets in this workbook, their answers into the members sheet's blank cells. */
export async function mergeTeamFormsHere(port: PanePort): Promise<MergeOutcome> {
  const grids = await port.read();
  const outcome = mergeTeamForms(grids, [{ source: "", grids }]);
  if (!outcome.fatal && outcome.plan.patches.length) await port.write(outcome.plan);
  return outcome;
}

export interface NextYearDone {
  outcome: NextYearOutcome;
  /** The new workbook's file (none when the checks failed): offered for download when Excel did not open it. */
  file?: PaneFile;
  opened?: OpenResult;
}

/** The new workbook's file name: the same as the command line's example (README, "The school's year"). */
export const nextYearFileName = (year: number) => `so-dvht-${year}.xlsx`;

/**
 * Tạo sổ năm sau in Excel: the same plan as `dvht next-year`, written by the same writer into a new
 * .xlsx, which Excel opens in a window of its own. This workbook is only read; nothing is written here.
 */
export async function nextYearWorkbook(port: PanePort, today: number, files: BookFiles, year?: number): Promise<NextYearDone> {
  const outcome = planNextYear(await port.read(), { today, year });
  if (outcome.fatal) return { outcome };
  const bytes = await files.write(outcome.plan);
  return { outcome, file: { name: nextYearFileName(outcome.year!), bytes }, opened: await port.openWorkbook(bytes) };
}

/**
 * Phiếu theo tổ as files: one small workbook per tổ (the command line's `dvht phieu-to -o FOLDER`), for the
 * pane to offer as downloads. This workbook is only read.
 */
export async function teamFormFiles(port: PanePort, today: number, files: BookFiles): Promise<{ outcome: FormsOutcome; files: PaneFile[] }> {
  const outcome = planTeamForms(await port.read(), { today });
  const out: PaneFile[] = [];
  if (!outcome.fatal)
    for (const f of outcome.forms)
      out.push({ name: f.fileName, bytes: await files.write({ sheets: [f.sheet], patches: [] }), label: `${f.label}: ${f.members}` });
  return { outcome, files: out };
}

/** A tổ's form is a few tens of KB; a file past this is another file, and reading it would only hold the pane. */
export const MAX_FORM_FILE_BYTES = 5 * 1048576;

/**
 * Gộp phiếu tổ from the files the tổ sent back (picked in the pane): their answers into the members sheet's
 * blank cells, as `dvht gop-to`. A file that is not a readable .xlsx is named and left out. `sheets` are this
 * workbook's: an issue located on one of them can select its cell; one in a form file cannot.
 */
export async function mergeTeamFormFiles(port: PanePort, files: BookFiles, picked: PaneFile[]): Promise<{ outcome: MergeOutcome; sheets: string[] }> {
  const grids = await port.read();
  const sources = [];
  const unreadable: Issue[] = [];
  for (const f of picked) {
    if (f.bytes.length > MAX_FORM_FILE_BYTES) {
      unreadable.push(issue("FORM_FILE_TOO_LARGE", { file: f.name, size: `${formatNumberVi(f.bytes.length / 1048576, 1)} MB` }));
      continue;
    }
    try {
      sources.push({ source: f.name, grids: await files.read(f.bytes) });
    } catch {
      // The reader's own words are English: the clerk gets the file's name and what to do.
      unreadable.push(issue("FORM_FILE_UNREADABLE", { file: f.name }));
    }
  }
  const outcome = mergeTeamForms(grids, sources);
  if (!outcome.fatal && outcome.plan.patches.length) await port.write(outcome.plan);
  return { outcome: { ...outcome, issues: [...unreadable, ...outcome.issues] }, sheets: grids.sheets.map((g) => g.name) };
}
