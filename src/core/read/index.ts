/**
 * The reader: grids → model + issues. Sheets are found by their header content; every problem is
 * collected (never only the first), each with its sheet and cell.
 */
import { a1, gridWidth, isCellError, parseA1, type CellValue, type SheetGrid, type WorkbookGrids } from "../grid";
import { issue } from "../messages/run";
import type { Issue } from "../messages";
import type { ColumnMapping, Evidence, InfoLayout, InfoRow, Member, Model, Role, RoleRecognition, UnitInfo, UnitItemEntry } from "../model";
import { readCollectiveTitle, readIndividualTitle, titleYearDiffers } from "../rules/titles";
import { clean, fold } from "../text/vi";
import { parseDayFirst } from "../text/dates";
import { INFO_KEYS, infoField } from "../workbook/info-keys";
import { INPUT_SHEET_NAMES } from "../workbook/sheets";
import { EVIDENCE_COLUMNS, MEMBER_COLUMNS, UNIT_ITEM_COLUMNS, columnLabel, headerRowsMayHold, matchHeader, type ColumnSpec, type HeaderMatch } from "./headers";
import { isRegistry, readRegistry, type Registry } from "./registry";
import { readFinalizationState } from "./finalization";
import { isNotInputSheet } from "./forms";
import type { FinalizationState, LogEntry } from "../workbook/finalization";
import { findBand } from "./band";
import { readOverrideLog, readOverrides } from "./overrides";
import { releaseEvidenceCodes, releaseUnitItems } from "./filled";
import { readPreviousPlan } from "./previous-plan";
import { readPlanTargets } from "./targets";
import { isBlank, normaliseItemId, parseDate, parseNumber, parseYesNo, splitCodes, splitItemIds } from "./values";
import { show } from "../text/cell";
import { parseAssessmentYear } from "./assessment-year";
import { parseRecognitionLevel } from "./recognition";
import { parseCount, parseDigitalLevel } from "./tt24-values";
import { checkColumnMap, mappedKeys, readColumnMap, withOptions, type ColumnOption } from "./column-map";
import { splitTotals, totalsRow } from "./totals";
import { classifyTt24Unit } from "./unit-type";
import { findPanelSheet, readPanel } from "./panel";

export interface ReadOutcome {
  model: Model;
  issues: Issue[];
  /** True when no evaluation is possible (no members sheet, no member rows). Missing rule-specific columns are checked by run(). */
  fatal: boolean;
  registry: Registry;
  /** Hoàn tất and Mở khóa: the log and whether the workbook is the submitted version (issue 12). */
  finalization: { log: LogEntry[]; state: FinalizationState };
}

const HEADER_SCAN_ROWS = 15;

interface TableRole {
  role: Role;
  specs: ColumnSpec[];
  competences: boolean;
  /** Minimum score to count as this role at all. */
  min: number;
  /** Fields whose presence identifies the role. */
  key: string[];
}

const TABLE_ROLES: TableRole[] = [
  { role: "members", specs: MEMBER_COLUMNS, competences: true, min: 3, key: ["name"] },
  { role: "evidence", specs: EVIDENCE_COLUMNS, competences: false, min: 3, key: ["title"] },
  { role: "unitItems", specs: UNIT_ITEM_COLUMNS, competences: false, min: 3, key: ["id", "points"] },
];

interface Candidate {
  sheet: SheetGrid;
  match: HeaderMatch;
}

function bestHeader(grid: SheetGrid, role: TableRole, mapped?: ReadonlyMap<string, string>): HeaderMatch | null {
  let best: HeaderMatch | null = null;
  const rows = Math.min(HEADER_SCAN_ROWS, grid.values.length);
  for (let r = 0; r < rows; r++) {
    // A blank row is never the top of a header (it would make a two-row header of the row below).
    if ((grid.values[r] ?? []).every((v) => isBlank(v ?? null))) continue;
    // Without the clerk's mapping, a row that cannot name the role's key columns is not read in full.
    if (!mapped?.size && !headerRowsMayHold(grid, r, role.specs, role.key)) continue;
    // The band is found by its own title (matchHeader stops there), never by a remembered column.
    const m = matchHeader(grid, r, role.specs, role.competences, undefined, mapped);
    if (!role.key.every((k) => m.columns[k] !== undefined)) continue;
    if (!best || m.score > best.score) best = m;
  }
  return best && best.score >= role.min ? best : null;
}

