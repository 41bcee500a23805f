/**
 * Phiếu theo tổ and Gộp phiếu tổ (issue 12) on the 2026 sample: one form per tổ with the year's answer
 * columns; the forms filled as the tổ trưởng would (one answer that differs from what the clerk already
 * typed, one person the list lacks), merged: blank cells filled, the conflict and the unknown member
 * named at their cells, nothing overwritten; a second merge changes nothing; the evaluation is the same.
 */
import * as path from "path";
import { mergeTeamForms, planTeamForms, run, type WorkbookGrids } from "../../src/core";
import { XlsxPort } from "../../src/xlsx";
import { answersOf, blankAnswers, fillForm, fillScripted, staffWithOneAnswer, formColumns } from "../helpers/year-forms";
import type { SheetGrid } from "../../src/core";
import { applyValues } from "./helpers";

const SAMPLE = path.join(__dirname, "../../samples/truong-tieu-hoc-tan-phu-2026.xlsx");
const TODAY = 46366;

describe("the tổ's forms", () => {
  let sample: WorkbookGrids;
  beforeAll(async () => {
    sample = await (await XlsxPort.fromFile(SAMPLE)).read();
  });

  test("one form per tổ, with exactly the answer columns Thông tư 24 needs", () => {
    const f = planTeamForms(sample, { today: TODAY });
    expect(f.fatal).toBe(false);
    const members = run(sample, { today: TODAY }).model.members;
    expect(f.forms.map((x) => [x.label, x.members])).toEqual(
      [...new Set(members.map((m) => m.group ?? ""))].map((g) => [g || "Chưa phân tổ", members.filter((m) => (m.group ?? "") === g).length]),
    );
    expect(f.fields).toEqual(["discipline", "training", "digitalTraining", "languageCertificate", "languageLevel", "title", "cdhtTitle"]);
    expect(f.forms.every((x) => x.sheet.validations!.length === f.fields.length)).toBe(true);
    expect(f.forms[0].fileName).toMatch(/^phieu-to-.+\.xlsx$/);
  });

  test("filled, merged: blanks filled, the conflict and the unknown member named, a second merge changes nothing", () => {
    const answers = answersOf(sample);
    const start = blankAnswers(sample);
    // The clerk already typed one answer, which the tổ trưởng writes differently.
    const first = [...answers.keys()][0];
    const clerk = staffWithOneAnswer(start, first);
    const forms = planTeamForms(clerk, { today: TODAY }).forms;
    const returned = forms.map((f, k) => {
      // The tổ trưởng types names and answers in her own way: NFD, extra spaces, "x" for yes.
      const g = fillScripted({ name: f.sheet.name, values: f.sheet.values }, answers, first, k === 1 ? "Có" : undefined);
      return { source: f.fileName, grids: { sheets: [{ ...g, values: g.values.map((r) => r.map((v) => (typeof v === "string" ? v.normalize("NFD") : v))) }] } };
    });
    const merged = mergeTeamForms(clerk, returned);
    expect(merged.fatal).toBe(false);
    expect(merged.conflicts).toBe(1);
    expect(merged.unknown).toBe(1);
    const warnings = merged.issues.filter((i) => i.severity !== "info");
    expect(warnings.map((i) => i.code).sort()).toEqual(["FORM_CONFLICT", "FORM_UNKNOWN_MEMBER"]);
    const conflict = warnings.find((i) => i.code === "FORM_CONFLICT")!;
    expect(conflict).toMatchObject({ sheet: "Thành viên" });
    expect(conflict.message).toContain("giữ nguyên 'Có'");
    expect(warnings.find((i) => i.code === "FORM_UNKNOWN_MEMBER")!.message).toContain("Người Mới Chuyển Đến");
    expect(merged.plan.patches.every((p) => p.kind === "member-answer" && p.sheet === "Thành viên")).toBe(true);

    const after = applyValues(clerk, merged.plan);
    const again = mergeTeamForms(after, returned);
    expect(again.filled).toBe(0);
    expect(again.plan.patches).toEqual([]);
    // Every answer is back as the sample had it: the evaluation is the sample's.
    const a = run(after, { today: TODAY }).summary;
    const b = run(sample, { today: TODAY }).summary;
    expect(a.rating).toBe(b.rating);
    expect("items" in a && a.items).toEqual("items" in b && b.items);
  });

  describe("every problem a returned form can have, named where it is", () => {
    type Setup = { clerk: WorkbookGrids; forms: SheetGrid[] };
    /** The clerk's workbook with blank answers, and the tổ's forms filled from the sample. */
    const setup = (): Setup => {
      const clerk = blankAnswers(sample);
      const answers = answersOf(sample);
      const forms = planTeamForms(clerk, { today: TODAY }).forms.map((f) => fillForm({ name: f.sheet.name, values: f.sheet.values }, answers));
      return { clerk, forms };
    };
    const cellOf = (f: SheetGrid, k: number, field: string) => {
      const c = formColumns(f);
      return { r: c.header + 1 + k, c: field === "name" ? c.name : c.fields[field] };
    };
    const set = (f: SheetGrid, k: number, field: string, v: unknown): SheetGrid => {
      const { r, c } = cellOf(f, k, field);
      return { ...f, values: f.values.map((row, i) => (i === r ? row.map((x, j) => (j === c ? (v as never) : x)) : row)) };
    };
    const merge = (s: Setup, forms = s.forms) =>
      mergeTeamForms(
        s.clerk,
        forms.map((g, i) => ({ source: `phieu-${i + 1}.xlsx`, grids: { sheets: [g] } })),
      );

    test.each<[string, (s: Setup) => ReturnType<typeof merge>, string]>([
      ["no form at all", (s) => mergeTeamForms(s.clerk, []), "FORMS_NONE"],
      [
        "a form whose table's header was deleted",
        (s) => merge(s, [{ ...s.forms[0], values: s.forms[0].values.filter((r) => !r.includes("Họ và tên")) }]),
        "FORM_NO_TABLE",
      ],
      [
        "another year's form",
        (s) =>
          merge(s, [
            {
              ...s.forms[0],
              values: s.forms[0].values.map((r, i) => (i === 0 ? r.map((v) => (typeof v === "string" ? v.replace(":2026:", ":2025:") : v)) : r)),
            },
          ]),
        "FORM_OTHER_YEAR",
      ],
      ["an answer that is no answer", (s) => merge(s, [set(s.forms[0], 0, "discipline", "cos")]), "FORM_BAD_ANSWER"],
      ["answers on a row without a name", (s) => merge(s, [set(s.forms[0], 0, "name", null)]), "FORM_ROW_WITHOUT_NAME"],
      [
        "a member's row deleted from the form",
        (s) => merge(s, [{ ...s.forms[0], values: s.forms[0].values.filter((_, i) => i !== cellOf(s.forms[0], 1, "name").r) }]),
        "FORM_MEMBERS_MISSING",
      ],
      ["two forms that differ on one answer", (s) => merge(s, [s.forms[0], set(s.forms[0], 0, "discipline", "Không")]), "FORM_TWICE"],
      [
        "two members of one tổ with the same name",
        (s) => {
          const m = readTeam(s.clerk);
          const copy: WorkbookGrids = {
            sheets: s.clerk.sheets.map((g) =>
              g.name === "Thành viên" ? { ...g, values: [...g.values.slice(0, m.row), g.values[m.row - 1], ...g.values.slice(m.row)] } : g,
            ),
          };
          return mergeTeamForms(copy, [{ source: "phieu-1.xlsx", grids: { sheets: [s.forms[0]] } }]);
        },
        "FORM_AMBIGUOUS_MEMBER",
      ],
      [
        "a column the members sheet lacks",
        (s) => {
          const col = run(s.clerk, { today: TODAY }).model.recognition.find((r) => r.role === "members")!.columns.languageLevel;
          const without: WorkbookGrids = {
            sheets: s.clerk.sheets.map((g) => (g.name === "Thành viên" ? { ...g, values: g.values.map((r) => r.filter((_, j) => j !== col)) } : g)),
          };
          return mergeTeamForms(without, [{ source: "phieu-1.xlsx", grids: { sheets: [s.forms[0]] } }]);
        },
        "FORM_NO_COLUMN",
      ],
    ])("%s", (_, act, code) => {
      const out = act(setup());
      expect(out.issues.map((i) => i.code)).toContain(code);
      const it = out.issues.find((i) => i.code === code)!;
      expect(it.message).not.toMatch(/undefined|NaN|\[object/);
    });

    test("Phiếu theo tổ in the workbook itself: a tổ whose form is already there keeps it (FORM_SHEET_KEPT)", () => {
      const first = planTeamForms(sample, { today: TODAY, inWorkbook: true });
      expect(first.plan.sheets.length).toBe(first.forms.length);
      const withForms = applyValues(sample, first.plan);
      // The forms are not taken for the members sheet.
      expect(run(withForms, { today: TODAY }).model.recognition.find((r) => r.role === "members")!.sheet).toBe("Thành viên");
      const second = planTeamForms(withForms, { today: TODAY, inWorkbook: true });
      expect(second.plan.sheets).toEqual([]);
      expect(second.issues.map((i) => i.code)).toEqual(first.forms.map(() => "FORM_SHEET_KEPT"));
    });
  });
});

/** The first member of the first tổ (whose form is forms[0]). */
function readTeam(g: WorkbookGrids) {
  return run(g, { today: TODAY }).model.members[0];
}
