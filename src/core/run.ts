/**
 * One evaluation, end to end, pure: grids in, a write plan (and the JSON summary) out. run() is a short
 * list of stages; each is a function that returns its value and its own issues, and the issues are
 * put in their one order once, at the end (docs/ARCHITECTURE.md):
 *
 *   1 read            grids → model (read/)
 *   2 rules           the rule set, the preset, the year (pipeline/rules.ts)
 *   3 columns         can the members sheet be scored under them (pipeline/checks.ts)
 *   4 names           the names of the sheets this run writes (pipeline/names.ts)
 *   5 evaluate        model → result, evidence codes assigned (evaluate/)
 *   6 checks          the workbook against the rule set (pipeline/checks.ts)
 *   7 dossier inputs  the report's prose (read/content.ts) and the plan's targets (evaluate/targets.ts), through
 *                     the dossier's planner (pipeline/dossier.ts), which runWithoutDossier() leaves out
 *   8 documents       Biểu điểm (TT 22) or Bản tổng hợp (TT 24), and the dossier (documents/); the patches into the clerk's sheets
 *                     (pipeline/patches.ts)
 *   9 summary         the sorted issues, the summary block, Kiểm tra, Kết quả and the registry
 */
import type { WorkbookGrids } from "./grid";
import { hasErrors, sortIssues, type Issue } from "./messages";
import { issue } from "./messages/run";
import type { Model } from "./model";
import type { CellPatch, SheetPlan, WritePlan } from "./plan";
import type { EvaluationResult } from "./result";
import type { RuleSet } from "./rules/schema";
import { readWorkbook, type ReadOutcome } from "./read";
import { registryPlan, tokenFor, type FilledCell } from "./read/registry";
import { evaluate } from "./evaluate";
import type { DocContext } from "./documents/context";
import { buildBieuDiem } from "./documents/bieu-diem";
import { buildBanTongHop } from "./documents/ban-tong-hop";
import { DOSSIER_PLANNER, type DossierPlanner } from "./pipeline/dossier";
import { buildKetQua } from "./documents/ket-qua";
import { buildKiemTra } from "./documents/kiem-tra";
import { buildOverrideLog } from "./documents/override-log";
import { LOG_ID } from "./workbook/overrides";
import { chooseRules, type RulesChoice } from "./pipeline/rules";
import { checkAgainstRules, checkColumns, notApplicableIds } from "./pipeline/checks";
import { nameSheets, registryName, resultSheetId, wantedSheets } from "./pipeline/names";
import { planPatches, type Writes } from "./pipeline/patches";
import { cappedPatch, cappedSheet, withDraftLine, withMarker } from "./pipeline/output";
import { summarize } from "./pipeline/summary";
import { columnMapPatches } from "./pipeline/column-map";
import type { ColumnOption } from "./read/column-map";
import type { SummaryJson } from "./workbook/summary";
import type { FinalizationStamp, LogEntry } from "./workbook/finalization";
import { buildFinalizationLog } from "./documents/nhat-ky";
import { FINALIZE_LOG_ID } from "./read/finalization";
import { formatDateVi } from "./text/dates";

export interface RunOptions {
  /** Today as an Excel serial (the shell reads the clock; the core never does). */
  today: number;
  /** Preset id or name ("ha-noi", "Hà Nội"); overrides "Thông tin". */
  preset?: string;
  /** Rule set id ("TT22/2020"); overrides "Thông tin" and the year. */
  framework?: string;
  /** Also plan the dossier documents. */
  dossier?: boolean;
  /**
   * Columns of the members sheet named by the clerk (`--cot "Danh hiệu thi đua=Thi đua cuối năm"`): over
   * those "Thông tin" stores, and stored there by the plan (read/column-map.ts).
   */
  columns?: ColumnOption[];
  /**
   * Hoàn tất / Mở khóa (year/finalize.ts) only: what to stamp. Given, the run is not refused on a
   * finalized workbook; otherwise the workbook's log decides (a finalized workbook is refused, an
   * un-finalized one's block says it was changed after finalizing).
   */
  finalization?: FinalizationStamp;
  /** Hoàn tất / Mở khóa only: the log to write ("Nhật ký hoàn tất", with the new entry). */
  finalizationLog?: LogEntry[];
}

export interface RunOutcome {
  /** What the reader understood (with the report's prose when the dossier was made). */
  model: Model;
  ruleSet?: RuleSet;
  /** The evaluation (with the plan's targets when the dossier was made); absent when nothing could be evaluated. */
  result?: EvaluationResult;
  /** Every issue, in their one order. */
  issues: Issue[];
  fatal: boolean;
  plan: WritePlan;
  summary: SummaryJson;
  /** Final sheet names by owned-sheet id. */
  names: Record<string, string>;
  /** The members' columns the rule set needs and the sheet lacks (fields; "competences" for 3a's): the pane offers to map them. */
  missingColumns: string[];
  /** The workbook is finalized (Hoàn tất): nothing was evaluated and the plan writes nothing (issue 12). */
  refused?: boolean;
}

