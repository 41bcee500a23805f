/**
 * Tạo sổ năm sau (issue 12): next year's workbook from this year's, under next year's framework.
 *
 * Carried: "Thông tin" (all but what belongs to one year: the year itself, the framework chosen, the
 * meeting, the collective title, the learners' counts, the dossier's dates and numbers), with
 * "Công nhận hiện có" replaced by this year's decision when the clerk entered it ("Quyết định công
 * nhận năm nay: …"); the plan's targets; the members (name, position, tổ; no exclusion, no answer);
 * this year's evidence, listed for reference on a sheet of its own that the reader does not take as
 * input (its marker proves it the product's), so that a document re-used is copied into
 * "Minh chứng" without its code and gets a new one. No result, no dossier.
 */
import type { WorkbookGrids } from "../grid";
import { issue, type Issue } from "../messages";
import type { Model } from "../model";
import type { SheetPlan, WritePlan } from "../plan";
import { readWorkbook } from "../read";
import { registryPlan, tokenFor } from "../read/registry";
import { withMarker } from "../workbook/marker";
import { planTemplate } from "../documents/template";
import { SheetBuilder, S, merge } from "../documents/builder";
import { formatDateVi } from "../text/dates";
import { fold } from "../text/vi";
import { INFO_KEYS, infoField, type InfoField } from "../workbook/info-keys";
import { SHEET_NAMES } from "../workbook/sheets";

export interface NextYearOptions {
  /** Today (an Excel serial): the year when "Thông tin" has none and no year is asked for. */
  today: number;
  /** The new workbook's year (default: this workbook's year + 1). */
  year?: number;
}

export interface NextYearOutcome {
  fatal: boolean;
  issues: Issue[];
  /** The new workbook, whole (written into an empty workbook). */
  plan: WritePlan;
  from?: number;
  year?: number;
  members: number;
  evidence: number;
}

/** The id of the reference sheet in the registry: the product's, never read as input. */
export const REFERENCE_EVIDENCE_ID = "minh-chung-nam-truoc";

/** Keys that belong to one year only: not carried. */
const NOT_CARRIED = new Set<InfoField>([
  "year",
  "framework",
  "collectiveTitle",
  "learners",
  "learnersCdht",
  "dossierDate",
  "documentNumber",
  "meetingDate",
  "meetingTime",
  "meetingEnd",
  "meetingPlace",
  "attendees",
  "absentees",
  "vote",
]);

/** Values typed as dates: carried as dd/mm/yyyy text (the cell in the template is not a date cell). */
const DATES = new Set<InfoField>(["currentDate"]);

export function planNextYear(grids: WorkbookGrids, options: NextYearOptions): NextYearOutcome {
  const read = readWorkbook(grids);
  const model = read.model;
  const none = (issues: Issue[]): NextYearOutcome => ({ fatal: true, issues, plan: { sheets: [], patches: [] }, members: 0, evidence: 0 });
  if (read.fatal) return none(read.issues.filter((i) => i.severity === "error"));
  const from = model.unit.year;
  if (from === undefined && options.year === undefined) return none([issue("NEXT_YEAR_NO_YEAR", {}, { sheet: model.unit.sheet })]);
  const year = options.year ?? from! + 1;
  if (from !== undefined && year <= from) return none([issue("NEXT_YEAR_NOT_AFTER", { year, from })]);

  const values = carriedValues(model);
  const tier = model.unit.tt24Unit.ok ? model.unit.tt24Unit.unit.tier : undefined;
  const targets = model.unit.targets.map((t): [string, string | number | null, string] => [
    `Chỉ tiêu: ${t.label}`,
    typeof t.target === "boolean" ? String(t.target) : t.target,
    "",
  ]);
  const template = planTemplate([], {
    year,
    tier,
    values,
    members: model.members.map((m) => ({ name: m.name, position: m.position, group: m.group })),
    ...(targets.length ? { extraInfoRows: targets } : {}),
  });
  const reference = referenceEvidence(model, from ?? year - 1, year);
  const sheets: SheetPlan[] = [...template.sheets];
  if (reference) {
    // The reference sheet is the product's (its marker, this new workbook's token): never read as input.
    const token = tokenFor({ sheets: [...sheets, reference].map((p) => ({ name: p.name, values: p.values })) });
    sheets.push(withMarker(reference, token), registryPlan(token, [], SHEET_NAMES.registry));
  }
  const issues = [issue("NEXT_YEAR_DONE", { year, from: from ?? "", members: model.members.length, evidence: model.evidence.length })];
  return { fatal: false, issues, plan: { sheets, patches: [] }, from, year, members: model.members.length, evidence: model.evidence.length };
}