function readInfoRows(grid: SheetGrid): InfoRow[] {
  // A header row "Thông tin | Giá trị | Hướng dẫn" fixes the value column; without one, the value is
  // the first filled cell right of the key.
  let valueCol: number | undefined;
  let headerRow = -1;
  for (let r = 0; r < Math.min(HEADER_SCAN_ROWS, grid.values.length) && valueCol === undefined; r++) {
    (grid.values[r] ?? []).forEach((v, c) => {
      if (valueCol === undefined && typeof v === "string" && fold(v) === "gia tri") {
        valueCol = c;
        headerRow = r;
      }
    });
  }
  const rows: InfoRow[] = [];
  grid.values.forEach((row, r) => {
    if (r <= headerRow) return;
    const cells = row.map((v, c) => ({ v, c })).filter(({ v }) => !isBlank(v ?? null));
    if (cells.length === 0) return;
    const first = cells[0];
    if (typeof first.v !== "string") return;
    const key = clean(first.v).replace(/:$/, "");
    const plain = (x: CellValue | undefined) => (x === undefined || x === null ? null : isCellError(x) ? x.error : (x as string | number | boolean));
    let valueC: number;
    if (valueCol !== undefined && valueCol > first.c) valueC = valueCol;
    else valueC = cells[1]?.c ?? first.c + 1;
    const value = isBlank(row[valueC] ?? null) ? null : plain(row[valueC]);
    const extraCell = cells.find((x) => x.c > valueC);
    rows.push({
      row: r + 1,
      key,
      keyFolded: fold(key),
      value,
      valueCell: a1(r, valueC),
      extra: extraCell ? (plain(extraCell.v) ?? undefined) : undefined,
      keyCell: a1(r, first.c),
      extraCell: extraCell ? a1(r, extraCell.c) : undefined,
    });
  });
  return rows;
}

/**
 * Where a row the product adds to "Thông tin" goes: keys in the column most rows start in, values in the
 * "Giá trị" column (else the next one), under everything the sheet holds.
 */
function infoLayout(grid: SheetGrid, rows: InfoRow[]): InfoLayout {
  const counts = new Map<string, number>();
  for (const r of rows) if (r.keyCell) counts.set(r.keyCell.replace(/\d+$/, ""), (counts.get(r.keyCell.replace(/\d+$/, "")) ?? 0) + 1);
  const keyLetters = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? "A";
  const keyColumn = parseA1(`${keyLetters}1`).col;
  const values = rows.filter((r) => r.keyCell?.replace(/\d+$/, "") === keyLetters).map((r) => parseA1(r.valueCell).col);
  const valueColumn = values.length ? mode(values) : keyColumn + 1;
  let last = grid.values.length - 1;
  while (last >= 0 && (grid.values[last] ?? []).every((v) => isBlank(v ?? null))) last--;
  return { keyColumn, valueColumn, nextRow: last + 1 };
}

function mode(xs: number[]): number {
  const n = new Map<number, number>();
  for (const x of xs) n.set(x, (n.get(x) ?? 0) + 1);
  return [...n.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0][0];
}

function infoScore(grid: SheetGrid): number {
  const seen = new Set<string>();
  for (const r of readInfoRows({ ...grid, values: grid.values.slice(0, 80) })) {
    const f = infoField(r.keyFolded);
    if (f && f !== "year" && f !== "name") seen.add(f);
    if (r.keyFolded === "ten don vi" || r.keyFolded === "nam danh gia") seen.add(r.keyFolded);
  }
  return seen.size;
}

