/**
 * What the command line's commands share: the modules loaded on demand, opening a workbook file,
 * today's date, writing a file atomically, and the refusals and messages about files (Vietnamese).
 */
import * as fs from "fs";
import * as path from "path";
import { UsageError } from "./args";
import { FILE_PROBLEMS } from "./texts";

/* eslint-disable @typescript-eslint/no-require-imports -- modules loaded on demand, with CommonJS resolution (tsx would resolve import() as ESM) */
let coreChecked = false;
export const load = {
  core: () => {
    const core = require("../core") as typeof import("../core");
    // The rule sets are data: a broken one stops here, named, before any workbook is scored with it
    // (when the core is first needed: --help does not load it).
    if (!coreChecked) core.validateRuleSets();
    coreChecked = true;
    return core;
  },
  open: () => require("../xlsx/open") as typeof import("../xlsx/open"),
  resultBlock: () => require("../xlsx/result-block") as typeof import("../xlsx/result-block"),
  output: () => require("../xlsx/output") as typeof import("../xlsx/output"),
  sheetXml: () => require("../xlsx/sheet-xml") as typeof import("../xlsx/sheet-xml"),
  port: () => require("../xlsx/port") as typeof import("../xlsx/port"),
  bookFile: () => require("../xlsx/book-file") as typeof import("../xlsx/book-file"),
  report: () => require("./report") as typeof import("./report"),
};
/* eslint-enable @typescript-eslint/no-require-imports */

export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
  /** Milliseconds since the epoch; injectable so tests never depend on the real date. */
  now: () => number;
}

const DAY_MS = 86400000;
const VIETNAM_OFFSET_MS = 7 * 3600000; // UTC+7, no daylight saving
const UNIX_EPOCH_SERIAL = 25569;

/** Today's date in Vietnam as an Excel serial: a clerk running at 06:30 in Hà Nội gets today, not yesterday (UTC). */
export function vietnamToday(nowMs: number): number {
  return Math.floor((nowMs + VIETNAM_OFFSET_MS) / DAY_MS) + UNIX_EPOCH_SERIAL;
}

/** A failure the clerk can act on (a file that cannot be used, a result that would lose data): exit code and message. */
export class Refusal extends Error {
  constructor(
    message: string,
    readonly code = 2,
  ) {
    super(message);
  }
}

export type Core = typeof import("../core");

/** `--today dd/mm/yyyy`, or today in Vietnam: the only clock the documents see. */
export function todayFrom(core: Core, flag: string | true | undefined, io: Io): number {
  if (typeof flag !== "string") return vietnamToday(io.now());
  const t = core.parseDayFirst(flag);
  if (t === null) throw new UsageError(`Ngày '${flag}' không hợp lệ; nhập dạng dd/mm/yyyy, ví dụ 15/11/2023.`);
  return t;
}

/** The extensions a workbook may carry (the content decides what it really is). */
export const WORKBOOK_EXT = /\.(xlsx|xlsm|xltx|xltm|xls|xlsb|ods|ots|xml|html?)$/i;

export function defaultOutput(input: string, ext: string): string {
  const dir = path.dirname(input);
  const base = path.basename(input).replace(WORKBOOK_EXT, "");
  return path.join(dir, `${base}-ket-qua${ext}`);
}

/**
 * The workbooks named on the command line, a folder standing for every workbook in it (what an officer
 * saves from the mailbox), in natural order (t2 before t10); Excel's lock files and hidden files left out.
 */
export function workbookFiles(paths: string[], compare: (a: string, b: string) => number): string[] {
  const files: string[] = [];
  for (const p of paths) {
    if (fs.existsSync(p) && fs.statSync(p).isDirectory()) {
      files.push(
        ...fs
          .readdirSync(p)
          .filter((f) => /\.(xlsx|xlsm|xls|ods)$/i.test(f) && !f.startsWith("~$") && !f.startsWith("."))
          .sort(compare)
          .map((f) => path.join(p, f)),
      );
    } else files.push(p);
  }
  return files;
}

/** The input exists and is a file; what it holds is checked when it is opened. */
export function checkInput(file: string): void {
  if (!fs.existsSync(file)) throw new UsageError(`Không tìm thấy tệp '${file}'.`);
  if (fs.statSync(file).isDirectory()) throw new UsageError(`'${file}' là một thư mục, không phải tệp Excel.`);
}

export type Opened = Awaited<ReturnType<typeof import("../xlsx/open").openWorkbookBytes>>;

/** Reads and opens a workbook; every way it can fail becomes a Vietnamese sentence about that file. */
export async function openInput(file: string): Promise<Opened> {
  const { openWorkbookBytes, WorkbookFileError } = load.open();
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch {
    throw new Refusal(FILE_PROBLEMS["no-read-permission"](file, ""));
  }
  try {
    return await openWorkbookBytes(bytes, file);
  } catch (e) {
    if (e instanceof WorkbookFileError) throw new Refusal(FILE_PROBLEMS[e.problem](file, e.detail));
    throw e;
  }
}

/** Temporary files being written, removed if the run is interrupted: none is ever left behind. */
const pendingTemps = new Set<string>();
let signalsHooked = false;
function hookSignals(): void {
  if (signalsHooked) return;
  signalsHooked = true;
  for (const sig of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    process.once(sig, () => {
      for (const t of pendingTemps) fs.rmSync(t, { force: true });
      process.exit(130);
    });
  }
}

