/**
 * One evaluation, end to end, pure: grids → model → result → write plan (+ the JSON summary).
 */
import type { WorkbookGrids } from "./grid";
import { issue, hasErrors, sortIssues, type Issue } from "./messages";
import type { BandRecord, Model } from "./model";
import type { CellPatch, SheetPlan, WritePlan } from "./plan";
import type { EvaluationResult } from "./result";
import type { Preset, RuleSet } from "./rules/schema";
import { PRESETS, RULE_SETS, DEFAULT_PRESET_ID, findPreset, getRuleSet, ruleSetForYear, applyPreset } from "./rules";
import { readWorkbook, columnLabel } from "./read";
import { readReportContent } from "./read/content";
import { registryPlan } from "./read/registry";
import { codeKey } from "./text/codes";
import { evaluate } from "./evaluate";
import { evaluateTargets } from "./evaluate/targets";
import { buildBieuDiem } from "./documents/bieu-diem";
import { INPUT_SHEET_NAMES, SHEET_NAMES } from "./workbook/sheets";
import { buildKiemTra } from "./documents/kiem-tra";
import { buildKetQua } from "./documents/ket-qua";
import { summaryRows, type SummaryJson } from "./workbook/summary";
import { buildDossier } from "./documents/dossier";
import { planPatches } from "./pipeline/patches";
import type { DocContext } from "./documents/context";
import { serialToYmd } from "./text/dates";

export interface RunOptions {
  /** Today as an Excel serial (the shell reads the clock; the core never does). */
  today: number;
  /** Preset id or name ("ha-noi", "Hà Nội"); overrides "Thông tin". */
  preset?: string;
  /** Rule set id ("TT22/2020"); overrides "Thông tin" and the year. */
  framework?: string;
  /** Also plan the dossier documents. */
  dossier?: boolean;
}

export interface RunOutcome {
  model: Model;
  ruleSet?: RuleSet;
  result?: EvaluationResult;
  issues: Issue[];
  fatal: boolean;
  plan: WritePlan;
  summary: SummaryJson;
  /** Final sheet names by owned-sheet id. */
  names: Record<string, string>;
}

const DOSSIER_IDS = ["bao-cao", "bien-ban", "danh-muc-minh-chung", "tong-hop-to", "ke-hoach-tien-do", "ke-hoach-tien-do-auto"];
/** Under TT 24 the dossier also holds the request letter and the summary of indicators. */
const DOSSIER_IDS_TT24 = ["to-trinh", "tong-hop-tt24"];

/**
 * Final names: a sheet the registry says we own keeps its name; otherwise the preferred name, or
 * "name (2)", "(3)" … when a clerk's sheet already holds it (never overwritten; the clerk is told).
 */
function resolveNames(ids: string[], existing: string[], owned: Record<string, string>, issues: Issue[]): Record<string, string> {
  const taken = new Set(existing.map((n) => n.toLowerCase()));
  const mine = new Set(Object.values(owned).map((n) => n.toLowerCase()));
  const out: Record<string, string> = {};
  const used = new Set<string>();
  for (const id of ids) {
    if (owned[id]) {
      out[id] = owned[id];
      used.add(owned[id].toLowerCase());
      continue;
    }
    const wanted = SHEET_NAMES[id] ?? id;
    let name = wanted;
    for (let k = 2; (taken.has(name.toLowerCase()) && !mine.has(name.toLowerCase())) || mine.has(name.toLowerCase()) || used.has(name.toLowerCase()); k++) {
      name = `${wanted.slice(0, 26)} (${k})`;
    }
    if (name !== wanted) issues.push(issue("SHEET_NAME_TAKEN", { wanted, used: name }));
    out[id] = name;
    used.add(name.toLowerCase());
  }
  return out;
}