/** One evaluation, the dossier's documents planned when `options.dossier` asks for them (the command line, the pane). */
export function run(grids: WorkbookGrids, options: RunOptions): RunOutcome {
  return runStages(grids, options, DOSSIER_PLANNER);
}

/**
 * run() for a caller that never asks for the dossier: the ribbon's Đánh giá. The same outcome as run()
 * without `dossier`; it does not reach the dossier's planner (pipeline/dossier.ts), so a bundle of it
 * leaves the dossier's documents out (the ribbon's function file: webpack.config.js, BundleSizePlugin).
 */
export function runWithoutDossier(grids: WorkbookGrids, options: Omit<RunOptions, "dossier">): RunOutcome {
  return runStages(grids, options);
}

/** The stages; the dossier's (7, and 8's dossier) through the planner, which only run() passes. */
function runStages(grids: WorkbookGrids, options: RunOptions, planner?: DossierPlanner): RunOutcome {
  if (options.dossier && !planner) throw new Error("the dossier was asked for without its planner: call run(), not runWithoutDossier()");
  const dossier = options.dossier ? planner : undefined;
  const read = readWorkbook(grids, { columns: options.columns });
  const rules = chooseRules(read.model, options);
  const fin = read.finalization.state;
  if (fin.state === "finalized" && !options.finalization) return refusedRun(grids, read, rules, options.today);
  const stamp = options.finalization ?? (fin.state === "unlocked" ? { kind: "changed" as const, at: fin.finalizedAt } : undefined);
  const columns = checkColumns(read.model, rules.ruleSet, read.fatal || rules.fatal, notApplicableIds(rules.ruleSet, rules.unit));
  const fatal = read.fatal || rules.fatal || columns.fatal;
  const log = (read.model.overrides?.length ?? 0) > 0 || read.registry.owned[LOG_ID] !== undefined;
  const wanted = wantedSheets(fatal, rules.ruleSet, options.dossier === true, log);
  const naming = nameSheets(grids, read.registry, options.finalizationLog ? [...wanted, FINALIZE_LOG_ID] : wanted);
  const evaluated = fatal ? undefined : evaluateWorkbook(read.model, rules);
  const inputs = evaluated && dossier ? dossier.inputs(grids, read.model, evaluated.result, rules.ruleSet, naming.names) : undefined;
  const ctx: DocContext | undefined = evaluated && {
    model: inputs?.model ?? read.model,
    result: inputs?.result ?? evaluated.result,
    ruleSet: rules.ruleSet,
    today: options.today,
    names: naming.names,
  };
  const documents = ctx ? planDocuments(ctx, dossier) : undefined;
  const writes: Writes = ctx ? planPatches(ctx.model, ctx.result, ctx.ruleSet) : { patches: [], filled: [], issues: [] };
  // The command line's column mappings are stored whenever the workbook is written, evaluated or not. They
  // are the clerk's rows of "Thông tin": never recorded as cells the product filled (`writes.filled`).
  const mapping = columnMapPatches(read.model);
  const issues = sortIssues(
    [
      ...read.issues,
      ...rules.issues,
      ...columns.issues,
      ...naming.issues,
      ...(evaluated?.issues ?? []),
      ...(inputs?.issues ?? []),
      ...(documents?.issues ?? []),
      ...writes.issues,
      ...mapping.issues,
    ],
    grids.sheets.map((g) => g.name),
  );
  const summary = summarize(
    read.model,
    fatal ? undefined : rules.ruleSet,
    rules.preset,
    rules.year,
    evaluated?.result,
    issues,
    options.today,
    naming.names["kiem-tra"],
    documents?.main,
    stamp,
  );
  const finalLog = options.finalizationLog && buildFinalizationLog(options.finalizationLog, naming.names[FINALIZE_LOG_ID], read.model.unit.name);
  const plan = writePlan(grids, read, rules, naming.names, {
    issues,
    summary,
    documents,
    patches: [...writes.patches, ...mapping.patches],
    filled: writes.filled,
    finalLog,
  });
  return {
    model: ctx?.model ?? read.model,
    ruleSet: fatal ? undefined : rules.ruleSet,
    result: ctx?.result,
    issues,
    fatal,
    plan: stamp?.kind === "finalized" ? stampPlan(plan, stamp) : plan,
    summary,
    names: { ...read.registry.owned, ...naming.names },
    missingColumns: columns.missing,
  };
}

/**
 * A finalized workbook (issue 12): evaluating it again would replace the submitted version, so nothing
 * is evaluated and nothing written; the clerk is told to un-finalize first (Mở khóa).
 */
function refusedRun(grids: WorkbookGrids, read: ReadOutcome, rules: RulesChoice, today: number): RunOutcome {
  const fin = read.finalization.state;
  const at = fin.state === "finalized" ? fin.last.at : today;
  const issues = [issue("WORKBOOK_FINALIZED", { at: formatDateVi(at), log: read.registry.owned[FINALIZE_LOG_ID] ?? "" })];
  return {
    model: read.model,
    issues,
    fatal: true,
    refused: true,
    plan: { sheets: [], patches: [] },
    summary: summarize(read.model, undefined, rules.preset, rules.year, undefined, issues, today, read.registry.owned["kiem-tra"] ?? "Kiểm tra"),
    names: { ...read.registry.owned },
    missingColumns: [],
  };
}

