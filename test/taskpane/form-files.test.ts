/**
 * The tổ's forms as files in the pane (issue 12: "a small workbook, or a sheet per tổ in the same workbook,
 * whichever the clerk chooses"), on the fake Excel with the 2026 sample (answers blank): one .xlsx per tổ to
 * download, this workbook only read; the files filled by each tổ trưởng and picked back: the answers merged
 * into blank cells, the conflict kept and said, the newcomer named, a file that is not a workbook named and
 * left out; and picking the same files again changes nothing.
 */
import { readWorkbook } from "../../src/core/read";
import { OfficePort } from "../../src/excel/port";
import JSZip from "jszip";
import { MAX_FORM_FILE_BYTES, mergeTeamFormFiles, teamFormFiles, type PaneFile } from "../../src/taskpane/session";
import { freshWorkbookBytes, gridsOfXlsxBytes } from "../../src/xlsx";
import { FakeWorkbook } from "../fakes/excel";
import { sample2026Grids } from "../fakes/workbooks";
import { answerCell, answersOf, fillScripted, staffWithOneAnswer, typeInto, blankAnswers } from "../helpers/year-forms";

const TODAY = 46331; // 05/11/2026
const files = { write: freshWorkbookBytes, read: gridsOfXlsxBytes };
const portOf = (wb: FakeWorkbook) => new OfficePort({ run: (batch) => wb.run(batch as never) as never });
const snapshot = (wb: FakeWorkbook) => JSON.stringify(wb.sheets.map((s) => [s.name, [...s.cells.entries()]]));

test("a file per tổ, downloaded, filled, picked back: merged into blank cells; the conflict, the newcomer and a bad file said; again: nothing", async () => {
  const sample = await sample2026Grids();
  const answers = answersOf(sample);
  const first = [...answers.keys()][0];
  const blank = staffWithOneAnswer(sample, first);
  const read = readWorkbook(blank);
  const { row, col } = answerCell(blank, first, "discipline");
  const wb = FakeWorkbook.fromGrids(blank);
  const before = snapshot(wb);

  const made = await teamFormFiles(portOf(wb), TODAY, files);
  expect(made.outcome.fatal).toBe(false);
  const groups = new Set(read.model.members.map((m) => m.group));
  expect(made.files.map((f) => f.name)).toEqual(made.outcome.forms.map((f) => f.fileName));
  expect(made.files).toHaveLength(groups.size);
  expect(made.files[1].label).toBe(`${made.outcome.forms[1].label}: ${made.outcome.forms[1].members}`);
  expect(snapshot(wb)).toBe(before);

  // Each tổ trưởng fills her file; the first member's discipline "Không"; the second tổ adds a newcomer.
  const filled: PaneFile[] = [];
  for (const [k, f] of made.files.entries()) {
    const bytes = await typeInto(f.bytes, (g) => {
      return { sheets: [fillScripted(g.sheets[0], answers, first, k === 1 ? "Có" : undefined), ...g.sheets.slice(1)] };
    });
    filled.push({ name: f.name, bytes });
  }
  const junk = { name: "ghi-chu.xlsx", bytes: new TextEncoder().encode("không phải bảng tính") };

  const r = await mergeTeamFormFiles(portOf(wb), files, [...filled, junk]);
  expect(r.outcome.fatal).toBe(false);
  expect(r.outcome.conflicts).toBe(1);
  expect(r.outcome.unknown).toBe(1);
  expect(r.outcome.filled).toBeGreaterThan(100);
  expect(r.sheets).toEqual(blank.sheets.map((s) => s.name));
  const codes = r.outcome.issues.map((i) => i.code);
  expect(codes[0]).toBe("FORM_FILE_UNREADABLE");
  expect(r.outcome.issues[0].message).toBe(
    "Tệp 'ghi-chu.xlsx' không đọc được như một bảng tính .xlsx (tệp .xls, tệp hỏng, hoặc không phải bảng tính): bỏ qua.",
  );
  expect(codes).toEqual(expect.arrayContaining(["FORM_CONFLICT", "FORM_UNKNOWN_MEMBER"]));
  // The issues in a form file name it, and point at the file's own sheet (not one of this workbook's).
  const newcomer = r.outcome.issues.find((i) => i.code === "FORM_UNKNOWN_MEMBER")!;
  expect(newcomer.message).toContain(made.files[1].name);
  expect(r.sheets).not.toContain(newcomer.sheet);
  // The clerk's "Có" kept; the rest of the answers in; the result as the sample's.
  expect(wb.toGrid("Thành viên").values[row][col]).toBe("Có");
  const again = await mergeTeamFormFiles(portOf(wb), files, filled);
  expect(again.outcome.filled).toBe(0);
  expect(again.outcome.plan.patches).toEqual([]);
});

/** The file with a dropdown list on the whole of its first sheet, as a tổ trưởng may set one (exceljs issue #1842). */
async function withWholeSheetList(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const name = Object.keys(zip.files).find((n) => /^xl\/worksheets\/sheet1\.xml$/.test(n))!;
  const xml = await zip.file(name)!.async("string");
  const list =
    '<dataValidations count="1"><dataValidation type="list" allowBlank="1" sqref="A1:XFD1048576"><formula1>"Có,Không"</formula1></dataValidation></dataValidations>';
  const at = xml.includes("<dataValidations")
    ? xml.replace(/<dataValidations[\s\S]*?<\/dataValidations>/, list)
    : xml.replace("<pageMargins", `${list}<pageMargins`);
  expect(at).toContain('sqref="A1:XFD1048576"');
  zip.file(name, at);
  return zip.generateAsync({ type: "uint8array" });
}

test("a returned form with a dropdown list on its whole sheet is read (exceljs alone never ends), its values as they were", async () => {
  const wb = FakeWorkbook.fromGrids(blankAnswers(await sample2026Grids()));
  const made = await teamFormFiles(portOf(wb), TODAY, files);
  const plain = await gridsOfXlsxBytes(made.files[0].bytes);
  const listed = await gridsOfXlsxBytes(await withWholeSheetList(made.files[0].bytes));
  expect(listed.sheets.map((g) => g.values)).toEqual(plain.sheets.map((g) => g.values));
});

test("a picked file larger than any form is left out, named, with its size", async () => {
  const wb = FakeWorkbook.fromGrids(blankAnswers(await sample2026Grids()));
  const big = { name: "anh-chup.xlsx", bytes: new Uint8Array(MAX_FORM_FILE_BYTES + 1) };
  const read = jest.fn(gridsOfXlsxBytes);
  const r = await mergeTeamFormFiles(portOf(wb), { ...files, read }, [big]);
  expect(read).not.toHaveBeenCalled();
  expect(r.outcome.issues[0].message).toBe("Tệp 'anh-chup.xlsx' (5 MB) quá lớn để là phiếu của một tổ: bỏ qua.");
  expect(r.outcome.fatal).toBe(true); // nothing else to merge: no form at all
});
