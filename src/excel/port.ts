/**
 * The Office.js implementation of the WorkbookPort: the only code that calls Excel.run.
 * The Excel runner and the host's API support are injected, so the same class runs in Excel, in
 * jest against the in-memory fake (test/fakes/excel.ts) and in the browser test.
 *
 * Syncs for one evaluation: read = 1 (every sheet and its used range, read.ts), write = 1 up to a few
 * thousand members (more only when the request would pass Excel on the web's 5 MB limit).
 */
import type { WorkbookGrids } from "../core";
import { parseA1 } from "../core";
import type { PlanValue, WritePlan } from "../core";
import type { WorkbookPort, WriteReport } from "../core";
import { ExcelPortError, officeCode, translateExcelError } from "./errors";
import { readAll, readWorkbookState, type WorkbookState } from "./read";
import { writeReport, type ReportTarget } from "./report";
import { allSupported, FEATURE_API, type ApiSupport } from "./support";
import { execute, needsTextFormat, planOps, preflight, reportOf, REQUEST_BUDGET, type ExecuteStats } from "./write";

/** Excel.run's shape (the fake's run has the same). */
export type ExcelRunner = <T>(batch: (ctx: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface OfficePortOptions {
  run: ExcelRunner;
  support?: ApiSupport;
  /** Request budget per sync in bytes (tests lower it to exercise splitting). */
  requestBudget?: number;
  /** Excel.createWorkbook (ExcelApi 1.8): opens a new workbook from a base64 .xlsx (the fake records it). */
  createWorkbook?: (base64: string) => Promise<void>;
}

/** What became of a new workbook handed to Excel (openWorkbook): no `error` when this Excel cannot open one at all. */
export type OpenResult = { opened: true } | { opened: false; error?: ExcelPortError };

export interface CellWrite {
  /** A1 address on the sheet. */
  cell: string;
  value: PlanValue;
}

const lower = (s: string) => s.normalize("NFC").toLowerCase();

export class OfficePort implements WorkbookPort {
  private readonly runner: ExcelRunner;
  private readonly support: ApiSupport;
  private readonly budget: number;
  private readonly create?: (base64: string) => Promise<void>;
  private state?: WorkbookState;
  /** Sheets this port wrote in this session (a later plan may replace them). */
  private written = new Set<string>();
  /** Statistics of the last write (syncs, bytes per request, retries); read by tests and the bench. */
  lastWrite?: ExecuteStats;

  constructor(options: OfficePortOptions) {
    this.runner = options.run;
    this.support = options.support ?? allSupported;
    this.budget = options.requestBudget ?? REQUEST_BUDGET;
    this.create = options.createWorkbook;
  }

  /** In Excel: the real Excel.run and the host's requirement sets. */
  static forExcel(support: ApiSupport): OfficePort {
    return new OfficePort({ run: (batch) => Excel.run(batch), support, createWorkbook: (base64) => Excel.createWorkbook(base64) });
  }

  private async guarded<T>(f: (ctx: Excel.RequestContext) => Promise<T>, sheets: string[] = []): Promise<T> {
    try {
      return await this.runner(f);
    } catch (e) {
      throw translateExcelError(e, sheets);
    }
  }

  async read(): Promise<WorkbookGrids> {
    const { grids, state } = await this.guarded((ctx) => readAll(ctx, this.support));
    this.state = state;
    return grids;
  }

  /**
   * Writes the plan. Refuses before writing anything if a target is protected, missing, or a sheet
   * the product does not own (the plan names those it owns; this session's own sheets count too).
   * Uses the state of the last read (the usual read → run → write); a
   * write without a read (Tạo mẫu) first loads the sheet list (one more sync).
   */
  async write(plan: WritePlan): Promise<WriteReport> {
    try {
      return await this.writeOnce(plan);
    } catch (e) {
      if (e instanceof ExcelPortError && e.problem === "sheetGone") throw await this.whichSheetIsGone(plan, e);
      throw e;
    }
  }

  /**
   * Excel's ItemNotFound does not always name the sheet. The sheets that must exist are the clerk's
   * sheets being patched and the product's sheets being replaced: one more sync finds the missing one.
   */
  private async whichSheetIsGone(plan: WritePlan, e: ExcelPortError): Promise<ExcelPortError> {
    try {
      const now = await this.runner(async (ctx) => (await readWorkbookState(ctx)).state);
      const present = new Set(now.sheets.map((s) => lower(s.name)));
      const before = new Set((this.state?.sheets ?? []).map((s) => lower(s.name)));
      const expected = [...plan.patches.map((p) => p.sheet), ...plan.sheets.map((s) => s.name).filter((n) => before.has(lower(n)))];
      const gone = expected.find((n) => !present.has(lower(n)));
      this.state = undefined; // the workbook changed under us: the next write reads it again
      return gone ? new ExcelPortError("sheetGone", { sheet: gone }, e.officeCode) : e;
    } catch {
      return e;
    }
  }

  private async writeOnce(plan: WritePlan): Promise<WriteReport> {
    const sheets = [...plan.sheets.map((s) => s.name), ...plan.patches.map((p) => p.sheet)];
    return this.guarded(async (ctx) => {
      if (!this.state) this.state = (await readWorkbookState(ctx)).state;
      preflight(plan, this.state, new Set([...this.written, ...(plan.owned ?? []).map(lower)]));
      const ops = planOps(plan, this.state, this.support);
      this.lastWrite = await execute(ctx, ops, this.support, this.budget);
      // The workbook now has the plan's sheets; a second write in this session must know them.
      for (const s of plan.sheets) {
        this.written.add(lower(s.name));
        if (!this.state.sheets.some((x) => lower(x.name) === lower(s.name)))
          this.state.sheets.push({ name: s.name, visibility: s.visibility ?? "visible", protected: false });
      }
      for (const s of plan.sheets) for (const n of s.names ?? []) this.state.names.add(n.name.toUpperCase());
      // Hoàn tất protects the sheets it writes; Mở khóa lifts it.
      const unprotected = new Set((plan.unprotect ?? []).map(lower));
      for (const x of this.state.sheets) {
        if (unprotected.has(lower(x.name))) x.protected = false;
        const s = plan.sheets.find((p) => lower(p.name) === lower(x.name));
        if (s) x.protected = s.protect === true;
      }
      return reportOf(plan);
    }, sheets);
  }

  /**
   * Opens a new workbook in Excel from a whole .xlsx file (Tạo sổ năm sau): Excel shows it in a window
   * (a tab, on the web) of its own, unsaved, for the clerk to save under a name. Where the host cannot
   * (below ExcelApi 1.8) nothing is tried; where Excel refuses (a blocked window, a policy), its error
   * is kept in the clerk's words. Either way the pane then offers the same file to download.
   */
  async openWorkbook(bytes: Uint8Array): Promise<OpenResult> {
    if (!this.create || !this.support(FEATURE_API.createWorkbook)) return { opened: false };
    try {
      await this.create(toBase64(bytes));
      return { opened: true };
    } catch (e) {
      // Excel's own words are English: the clerk gets ours, and Excel's code for whoever helps her.
      const code = officeCode(e);
      return { opened: false, error: new ExcelPortError("newWorkbook", { detail: code }, code) };
    }
  }

  /** The sheet names (one sync); for Tạo mẫu, which must never touch an existing sheet. */
  async sheetNames(): Promise<string[]> {
    const state = await this.guarded(async (ctx) => (await readWorkbookState(ctx)).state);
    this.state = state;
    return state.sheets.map((s) => s.name);
  }

  /**
   * Writes a short text report on a sheet of its own and shows it (the ribbon's failure report; see
   * report.ts). ExcelApi 1.1 only, so it also works where the host is too old for read/write.
   */
  async writeReport(rows: [PlanValue, PlanValue][], target: ReportTarget): Promise<string> {
    return this.guarded((ctx) => writeReport(ctx, rows, target), [target.owned ?? target.name]);
  }

  /** Shows a cell to the clerk (an issue clicked in the pane). One sync. */
  async select(sheet: string, cell: string): Promise<void> {
    parseA1(cell.split(":")[0]); // a bad address is a programming error; fail before calling Excel
    await this.guarded(
      async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem(sheet);
        ws.activate();
        ws.getRange(cell).select();
        await ctx.sync();
      },
      [sheet],
    );
  }

  /**
   * Writes single cells of a clerk's sheet (the pane's settings in "Thông tin"): values only, text
   * kept as text, nothing else touched. One sync.
   */
  async writeCells(sheet: string, cells: CellWrite[]): Promise<void> {
    await this.guarded(
      async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem(sheet);
        ws.load("protection/protected");
        await ctx.sync();
        // eslint-disable-next-line office-addins/call-sync-after-load, office-addins/call-sync-before-read -- loaded and synced just above; the rule does not follow the awaited sync
        if (ws.protection.protected) throw translateExcelError({ code: "AccessDenied", message: sheet }, [sheet]);
        for (const c of cells) {
          const r = ws.getRange(c.cell);
          if (needsTextFormat(c.value)) r.numberFormat = [["@"]];
          r.values = [[c.value === null ? "" : c.value]];
        }
        await ctx.sync();
      },
      [sheet],
    );
  }
}

/** Base64 of a file's bytes, in slices (String.fromCharCode over a whole file would pass the engine's argument limit). */
function toBase64(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
