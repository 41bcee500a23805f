/**
 * The `dvht` command line (Node). It is a thin shell around the pure core:
 *   file → XlsxPort.read → run(grids, options) → XlsxPort.write(plan) → a NEW file.
 * The shell owns what the core must not: the clock (today's date), files, and exit codes.
 *
 * Exit codes: 0 evaluated (issues may exist) · 1 fatal problems in the workbook (the Kiểm tra sheet is
 * still written) or the output could not be saved · 2 usage errors (unknown command or flag, missing or
 * unreadable input). stdout carries only the result (table, or JSON with --json); messages go to stderr.
 */
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { run } from "../core";
import { planTemplate } from "../core";
import { findPreset, getRuleSet, PRESETS, RULE_SETS } from "../core";
import { parseDayFirst } from "../core";
import { XlsxPort } from "../xlsx/port";
import { parseArgs, UsageError, type FlagSpec } from "./args";
import { formatIssues, formatScoreTable } from "./report";
import { HELP_EVALUATE, HELP_MAIN, HELP_TEMPLATE, HELP_TONG_HOP } from "./texts";
import { consolidate } from "../core";
import { validateRuleSets } from "../core";

export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
  /** Milliseconds since the epoch; injectable so tests never depend on the real date. */
  now: () => number;
}

const defaultIo: Io = {
  out: (s) => process.stdout.write(s),
  err: (s) => process.stderr.write(s),
  now: () => Date.now(),
};

const DAY_MS = 86400000;
const VIETNAM_OFFSET_MS = 7 * 3600000; // UTC+7, no daylight saving
const UNIX_EPOCH_SERIAL = 25569;

/** Today's date in Vietnam as an Excel serial: a clerk running at 06:30 in Hà Nội gets today, not yesterday (UTC). */
export function vietnamToday(nowMs: number): number {
  return Math.floor((nowMs + VIETNAM_OFFSET_MS) / DAY_MS) + UNIX_EPOCH_SERIAL;
}

function version(): string {
  try {
    const pkg = JSON.parse(fs.readFileSync(path.join(__dirname, "..", "..", "package.json"), "utf8")) as { version?: string };
    return pkg.version ?? "?";
  } catch {
    return "?";
  }
}

