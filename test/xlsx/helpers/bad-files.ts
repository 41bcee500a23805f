/**
 * The smallest file that shows each way an input cannot be used, built in code, with the problem the
 * reader must name. Shared by the reader's tests and the command line's (which checks the message).
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import * as XLSX from "@e965/xlsx";

export async function smallXlsx(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Thành viên").addRow(["STT", "Họ và tên"]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Excel's owner file for a workbook opened by `user`: 165 bytes. */
export function excelLockFile(user = "Nguyễn Lan"): Buffer {
  const ascii = Buffer.from(
    user
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .replace(/đ/g, "d"),
    "latin1",
  );
  const out = Buffer.alloc(165, 0x20);
  out[0] = ascii.length;
  ascii.copy(out, 1);
  out[0x37] = ascii.length;
  out[0x38] = 0;
  Buffer.from(user, "utf16le").copy(out, 0x39);
  return out;
}

function ole(streams: Record<string, Buffer>): Buffer {
  const cfb = XLSX.CFB.utils.cfb_new();
  for (const [name, data] of Object.entries(streams)) XLSX.CFB.utils.cfb_add(cfb, `/${name}`, data);
  return Buffer.from(XLSX.CFB.write(cfb, { type: "buffer" }) as Uint8Array);
}

async function zipOf(files: Record<string, string>): Promise<Buffer> {
  const zip = new JSZip();
  for (const [n, t] of Object.entries(files)) zip.file(n, t);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

async function withPart(name: string, edit: (s: string) => string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(await smallXlsx());
  zip.file(name, edit(await zip.file(name)!.async("string")));
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

const LOL = `<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">]>`;

export interface BadFile {
  /** What it is (test name). */
  what: string;
  /** The file name a clerk would have. */
  file: string;
  bytes: () => Promise<Buffer>;
  /** The reader's problem code (src/xlsx/open.ts). */
  problem: string;
  /** A phrase the command line's message must contain. */
  says: string;
}

export const BAD_FILES: BadFile[] = [
  { what: "an empty file", file: "rong.xlsx", bytes: async () => Buffer.alloc(0), problem: "empty", says: "rỗng" },
  { what: "Excel's lock file (~$…)", file: "~$so-dvht.xlsx", bytes: async () => excelLockFile(), problem: "lock-file", says: "tệp khóa tạm" },
  {
    what: "Excel's lock file under another name",
    file: "so-khoa.xlsx",
    bytes: async () => excelLockFile("Trần Bình"),
    problem: "lock-file",
    says: "tệp khóa tạm",
  },
  {
    what: "a password-protected workbook (an encrypted OLE container)",
    file: "mat-khau.xlsx",
    bytes: async () => ole({ EncryptionInfo: Buffer.from([4, 0, 4, 0, 0x40, 0, 0, 0]), EncryptedPackage: Buffer.alloc(64, 7) }),
    problem: "password",
    says: "có mật khẩu",
  },
  {
    what: "a Word 97 document named .xls",
    file: "cong-van.xls",
    bytes: async () => ole({ WordDocument: Buffer.alloc(64, 1) }),
    problem: "word-or-powerpoint",
    says: "không phải sổ tính",
  },
  {
    what: "a cut-off download (half a zip)",
    file: "tai-do.xlsx",
    bytes: async () => (await smallXlsx()).subarray(0, 2000),
    problem: "damaged",
    says: "bị hỏng",
  },
  {
    what: "a zip whose data does not match its checksum",
    file: "hong-crc.xlsx",
    bytes: async () => {
      // Stored (not compressed), so one changed byte of the workbook part is still a zip, with a wrong checksum.
      const b = await (await JSZip.loadAsync(await smallXlsx())).generateAsync({ type: "nodebuffer", compression: "STORE" });
      const at = b.indexOf("<sheets>");
      b[at + 1] = "S".charCodeAt(0);
      return b;
    },
    problem: "damaged",
    says: "bị hỏng",
  },
  {
    what: "a zip without a workbook",
    file: "nen.xlsx",
    bytes: () => zipOf({ "test.txt": "Test zip file" }),
    problem: "zip-without-workbook",
    says: "không chứa sổ tính",
  },
  {
    what: "an empty zip",
    file: "nen-rong.xlsx",
    bytes: async () => Buffer.from([0x50, 0x4b, 0x05, 0x06, ...Array(18).fill(0)]),
    problem: "zip-without-workbook",
    says: "không chứa sổ tính",
  },
  {
    what: "a Word document named .xlsx",
    file: "bao-cao.xlsx",
    bytes: () =>
      zipOf({
        "[Content_Types].xml": `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
        "_rels/.rels": `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
        "word/document.xml": `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>`,
      }),
    problem: "word-or-powerpoint",
    says: "không phải sổ tính",
  },
  {
    what: "an XML entity bomb in the shared strings",
    file: "bom.xlsx",
    bytes: () => withPart("xl/sharedStrings.xml", (s) => s.replace(/^(<\?xml[^>]*>)/, `$1${LOL}`).replace("STT", "&lol2;")),
    problem: "xml-dtd",
    says: "DOCTYPE/ENTITY",
  },
  {
    what: "a CSV file named .xlsx",
    file: "danh-sach.xlsx",
    bytes: async () => Buffer.from("STT,Họ và tên\n1,An\n"),
    problem: "not-a-workbook",
    says: "không phải sổ tính Excel",
  },
  {
    what: "a PDF named .xls",
    file: "quyet-dinh.xls",
    bytes: async () => Buffer.from("%PDF-1.4\n%âãÏÓ\n1 0 obj\n"),
    problem: "not-a-workbook",
    says: "không phải sổ tính Excel",
  },
  {
    what: "a workbook listing a sheet whose part is missing",
    file: "thieu-trang.xlsx",
    bytes: async () => {
      const wb = new ExcelJS.Workbook();
      wb.addWorksheet("Thông tin").getCell("A1").value = "x";
      wb.addWorksheet("Thành viên").getCell("A1").value = "y";
      const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
      zip.remove("xl/worksheets/sheet2.xml");
      return zip.generateAsync({ type: "nodebuffer" });
    },
    problem: "sheet-unreadable",
    says: "Không đọc được trang 'Thành viên'",
  },
];