function readUnitInfo(grid: SheetGrid | undefined): { unit: UnitInfo; issues: Issue[] } {
  const unit: UnitInfo = { meeting: {}, rows: [], cells: {}, targets: [], tt24: { current: {} }, tt24Unit: classifyTt24Unit(null) };
  const issues: Issue[] = [];
  if (!grid) return { unit, issues };
  unit.sheet = grid.name;
  unit.rows = readInfoRows(grid);
  unit.layout = infoLayout(grid, unit.rows);
  const text = (v: InfoRow["value"]) => (v === null || v === undefined ? undefined : clean(String(v)) || undefined);
  const tt24 = unit.tt24;
  let titleYears: { years: number[]; value: string; where: { sheet: string; cell: string } } | undefined;
  for (const r of unit.rows) {
    const f = infoField(r.keyFolded);
    if (!f) continue;
    // A key's cell even when blank: a message about a missing value points at the cell to fill.
    unit.cells[f] ??= r.valueCell;
    if (r.value === null) continue;
    const t = text(r.value);
    const where = { sheet: grid.name, cell: r.valueCell };
    const date = (): number | undefined => {
      const d = parseDate(r.value as CellValue);
      if (d.ok) return d.value ?? undefined;
      issues.push(issue("BAD_DATE", { value: d.shown }, where));
      return undefined;
    };
    const count = (): number | undefined => {
      const n = parseCount(r.value as CellValue);
      if (n.ok) return n.value ?? undefined;
      issues.push(issue("BAD_COUNT", { value: n.shown }, where));
      return undefined;
    };
    switch (f) {
      case "parentBody":
        unit.parentBody ??= t;
        break;
      case "code":
        unit.code ??= t;
        break;
      case "name":
        unit.name ??= t;
        break;
      case "place":
        unit.place ??= t;
        break;
      case "year": {
        if (unit.year !== undefined) break;
        // A calendar year; a school year ("2025-2026") is an error, never silently its first year.
        const y = parseAssessmentYear(r.value as CellValue);
        if (y.ok) unit.year = y.year;
        else issues.push(issue(y.code, y.params, where));
        break;
      }
      case "framework":
        unit.framework ??= t;
        break;
      case "preset":
        unit.preset ??= t;
        break;
      case "unitType":
        unit.unitTypeText ??= t;
        break;
      case "ownership":
        tt24.ownershipText ??= t;
        break;
      case "tier":
        tt24.tierText ??= t;
        break;
      case "digitalLevel": {
        const d = parseDigitalLevel(r.value as CellValue);
        if (d.ok) tt24.digitalLevel = d.value ?? undefined;
        else issues.push(issue("BAD_DIGITAL_LEVEL", { value: d.shown }, where));
        break;
      }
      case "accreditation": {
        const yn = parseYesNo(r.value as CellValue);
        if (yn.ok) tt24.accreditation = yn.value;
        else issues.push(issue("BAD_YES_NO", { value: yn.shown }, where));
        break;
      }
      case "learners":
        tt24.learners = count();
        break;
      case "learnersCdht":
        tt24.learnersCdht = count();
        break;
      case "currentLevel": {
        const l = parseRecognitionLevel(r.value as CellValue);
        if (l.ok) tt24.current.level = l.level;
        else issues.push(issue("BAD_RECOGNITION_LEVEL", { value: l.shown }, where));
        break;
      }
      case "currentNumber":
        tt24.current.decisionNumber = t;
        break;
      case "currentDate":
        tt24.current.decisionDate = date();
        break;
      case "dossierDate":
        tt24.dossierDate = date();
        break;
      case "approver":
        tt24.approver = t;
        break;
      case "principal":
        unit.principal ??= t;
        break;
      case "chair":
        unit.chair ??= t;
        break;
      case "secretary":
        unit.secretary ??= t;
        break;
      case "collectiveTitle": {
        unit.collectiveTitleText = t;
        const read = readCollectiveTitle(t ?? "");
        unit.collectiveTitle = read.title;
        if (!read.title) issues.push(issue("BAD_COLLECTIVE_TITLE", { value: t ?? "" }, where));
        // A Bằng khen, a Giấy khen or a Huân chương is a form of commendation (rules.md §2): said, never silently weighed.
        else if (read.title.commendation) issues.push(issue("COLLECTIVE_TITLE_IS_COMMENDATION", { value: t ?? "" }, where));
        // The year written with it is checked against Năm đánh giá once every row is read.
        if (read.title && read.years.length) titleYears = { years: read.years, value: t ?? "", where };
        break;
      }
      case "recipient":
        unit.recipient ??= t;
        break;
      case "documentNumber":
        unit.documentNumber ??= t;
        break;
      case "meetingDate": {
        const d = parseDate(r.value as CellValue);
        if (d.ok) unit.meeting.date = d.value ?? undefined;
        else issues.push(issue("BAD_DATE", { value: d.shown }, where));
        break;
      }
      case "meetingTime":
        unit.meeting.time = timeText(r.value);
        break;
      case "meetingEnd":
        unit.meeting.endTime = timeText(r.value);
        break;
      case "meetingPlace":
        unit.meeting.place = t;
        break;
      case "attendees":
        unit.meeting.attendees = t;
        break;
      case "absentees":
        unit.meeting.absentees = t;
        break;
      case "vote":
        unit.meeting.vote = t;
        break;
      case "panelDecisionNumber":
        unit.panelDecisionNumber = t;
        break;
      case "panelDecisionDate":
        unit.panelDecisionDate = date();
        break;
    }
  }
  if (titleYears && titleYearDiffers(titleYears.years, unit.year))
    issues.push(issue("TITLE_YEAR_DIFFERS", { value: titleYears.value, years: titleYears.years.join(" – "), year: unit.year }, titleYears.where));
  // "Công lập / ngoài công lập" joins the type's words: "Trường tiểu học" + "ngoài công lập" is a private school.
  const typeWords = unit.unitTypeText ? [unit.unitTypeText, tt24.ownershipText].filter(Boolean).join(", ") : "";
  unit.tt24Unit = classifyTt24Unit(typeWords, tt24.tierText);
  readDocumentSettings(unit);
  unit.targets = readPlanTargets(unit.rows);
  return { unit, issues };
}

