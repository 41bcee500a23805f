/**
 * District consolidation: the Phòng GD&ĐT (or UBND xã/phường) receives many units' result workbooks
 * and needs one table, without re-typing, that it can trust and send upward. Each unit's workbook
 * carries the DVHT_KETQUA block written by the product (workbook/summary.ts). Pure, like the rest of
 * the core: the shell reads the files (only their result blocks) and the consolidation workbook, and
 * passes today in.
 *
 *   block.ts      the block read back, its hash and its printed result checked
 *   tt24-block.ts the TT 24 keys of the block, read in one place
 *   inputs.ts     the roster of expected units and the settings; matching a file to its roster row
 *   select.ts     the year, the files set apart, one result per unit, one row per expected unit
 *   stats.ts      counts by level and unit type, indicators most missed, recognitions ending, recommended
 *   table.ts      "Tổng hợp đơn vị" and "Kết quả chỉ tiêu"
 *   report.ts     "Báo cáo kết quả" upward and the draft "Quyết định công nhận"
 */
import type { WorkbookGrids } from "../grid";
import { sortIssues, type Issue } from "../messages";
import type { SheetPlan, WritePlan } from "../plan";
import { buildKiemTra } from "../documents/kiem-tra";
import { readRegistry, registryPlan, tokenFor } from "../read/registry";
import { withMarker } from "../workbook/marker";
import { SHEET_NAMES } from "../workbook/sheets";
import { compareCodes } from "../text/codes";
import { readSummaryBlock, type FoundBlock } from "./block";
import { findRosterSheet, readRoster, readSettings, type DistrictSettings, type Roster } from "./inputs";
import { family, select, type Apart, type TableRow } from "./select";
import { countByType, expiringThisYear, mostMissed, recommended, type Counts, type Expiring, type Missed, type Mode, type Recommended } from "./stats";
import { buildIndicators, buildTable } from "./table";
import { authorities, buildDecision, buildReport } from "./report";
import { issue } from "../messages";

export { readSummaryBlock, type FoundBlock } from "./block";
export type { DistrictSettings } from "./inputs";
export type { TableRow, Apart } from "./select";

export interface SchoolInput {
  /** The file name, as the district officer knows it. */
  source: string;
  /** The file's grids (the fast read's few sheets, or the whole workbook); null when the file could not be used. */
  grids?: WorkbookGrids | null;
  /** Or the block already found in them (the shell drops each file's grids as it goes). */
  found?: FoundBlock | null;
  /** Why the file could not be used (the shell's Vietnamese words for the file). */
  problem?: string;
  /** The file's modification time as a serial: orders two evaluations of the same day. */
  modified?: number;
}

export interface ConsolidateOptions {
  /** Today as an Excel serial (the date lines; the recognitions that end this year). */
  today: number;
  /** The year to consolidate (--nam); else the settings sheet's, else the most common year of the files. */
  year?: number;
  /** The consolidation workbook as it is now: its roster and settings sheets, the product's sheets of an earlier run. */
  workbook?: WorkbookGrids;
  /** A roster in another workbook (--roster). */
  roster?: { source: string; grids: WorkbookGrids };
  /** The command's options; they win over the settings sheet. */
  settings?: DistrictSettings;
}

export interface ConsolidateOutcome {
  year: number | null;
  mode: Mode;
  rows: TableRow[];
  apart: Apart[];
  counts: Counts;
  missed: Missed[];
  expiring: Expiring[];
  recommended: Recommended[];
  roster: Roster | null;
  settings: DistrictSettings;
  issues: Issue[];
  plan: WritePlan;
  /** Final sheet names by id. */
  names: Record<string, string>;
}

const IDS = { table: "tong-hop-don-vi", indicators: "ket-qua-chi-tieu", report: "bao-cao-ket-qua", decision: "du-thao-quyet-dinh", check: "kiem-tra" } as const;