/**
 * Writes through a temporary file in the same folder, then renames: an interrupted run never leaves a
 * half-written workbook, and --in-place never destroys the original if writing fails.
 */
export function saveAtomically(bytes: Buffer, file: string): void {
  hookSignals();
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  pendingTemps.add(tmp);
  try {
    // `-o out/ket-qua.xlsx` in a fresh checkout: create the folder rather than fail.
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(tmp, bytes);
    // Written in place: the file keeps its permissions.
    if (fs.existsSync(file)) fs.chmodSync(tmp, fs.statSync(file).mode & 0o7777);
    fs.renameSync(tmp, file);
  } finally {
    fs.rmSync(tmp, { force: true });
    pendingTemps.delete(tmp);
  }
}

export function saveErrorMessage(file: string, e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  if (code === "EBUSY" || code === "EPERM" || code === "EACCES") {
    return `Không ghi được tệp '${file}': tệp đang mở trong Excel hoặc không có quyền ghi. Đóng tệp rồi chạy lại.`;
  }
  if (code === "ENOENT" || code === "ENOTDIR") return `Không ghi được tệp '${file}': thư mục không tồn tại.`;
  if (code === "ENOSPC") return `Không ghi được tệp '${file}': ổ đĩa đã đầy.`;
  if (code === "EISDIR" || code === "ENOTEMPTY" || code === "EEXIST") return `Không ghi được tệp '${file}': đã có một thư mục trùng tên. Chọn tên khác với -o.`;
  return `Không ghi được tệp '${file}' (mã lỗi hệ thống ${code ?? "không rõ"}).`;
}

/** The refusal when the result would hold fewer sheets or cells than the clerk's workbook. */
export function wouldLoseMessage(input: string, e: { missingSheets: string[]; changedCells: { sheet: string; count: number }[] }): string {
  const what = [...e.missingSheets.map((s) => `trang '${s}'`), ...e.changedCells.map((c) => `${c.count} ô của trang '${c.sheet}'`)].join(", ");
  return (
    `Dừng lại, không ghi gì: bản kết quả sẽ thiếu hoặc sai ${what} so với sổ '${input}'. ` +
    `Đây là lỗi của dvht, không phải của sổ; tệp gốc không bị sửa. Xin gửi tệp cho người hỗ trợ.`
  );
}

/** The refusal when the result columns would reach past Excel's last column (a stray value far to the right). */
export function outsideMessage(input: string, e: { sheet: string; cell: string }): string {
  return (
    `Không ghi được kết quả vào trang '${e.sheet}' của '${input}': các cột kết quả sẽ vượt quá cột cuối cùng Excel cho phép (XFD), ` +
    `vì trang có dữ liệu ở tận các cột cuối (kết quả cần tới ô ${e.cell}). Hãy xóa dữ liệu thừa ở các cột cuối trang rồi chạy lại. Tệp gốc không bị sửa.`
  );
}

/** Where a plan's output goes: -o, or in place (kept only when the clerk's package is kept exactly), or beside the input. */
export interface OutputChoice {
  wanted: string | null;
  inPlace: boolean;
}

/**
 * Writes the plan into the clerk's workbook: renders it (refusing, in Vietnamese, what would lose data or pass
 * the sheet's limits), decides the file, saves it atomically. Null when saving failed (said on stderr).
 */
export async function writePlanFile(
  opened: Opened,
  plan: import("../core").WritePlan,
  input: string,
  choice: OutputChoice,
  io: Io,
): Promise<{ output: string; rendered: import("../xlsx/output").RenderedOutput } | null> {
  const { renderPlan, WouldLoseData } = load.output();
  const { OutsideSheetLimits } = load.sheetXml();
  let rendered: import("../xlsx/output").RenderedOutput;
  try {
    rendered = await renderPlan(opened, plan);
  } catch (e) {
    if (e instanceof WouldLoseData) throw new Refusal(wouldLoseMessage(input, e), 1);
    if (e instanceof OutsideSheetLimits) throw new Refusal(outsideMessage(input, e), 1);
    throw e;
  }
  // In place only when the clerk's own file is kept exactly; otherwise a new file beside it.
  const output = choice.wanted ?? (choice.inPlace && rendered.kind === "kept" ? input : defaultOutput(input, rendered.extension));
  if (rendered.kind === "converted" && path.resolve(output) === path.resolve(input)) {
    throw new Refusal(`Tệp kết quả '${output}' trùng tệp gốc, mà tệp gốc không được ghi đè. Chọn tên khác với -o.`);
  }
  try {
    saveAtomically(rendered.bytes, output);
  } catch (e) {
    io.err(`dvht: ${saveErrorMessage(output, e)}\n`);
    return null;
  }
  return { output, rendered };
}

/** A new workbook written by exceljs (templates, the district's table): nothing of a clerk's to keep. */
export async function freshWorkbook(plan: import("../core").WritePlan): Promise<Buffer> {
  load.port(); // applies the exceljs fixes (internal links, stable data-bar ids) before anything is rendered
  const bytes = await load.bookFile().freshWorkbookBytes(plan);
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
