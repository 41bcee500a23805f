/**
 * Opening a file: what the bytes are decides, not the name. Each unusable file is named by its problem
 * (the command line says it in Vietnamese); every readable format gives grids.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import * as XLSX from "@e965/xlsx";
import { isExcelLockFile, openWorkbookBytes, WorkbookFileError } from "../../src/xlsx/open";
import { BAD_FILES, excelLockFile, smallXlsx } from "./helpers/bad-files";

describe.each(BAD_FILES)("refuses $what", ({ file, bytes, problem }) => {
  test(`problem: ${problem}`, async () => {
    const b = await bytes();
    await expect(openWorkbookBytes(b, file)).rejects.toEqual(new WorkbookFileError(problem as never));
    await openWorkbookBytes(b, file).catch((e: WorkbookFileError) => expect(e.problem).toBe(problem));
  });
});

test("refuses a zip that would inflate beyond the limit before inflating it", async () => {
  const zip = new JSZip();
  zip.file("xl/big.bin", Buffer.alloc(2 * 1024 * 1024));
  const b = await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
  expect(b.length).toBeLessThan(20000);
  await expect(openWorkbookBytes(b, "to.xlsx", { maxInflatedBytes: 1024 * 1024 })).rejects.toMatchObject({ problem: "too-large" });
});

test("tells Excel's lock file from a workbook of the same size", () => {
  expect(isExcelLockFile(excelLockFile("Lan"), "so.xlsx")).toBe(true);
  const notLock = Buffer.alloc(165, 0x41);
  expect(isExcelLockFile(notLock, "so.xlsx")).toBe(false);
});

/** A workbook with two sheets, one hidden, in every format the reader knows (written by SheetJS). */
function book(): XLSX.WorkBook {
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(
    wb,
    XLSX.utils.aoa_to_sheet([
      ["Họ và tên", "Tổ"],
      ["Nguyễn Văn An", 1],
    ]),
    "Thành viên",
  );
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([["ẩn"]]), "Ẩn");
  wb.Workbook = { Sheets: [{ Hidden: 0 }, { Hidden: 1 }] };
  return wb;
}

describe.each([
  ["an .xlsx", "so.xlsx", "xlsx", () => Buffer.from(XLSX.write(book(), { type: "buffer", bookType: "xlsx" }))],
  ["an .xls (Excel 97–2003)", "so.xls", "xls", () => Buffer.from(XLSX.write(book(), { type: "buffer", bookType: "biff8" }))],
  ["an .ods (LibreOffice)", "so.ods", "ods", () => Buffer.from(XLSX.write(book(), { type: "buffer", bookType: "ods" }))],
  ["an .ods renamed .xlsx", "so.xlsx", "ods", () => Buffer.from(XLSX.write(book(), { type: "buffer", bookType: "ods" }))],
  ["an .xls renamed .xlsx", "so.xlsx", "xls", () => Buffer.from(XLSX.write(book(), { type: "buffer", bookType: "biff8" }))],
  ["an .xlsb", "so.xlsb", "xlsb", () => Buffer.from(XLSX.write(book(), { type: "buffer", bookType: "xlsb" }))],
  [
    "a web page saved as .xls (what school-management systems export)",
    "so.xls",
    "html",
    () => Buffer.from(XLSX.write(book(), { type: "buffer", bookType: "html" })),
  ],
] as const)("reads %s", (_what, name, format, bytes) => {
  test(`as ${format}, with its sheets and values`, async () => {
    const o = await openWorkbookBytes(bytes(), name);
    expect(o.format).toBe(format);
    expect(o.pkg === null).toBe(format !== "xlsx");
    const members = o.book.grids.sheets[0];
    // A web page has no sheet names.
    expect(members.name).toBe(format === "html" ? "Sheet1" : "Thành viên");
    expect(members.values).toEqual([
      ["Họ và tên", "Tổ"],
      ["Nguyễn Văn An", 1],
    ]);
    // A web page has one table; every other format keeps the hidden sheet (SheetJS writes no
    // visibility into .ods; LibreOffice's .ods are checked in the command line's tests).
    if (format !== "html") expect(o.book.grids.sheets[1]).toMatchObject({ name: "Ẩn", visibility: format === "ods" ? "visible" : "hidden" });
  });
});

test("tells a macro workbook (it must stay .xlsm)", async () => {
  const zip = await JSZip.loadAsync(await smallXlsx());
  zip.file("xl/vbaProject.bin", Buffer.from([1, 2, 3]));
  const ct = await zip.file("[Content_Types].xml")!.async("string");
  zip.file("[Content_Types].xml", ct.replace("spreadsheetml.sheet.main+xml", "ms-excel.sheet.macroEnabled.main+xml"));
  const o = await openWorkbookBytes(await zip.generateAsync({ type: "nodebuffer" }), "so.xlsm");
  expect([o.format, o.macros]).toEqual(["xlsm", true]);
});

test("reads a workbook exceljs wrote, keeping its package for the writer", async () => {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("A").getCell("B2").value = "x";
  const o = await openWorkbookBytes(Buffer.from(await wb.xlsx.writeBuffer()), "a.xlsx");
  expect(o.pkg).not.toBeNull();
  expect(o.book.grids.sheets[0].values).toEqual([[], [null, "x"]]);
});