function chooseRuleSet(model: Model, year: number, options: RunOptions, issues: Issue[]): RuleSet {
  const known = RULE_SETS.map((r) => r.id).join(", ");
  const infoSheet = model.unit.sheet;
  const infoCell = (k: string) => model.unit.rows.find((r) => r.keyFolded.startsWith(k))?.valueCell;
  if (options.framework) {
    const r = getRuleSet(options.framework);
    if (r) return r;
    issues.push(issue("UNKNOWN_FRAMEWORK", { value: options.framework, used: ruleSetForYear(year).id, known }, { sheet: "dòng lệnh", cell: "--framework" }));
  } else if (model.unit.framework) {
    const r = getRuleSet(model.unit.framework) ?? getRuleSet(model.unit.framework.replace(/^(thong tu|thông tư)\s*/i, "TT").replace(/\s+/g, ""));
    if (r) return r;
    issues.push(
      issue("UNKNOWN_FRAMEWORK", { value: model.unit.framework, used: ruleSetForYear(year).id, known }, { sheet: infoSheet, cell: infoCell("bo tieu chi") }),
    );
  }
  return ruleSetForYear(year);
}

function choosePreset(model: Model, ruleSet: RuleSet, options: RunOptions, issues: Issue[]): Preset {
  const fallback = PRESETS.find((p) => p.id === DEFAULT_PRESET_ID)!;
  const wanted = options.preset ?? model.unit.preset;
  if (!wanted) return fallback;
  const p = findPreset(wanted);
  if (p && p.ruleSets.includes(ruleSet.id)) return p;
  const known = PRESETS.filter((x) => x.ruleSets.includes(ruleSet.id))
    .map((x) => x.label)
    .join(", ");
  const where = options.preset
    ? { sheet: "dòng lệnh", cell: "--preset" }
    : { sheet: model.unit.sheet, cell: model.unit.rows.find((r) => r.keyFolded.startsWith("phuong an"))?.valueCell };
  issues.push(issue("UNKNOWN_PRESET", { value: wanted, used: fallback.label, known }, where));
  return fallback;
}

/** Columns a rule set needs on the members sheet. */
function requiredColumns(ruleSet: RuleSet): string[] {
  const out = new Set<string>(["name"]);
  for (const it of ruleSet.items) {
    const t = it.test;
    if (!t) continue;
    if (t.kind === "flag") out.add(t.field);
    else if (t.kind === "titleAtLeast") out.add("title");
    else out.add("competences");
  }
  return [...out];
}

function crossChecks(model: Model, ruleSet: RuleSet, assigned: Record<number, string>, issues: Issue[]) {
  const known = new Set(ruleSet.items.map((i) => i.id));
  const knownList = ruleSet.items.map((i) => i.id).join(", ");
  const unitSheet = model.recognition.find((r) => r.role === "unitItems")?.sheet;
  const evSheet = model.recognition.find((r) => r.role === "evidence")?.sheet;
  // Unit item rows: unknown ids and duplicates.
  const seen = new Map<string, number>();
  for (const e of model.unitItems) {
    if (e.id.startsWith("?") || !known.has(e.id)) {
      issues.push(
        issue(
          "UNKNOWN_ITEM",
          { value: e.id.replace(/^\?/, ""), ruleSet: ruleSet.legalSource.document, known: knownList },
          { sheet: unitSheet, cell: e.cells.id },
        ),
      );
      continue;
    }
    const prev = seen.get(e.id);
    if (prev !== undefined) issues.push(issue("DUPLICATE_UNIT_ITEM", { item: e.id, other: prev }, { sheet: unitSheet, cell: e.cells.id }));
    else seen.set(e.id, e.row);
    const item = ruleSet.items.find((i) => i.id === e.id);
    if (item?.measuredOn === "members" && e.points !== undefined && e.points !== null) {
      // Member items are computed from the members sheet; a typed value there is ignored, not guessed at.
    }
  }
  // Evidence: duplicate codes, unknown items, rows naming no item.
  const codes = new Map<string, number>();
  for (const ev of model.evidence) {
    const code = ev.code ?? assigned[ev.row];
    if (ev.code) {
      const k = codeKey(ev.code);
      const prev = codes.get(k);
      if (prev !== undefined) issues.push(issue("DUPLICATE_EVIDENCE_CODE", { code: ev.code, other: prev }, { sheet: evSheet, cell: ev.cells.code }));
      else codes.set(k, ev.row);
    } else if (code) codes.set(codeKey(code), ev.row);
    for (const id of ev.items) {
      if (!known.has(id))
        issues.push(
          issue("EVIDENCE_UNKNOWN_ITEM", { value: id, ruleSet: ruleSet.legalSource.document, known: knownList }, { sheet: evSheet, cell: ev.cells.items }),
        );
    }
    if (ev.items.length === 0 && !ev.unknownItems?.length) {
      issues.push(issue("EVIDENCE_NO_ITEM", { title: ev.title ?? ev.code ?? "" }, { sheet: evSheet, cell: ev.cells.items ?? ev.cells.code }));
    }
  }
  for (const ev of model.evidence)
    for (const value of ev.unknownItems ?? [])
      issues.push(issue("EVIDENCE_UNKNOWN_ITEM", { value, ruleSet: ruleSet.legalSource.document, known: knownList }, { sheet: evSheet, cell: ev.cells.items }));
  // Codes cited by the council must exist in the evidence sheet.
  for (const e of model.unitItems) {
    for (const c of e.evidence) {
      if (!codes.has(codeKey(c))) issues.push(issue("EVIDENCE_NOT_FOUND", { code: c }, { sheet: unitSheet, cell: e.cells.evidence }));
    }
  }
  // Every applicable item should have evidence (a row naming it, or a code cited for it).
  for (const it of ruleSet.items) {
    const has = model.evidence.some((ev) => ev.items.includes(it.id)) || model.unitItems.some((e) => e.id === it.id && e.evidence.length > 0);
    if (!has) issues.push(issue("ITEM_WITHOUT_EVIDENCE", { item: it.id }, { itemId: it.id }));
  }
}

