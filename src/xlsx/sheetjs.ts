/**
 * SheetJS as the command line loads it: the library without its codepage tables, which are half of
 * its start-up (about 0,2 s of every run) and serve only the 8-bit text of old binary workbooks.
 * They are loaded the first time such bytes are read (`read` below, for anything that is not a zip:
 * an .xls, a BIFF or text file; and before an OLE container is opened, which SheetJS cannot do without them). Office Open XML and OpenDocument files are UTF-8 and never need them.
 *
 * `xlsx.core.min.js` is the same release's build of the same library (the package's export for it),
 * minus the codepage tables and the Node stream helpers the command line does not use.
 */
/* eslint-disable @typescript-eslint/no-require-imports -- the package's core build has no ES module entry under require */
import type * as SheetJs from "@e965/xlsx";

export const XLSX = require("@e965/xlsx/dist/xlsx.core.min.js") as typeof SheetJs;

let codepages = false;

/** The bytes of a zip (every .xlsx, .xlsm and .ods): "PK". */
const isZip = (bytes: Uint8Array) => bytes.length >= 2 && bytes[0] === 0x50 && bytes[1] === 0x4b;

/** Loads the codepage tables (once). SheetJS needs them for any OLE container (CFB), even to list its streams. */
export function withCodepages(): typeof SheetJs {
  if (!codepages) {
    XLSX.set_cptable(require("@e965/xlsx/dist/cpexcel.js"));
    codepages = true;
  }
  return XLSX;
}

/** XLSX.read, with the codepage tables loaded first when the bytes may hold 8-bit text in a codepage. */
export function read(bytes: Buffer, options: SheetJs.ParsingOptions): SheetJs.WorkBook {
  if (!isZip(bytes)) withCodepages();
  return XLSX.read(bytes, options);
}
/* eslint-enable @typescript-eslint/no-require-imports */