export function consolidate(inputs: SchoolInput[], opts: ConsolidateOptions): ConsolidateOutcome {
  const book: WorkbookGrids = opts.workbook ?? { sheets: [] };
  const issues: Issue[] = [];

  const settings: DistrictSettings = { ...readSettings(book), ...definedOnly(opts.settings ?? {}) };
  let roster: Roster | null = null;
  const rosterSheet = opts.roster ? findRosterSheet(opts.roster.grids, true) : findRosterSheet(book, false);
  if (rosterSheet) {
    const read = readRoster(rosterSheet, opts.roster ? opts.roster.source : rosterSheet.name, !opts.roster);
    roster = read.roster;
    issues.push(...read.issues);
  } else issues.push(issue("DISTRICT_NO_ROSTER"));

  const sel = select(
    inputs.map((i) => ({
      source: i.source,
      found: i.found !== undefined ? i.found : i.grids ? readSummaryBlock(i.grids) : null,
      problem: i.problem,
      modified: i.modified,
    })),
    roster,
    opts.year ?? settings.year,
  );
  issues.push(...sel.issues);
  const kept = sel.rows.filter((r) => r.kept).map((r) => family(r.kept!.framework));
  const tt24 = kept.filter((f) => f === "TT24").length;
  const tt22 = kept.filter((f) => f === "TT22").length;
  const mode: Mode = tt24 > tt22 || (tt24 === tt22 && (sel.year ?? 2024) >= 2024) ? "tt24" : "tt22";

  const counts = countByType(sel.rows, mode);
  const missed = mode === "tt24" ? mostMissed(sel.rows) : [];
  const expiring = mode === "tt24" ? expiringThisYear(sel.rows, opts.today) : [];
  const recs = mode === "tt24" ? recommended(sel.rows) : [];
  const itemIds: string[] = [];
  for (const r of sel.rows)
    for (const k of Object.keys(r.kept?.block ?? {})) {
      const m = /^item\.(.+)\.(points|met|rate)$/.exec(k);
      if (m && !itemIds.includes(m[1])) itemIds.push(m[1]);
    }
  itemIds.sort(compareCodes);

  const registry = readRegistry(book);
  const wanted = mode === "tt24" ? [IDS.table, IDS.indicators, IDS.report, IDS.decision, IDS.check] : [IDS.table, IDS.report, IDS.check];
  const names = nameSheets(book, registry.owned, wanted, issues);
  const report = { mode, year: sel.year, rows: sel.rows, counts, missed, recommended: recs, today: opts.today, settings };
  const sheets: SheetPlan[] = [
    buildTable({
      id: IDS.table,
      name: names[IDS.table],
      mode,
      year: sel.year,
      rows: sel.rows,
      apart: sel.apart,
      counts,
      missed,
      expiring,
      itemIds,
      today: opts.today,
      settings: { ...settings, office: settings.office || authorities(settings, opts.today).office },
      rosterGiven: roster !== null,
    }),
  ];
  if (mode === "tt24") sheets.push(buildIndicators(IDS.indicators, names[IDS.indicators], sel.year, sel.rows));
  sheets.push(buildReport(IDS.report, names[IDS.report], report));
  if (mode === "tt24") sheets.push(buildDecision(IDS.decision, names[IDS.decision], report));
  const sorted = sortIssues(
    issues,
    book.sheets.map((g) => g.name),
  );
  sheets.push(buildKiemTra(sorted, names[IDS.check], { unit: settings.office, year: sel.year ?? undefined }));
  // Every sheet carries the marker that proves it the product's (workbook/marker.ts); the registry keeps the token.
  const token = registry.token ?? tokenFor(book);
  sheets.splice(0, sheets.length, ...sheets.map((p) => withMarker(p, token)));
  sheets.push(registryPlan(token, [], registry.sheet ?? freeName(book, SHEET_NAMES.registry)));
  return {
    year: sel.year,
    mode,
    rows: sel.rows,
    apart: sel.apart,
    counts,
    missed,
    expiring,
    recommended: recs,
    roster,
    settings,
    issues: sorted,
    plan: { sheets, patches: [], owned: [...Object.values(registry.owned), ...(registry.sheet ? [registry.sheet] : [])], activate: IDS.table },
    names,
  };
}

/**
 * The product's sheets keep the names its registry records; a new one takes its preferred name, or
 * "name (2)" … when the officer has a sheet of that name: an officer's sheet is never written over.
 */
function nameSheets(book: WorkbookGrids, owned: Record<string, string>, ids: readonly string[], issues: Issue[]): Record<string, string> {
  const taken = new Set(book.sheets.map((g) => g.name.toLowerCase()));
  const mine = new Set(Object.values(owned).map((n) => n.toLowerCase()));
  const names: Record<string, string> = {};
  for (const id of ids) {
    if (owned[id]) {
      names[id] = owned[id];
      continue;
    }
    const wanted = SHEET_NAMES[id] ?? id;
    let name = wanted;
    const used = () => Object.values(names).some((n) => n.toLowerCase() === name.toLowerCase());
    for (let k = 2; taken.has(name.toLowerCase()) || mine.has(name.toLowerCase()) || used(); k++) name = `${wanted.slice(0, 26)} (${k})`;
    if (name !== wanted) issues.push(issue("SHEET_NAME_TAKEN", { wanted, used: name }));
    names[id] = name;
  }
  return names;
}

function freeName(book: WorkbookGrids, wanted: string): string {
  let n = wanted;
  for (let k = 2; book.sheets.some((g) => g.name === n); k++) n = `${wanted}${k}`;
  return n;
}

function definedOnly(s: DistrictSettings): DistrictSettings {
  return Object.fromEntries(Object.entries(s).filter(([, v]) => v !== undefined && v !== "")) as DistrictSettings;
}
