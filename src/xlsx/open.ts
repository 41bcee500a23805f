/**
 * Opening a workbook file for the command line: what the bytes really are (whatever the file is
 * called), whether they can be read, and the grids. Every way a file can be unusable is a
 * `WorkbookFileError` with a problem code; the command line turns it into a Vietnamese message that
 * names the file (no library text ever reaches the clerk).
 */
import * as XLSX from "@e965/xlsx";
import { ZipPackage, mainPart } from "./package";
import { quietly, readWithSheetJs, type SheetJsBook } from "./read";
import { attrsOf } from "./xml";
import { numberRows } from "./sheet-xml";
import { listSheets, CannotSplice } from "./splice";

export type FileProblem =
  /** The file has no bytes. */
  | "empty"
  /** Excel's owner file ("~$Sổ.xlsx"), made while a workbook is open. */
  | "lock-file"
  /** An encrypted workbook (Excel's "Encrypt with password"). */
  | "password"
  /** A zip or compound file that cannot be read to the end. */
  | "damaged"
  /** A zip without a workbook in it (or with something else: a Word or PowerPoint file). */
  | "zip-without-workbook"
  | "word-or-powerpoint"
  /** A part declares a DTD (entities: the "billion laughs"); Office files never do. */
  | "xml-dtd"
  /** More than the reader may inflate. */
  | "too-large"
  /** Text, a picture, a PDF …: not a spreadsheet at all. */
  | "not-a-workbook"
  /** A sheet the workbook lists that the reader could not read (never dropped silently). */
  | "sheet-unreadable";

export class WorkbookFileError extends Error {
  constructor(
    readonly problem: FileProblem,
    /** A detail for the message (a sheet's name), never library text. */
    readonly detail = "",
  ) {
    super(problem);
  }
}

/** What the bytes are. */
export type SourceFormat = "xlsx" | "xlsm" | "xlsb" | "xls" | "ods" | "html" | "xml2003";

export interface OpenedWorkbook {
  format: SourceFormat;
  bytes: Buffer;
  book: SheetJsBook;
  /** The package, for an Office Open XML workbook (the writer keeps it); null for other formats. */
  pkg: ZipPackage | null;
  /** The package has macros (the output must keep the .xlsm extension). */
  macros: boolean;
}

/** More than this, inflated, is refused before anything is parsed (a school workbook is a few MB). */
export const MAX_INFLATED_BYTES = 1024 * 1024 * 1024;

const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/**
 * Excel's owner file: a byte with the length of the user's name, the name (padded with spaces to 54
 * bytes), then the length again and the name in UTF-16. 165 bytes, or 162 on older versions.
 */
export function isExcelLockFile(bytes: Buffer, fileName: string): boolean {
  const base = fileName.replace(/^.*[\\/]/, "");
  if (base.startsWith("~$") && bytes.length < 4096 && !isZip(bytes) && !isOle(bytes)) return true;
  if (bytes.length < 56 || bytes.length > 1024) return false;
  const n = bytes[0];
  if (n === 0 || n > 53) return false;
  for (let i = n + 1; i < 54; i++) if (bytes[i] !== 0x20) return false;
  return bytes[0x37] === n && bytes[0x38] === 0;
}

const isZip = (b: Buffer) =>
  b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && (b[2] === 3 || b[2] === 5 || b[2] === 7) && (b[3] === 4 || b[3] === 6 || b[3] === 8);
const isOle = (b: Buffer) => b.length >= 8 && b.subarray(0, 8).equals(OLE_MAGIC);

const MACRO_TYPES = /macroEnabled|vbaProject/i;

async function checkDtd(pkg: ZipPackage): Promise<void> {
  for (const name of pkg.names()) {
    if (!/\.(xml|rels|vml)$/i.test(name)) continue;
    const head = await pkg.head(name, 2048);
    if (/<!DOCTYPE|<!ENTITY/i.test(head)) throw new WorkbookFileError("xml-dtd");
  }
}

/**
 * SheetJS misreads three things other writers do, which Excel reads: lower-case cell references ("a1":
 * it drops the cells), character references above U+FFFF ("&#x1F61C;": it cuts them to 16 bits) and
 * a self-closed row without a number (it does not count it). They are repaired in a copy of the package
 * that only the reader sees; the clerk's file is not changed.
 */
