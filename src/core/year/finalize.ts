/**
 * Hoàn tất and Mở khóa (issue 12): the submitted version of a workbook.
 *
 * Hoàn tất runs the pre-submission checklist (no errors left; every item evaluated; every unit item
 * evidenced; the result and the dossier on file generated from the current data), and only when every
 * point holds: rewrites the product's sheets as the last evaluation made them (the same day, so the
 * printed documents do not change), with the stamp (which finalization, the day, the tool's version, a
 * hash over the inputs and the results) in the result block and in each document's footer, protects
 * them, and logs the action. A finalized workbook is then refused by run() until Mở khóa, which needs a
 * reason, logs it with the day, lifts the protection and marks the block "changed after finalizing"
 * (what the district's consolidation shows).
 */
import type { WorkbookGrids } from "../grid";
import { hasErrors, issue, sortIssues, type Issue } from "../messages";
import type { Model } from "../model";
import type { PlanValue, WritePlan } from "../plan";
import type { EvaluationResult } from "../result";
import { readWorkbook } from "../read";
import { FINALIZE_LOG_ID } from "../read/finalization";
import { inputsFingerprint, sheetShows } from "../read/fingerprint";
import { run, type RunOutcome } from "../run";
import { readSummaryBlock, date } from "../district/block";
import { fnv1a64 } from "../text/hash";
import { formatDateVi } from "../text/dates";
import { clean } from "../text/vi";
import type { LogEntry } from "../workbook/finalization";
import { hashBlock, summaryRows } from "../workbook/summary";

export interface FinalizeOptions {
  /** Today (an Excel serial): the day of Hoàn tất. */
  today: number;
  /** The product's version, stamped and logged. */
  tool: string;
}

export interface UnfinalizeOptions {
  today: number;
  tool: string;
  /** Why (logged; required). */
  reason: string;
}

export interface FinalizeOutcome {
  /** Nothing is written (a checklist point fails, or there is nothing to do). */
  fatal: boolean;
  /** Every failed checklist point at once, then the evaluation's own errors; or the one line saying what was done. */
  issues: Issue[];
  plan: WritePlan;
  /** The evaluation the stamp is about (absent when it could not run). */
  run?: RunOutcome;
  /** Hoàn tất: what was stamped. */
  stamp?: { at: number; count: number; hash: string };
}

const nothing = (issues: Issue[], r?: RunOutcome): FinalizeOutcome => ({ fatal: true, issues, plan: { sheets: [], patches: [] }, run: r });

const itemLabel = (r: RunOutcome, id: string) => (r.ruleSet?.model === "indicators" ? `chỉ tiêu ${id}` : `tiêu chí ${id}`);

/** Rows of the block that say what was evaluated: not the finalization's, not the hash. */
const evaluatedRows = (rows: ReadonlyArray<readonly [string, PlanValue, ...unknown[]]>) =>
  rows.filter(([k]) => !k.startsWith("finalized.") && k !== "contentHash").map(([k, v]) => [k, v] as const);

export function finalize(grids: WorkbookGrids, options: FinalizeOptions): FinalizeOutcome {
  const read = readWorkbook(grids);
  const fin = read.finalization;
  if (fin.state.state === "finalized") return nothing([issue("FINALIZE_ALREADY", { at: formatDateVi(fin.state.last.at) })]);
  const found = readSummaryBlock(grids);
  if (!found) return nothing([issue("FINALIZE_NO_RESULT")]);
  // The last evaluation's day: the documents are rebuilt as they were printed.
  const evaluatedAt = date(found.block.evaluatedAt) ?? options.today;
  const check = run(grids, { today: evaluatedAt, dossier: true });
  const issues = checklist(grids, read.model, read.registry.owned, check, found, evaluatedAt);
  if (issues.length)
    return nothing(
      sortIssues(
        issues,
        grids.sheets.map((g) => g.name),
      ),
      check,
    );

  const count = fin.log.filter((e) => e.action === "finalize").length + 1;
  const hash = fnv1a64(`${inputsFingerprint(grids, read.model)}\n${check.summary.contentHash}`);
  const entry: LogEntry = { action: "finalize", at: options.today, count, tool: options.tool, hash, reason: "" };
  const stamped = run(grids, {
    today: evaluatedAt,
    dossier: true,
    finalization: { kind: "finalized", at: options.today, count, tool: options.tool, hash },
    finalizationLog: [...fin.log, entry],
  });
  return {
    fatal: false,
    issues: [issue("FINALIZED", { count, at: formatDateVi(options.today), hash })],
    plan: stamped.plan,
    run: stamped,
    stamp: { at: options.today, count, hash },
  };
}