/**
 * Hoàn tất: every document's footer carries the stamp (the finalization, its day and hash) beside its
 * page number, and every sheet the product wrote but its registry is protected (no password: it guards
 * against a slip, and Mở khóa lifts it).
 */
function stampPlan(plan: WritePlan, stamp: Extract<FinalizationStamp, { kind: "finalized" }>): WritePlan {
  const line = `Bản hoàn tất lần ${stamp.count}, ngày ${formatDateVi(stamp.at)}, mã ${stamp.hash}`;
  return {
    ...plan,
    sheets: plan.sheets.map((s) => {
      if (s.id === "registry") return s;
      const stampText = `&L&8${line.replace(/&/g, "&&")}`;
      const print = s.print && { ...s.print, footer: s.print.footer ? `${stampText}&C${s.print.footer}` : stampText };
      return { ...s, protect: true, ...(print ? { print } : {}) };
    }),
  };
}

/** Stages 5 and 6: the evaluation, then the workbook checked against the rule set. */
function evaluateWorkbook(model: Model, rules: RulesChoice): { result: EvaluationResult; issues: Issue[] } {
  const result = evaluate(model, rules.ruleSet, { preset: rules.preset, year: rules.year, unit: rules.unit });
  // Assigned codes count as the rows' codes only where they are written back (a code column exists).
  const codeColumn = model.recognition.find((r) => r.role === "evidence")?.columns.code !== undefined;
  const checks = checkAgainstRules(model, rules.ruleSet, codeColumn ? result.evidenceCodes : {});
  return { result, issues: [...checks, ...result.issues] };
}

interface Documents {
  /** The Biểu điểm (TT 22) or the Bản tổng hợp (TT 24): the sheet shown after a run without errors. */
  main: SheetPlan;
  /** The log of the council's overrides, when there are overrides or a log already. */
  log?: SheetPlan;
  dossier: SheetPlan[];
  issues: Issue[];
}

/** Stage 8: the Biểu điểm (TT 22) or the Bản tổng hợp (TT 24), the log of overrides, and the dossier when asked for. */
function planDocuments(ctx: DocContext, dossier?: DossierPlanner): Documents {
  const id = resultSheetId(ctx.ruleSet);
  const main = id === "bieu-diem" ? buildBieuDiem(ctx, ctx.names[id]) : buildBanTongHop(ctx, ctx.names[id]);
  const log = ctx.names[LOG_ID] ? buildOverrideLog(ctx, ctx.names[LOG_ID]) : undefined;
  if (!dossier) return { main, log, dossier: [], issues: [] };
  const d = dossier.plan(ctx);
  return { main, log, dossier: d.sheets, issues: d.issues };
}

/**
 * Stage 9: the plan. Kiểm tra first, Biểu điểm (or Bản tổng hợp), Kết quả and the dossier, each with the
 * marker that proves it the product's and, while errors remain, the draft line; then the registry (this
 * workbook's token and the cells the product filled in the clerk's sheets).
 */
function writePlan(
  grids: WorkbookGrids,
  read: ReadOutcome,
  rules: RulesChoice,
  names: Record<string, string>,
  /** `documents` is absent when nothing could be evaluated: Kiểm tra is then the only sheet. */
  out: { issues: Issue[]; summary: SummaryJson; documents?: Documents; patches: CellPatch[]; filled: FilledCell[]; finalLog?: SheetPlan },
): WritePlan {
  const { model, registry } = read;
  const { documents: docs } = out;
  const kiemTra = buildKiemTra(out.issues, names["kiem-tra"], {
    unit: model.unit.name,
    year: rules.year,
    ruleSet: docs ? rules.ruleSet.legalSource.document : undefined,
  });
  const notice = out.summary.draft;
  const draft = (p: SheetPlan) => (notice ? withDraftLine(p, notice) : p);
  const documents = docs ? [docs.main, buildKetQua(out.summary, names["ket-qua"]), ...(docs.log ? [docs.log] : []), ...docs.dossier].map(draft) : [];
  // The token is made once, when the product first writes into the workbook, and kept by its registry.
  const token = registry.token ?? tokenFor(grids);
  const sheets = [kiemTra, ...documents, ...(out.finalLog ? [out.finalLog] : [])].map((p) => cappedSheet(withMarker(p, token)));
  return {
    sheets: [...sheets, registryPlan(token, out.filled, registryName(grids, registry))],
    patches: out.patches.map(cappedPatch),
    owned: [...Object.values(registry.owned), ...(registry.sheet ? [registry.sheet] : [])],
    activate: !docs || hasErrors(out.issues) ? "kiem-tra" : docs.main.id,
  };
}