/**
 * The documents' optional settings ("Hạn nộp hồ sơ", "Ngày báo cáo", "Số tờ trình" …): each by its
 * whole keys, the first filled row of any of them winning, read whether or not another field took
 * the row.
 */
function readDocumentSettings(unit: UnitInfo): void {
  for (const k of INFO_KEYS) {
    if (!k.exact) continue;
    const r = unit.rows.find((x) => x.value !== null && k.phrases.includes(x.keyFolded));
    if (!r) continue;
    if (k.field === "requestNumber" || k.field === "minutesNumber" || k.field === "postingPlace") unit[k.field] = String(r.value);
    else if (k.field === "commentDays") unit.commentDays = typeof r.value === "number" ? r.value : Number(String(r.value).replace(/\D+/g, "")) || undefined;
    else if (k.field === "deadline" || k.field === "reportDate" || k.field === "requestDate") unit[k.field] = dateOf(r.value);
  }
}

/** A date typed as a serial or as d/m/yyyy text; anything else is no date. */
function dateOf(v: InfoRow["value"]): number | undefined {
  if (typeof v === "number") return v;
  if (typeof v === "string") return parseDayFirst(v) ?? undefined;
  return undefined;
}

/** A time typed as text ("14 giờ 00") or as an Excel time fraction (0.5833 → "14 giờ 00"). */
function timeText(v: InfoRow["value"]): string | undefined {
  if (typeof v === "number" && v >= 0 && v < 1) {
    const mins = Math.round(v * 24 * 60);
    return `${Math.floor(mins / 60)} giờ ${String(mins % 60).padStart(2, "0")}`;
  }
  return v === null || v === undefined ? undefined : clean(String(v)) || undefined;
}

/** Data rows under a header: single blank rows are skipped; three blank rows in a row end the table. */
function dataRows(grid: SheetGrid, first: number, width: number): number[] {
  const out: number[] = [];
  let blanks = 0;
  for (let r = first; r < grid.values.length; r++) {
    const row = grid.values[r] ?? [];
    let blank = true;
    for (let c = 0; c < width; c++)
      if (!isBlank(row[c] ?? null)) {
        blank = false;
        break;
      }
    if (blank) {
      if (++blanks >= 3) break;
      continue;
    }
    blanks = 0;
    out.push(r);
  }
  return out;
}

const text = (v: CellValue) => {
  const s = show(v);
  return s === "" ? undefined : s;
};

