/**
 * The exceljs implementation of the WorkbookPort (Node only: the CLI, tests and benchmarks).
 * It never touches the file it was read from; `save` writes wherever the caller says.
 */
import ExcelJS from "exceljs";
import type { WorkbookGrids } from "../core";
import type { WritePlan } from "../core";
import type { WorkbookPort, WriteReport } from "../core";
import { gridsFromWorkbook } from "./grids";
import { writePlan } from "./write";
import { applyExcelJsFixes } from "./exceljs-fixes";

applyExcelJsFixes();

export class XlsxPort implements WorkbookPort {
  private constructor(readonly workbook: ExcelJS.Workbook) {}

  static async fromFile(path: string): Promise<XlsxPort> {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    return new XlsxPort(wb);
  }

  static fromWorkbook(wb: ExcelJS.Workbook): XlsxPort {
    return new XlsxPort(wb);
  }

  async read(): Promise<WorkbookGrids> {
    return gridsFromWorkbook(this.workbook);
  }

  async write(plan: WritePlan): Promise<WriteReport> {
    return writePlan(this.workbook, plan);
  }

  async save(path: string): Promise<void> {
    await this.workbook.xlsx.writeFile(path);
  }

  async toBuffer(): Promise<Buffer> {
    return Buffer.from(await this.workbook.xlsx.writeBuffer());
  }
}