export async function main(argv: string[], io: Io = defaultIo): Promise<number> {
  try {
    // The rule sets are data: a broken one stops here, named, before any workbook is scored with it.
    validateRuleSets();
    const [cmd, ...rest] = argv;
    if (cmd === undefined) {
      io.err(HELP_MAIN);
      return 2;
    }
    if (cmd === "-h" || cmd === "--help" || cmd === "help") {
      const topic = rest[0];
      io.out(topic === "evaluate" ? HELP_EVALUATE : topic === "template" ? HELP_TEMPLATE : topic === "tong-hop" ? HELP_TONG_HOP : HELP_MAIN);
      return 0;
    }
    if (cmd === "-v" || cmd === "--version") {
      io.out(`dvht ${version()}\n`);
      return 0;
    }
    if (cmd === "evaluate") return await evaluateCommand(rest, io);
    if (cmd === "template") return await templateCommand(rest, io);
    if (cmd === "tong-hop") return await tongHopCommand(rest, io);
    throw new UsageError(`Không có lệnh '${cmd}'. Các lệnh: template, evaluate, tong-hop.`);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`dvht: ${e.message}\nXem hướng dẫn: dvht --help\n`);
      return 2;
    }
    // A bug in dvht, not in the clerk's workbook: say so plainly, keep the details for whoever fixes it.
    io.err(`dvht: lỗi nội bộ, chưa ghi kết quả. Xin gửi thông báo này cho người hỗ trợ:\n${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    return 1;
  }
}

// ---------------------------------------------------------------------------------------------

const EVALUATE_FLAGS: FlagSpec[] = [
  { name: "output", short: "o", value: true },
  { name: "preset", value: true },
  { name: "framework", value: true },
  { name: "today", value: true },
  { name: "dossier" },
  { name: "json" },
  { name: "in-place" },
  { name: "help", short: "h" },
];

/** `--today dd/mm/yyyy`, or today in Vietnam: the only clock the documents see. */
function todayFrom(flag: string | true | undefined, io: Io): number {
  if (typeof flag !== "string") return vietnamToday(io.now());
  const t = parseDayFirst(flag);
  if (t === null) throw new UsageError(`Ngày '${flag}' không hợp lệ; nhập dạng dd/mm/yyyy, ví dụ 15/11/2023.`);
  return t;
}

function defaultOutput(input: string): string {
  const dir = path.dirname(input);
  const base = path.basename(input).replace(/\.xlsx$/i, "");
  return path.join(dir, `${base}-ket-qua.xlsx`);
}

/** Checks the input file and explains, in the clerk's words, why it cannot be used. */
function checkInput(file: string): void {
  if (!fs.existsSync(file)) throw new UsageError(`Không tìm thấy tệp '${file}'.`);
  if (fs.statSync(file).isDirectory()) throw new UsageError(`'${file}' là một thư mục, không phải tệp Excel.`);
  const ext = path.extname(file).toLowerCase();
  if (ext === ".xls") throw new UsageError(`'${file}' là tệp Excel cũ (.xls). Hãy mở bằng Excel, chọn Lưu thành (Save As) dạng .xlsx rồi chạy lại.`);
  if (ext === ".xlsm" || ext === ".xlsb") throw new UsageError(`'${file}' là tệp ${ext}; dvht chỉ đọc tệp .xlsx (lưu một bản .xlsx để chạy).`);
  if (ext !== ".xlsx") throw new UsageError(`'${file}' không phải tệp .xlsx.`);
}

async function openWorkbook(file: string): Promise<XlsxPort> {
  try {
    return await XlsxPort.fromFile(file);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    throw new UsageError(`Không mở được tệp '${file}': không phải tệp .xlsx hợp lệ, bị hỏng, hoặc có mật khẩu (${why}).`);
  }
}

/**
 * Saves through a temporary file in the same folder, then renames: an interrupted run never leaves a
 * half-written workbook, and --in-place never destroys the original if saving fails.
 */
async function saveAtomically(port: XlsxPort, file: string): Promise<void> {
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    // `-o out/ket-qua.xlsx` in a fresh checkout: create the folder rather than fail.
    fs.mkdirSync(path.dirname(file), { recursive: true });
    await port.save(tmp);
    fs.renameSync(tmp, file);
  } catch (e) {
    try {
      fs.rmSync(tmp, { force: true });
    } catch {
      // nothing left to clean
    }
    throw e;
  }
}

function saveErrorMessage(file: string, e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  if (code === "EBUSY" || code === "EPERM" || code === "EACCES") {
    return `Không ghi được tệp '${file}': tệp đang mở trong Excel hoặc không có quyền ghi. Đóng tệp rồi chạy lại.`;
  }
  if (code === "ENOENT") return `Không ghi được tệp '${file}': thư mục không tồn tại.`;
  return `Không ghi được tệp '${file}': ${e instanceof Error ? e.message : String(e)}`;
}

async function evaluateCommand(argv: string[], io: Io): Promise<number> {
  const { positionals, flags } = parseArgs(argv, EVALUATE_FLAGS);
  if (flags.help) {
    io.out(HELP_EVALUATE);
    return 0;
  }
  if (positionals.length === 0) throw new UsageError("Thiếu tên tệp Excel cần đánh giá. Ví dụ: dvht evaluate so-dvht-2023.xlsx");
  if (positionals.length > 1) throw new UsageError(`Chỉ đánh giá một tệp mỗi lần; thừa: ${positionals.slice(1).join(" ")}.`);
  const input = positionals[0];
  checkInput(input);

  const inPlace = flags["in-place"] === true;
  if (inPlace && typeof flags.output === "string") throw new UsageError("Không dùng cùng lúc --in-place và -o.");
  const output = inPlace ? input : typeof flags.output === "string" ? flags.output : defaultOutput(input);
  if (!inPlace && path.resolve(output) === path.resolve(input)) {
    throw new UsageError("Tệp kết quả trùng tệp gốc. Chọn tên khác với -o, hoặc dùng --in-place để ghi thẳng vào tệp gốc.");
  }
  if (!/\.xlsx$/i.test(output)) throw new UsageError(`Tệp kết quả '${output}' phải có đuôi .xlsx.`);

  const today = todayFrom(flags.today, io);
  let preset: string | undefined;
  if (typeof flags.preset === "string") {
    const p = findPreset(flags.preset);
    if (!p) throw new UsageError(`Không có phương án địa phương '${flags.preset}'. Chọn một trong: ${PRESETS.map((x) => `${x.id} (${x.label})`).join(", ")}.`);
    preset = p.id;
  }
  let framework: string | undefined;
  if (typeof flags.framework === "string") {
    const r = getRuleSet(flags.framework);
    if (!r) throw new UsageError(`Không có bộ tiêu chí '${flags.framework}'. Chọn một trong: ${RULE_SETS.map((x) => x.id).join(", ")}.`);
    framework = r.id;
  }

  io.err(`Đang đọc ${input} …\n`);
  const port = await openWorkbook(input);
  const grids = await port.read();
  io.err(`Đã đọc ${grids.sheets.length} trang. Đang chấm điểm …\n`);
  const outcome = run(grids, { today, preset, framework, dossier: flags.dossier === true });

  await port.write(outcome.plan);
  try {
    await saveAtomically(port, output);
  } catch (e) {
    io.err(`dvht: ${saveErrorMessage(output, e)}\n`);
    if (flags.json) io.out(`${JSON.stringify(outcome.summary, null, 2)}\n`);
    return 1;
  }

  if (flags.json) {
    io.out(`${JSON.stringify(outcome.summary, null, 2)}\n`);
  } else if (!outcome.fatal) {
    io.out(`${formatScoreTable(outcome)}\n\n${formatIssues(outcome.issues).join("\n")}\n`);
  } else {
    io.out(`Không đánh giá được: sổ còn lỗi nghiêm trọng.\n${formatIssues(outcome.issues).join("\n")}\n`);
  }
  if (outcome.fatal) {
    io.err(`Chưa chấm điểm được. Danh sách lỗi đã ghi vào trang Kiểm tra của ${output}. Sửa sổ gốc rồi chạy lại.\n`);
    return 1;
  }
  io.err(`Đã ghi kết quả vào ${output}.\n`);
  return 0;
}

// ---------------------------------------------------------------------------------------------

const TEMPLATE_FLAGS: FlagSpec[] = [{ name: "force" }, { name: "help", short: "h" }];

async function templateCommand(argv: string[], io: Io): Promise<number> {
  const { positionals, flags } = parseArgs(argv, TEMPLATE_FLAGS);
  if (flags.help) {
    io.out(HELP_TEMPLATE);
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError("Cần đúng một tên tệp. Ví dụ: dvht template so-dvht-2024.xlsx");
  const output = positionals[0];
  if (!/\.xlsx$/i.test(output)) throw new UsageError(`Tệp mẫu '${output}' phải có đuôi .xlsx.`);
  if (fs.existsSync(output) && flags.force !== true) {
    throw new UsageError(`Tệp '${output}' đã có. Chọn tên khác, hoặc thêm --force để ghi đè.`);
  }
  const port = XlsxPort.fromWorkbook(new ExcelJS.Workbook());
  await port.write(planTemplate([]));
  try {
    await saveAtomically(port, output);
  } catch (e) {
    io.err(`dvht: ${saveErrorMessage(output, e)}\n`);
    return 1;
  }
  io.err(`Đã tạo sổ mẫu ${output}. Nhập dữ liệu rồi chạy: dvht evaluate ${output}\n`);
  return 0;
}

// ---------------------------------------------------------------------------------------------

const TONG_HOP_FLAGS: FlagSpec[] = [
  { name: "output", short: "o", value: true },
  { name: "co-quan-chu-quan", value: true },
  { name: "co-quan", value: true },
  { name: "dia-danh", value: true },
  { name: "today", value: true },
  { name: "json" },
  { name: "help", short: "h" },
];

/** The district's command: many schools' result workbooks in, one consolidated table out. */
async function tongHopCommand(argv: string[], io: Io): Promise<number> {
  const { positionals, flags } = parseArgs(argv, TONG_HOP_FLAGS);
  if (flags.help) {
    io.out(HELP_TONG_HOP);
    return 0;
  }
  if (positionals.length === 0) throw new UsageError("Thiếu các tệp kết quả của đơn vị. Ví dụ: dvht tong-hop truong-a.xlsx truong-b.xlsx -o tong-hop.xlsx");
  if (typeof flags.output !== "string") throw new UsageError("Thiếu tệp bảng tổng hợp: thêm -o BANG-TONG-HOP.xlsx");
  const output = flags.output;
  if (!/\.xlsx$/i.test(output)) throw new UsageError(`Tệp kết quả '${output}' phải có đuôi .xlsx.`);
  // A folder stands for every .xlsx in it (what a district officer saves from the mailbox), sorted.
  const files: string[] = [];
  for (const p of positionals) {
    if (fs.existsSync(p) && fs.statSync(p).isDirectory()) {
      files.push(
        ...fs
          .readdirSync(p)
          .filter((f) => /\.xlsx$/i.test(f) && !f.startsWith("~$") && !f.startsWith("."))
          .sort()
          .map((f) => path.join(p, f)),
      );
    } else files.push(p);
  }
  const inputs = files.filter((f) => path.resolve(f) !== path.resolve(output));
  if (inputs.length === 0) throw new UsageError("Không có tệp .xlsx nào để tổng hợp.");
  for (const f of inputs) checkInput(f);
  const today = todayFrom(flags.today, io);
  const schools = [];
  for (const f of inputs) {
    io.err(`Đang đọc ${f} …\n`);
    const port = await openWorkbook(f);
    schools.push({ source: path.basename(f), grids: await port.read() });
  }
  const str = (k: string) => (typeof flags[k] === "string" ? (flags[k] as string) : undefined);
  const outcome = consolidate(schools, { today, parentBody: str("co-quan-chu-quan"), office: str("co-quan"), place: str("dia-danh") });
  const port = XlsxPort.fromWorkbook(new ExcelJS.Workbook());
  await port.write(outcome.plan);
  try {
    await saveAtomically(port, output);
  } catch (e) {
    io.err(`dvht: ${saveErrorMessage(output, e)}\n`);
    return 1;
  }
  if (flags.json) {
    io.out(
      `${JSON.stringify({ schools: outcome.schools.map(({ block: _block, ...s }) => s), ratingCounts: outcome.ratingCounts, issues: outcome.issues }, null, 2)}\n`,
    );
  } else {
    const lines = outcome.schools.map(
      (s, i) => `${String(i + 1).padStart(3)}  ${s.unit.padEnd(42)} ${String(s.total ?? "").padStart(7)}  ${s.rating}${s.hashOk ? "" : "  (khối KQ bị sửa)"}`,
    );
    io.out(
      `${lines.join("\n")}\n\nTổng số: ${outcome.schools.length} đơn vị. ${outcome.ratingCounts.map((c) => `${c.rating}: ${c.count}`).join("; ")}.\n${formatIssues(outcome.issues).join("\n")}\n`,
    );
  }
  io.err(`Đã ghi bảng tổng hợp vào ${output}.\n`);
  return outcome.schools.length > 0 ? 0 : 1;
}