/** `year`: the assessment year "Thông tin" gives, against which a year written with a title is checked. */
function readMembers(grid: SheetGrid, m: HeaderMatch, year: number | undefined): { members: Member[]; issues: Issue[] } {
  const issues: Issue[] = [];
  const cols = m.columns;
  const width = m.bandStart ?? gridWidth(grid);
  const first = m.rows[m.rows.length - 1] + 1;
  const members: Member[] = [];
  const sheet = grid.name;
  // The yes/no columns present on this sheet, resolved once (this loop runs for every staff row).
  const flagCols = (
    [
      "selfStudyPlan",
      "discipline",
      "training",
      "cdhtTitle",
      "digitalTraining",
      "languageCertificate",
      "languageLevel",
      "commitment",
      "digitalSkills",
      "familyRegistered",
      "familyRecognised",
    ] as const
  )
    .filter((f) => cols[f] !== undefined)
    .map((f) => [f, cols[f]] as const);
  const compCols = m.competences.every((c) => c !== undefined) ? (m.competences as number[]) : null;
  // Every answer column: a member with none of them filled has not answered yet (a new year's workbook).
  const anyAnswerCols = [...flagCols.map(([, c]) => c), cols.title, cols.competencesAll, ...(compCols ?? [])].filter((c): c is number => c !== undefined);
  // Column letters once per sheet, for the addresses of problems and of the cells a member keeps.
  const letters = Array.from({ length: width + 1 }, (_, c) => a1(0, c).slice(0, -1));
  const addr = (r: number, c: number) => `${letters[c] ?? a1(0, c).slice(0, -1)}${r + 1}`;
  const yesNo = (row: CellValue[], r: number, c: number): boolean | null => {
    const v = row[c] ?? null;
    if (v === null) return false;
    if (isCellError(v)) {
      issues.push(issue("CELL_ERROR", { value: v.error }, { sheet, cell: addr(r, c) }));
      return null;
    }
    const p = parseYesNo(v);
    if (p.ok) return p.value;
    issues.push(issue("BAD_YES_NO", { value: p.shown }, { sheet, cell: addr(r, c) }));
    return null;
  };
  let row: CellValue[] = [];
  const at = (c: number | undefined) => (c === undefined ? null : (row[c] ?? null));
  // A totals row ("TỔNG CỘNG", merged or not, a row of counts) ends the list; a tổ's subtotal is skipped:
  // a row with a name and an answer after it is a member's.
  const answerCols = [...flagCols.map(([, c]) => c), ...(compCols ?? []), ...(cols.competencesAll !== undefined ? [cols.competencesAll] : [])];
  const table = splitTotals(
    dataRows(grid, first, width),
    (r) => totalsRow(grid, r, width, cols.name),
    (r) =>
      !isBlank(grid.values[r]?.[cols.name] ?? null) &&
      (answerCols.some((c) => answered(grid.values[r]?.[c] ?? null)) ||
        (cols.title !== undefined && readIndividualTitle(show(grid.values[r]?.[cols.title] ?? null)).title !== null)),
  );
  for (const t of table.totals) issues.push(issue("SUMMARY_ROW_SKIPPED", { row: t.r + 1, text: t.label }, { sheet, cell: addr(t.r, cols.name) }));
  for (const r of table.rows) {
    row = grid.values[r];
    const nameValue = at(cols.name);
    if (isCellError(nameValue)) {
      issues.push(issue("CELL_ERROR", { value: nameValue.error }, { sheet, cell: addr(r, cols.name) }));
      continue;
    }
    const name = text(nameValue);
    if (!name) {
      const other = row.slice(0, width).some((v, c) => c !== cols.seq && !isBlank(v ?? null));
      if (other) issues.push(issue("ROW_WITHOUT_NAME", { row: r + 1 }, { sheet, cell: addr(r, cols.name) }));
      continue;
    }
    const mem: Member = { row: r + 1, name, fields: {}, title: null };
    if (cols.seq !== undefined && !isBlank(at(cols.seq))) mem.seq = show(at(cols.seq));
    mem.position = text(at(cols.position));
    mem.group = text(at(cols.group));
    for (const [f, c] of flagCols) mem.fields[f] = yesNo(row, r, c);
    if (cols.title !== undefined) {
      const v = at(cols.title);
      if (isCellError(v)) issues.push(issue("CELL_ERROR", { value: v.error }, { sheet, cell: addr(r, cols.title) }));
      else if (!isBlank(v)) {
        mem.titleText = show(v);
        const read = readIndividualTitle(mem.titleText);
        mem.title = read.title;
        const where = { sheet, cell: addr(r, cols.title) };
        if (!read.title) issues.push(issue("BAD_TITLE", { value: mem.titleText }, where));
        else if (read.title.commendation) issues.push(issue("TITLE_IS_COMMENDATION", { value: mem.titleText, name }, where));
        if (read.title && titleYearDiffers(read.years, year))
          issues.push(issue("TITLE_YEAR_DIFFERS", { value: mem.titleText, years: read.years.join(" – "), year: year! }, where));
      }
    }
    if (compCols) mem.competences = compCols.map((c) => yesNo(row, r, c));
    if (cols.competencesAll !== undefined) mem.competencesAll = yesNo(row, r, cols.competencesAll);
    if (cols.approvalDate !== undefined) {
      const d = parseDate(at(cols.approvalDate));
      if (d.ok) mem.approvalDate = d.value ?? undefined;
      else issues.push(issue("BAD_DATE", { value: d.shown }, { sheet, cell: addr(r, cols.approvalDate) }));
    }
    if (cols.exclusion !== undefined) {
      const v = at(cols.exclusion);
      if (!isBlank(v)) {
        const yn = parseYesNo(v);
        // "x" or "Có" marks an exclusion but gives no reason, nor does a mark without a word ("?", "*"):
        // the member stays counted until one is given.
        const reason = show(v);
        if ((yn.ok && yn.value) || (!yn.ok && !/[\p{L}\p{N}]/u.test(reason)))
          issues.push(issue("EXCLUSION_WITHOUT_REASON", { name }, { sheet, cell: addr(r, cols.exclusion) }));
        else if (!yn.ok) mem.excludedReason = reason;
      }
    }
    mem.note = text(at(cols.note));
    if (anyAnswerCols.every((c) => isBlank(at(c)))) mem.unanswered = true;
    members.push(mem);
  }
  // Duplicate names and members without a tổ: warnings (two staff can share a name). Names compare
  // without case or extra spaces, but with diacritics: "Lê Văn An" and "Lê Văn Ân" are two people.
  const seen = new Map<string, Member>();
  for (const mem of members) {
    const k = mem.name.toLowerCase();
    const prev = seen.get(k);
    if (prev) issues.push(issue("DUPLICATE_MEMBER", { name: mem.name, other: prev.row }, { sheet, cell: addr(mem.row - 1, cols.name) }));
    else seen.set(k, mem);
    if (cols.group !== undefined && !mem.group) issues.push(issue("MEMBER_WITHOUT_GROUP", { name: mem.name }, { sheet, cell: addr(mem.row - 1, cols.group) }));
  }
  return { members, issues };
}