export async function readPackage(bytes: Buffer, pkg: ZipPackage, only?: Set<string>): Promise<SheetJsBook> {
  let repaired: ZipPackage | null = null;
  let parts: string[] = [];
  try {
    const { workbookPart, sheets } = await listSheets(pkg);
    const rels = await pkg.relationships(workbookPart);
    parts = [
      ...sheets.filter((x) => x.kind === "worksheet" && x.part && (!only || only.has(x.name))).map((x) => x.part!),
      ...rels.filter((r) => r.type.endsWith("/sharedStrings") && r.part).map((r) => r.part!),
    ];
  } catch {
    // A package the writer cannot list: SheetJS reads it as it is.
  }
  for (const part of parts) {
    const xml = await pkg.text(part);
    if (xml === null) continue;
    let fixed = numberRows(xml);
    if (/<(?:[\w.-]+:)?c\b[^>]*?\sr\s*=\s*"[A-Z]*[a-z]/.test(xml)) {
      fixed = fixed.replace(/(<(?:[\w.-]+:)?c\b[^>]*?\sr\s*=\s*")([A-Za-z]+)(\d+")/g, (_, a: string, col: string, b: string) => a + col.toUpperCase() + b);
    }
    if (/&#(x0*[1-9a-fA-F][0-9a-fA-F]{4,}|0*[1-9]\d{5,});/.test(xml)) {
      fixed = fixed.replace(/&#(x[0-9a-fA-F]+|\d+);/g, (ref, n: string) => {
        const cp = n[0] === "x" ? parseInt(n.slice(1), 16) : parseInt(n, 10);
        return cp > 0xffff && cp <= 0x10ffff ? String.fromCodePoint(cp) : ref;
      });
    }
    if (fixed !== xml) {
      repaired ??= await ZipPackage.load(bytes);
      repaired.set(part, fixed);
    }
  }
  return sheetJs(repaired ? await repaired.toBuffer() : bytes, only);
}

/** Sheets an .ods hides (a table style with table:display="false"); SheetJS does not read it. */
async function odsHiddenSheets(pkg: ZipPackage): Promise<Set<string>> {
  const xml = (await pkg.text("content.xml")) ?? "";
  const hiddenStyles = new Set<string>();
  for (const m of xml.matchAll(/<style:style\b([^>]*)>([\s\S]*?)<\/style:style>/g)) {
    const a = attrsOf(`<s${m[1]}>`);
    if (a["style:family"] === "table" && /table:display\s*=\s*"false"/.test(m[2]) && a["style:name"]) hiddenStyles.add(a["style:name"]);
  }
  const out = new Set<string>();
  for (const m of xml.matchAll(/<table:table\b[^>]*>/g)) {
    const a = attrsOf(m[0]);
    if (a["table:name"] && hiddenStyles.has(a["table:style-name"] ?? "")) out.add(a["table:name"]);
  }
  return out;
}

function sheetJs(bytes: Buffer, only?: Set<string>): SheetJsBook {
  let book: SheetJsBook;
  try {
    book = readWithSheetJs(bytes, only);
  } catch (e) {
    const msg = e instanceof Error ? e.message : "";
    if (/password|encrypt/i.test(msg)) throw new WorkbookFileError("password");
    throw new WorkbookFileError("damaged");
  }
  const lost = book.allSheets.find((s) => s.kind === "unreadable");
  if (lost) throw new WorkbookFileError("sheet-unreadable", lost.name);
  return book;
}

export interface OpenOptions {
  /** The most a file may inflate to (tests lower it). */
  maxInflatedBytes?: number;
}

/** A zip that fails to inflate part-way (a bad checksum, a cut-off entry) is a damaged file. */
async function openZip(bytes: Buffer, o: OpenOptions): Promise<OpenedWorkbook> {
  try {
    return await openZipParts(bytes, o);
  } catch (e) {
    if (e instanceof WorkbookFileError) throw e;
    throw new WorkbookFileError("damaged");
  }
}

