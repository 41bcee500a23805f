/** Excel's error codes → what the clerk reads (table-driven: code, where, expected problem and words). */
import { ExcelPortError, translateExcelError } from "../../src/excel/errors";

const err = (code: string, message = "") => Object.assign(new Error(message), { code });

test.each([
  ["InvalidOperationInCellEditMode", "", "editMode", "chế độ sửa ô"],
  ["AccessDenied", "", "protected", "đang được bảo vệ"],
  ["InvalidOperation", "The sheet is protected", "protected", "đang được bảo vệ"],
  ["InvalidOperation", "Something else", "unknown", "Excel báo lỗi"],
  ["ItemNotFound", "", "sheetGone", "đổi tên hoặc bị xóa"],
  ["InvalidReference", "", "sheetGone", "đổi tên hoặc bị xóa"],
  ["RequestPayloadSizeLimitExceeded", "", "tooLarge", "quá lớn"],
  ["ResponsePayloadSizeLimitExceeded", "", "tooLarge", "quá lớn"],
  ["Conflict", "", "busy", "đang bận"],
  ["GeneralException", "boom", "unknown", "GeneralException: boom"],
])("%s (%s) → %s", (code, message, problem, words) => {
  const e = translateExcelError(err(code, message), ["Thành viên"]);
  expect(e).toBeInstanceOf(ExcelPortError);
  expect(e.problem).toBe(problem);
  expect(e.message).toContain(words);
  expect(e.fix.length).toBeGreaterThan(20);
  expect(e.english.length).toBeGreaterThan(10);
  expect(e.officeCode).toBe(code);
});

test("the sheet named in Excel's message is the one the clerk is told about", () => {
  const e = translateExcelError(err("AccessDenied", "Sheet 'Biểu điểm' is protected"), ["Thành viên", "Biểu điểm"]);
  expect(e.sheet).toBe("Biểu điểm");
});

test("a plain error (not from Excel) is still a Vietnamese message", () => {
  const e = translateExcelError(new TypeError("x is undefined"));
  expect(e.problem).toBe("unknown");
  expect(e.message).toContain("x is undefined");
});