/** A yes/no cell that holds one of the listed answers (not blank): a row of members' data. */
function answered(v: CellValue): boolean {
  return !isBlank(v) && parseYesNo(v).ok;
}

function readUnitItems(grid: SheetGrid, m: HeaderMatch): { entries: UnitItemEntry[]; issues: Issue[] } {
  const issues: Issue[] = [];
  const cols = m.columns;
  const sheet = grid.name;
  const out: UnitItemEntry[] = [];
  const first = m.rows[m.rows.length - 1] + 1;
  const width = gridWidth(grid);
  const table = splitTotals(
    dataRows(grid, first, width),
    (r) => totalsRow(grid, r, width, cols.id),
    (r) => normaliseItemId(grid.values[r]?.[cols.id] ?? null) !== null,
  );
  for (const t of table.totals) issues.push(issue("SUMMARY_ROW_SKIPPED", { row: t.r + 1, text: t.label }, { sheet, cell: a1(t.r, cols.id) }));
  for (const r of table.rows) {
    const row = grid.values[r];
    const at = (c: number | undefined) => (c === undefined ? null : (row[c] ?? null));
    const rawId = at(cols.id);
    if (isBlank(rawId)) continue;
    const id = normaliseItemId(rawId);
    const cells: UnitItemEntry["cells"] = { id: a1(r, cols.id) };
    if (!id) {
      // A group row ("1", "Các điều kiện …") or a total row is not an item: skip it quietly only when
      // it carries no points; otherwise the clerk meant an item we could not read.
      const pts = at(cols.points);
      if (!isBlank(pts) && !/^\d+$/.test(show(rawId))) {
        out.push({ id: `?${show(rawId)}`, row: r + 1, evidence: [], cells });
      }
      continue;
    }
    const entry: UnitItemEntry = { id, row: r + 1, evidence: [], cells };
    if (cols.points !== undefined) {
      cells.points = a1(r, cols.points);
      const v = at(cols.points);
      const f = typeof v === "string" ? fold(v) : "";
      if (isCellError(v)) issues.push(issue("CELL_ERROR", { value: v.error }, { sheet, cell: cells.points }));
      else if (f === "khong ap dung" || f === "kad" || f === "n a" || f === "na") entry.notApplicable = true;
      else {
        // Points (TT 22) or a result (TT 24: Đạt / Không đạt); the evaluation decides which the rule set
        // wants, and says what it cannot read in its own words (TT 24 speaks of results, never of points).
        const n = parseNumber(v);
        if (n.ok) entry.points = n.value;
        else {
          const yn = parseYesNo(v);
          if (yn.ok) entry.met = yn.value;
          else entry.unreadable = n.shown;
        }
      }
    }
    if (cols.evidence !== undefined) {
      cells.evidence = a1(r, cols.evidence);
      entry.evidence = splitCodes(at(cols.evidence));
    }
    if (cols.explanation !== undefined) {
      cells.explanation = a1(r, cols.explanation);
      entry.explanation = text(at(cols.explanation));
    }
    out.push(entry);
  }
  return { entries: out, issues };
}