async function openZipParts(bytes: Buffer, o: OpenOptions): Promise<OpenedWorkbook> {
  let pkg: ZipPackage;
  try {
    pkg = await ZipPackage.load(bytes);
  } catch {
    throw new WorkbookFileError("damaged");
  }
  if (pkg.declaredSize() > (o.maxInflatedBytes ?? MAX_INFLATED_BYTES)) throw new WorkbookFileError("too-large");
  const mimetype = pkg.has("mimetype") ? ((await pkg.text("mimetype")) ?? "").trim() : "";
  if (mimetype.startsWith("application/vnd.oasis.opendocument.")) {
    if (mimetype !== "application/vnd.oasis.opendocument.spreadsheet" && mimetype !== "application/vnd.oasis.opendocument.spreadsheet-template") {
      throw new WorkbookFileError("word-or-powerpoint");
    }
    await checkDtd(pkg);
    const book = sheetJs(bytes);
    const hidden = await odsHiddenSheets(pkg);
    for (const g of book.grids.sheets) if (hidden.has(g.name)) g.visibility = "hidden";
    return { format: "ods", bytes, book, pkg: null, macros: false };
  }
  let main: string | null;
  try {
    main = await mainPart(pkg);
  } catch {
    throw new WorkbookFileError("damaged");
  }
  if (!main) throw new WorkbookFileError("zip-without-workbook");
  const type = (await pkg.contentType(main)) ?? "";
  if (/wordprocessingml|presentationml/i.test(type)) throw new WorkbookFileError("word-or-powerpoint");
  if (/\.bin$/i.test(main) || /sheet\.binary/i.test(type)) {
    return { format: "xlsb", bytes, book: sheetJs(bytes), pkg: null, macros: false };
  }
  await checkDtd(pkg);
  const book = await readPackage(bytes, pkg);
  const macros = MACRO_TYPES.test(type) || pkg.names().some((n) => /vbaProject\.bin$/i.test(n));
  // Never drop a sheet silently: every sheet the workbook lists must have been read.
  try {
    const { sheets } = await listSheets(pkg);
    for (const s of sheets) {
      if (!book.allSheets.some((x) => x.name === s.name)) throw new WorkbookFileError("sheet-unreadable", s.name);
    }
  } catch (e) {
    if (e instanceof WorkbookFileError) throw e;
    // A workbook part the writer cannot list (strict OOXML …): the reader's sheets are all there is.
    if (!(e instanceof CannotSplice)) throw new WorkbookFileError("damaged");
  }
  return { format: macros ? "xlsm" : "xlsx", bytes, book, pkg, macros };
}

function openOle(bytes: Buffer): OpenedWorkbook {
  let names: string[];
  try {
    const cfb = quietly(() => XLSX.CFB.read(bytes, { type: "buffer" }));
    names = (cfb.FullPaths as string[]).map((p) => p.replace(/\/$/, "").replace(/^.*\//, ""));
  } catch {
    throw new WorkbookFileError("damaged");
  }
  if (names.includes("EncryptionInfo") || names.includes("EncryptedPackage")) throw new WorkbookFileError("password");
  if (!names.some((n) => n === "Workbook" || n === "Book")) {
    throw new WorkbookFileError(names.some((n) => n === "WordDocument" || n === "PowerPoint Document") ? "word-or-powerpoint" : "not-a-workbook");
  }
  return { format: "xls", bytes, book: sheetJs(bytes), pkg: null, macros: false };
}

/** Opens a workbook from its bytes; `fileName` only serves to recognise Excel's lock files. */
export async function openWorkbookBytes(bytes: Buffer, fileName: string, o: OpenOptions = {}): Promise<OpenedWorkbook> {
  if (bytes.length === 0) throw new WorkbookFileError("empty");
  if (isExcelLockFile(bytes, fileName)) throw new WorkbookFileError("lock-file");
  if (isZip(bytes)) return openZip(bytes, o);
  if (isOle(bytes)) return openOle(bytes);
  // Spreadsheets saved as web pages or as "XML Spreadsheet 2003" (what many school-management
  // systems export under an .xls name).
  const head = bytes
    .subarray(0, 4096)
    .toString("utf8")
    .replace(/^\uFEFF/, "")
    .trimStart();
  if (/^<\?xml[\s\S]*urn:schemas-microsoft-com:office:spreadsheet/i.test(head)) {
    if (/<!DOCTYPE|<!ENTITY/i.test(head)) throw new WorkbookFileError("xml-dtd");
    return { format: "xml2003", bytes, book: sheetJs(bytes), pkg: null, macros: false };
  }
  if (/^(<!DOCTYPE html|<html|<meta|<table)/i.test(head) && /<table/i.test(bytes.toString("utf8"))) {
    return { format: "html", bytes, book: sheetJs(bytes), pkg: null, macros: false };
  }
  throw new WorkbookFileError("not-a-workbook");
}