function summarize(
  model: Model,
  ruleSet: RuleSet | undefined,
  preset: Preset | undefined,
  year: number | null,
  result: EvaluationResult | undefined,
  issues: Issue[],
): SummaryJson {
  const s: Omit<SummaryJson, "contentHash"> = {
    framework: ruleSet?.id ?? "",
    frameworkVersion: ruleSet?.version ?? "",
    provisional: ruleSet?.provisional === true,
    preset: preset?.id ?? DEFAULT_PRESET_ID,
    year,
    unit: { name: model.unit.name ?? null, parentBody: model.unit.parentBody ?? null, code: model.unit.code ?? null },
    members: {
      total: model.members.length,
      counted: model.members.filter((m) => !m.excludedReason).length,
      excluded: model.members.filter((m) => m.excludedReason).length,
    },
    items: (result?.items ?? []).map((i) => ({
      id: i.id,
      group: i.group,
      max: i.max ?? null,
      points: i.points ?? null,
      met: i.met ?? null,
      rate: i.rate ?? null,
      counted: i.counted ?? null,
      meeting: i.meeting ?? null,
    })),
    total: result?.total ?? null,
    maxTotal: result?.maxTotal ?? null,
    rating: result?.rating ?? null,
    issues: issues.map((i) => ({ severity: i.severity, code: i.code, sheet: i.sheet ?? null, cell: i.cell ?? null, message: i.message, fix: i.fix })),
  };
  const rows = summaryRows(s);
  return { ...s, contentHash: String(rows[rows.length - 1][1]) };
}