/** The checklist: every point that fails, at once. */
function checklist(
  grids: WorkbookGrids,
  model: Model,
  owned: Record<string, string>,
  check: RunOutcome,
  found: NonNullable<ReturnType<typeof readSummaryBlock>>,
  evaluatedAt: number,
): Issue[] {
  const out: Issue[] = [];
  const errors = check.issues.filter((i) => i.severity === "error");
  if (hasErrors(check.issues)) out.push(issue("FINALIZE_ERRORS_LEFT", { count: errors.length }), ...errors);
  if (check.fatal || !check.result) return out;
  out.push(...itemPoints(model, check, check.result));
  if (!owned["bao-cao"]) out.push(issue("FINALIZE_NO_DOSSIER"));
  else {
    // The block on file is the one this data gives on that day: nothing was changed since, nor typed over.
    const now = hashBlock(evaluatedRows(summaryRows(check.summary)));
    const onFile = hashBlock(evaluatedRows(Object.entries(found.block)));
    // And every document on file shows what the data gives now (a name changed since changes no result, but the documents).
    const documents = check.plan.sheets.filter((p) => p.id !== "registry" && p.id !== "kiem-tra" && p.id !== "ke-hoach-tien-do-auto");
    const same = documents.every((p) => sheetShows(grids, p));
    if (now !== onFile || !found.hashOk || found.printed.state === "edited" || !same) out.push(issue("FINALIZE_STALE", { at: formatDateVi(evaluatedAt) }));
  }
  return out;
}

/** Every applicable item evaluated; every applicable unit item with evidence (its own codes or an evidence row naming it). */
function itemPoints(model: Model, r: RunOutcome, result: EvaluationResult): Issue[] {
  const out: Issue[] = [];
  const named = new Set(model.evidence.flatMap((e) => e.items));
  for (const it of result.items) {
    if (!it.applicable) continue;
    if (it.origin === "missing") out.push(issue("FINALIZE_NOT_EVALUATED", { item: itemLabel(r, it.id) }));
    else if (it.measuredOn === "unit" && it.origin !== "collective-title" && it.evidence.length === 0 && !named.has(it.id))
      out.push(issue("FINALIZE_NO_EVIDENCE", { item: itemLabel(r, it.id) }));
  }
  return out;
}

export function unfinalize(grids: WorkbookGrids, options: UnfinalizeOptions): FinalizeOutcome {
  const read = readWorkbook(grids);
  const fin = read.finalization;
  if (fin.state.state !== "finalized") return nothing([issue("UNFINALIZE_NOT_FINALIZED")]);
  const reason = clean(options.reason ?? "");
  if (!reason) return nothing([issue("UNFINALIZE_NO_REASON")]);
  const last = fin.state.last;
  const found = readSummaryBlock(grids);
  const evaluatedAt = (found && date(found.block.evaluatedAt)) ?? options.today;
  const entry: LogEntry = { action: "unfinalize", at: options.today, count: last.count, tool: options.tool, hash: "", reason };
  const r = run(grids, {
    today: evaluatedAt,
    dossier: read.registry.owned["bao-cao"] !== undefined,
    finalization: { kind: "changed", at: last.at },
    finalizationLog: [...fin.log, entry],
  });
  const owned = Object.values(read.registry.owned);
  return {
    fatal: false,
    issues: [issue("UNFINALIZED", { at: formatDateVi(options.today), reason, log: r.names[FINALIZE_LOG_ID] ?? "" })],
    plan: { ...r.plan, unprotect: owned },
    run: r,
  };
}