/** "Thông tin" as carried: each field's first filled row, this year's decision becoming the current recognition. */
function carriedValues(model: Model): Partial<Record<InfoField, string | number>> {
  const out: Partial<Record<InfoField, string | number>> = {};
  const exact = (f: InfoField) => INFO_KEYS.find((k) => k.field === f)!.phrases;
  const award: Partial<Record<"awardLevel" | "awardNumber" | "awardDate", string | number>> = {};
  for (const r of model.unit.rows) {
    if (r.value === null || r.value === "" || typeof r.value === "boolean") continue;
    for (const f of ["awardLevel", "awardNumber", "awardDate"] as const) if (exact(f).includes(r.keyFolded)) award[f] ??= r.value;
    const f = infoField(r.keyFolded);
    if (!f || NOT_CARRIED.has(f) || out[f] !== undefined) continue;
    out[f] = DATES.has(f) && typeof r.value === "number" ? formatDateVi(r.value) : r.value;
  }
  // The decision on this year's dossier replaces the recognition held so far (its 36 months start again).
  if (award.awardLevel !== undefined && fold(String(award.awardLevel)) !== "") {
    out.currentLevel = award.awardLevel;
    out.currentNumber = award.awardNumber ?? "";
    out.currentDate = typeof award.awardDate === "number" ? formatDateVi(award.awardDate) : (award.awardDate ?? "");
  }
  return out;
}

/** This year's evidence, for reference: a document re-used is copied into "Minh chứng" without its code. */
function referenceEvidence(model: Model, from: number, year: number): SheetPlan | null {
  if (model.evidence.length === 0) return null;
  const name = `Minh chứng năm ${from}`.slice(0, 31);
  const headers = [
    `Mã năm ${from}`,
    `Tiêu chí năm ${from}`,
    "Tên văn bản",
    "Số, ký hiệu",
    "Ngày ban hành",
    "Cơ quan ban hành",
    "Nơi lưu / Đường dẫn",
    "Ghi chú",
  ];
  const b = new SheetBuilder(REFERENCE_EVIDENCE_ID, name, [14, 12, 48, 16, 13, 26, 28, 20], 11);
  b.block(0, 0, b.lastCol, `MINH CHỨNG NĂM ${from} (ĐỂ THAM KHẢO)`, merge(S.bold, { font: { size: 14 } }));
  b.block(
    1,
    0,
    b.lastCol,
    `Trang này chỉ để tham khảo, phần mềm không đọc khi đánh giá năm ${year}. Muốn dùng lại một văn bản: chép dòng sang trang Minh chứng, ` +
      `để trống cột Mã minh chứng (phần mềm cấp mã mới) và ghi lại cột Tiêu chí theo bộ tiêu chí năm ${year}.`,
    merge(S.italic, S.wrap),
  );
  b.height(1, 45);
  b.line(2, 0, headers, merge(S.bold, S.center, S.box, S.headerFill));
  model.evidence.forEach((e, i) =>
    b.line(3 + i, 0, [
      e.code ?? null,
      e.items.join("; ") || null,
      e.title ?? null,
      e.number ?? null,
      e.date !== undefined ? formatDateVi(e.date) : (e.dateText ?? null),
      e.issuer ?? null,
      e.location ?? null,
      e.note ?? null,
    ]),
  );
  b.style({ top: 3, left: 0, bottom: 2 + model.evidence.length, right: b.lastCol }, merge(S.box, S.wrap));
  return b.build({ freeze: { rows: 3, cols: 0 }, tabColor: "#7F7F7F" });
}