export function run(grids: WorkbookGrids, options: RunOptions): RunOutcome {
  const read = readWorkbook(grids);
  const { model, registry } = read;
  const issues: Issue[] = [...read.issues];
  let fatal = read.fatal;
  const existing = grids.sheets.map((g) => g.name);
  const sheetOrder = existing;

  let year = model.unit.year;
  if (year === undefined) {
    year = serialToYmd(options.today).y;
    issues.push(issue("NO_YEAR", { year, sheet: model.unit.sheet ?? INPUT_SHEET_NAMES.unitInfo }, { sheet: model.unit.sheet }));
  }
  const baseRuleSet = chooseRuleSet(model, year, options, issues);
  const preset = choosePreset(model, baseRuleSet, options, issues);
  const ruleSet = applyPreset(baseRuleSet, preset);
  if (ruleSet.provisional) issues.push(issue("PROVISIONAL_RULES", { ruleSet: ruleSet.id, note: ruleSet.provisionalNote ?? "" }));

  const memRec = model.recognition.find((r) => r.role === "members");
  if (memRec) {
    const hr = memRec.headerRows[memRec.headerRows.length - 1];
    for (const col of requiredColumns(ruleSet)) {
      const present =
        col === "competences" ? memRec.columns.c1 !== undefined || memRec.columns.competencesAll !== undefined : memRec.columns[col] !== undefined;
      if (!present) {
        issues.push(issue("MISSING_COLUMN", { column: columnLabel(col), row: hr }, { sheet: memRec.sheet }));
        fatal = true;
      }
    }
    if (!fatal && model.members.length > 0 && model.members.every((m) => m.excludedReason)) {
      issues.push(issue("NO_COUNTED_MEMBERS", {}, { sheet: memRec.sheet }));
      fatal = true;
    }
  }

  const sheets: SheetPlan[] = [];
  const patches: CellPatch[] = [];
  const bands: BandRecord[] = registry.bands.filter((b) => !memRec || b.sheet !== memRec.sheet);
  let result: EvaluationResult | undefined;
  const dossierIds = options.dossier ? [...DOSSIER_IDS, ...(ruleSet.model === "indicators" ? DOSSIER_IDS_TT24 : [])] : [];
  const wantedIds = fatal ? ["kiem-tra"] : ["kiem-tra", "bieu-diem", "ket-qua", ...dossierIds];
  const names = resolveNames(wantedIds, existing, registry.owned, issues);

  if (!fatal) {
    result = evaluate(model, ruleSet, { preset, year });
    // Assigned codes count as the rows' codes only where they are written back (a code column exists).
    const evRec = model.recognition.find((r) => r.role === "evidence");
    crossChecks(model, ruleSet, evRec?.columns.code !== undefined ? result.evidenceCodes : {}, issues);
    issues.push(...result.issues);
    const planned = planPatches(model, result, ruleSet);
    patches.push(...planned.patches);
    if (planned.band) bands.push(planned.band);
  }

  const docSheets: SheetPlan[] = [];
  if (!fatal && result && options.dossier) {
    const withContent: Model = { ...model, reportContent: readReportContent({ grids, model, names }) };
    const planTargets = evaluateTargets({ model: withContent, result, ruleSet });
    issues.push(...planTargets.issues);
    const d = buildDossier({ model: withContent, result: { ...result, targets: planTargets.targets }, ruleSet, today: options.today, names });
    for (const s of d.sheets) {
      if (!names[s.id]) Object.assign(names, resolveNames([s.id], [...existing, ...Object.values(names)], registry.owned, issues));
      docSheets.push({ ...s, name: names[s.id] });
    }
    patches.push(...d.patches);
    issues.push(...d.issues);
  }
  const summary = summarize(model, fatal ? undefined : ruleSet, preset, year, result, sortIssues(issues, sheetOrder));
  if (!fatal && result) {
    const ctx: DocContext = { model, result, ruleSet, today: options.today, names };
    sheets.push(buildBieuDiem(ctx, names["bieu-diem"]));
    sheets.push(buildKetQua(summary, names["ket-qua"]));
    sheets.push(...docSheets);
  }
  const allIssues = sortIssues(issues, sheetOrder);
  sheets.unshift(buildKiemTra(allIssues, names["kiem-tra"], { unit: model.unit.name, year, ruleSet: fatal ? undefined : ruleSet.legalSource.document }));
  const owned = { ...registry.owned, ...names };
  sheets.push(registryPlan(owned, bands, registry.sheet ?? uniqueName(SHEET_NAMES.registry, existing)));
  return {
    model,
    ruleSet: fatal ? undefined : ruleSet,
    result,
    issues: allIssues,
    fatal,
    plan: { sheets, patches, activate: fatal || hasErrors(allIssues) ? "kiem-tra" : "bieu-diem" },
    summary,
    names: owned,
  };
}

function uniqueName(wanted: string, existing: string[]): string {
  let n = wanted;
  for (let k = 2; existing.includes(n); k++) n = `${wanted}${k}`;
  return n;
}
