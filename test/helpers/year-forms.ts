/**
 * The tổ trưởng's part, scripted (issue 12): a tổ's form filled from what each member answers. The answers
 * come from a reference workbook (the sample as it was filled), found by name; a form's column is known by
 * its header (the words the form writes, workbook/forms.ts).
 */
import { readWorkbook } from "../../src/core/read";
import { FORM_HEADERS } from "../../src/core/workbook/forms";
import ExcelJS from "exceljs";
import type { CellValue, SheetGrid, WorkbookGrids } from "../../src/core";
import { gridsOfXlsxBytes, XlsxPort } from "../../src/xlsx";

/** The members sheet's answers by name and field, from a reference workbook. */
export function answersOf(reference: WorkbookGrids): Map<string, Record<string, CellValue>> {
  const read = readWorkbook(reference);
  const rec = read.model.recognition.find((r) => r.role === "members")!;
  const g = reference.sheets.find((s) => s.name === rec.sheet)!;
  const out = new Map<string, Record<string, CellValue>>();
  for (const m of read.model.members) {
    const row: Record<string, CellValue> = {};
    for (const f of Object.keys(FORM_HEADERS)) if (rec.columns[f] !== undefined) row[f] = g.values[m.row - 1]?.[rec.columns[f]] ?? null;
    out.set(m.name, row);
  }
  return out;
}

/** The form's header row and its answer columns by field. */
export function formColumns(form: SheetGrid): { header: number; name: number; fields: Record<string, number> } {
  const header = form.values.findIndex((r) => r.includes("Họ và tên"));
  const fields: Record<string, number> = {};
  form.values[header].forEach((v, c) => {
    const f = Object.entries(FORM_HEADERS).find(([, h]) => v === h.tt24 || v === h.tt22)?.[0];
    if (f) fields[f] = c;
  });
  return { header, name: form.values[header].indexOf("Họ và tên"), fields };
}

/** The form filled from the answers, by name; `edit` changes a member's answers (a tổ trưởng's own way of writing). */
export function fillForm(
  form: SheetGrid,
  answers: Map<string, Record<string, CellValue>>,
  edit: (name: string, a: Record<string, CellValue>) => void = () => {},
): SheetGrid {
  const { header, name, fields } = formColumns(form);
  const values = form.values.map((r) => [...r]);
  for (let r = header + 1; r < values.length; r++) {
    const who = values[r][name];
    if (typeof who !== "string" || !answers.has(who)) continue;
    const a = { ...answers.get(who)! };
    edit(who, a);
    for (const [f, c] of Object.entries(fields)) values[r][c] = a[f] ?? null;
  }
  return { ...form, values };
}

/** A spare row of the form given a name and answers (someone the list lacks). */
export function addRow(form: SheetGrid, who: string, a: Record<string, CellValue>): SheetGrid {
  const { header, name, fields } = formColumns(form);
  const values = form.values.map((r) => [...r]);
  let r = header + 1;
  while (r < values.length && values[r][name] !== null && values[r][name] !== undefined) r++;
  values[r][name] = who;
  for (const [f, c] of Object.entries(fields)) values[r][c] = a[f] ?? null;
  return { ...form, values };
}

/** The members sheet with every answer blank (names, positions and tổ kept): the year before the forms come back. */
export function blankAnswers(grids: WorkbookGrids): WorkbookGrids {
  const read = readWorkbook(grids);
  const rec = read.model.recognition.find((r) => r.role === "members")!;
  const cols = new Set(Object.keys(FORM_HEADERS).flatMap((f) => (rec.columns[f] !== undefined ? [rec.columns[f]] : [])));
  const rows = new Set(read.model.members.map((m) => m.row - 1));
  return {
    sheets: grids.sheets.map((s) =>
      s.name === rec.sheet ? { ...s, values: s.values.map((r, i) => (rows.has(i) ? r.map((v, c) => (cols.has(c) ? null : v)) : r)) } : s,
    ),
  };
}