function readEvidence(grid: SheetGrid, m: HeaderMatch): { evidence: Evidence[]; issues: Issue[] } {
  const issues: Issue[] = [];
  const cols = m.columns;
  const sheet = grid.name;
  const out: Evidence[] = [];
  const first = m.rows[m.rows.length - 1] + 1;
  const width = gridWidth(grid);
  const table = splitTotals(
    dataRows(grid, first, width),
    (r) => totalsRow(grid, r, width, cols.title),
    (r) => !isBlank(grid.values[r]?.[cols.title] ?? null) && (cols.items === undefined || !isBlank(grid.values[r]?.[cols.items] ?? null)),
  );
  for (const t of table.totals) issues.push(issue("SUMMARY_ROW_SKIPPED", { row: t.r + 1, text: t.label }, { sheet, cell: a1(t.r, cols.title) }));
  for (const r of table.rows) {
    const row = grid.values[r];
    const at = (c: number | undefined) => (c === undefined ? null : (row[c] ?? null));
    const title = text(at(cols.title));
    const code = cols.code !== undefined ? text(at(cols.code)) : undefined;
    const itemsCell = at(cols.items);
    if (!title && !code && isBlank(itemsCell)) continue;
    const ev: Evidence = {
      row: r + 1,
      code,
      items: [],
      title,
      number: text(at(cols.number)),
      issuer: text(at(cols.issuer)),
      location: text(at(cols.location)),
      note: text(at(cols.note)),
      cells: { code: a1(r, cols.code ?? 0) },
    };
    if (cols.items !== undefined) {
      ev.cells.items = a1(r, cols.items);
      const { ids, unknown } = splitItemIds(itemsCell);
      ev.items = ids;
      if (unknown.length) ev.unknownItems = unknown;
    }
    if (cols.title !== undefined) ev.cells.title = a1(r, cols.title);
    if (cols.date !== undefined) {
      const d = parseDate(at(cols.date));
      if (d.ok) ev.date = d.value ?? undefined;
      else {
        ev.dateText = d.shown;
        issues.push(issue("BAD_DATE", { value: d.shown }, { sheet, cell: a1(r, cols.date) }));
      }
    }
    out.push(ev);
  }
  return { evidence: out, issues };
}

/** The reader's options: the command line's column mappings (`--cot`), over those of "Thông tin". */
export interface ReadOptions {
  columns?: ColumnOption[];
}

/**
 * Scores every sheet for every table role, then gives each role its best sheet (a sheet serves one role).
 * Members first (the essential role), then the others, so a rich members sheet is never taken for evidence.
 * `mapped`: the clerk's column mapping, used for the members role.
 */
function assignRoles(
  inputs: SheetGrid[],
  mapped?: ReadonlyMap<string, string>,
): { found: Partial<Record<Role, Candidate>>; taken: Set<string>; issues: Issue[] } {
  const issues: Issue[] = [];
  const taken = new Set<string>();
  const found: Partial<Record<Role, Candidate>> = {};
  const scored: { role: TableRole; cands: Candidate[] }[] = TABLE_ROLES.map((role) => ({
    role,
    cands: inputs
      .map((sheet) => {
        const match = bestHeader(sheet, role, role.role === "members" ? mapped : undefined);
        return match ? { sheet, match } : null;
      })
      .filter((x): x is Candidate => x !== null)
      .sort((a, b) => b.match.score - a.match.score),
  }));
  for (const { role, cands } of scored) {
    const free = cands.filter((c) => !taken.has(c.sheet.name));
    if (free.length === 0) continue;
    const top = free.filter((c) => c.match.score === free[0].match.score);
    if (top.length > 1) {
      // Never pick one of two equally good candidates: the clerk decides which sheet is meant.
      issues.push(issue("AMBIGUOUS_ROLE", { role: roleLabel(role.role), candidates: top.map((c) => `"${c.sheet.name}"`).join(", ") }));
      continue;
    }
    found[role.role] = free[0];
    taken.add(free[0].sheet.name);
  }
  return { found, taken, issues };
}

