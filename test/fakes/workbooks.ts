/**
 * Workbooks for tests and the benchmark: the sample workbook's grids (read by the exceljs adapter,
 * so the fake starts from exactly what the CLI sees) and the same school scaled to N members.
 * Node only (the browser test receives the grids as JSON).
 */
import * as path from "path";
import type { CellValue, WorkbookGrids } from "../../src/core/grid";
import { readWorkbook } from "../../src/core/read";
import { XlsxPort } from "../../src/xlsx";

export const SAMPLE_PATH = path.join(__dirname, "../../samples/truong-tieu-hoc-binh-an-2023.xlsx");

export async function sampleGrids(): Promise<WorkbookGrids> {
  return (await XlsxPort.fromFile(SAMPLE_PATH)).read();
}

/** Today's job: the 2026 sample (Thông tư 24/2023). */
export const SAMPLE_2026_PATH = path.join(__dirname, "../../samples/truong-tieu-hoc-tan-phu-2026.xlsx");

export async function sample2026Grids(): Promise<WorkbookGrids> {
  return (await XlsxPort.fromFile(SAMPLE_2026_PATH)).read();
}

const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

/**
 * The sample school with `n` members: the sample's member rows repeated, each with its own
 * sequence number and name, so that the core reads and evaluates n distinct members.
 */
export function scaleMembers(grids: WorkbookGrids, n: number): WorkbookGrids {
  const out = clone(grids);
  const rec = readWorkbook(out).model.recognition.find((r) => r.role === "members");
  if (!rec) throw new Error("the sample has no members sheet");
  const sheet = out.sheets.find((s) => s.name === rec.sheet)!;
  const first = rec.firstDataRow - 1;
  const templates = sheet.values.slice(first, first + rec.dataRows).filter((r) => r.length > 0);
  const fmtTemplates = (sheet.numberFormats ?? []).slice(first, first + rec.dataRows);
  const nameCol = rec.columns.name;
  const seqCol = rec.columns.seq;
  const rows: CellValue[][] = [];
  const fmts: (string | null)[][] = [];
  for (let i = 0; i < n; i++) {
    const t = templates[i % templates.length];
    const row = [...t];
    if (nameCol !== undefined) row[nameCol] = `${String(t[nameCol] ?? "Thành viên")} ${Math.floor(i / templates.length) + 1}`;
    if (seqCol !== undefined) row[seqCol] = i + 1;
    rows.push(row);
    fmts.push([...(fmtTemplates[i % templates.length] ?? [])]);
  }
  sheet.values = [...sheet.values.slice(0, first), ...rows];
  if (sheet.numberFormats) sheet.numberFormats = [...sheet.numberFormats.slice(0, first), ...fmts];
  return out;
}