/** Writes into the file the cells where `after` differs from what the file holds (as a person typing). */
export async function type(file: string, after: (g: WorkbookGrids) => WorkbookGrids): Promise<void> {
  const port = await XlsxPort.fromFile(file);
  const before = await port.read();
  const next = after(before);
  for (const s of next.sheets) {
    const ws = port.workbook.getWorksheet(s.name)!;
    const old = before.sheets.find((x) => x.name === s.name)!;
    s.values.forEach((row, r) =>
      row.forEach((v, c) => {
        if ((old.values[r]?.[c] ?? null) !== (v ?? null)) ws.getCell(r + 1, c + 1).value = v as ExcelJS.CellValue;
      }),
    );
  }
  await port.save(file);
}

/** A tổ trưởng fills her file in Excel: the cells where `after` differs are typed, the rest of the file kept. */
export async function typeInto(bytes: Uint8Array, after: (g: WorkbookGrids) => WorkbookGrids): Promise<Uint8Array> {
  const before = await gridsOfXlsxBytes(bytes);
  const next = after(before);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  for (const s of next.sheets) {
    const old = before.sheets.find((x) => x.name === s.name)!;
    s.values.forEach((row, r) =>
      row.forEach((v, c) => {
        if ((old.values[r]?.[c] ?? null) !== (v ?? null)) wb.getWorksheet(s.name)!.getCell(r + 1, c + 1).value = v as ExcelJS.CellValue;
      }),
    );
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** The person the scripted tổ trưởng adds, whom the members sheet lacks. */
export const NEWCOMER = "Người Mới Chuyển Đến";

/** Where a member's answer to `field` sits in the members sheet: the sheet, and its 0-based row and column. */
export function answerCell(grids: WorkbookGrids, name: string, field: string): { sheet: string; row: number; col: number } {
  const read = readWorkbook(grids);
  const rec = read.model.recognition.find((r) => r.role === "members")!;
  return { sheet: rec.sheet!, row: read.model.members.find((m) => m.name === name)!.row - 1, col: rec.columns[field]! };
}

/**
 * The year's start as the scripted tests play it: the staff list with every answer blank, but one the clerk
 * has typed herself: `name`'s discipline, "Có".
 */
export function staffWithOneAnswer(grids: WorkbookGrids, name: string): WorkbookGrids {
  const blank = blankAnswers(grids);
  const at = answerCell(blank, name, "discipline");
  return {
    sheets: blank.sheets.map((s) =>
      s.name === at.sheet ? { ...s, values: s.values.map((r, i) => (i === at.row ? r.map((v, c) => (c === at.col ? "Có" : v)) : r)) } : s,
    ),
  };
}

/**
 * A tổ trưởng's form as the scripted tests fill it: the reference answers, `name`'s discipline "Không" (against
 * the clerk's "Có": a conflict), and, when `newcomer` is given, a row for NEWCOMER with that discipline.
 */
export function fillScripted(
  form: SheetGrid,
  answers: Map<string, Record<string, CellValue>>,
  name: string,
  newcomer?: CellValue,
  edit: (who: string, a: Record<string, CellValue>) => void = () => {},
): SheetGrid {
  const filled = fillForm(form, answers, (who, a) => {
    edit(who, a);
    if (who === name) a.discipline = "Không";
  });
  return newcomer === undefined ? filled : addRow(filled, NEWCOMER, { discipline: newcomer });
}

/** The sheets of next year's workbook made from the 2026 sample, and their visibility, in order. */
export const NEXT_YEAR_SHEETS_2026 = [
  ["Thông tin", "visible"],
  ["Thành viên", "visible"],
  ["Tiêu chí đơn vị", "visible"],
  ["Minh chứng", "visible"],
  ["Nội dung báo cáo", "visible"],
  ["Tổ đánh giá", "visible"],
  ["Hội đồng điều chỉnh", "visible"],
  ["Minh chứng năm 2026", "visible"],
  ["_dvht", "veryHidden"],
];

/** What `dvht gop-to` says of the scripted forms (fillScripted with a newcomer): the conflict kept, the newcomer named. */
export function expectScriptedMergeSaid(out: string): void {
  expect(out).toContain("giữ nguyên 'Có'");
  expect(out).toContain(`'${NEWCOMER}'`);
  expect(out).toMatch(/1 ô khác với sổ \(giữ nguyên\); 1 người không có trong danh sách/);
}