export function readWorkbook(grids: WorkbookGrids, options: ReadOptions = {}): ReadOutcome {
  const issues: Issue[] = [];
  const registry = readRegistry(grids);
  // The product's sheets, and any sheet carrying its marker (a copy of one), are output, never input.
  const notInput = new Set([...Object.values(registry.owned), ...registry.marked]);
  // A tổ's form has a members table's headers but is not input either (workbook/forms.ts).
  const clerks = grids.sheets.filter((g) => !isRegistry(g) && !notInput.has(g.name) && !isNotInputSheet(g));
  // The Tổ đánh giá's small table (TT 24) has a name column too: set apart first, so that it is never
  // taken for the members sheet.
  const panelSheet = findPanelSheet(clerks);
  const inputs = clerks.filter((g) => g !== panelSheet);
  const recognition: RoleRecognition[] = [];
  let roles = assignRoles(inputs);

  // The council's overrides: a small table of its own, among the sheets no other role took.
  const council = readOverrides(inputs.filter((g) => !roles.taken.has(g.name)));
  const councilSheet = council.recognition?.sheet;
  if (council.recognition) recognition.push(council.recognition);

  // Unit information: key–value rows; the best-scoring remaining sheet.
  const infoCands = inputs
    .filter((g) => !roles.taken.has(g.name) && g.name !== councilSheet)
    .map((g) => ({ g, s: infoScore(g) }))
    .filter((x) => x.s >= 2)
    .sort((a, b) => b.s - a.s);
  const infoSheet = infoCands[0]?.g;
  if (infoSheet) {
    recognition.push({
      role: "unitInfo",
      sheet: infoSheet.name,
      headerRows: [],
      firstDataRow: 1,
      dataRows: infoSheet.values.length,
      columns: {},
      score: infoCands[0].s,
    });
  } else issues.push(issue("NO_UNIT_INFO"));
  const info = readUnitInfo(infoSheet);
  const unit = info.unit;
  issues.push(...info.issues);

  // The clerk's column mappings ("Thông tin", then the command line's): the tables are found again with
  // them, "Thông tin" left out (it is taken).
  const stored = readColumnMap(unit.rows, unit.sheet);
  const given = withOptions(stored.mappings, options.columns ?? [], unit.sheet);
  const columnMap = given.mappings;
  issues.push(...stored.issues, ...given.issues);
  if (columnMap.length > 0)
    roles = assignRoles(
      inputs.filter((g) => g !== infoSheet && g.name !== councilSheet),
      mappedKeys(columnMap),
    );
  issues.push(...roles.issues);
  const found = roles.found;

  let members: Member[] = [];
  let fatal = false;
  const mem = found.members;
  if (!mem) {
    if (!issues.some((i) => i.code === "AMBIGUOUS_ROLE")) issues.push(issue("NO_MEMBERS_SHEET"));
    fatal = true;
  } else {
    for (const [field, cols] of Object.entries(mem.match.duplicates)) {
      if (cols.length > 1 && field !== "note" && field !== "seq") {
        const hr = mem.match.rows[mem.match.rows.length - 1];
        issues.push(
          issue(
            "AMBIGUOUS_COLUMN",
            { column: columnLabel(field), cells: cols.map((c) => a1(hr, c)).join(", ") },
            { sheet: mem.sheet.name, cell: a1(hr, cols[0]) },
          ),
        );
        fatal = true;
      }
    }
    const rows = readMembers(mem.sheet, mem.match, unit.year);
    members = rows.members;
    issues.push(...rows.issues);
    if (members.length === 0) {
      issues.push(issue("NO_MEMBER_ROWS", {}, { sheet: mem.sheet.name }));
      fatal = true;
    }
  }

  // A mapping must name a header of the members sheet: one that does not is an error at its row.
  const mapIssues = checkColumnMap(columnMap, mem && { sheet: mem.sheet, rows: mem.match.rows, unrecognised: mem.match.unrecognised }, unit.sheet);
  issues.push(...mapIssues);

  const items = found.unitItems ? readUnitItems(found.unitItems.sheet, found.unitItems.match) : { entries: [], issues: [] };
  const unitItems = items.entries;
  issues.push(...items.issues);
  const ev = found.evidence ? readEvidence(found.evidence.sheet, found.evidence.match) : { evidence: [], issues: [] };
  const evidence = ev.evidence;
  issues.push(...ev.issues);
  // Cells an earlier run filled are derived again, not read back as the clerk's entries.
  releaseUnitItems(registry.filled, unitItems, found.unitItems?.sheet);
  releaseEvidenceCodes(registry.filled, evidence);

  for (const role of ["members", "unitItems", "evidence"] as Role[]) {
    const c = found[role];
    if (!c) continue;
    const rows = role === "members" ? members.length : role === "unitItems" ? unitItems.length : evidence.length;
    const columns: Record<string, number> = { ...c.match.columns };
    c.match.competences.forEach((col, i) => {
      if (col !== undefined) columns[`c${i + 1}`] = col;
    });
    recognition.push({
      role,
      sheet: c.sheet.name,
      headerRows: c.match.rows.map((r) => r + 1),
      firstDataRow: c.match.rows[c.match.rows.length - 1] + 2,
      dataRows: rows,
      columns,
      bandStart: c.match.bandStart,
      ...(role === "members" ? { unrecognised: c.match.unrecognised } : {}),
      score: c.match.score,
    });
  }

  const band = mem ? findBand(mem.sheet, mem.match, members) : undefined;
  const previousPlan = readPreviousPlan(grids, registry.owned);
  const panel = panelSheet ? readPanel(panelSheet) : undefined;
  // The mappings applied: those naming a header of the members sheet.
  const applied: ColumnMapping[] = mem ? columnMap.filter((m) => mem.match.mapped.includes(m.field)) : [];
  const model: Model = {
    unit,
    members,
    unitItems,
    evidence,
    recognition,
    owned: registry.owned,
    band,
    previousPlan,
    columnMap: applied,
    overrides: council.overrides,
    overrideLog: readOverrideLog(grids, registry.owned),
    ...(panel ? { panel } : {}),
  };
  return { model, issues, fatal, registry, finalization: readFinalizationState(grids, registry) };
}

export function roleLabel(role: Role): string {
  return INPUT_SHEET_NAMES[role];
}

export { columnLabel };
