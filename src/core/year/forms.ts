/**
 * Phiếu theo tổ (issue 12, the Nông Nghiệp plan's steps 1 and 2): from the members sheet, one form per
 * tổ, listing that tổ's members with exactly the answer columns the year's framework needs (the columns
 * the evaluation requires, pipeline/checks.ts), to be filled by the tổ trưởng and merged back
 * (year/merge.ts). The command line writes each as a small workbook of its own; the pane (and the
 * command line's --cung-so) adds them as sheets beside the clerk's, never replacing a sheet.
 */
import type { WorkbookGrids } from "../grid";
import { issue, type Issue } from "../messages";
import type { Member, Model } from "../model";
import type { SheetPlan, WritePlan } from "../plan";
import { readWorkbook } from "../read";
import { readForms } from "../read/forms";
import { chooseRules } from "../pipeline/rules";
import { notApplicableIds, requiredColumns } from "../pipeline/checks";
import { buildTeamForm } from "../documents/phieu-to";
import { isTt24 } from "../rules/tt24";
import { fold } from "../text/vi";
import { NO_GROUP_LABEL } from "../workbook/forms";

export interface FormsOptions {
  /** Today (an Excel serial): the year when "Thông tin" has none. */
  today: number;
  /** Rule set or framework, as for run(). */
  framework?: string;
  /** Sheets beside the clerk's in this workbook (the pane), rather than one workbook per tổ. */
  inWorkbook?: boolean;
}

export interface TeamForm {
  /** The tổ as the members sheet names it ("" for members without one). */
  group: string;
  /** As printed ("Tổ 1", "Chưa phân tổ"). */
  label: string;
  members: number;
  leader?: string;
  sheet: SheetPlan;
  /** A file name for the tổ's own workbook ("phieu-to-1.xlsx"). */
  fileName: string;
}

export interface FormsOutcome {
  fatal: boolean;
  issues: Issue[];
  year: number;
  /** The answer columns each form has (members fields; "competences" for TT 22's eight). */
  fields: string[];
  forms: TeamForm[];
  /** Tổ whose form is already in the workbook (in-workbook only): kept as they are. */
  kept: string[];
  /** In-workbook: the sheets to add (never one that exists). */
  plan: WritePlan;
}

/** The order a form's columns follow (the template's). */
const FIELD_ORDER = [
  "selfStudyPlan",
  "discipline",
  "training",
  "digitalTraining",
  "languageCertificate",
  "languageLevel",
  "title",
  "cdhtTitle",
  "competences",
  "competencesAll",
];

/** The tổ trưởng: a member whose position says so ("Tổ trưởng", "TTCM"), never a deputy. */
export function leaderOf(members: Member[]): string | undefined {
  const isLeader = (p?: string) => {
    const f = ` ${fold(p ?? "")} `;
    return (/ to truong /.test(f) || / ttcm /.test(f)) && !/ pho to truong /.test(f);
  };
  return members.find((m) => isLeader(m.position))?.name;
}

/** "Tổ 1-2" → "phieu-to-1-2.xlsx": a file name without diacritics or characters a file system refuses. */
export function formFileName(label: string): string {
  const slug = fold(label).replace(/\s+/g, "-").replace(/^to-/, "") || "chua-phan-to";
  return `phieu-to-${slug}.xlsx`;
}

/** A sheet name Excel accepts (no : \ / ? * [ ], at most 31 characters) and no other sheet has. */
function sheetNameFor(label: string, taken: Set<string>): string {
  const base = `Phiếu ${label}`
    .replace(/[:\\/?*[\]]/g, "-")
    .slice(0, 31)
    .trim();
  let name = base;
  for (let k = 2; taken.has(name.normalize("NFC").toLowerCase()); k++) name = `${base.slice(0, 26)} (${k})`;
  taken.add(name.normalize("NFC").toLowerCase());
  return name;
}

/** The answer columns: what the evaluation requires, in the members sheet's own layout of the competences. */
function formFields(model: Model, required: string[], tt24: boolean): string[] {
  const cols = model.recognition.find((r) => r.role === "members")?.columns ?? {};
  const out = new Set(required.filter((f) => f !== "name"));
  if (out.has("competences") && cols.c1 === undefined && cols.competencesAll !== undefined) {
    out.delete("competences");
    out.add("competencesAll");
  }
  // 2.4 at Mức độ 2 reads the language level where the clerk keeps one (workbook.md): the tổ answers it too.
  if (tt24 && out.has("languageCertificate") && cols.languageLevel !== undefined) out.add("languageLevel");
  return FIELD_ORDER.filter((f) => out.has(f));
}

export function planTeamForms(grids: WorkbookGrids, options: FormsOptions): FormsOutcome {
  const read = readWorkbook(grids);
  const rules = chooseRules(read.model, { today: options.today, framework: options.framework });
  const issues = [...read.issues.filter((i) => i.severity === "error"), ...rules.issues.filter((i) => i.severity === "error")];
  const empty = { year: rules.year, fields: [], forms: [], kept: [], plan: { sheets: [], patches: [] } };
  if (read.fatal || rules.fatal) return { fatal: true, issues, ...empty };
  const required = requiredColumns(rules.ruleSet, notApplicableIds(rules.ruleSet, rules.unit));
  const fields = formFields(read.model, required, isTt24(rules.ruleSet));

  // The tổ in the order the members sheet lists them.
  const groups = new Map<string, Member[]>();
  for (const m of read.model.members) {
    const g = m.group ?? "";
    const list = groups.get(g) ?? [];
    list.push(m);
    groups.set(g, list);
  }
  const existing = options.inWorkbook ? readForms(grids) : [];
  const taken = new Set(grids.sheets.map((g) => g.name.normalize("NFC").toLowerCase()));
  const forms: TeamForm[] = [];
  const kept: string[] = [];
  for (const [group, members] of groups) {
    const label = group || NO_GROUP_LABEL;
    const have = existing.find((f) => fold(f.marker.group) === fold(group) && (f.marker.year === null || f.marker.year === rules.year));
    if (have) {
      kept.push(label);
      issues.push(issue("FORM_SHEET_KEPT", { group: label, sheet: have.sheet }, { sheet: have.sheet }));
      continue;
    }
    const leader = leaderOf(members);
    const sheet = buildTeamForm({
      sheetName: options.inWorkbook ? sheetNameFor(label, taken) : "Phiếu tự đánh giá",
      group,
      groupLabel: label,
      year: rules.year,
      ruleSet: rules.ruleSet,
      unit: { name: read.model.unit.name, parentBody: read.model.unit.parentBody, place: read.model.unit.place },
      leader,
      members: members.map((m) => ({ name: m.name, position: m.position, note: m.excludedReason ? `Không tính: ${m.excludedReason}` : undefined })),
      fields,
    });
    forms.push({ group, label, members: members.length, leader, sheet, fileName: formFileName(label) });
  }
  return { fatal: false, issues, year: rules.year, fields, forms, kept, plan: { sheets: options.inWorkbook ? forms.map((f) => f.sheet) : [], patches: [] } };
}
