import * as fs from "fs";
import * as path from "path";
// Only the argument parser and the texts are loaded at start: `dvht --help` and a mistyped command
// answer without loading the workbook libraries (exceljs, SheetJS) or the core. Each command loads
// what it needs.
import { parseArgs, UsageError, type FlagSpec } from "./args";
import {
  convertedNotice,
  FILE_PROBLEMS,
  HELP_EVALUATE,
  HELP_FINALIZE,
  HELP_MAIN,
  HELP_TEMPLATE,
  HELP_GOP_TO,
  HELP_NEXT_YEAR,
  HELP_PHIEU_TO,
  HELP_TONG_HOP,
  HELP_UNFINALIZE,
} from "./texts";
import { finalizeCommand, gopToCommand, nextYearCommand, phieuToCommand, unfinalizeCommand } from "./year";
import {
  checkInput,
  freshWorkbook,
  load,
  openInput,
  Refusal,
  saveAtomically,
  saveErrorMessage,
  todayFrom,
  workbookFiles,
  writePlanFile,
  wouldLoseMessage,
  type Core,
  type Io,
} from "./shared";

export type { Io } from "./shared";
export { vietnamToday } from "./shared";

const defaultIo: Io = {
  out: (s) => process.stdout.write(s),
  err: (s) => process.stderr.write(s),
  now: () => Date.now(),
};

/**
 * The version of the package this file belongs to: the nearest package.json named "dvht" above it
 * (src/cli under tsx, lib/cli once compiled, node_modules/dvht/lib/cli once installed).
 */
export function version(from = __dirname): string {
  let dir = from;
  for (let i = 0; i < 6; i++) {
    try {
      const pkg = JSON.parse(fs.readFileSync(path.join(dir, "package.json"), "utf8")) as { name?: string; version?: string };
      if (pkg.name === "dvht" && typeof pkg.version === "string") return pkg.version;
    } catch {
      // no package.json here: look one folder up
    }
    const up = path.dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  return "?";
}

export async function main(argv: string[], io: Io = defaultIo): Promise<number> {
  try {
    const [cmd, ...rest] = argv;
    if (cmd === undefined) {
      io.err(HELP_MAIN);
      return 2;
    }
    if (cmd === "-h" || cmd === "--help" || cmd === "help") {
      const topic = rest[0];
      const help: Record<string, string> = {
        evaluate: HELP_EVALUATE,
        template: HELP_TEMPLATE,
        "tong-hop": HELP_TONG_HOP,
        finalize: HELP_FINALIZE,
        unfinalize: HELP_UNFINALIZE,
        "next-year": HELP_NEXT_YEAR,
        "phieu-to": HELP_PHIEU_TO,
        "gop-to": HELP_GOP_TO,
      };
      io.out(help[topic ?? ""] ?? HELP_MAIN);
      return 0;
    }
    if (cmd === "-v" || cmd === "--version") {
      io.out(`dvht ${version()}\n`);
      return 0;
    }
    if (cmd === "evaluate") return await evaluateCommand(rest, io);
    if (cmd === "template") return await templateCommand(rest, io);
    if (cmd === "tong-hop") return await tongHopCommand(rest, io);
    if (cmd === "finalize") return await finalizeCommand(rest, io, version());
    if (cmd === "unfinalize") return await unfinalizeCommand(rest, io, version());
    if (cmd === "next-year") return await nextYearCommand(rest, io);
    if (cmd === "phieu-to") return await phieuToCommand(rest, io);
    if (cmd === "gop-to") return await gopToCommand(rest, io);
    throw new UsageError(`Không có lệnh '${cmd}'. Các lệnh: template, evaluate, tong-hop, phieu-to, gop-to, finalize, unfinalize, next-year.`);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`dvht: ${e.message}\nXem hướng dẫn: dvht --help\n`);
      return 2;
    }
    if (e instanceof Refusal) {
      io.err(`dvht: ${e.message}\n`);
      return e.code;
    }
    // A bug in dvht, not in the clerk's workbook: say so plainly; the details are for whoever fixes it.
    const detail = e instanceof Error ? (process.env.DVHT_DEBUG ? (e.stack ?? e.message) : e.message) : String(e);
    io.err(`dvht: lỗi nội bộ của dvht (không phải lỗi của sổ), chưa ghi kết quả. Xin gửi thông báo này cho người hỗ trợ:\n${detail}\n`);
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
  { name: "cot", value: true, multi: true },
  { name: "help", short: "h" },
];

/**
 * `--cot "Danh hiệu thi đua=Thi đua cuối năm"`: a column of the members sheet named by the clerk (the
 * product's column = the sheet's header). Checked here so that a mistyped column is named before reading.
 */
function columnsFrom(core: Core, values: string[] | undefined): { column: string; header: string }[] {
  return (values ?? []).map((v) => {
    const eq = v.indexOf("=");
    const column = eq >= 0 ? v.slice(0, eq).trim() : "";
    const header = eq >= 0 ? v.slice(eq + 1).trim() : "";
    if (!column || !header) throw new UsageError(`Tùy chọn '--cot ${v}' cần dạng "CỘT=TIÊU ĐỀ", ví dụ --cot "Danh hiệu thi đua=Thi đua cuối năm".`);
    if (!core.mappableColumn(column)) throw new UsageError(`Không có cột '${column}' để ghép. Chọn một trong: ${core.mappableLabels().join(", ")}.`);
    return { column, header };
  });
}

async function evaluateCommand(argv: string[], io: Io): Promise<number> {
  const { positionals, flags, lists } = parseArgs(argv, EVALUATE_FLAGS);
  if (flags.help) {
    io.out(HELP_EVALUATE);
    return 0;
  }
  if (positionals.length === 0) throw new UsageError("Thiếu tên tệp Excel cần đánh giá. Ví dụ: dvht evaluate so-dvht-2023.xlsx");
  if (positionals.length > 1) throw new UsageError(`Chỉ đánh giá một tệp mỗi lần; thừa: ${positionals.slice(1).join(" ")}.`);
  const input = positionals[0];
  const inPlace = flags["in-place"] === true;
  if (inPlace && typeof flags.output === "string") throw new UsageError("Không dùng cùng lúc --in-place và -o.");
  const wanted = typeof flags.output === "string" ? flags.output : null;
  if (wanted !== null && path.resolve(wanted) === path.resolve(input)) {
    throw new UsageError("Tệp kết quả trùng tệp gốc. Chọn tên khác với -o, hoặc dùng --in-place để ghi thẳng vào tệp gốc.");
  }
  if (wanted !== null && !/\.(xlsx|xlsm)$/i.test(wanted)) throw new UsageError(`Tệp kết quả '${wanted}' phải có đuôi .xlsx.`);
  checkInput(input);

  const core = load.core();
  const today = todayFrom(core, flags.today, io);
  let preset: string | undefined;
  if (typeof flags.preset === "string") {
    const p = core.findPreset(flags.preset);
    if (!p)
      throw new UsageError(`Không có phương án địa phương '${flags.preset}'. Chọn một trong: ${core.PRESETS.map((x) => `${x.id} (${x.label})`).join(", ")}.`);
    preset = p.id;
  }
  let framework: string | undefined;
  if (typeof flags.framework === "string") {
    const r = core.getRuleSet(flags.framework);
    if (!r) throw new UsageError(`Không có bộ tiêu chí '${flags.framework}'. Chọn một trong: ${core.FRAMEWORKS.join(", ")}.`);
    // The framework only: under Thông tư 24 the unit's tier picks the table (rules.md §3).
    framework = core.frameworkOf(r);
  }
  const columns = columnsFrom(core, lists?.cot);

  io.err(`Đang đọc ${input} …\n`);
  const opened = await openInput(input);
  // A workbook with macros stays a macro workbook (.xlsm); any other result is an .xlsx.
  const ext = opened.macros ? ".xlsm" : ".xlsx";
  if (wanted !== null && path.extname(wanted).toLowerCase() !== ext) {
    throw new UsageError(
      opened.macros
        ? `Sổ '${input}' có macro: tệp kết quả phải có đuôi .xlsm để giữ macro (ví dụ -o ${wanted.replace(/\.xlsx$/i, ".xlsm")}).`
        : `Tệp kết quả '${wanted}' phải có đuôi .xlsx.`,
    );
  }
  const grids = opened.book.grids;
  io.err(`Đã đọc ${grids.sheets.length} trang. Đang đánh giá …\n`);
  const outcome = core.run(grids, { today, preset, framework, dossier: flags.dossier === true, columns });
  const report = load.report();
  if (outcome.refused) {
    // Hoàn tất: the submitted version is not evaluated again, and nothing is written anywhere.
    if (flags.json) io.out(`${JSON.stringify(outcome.summary, null, 2)}\n`);
    else io.out(`${report.formatIssues(outcome.issues).join("\n")}\n`);
    io.err(`Không đánh giá: sổ '${input}' đã hoàn tất; không ghi tệp nào.\n`);
    return 1;
  }
  const printResult = () => {
    if (flags.json) io.out(`${JSON.stringify(outcome.summary, null, 2)}\n`);
    else if (!outcome.fatal) io.out(`${report.formatScoreTable(outcome)}\n\n${report.formatIssues(outcome.issues).join("\n")}\n`);
    else io.out(`Không đánh giá được: sổ còn lỗi nghiêm trọng.\n${report.formatIssues(outcome.issues).join("\n")}\n`);
  };

  if (inPlace && outcome.fatal) {
    // The run failed: the clerk's file is not touched, and nothing else is written either.
    printResult();
    io.err(`Chưa đánh giá được: sổ còn lỗi nghiêm trọng (xem danh sách trên). Tệp gốc '${input}' không bị sửa; không ghi tệp nào.\n`);
    return 1;
  }

  io.err(`Đang ghi …\n`);
  const written = await writePlanFile(opened, outcome.plan, input, { wanted: inPlace ? null : wanted, inPlace }, io);
  if (written === null) {
    if (flags.json) io.out(`${JSON.stringify(outcome.summary, null, 2)}\n`);
    return 1;
  }
  const { output, rendered } = written;
  if (rendered.kind === "converted") {
    io.err(convertedNotice(input, output, rendered.why ?? opened.format, rendered.notKept, opened.pkg !== null));
  }

  printResult();
  if (outcome.fatal) {
    io.err(`Chưa đánh giá được. Danh sách lỗi đã ghi vào trang Kiểm tra của ${output}. Sửa sổ gốc rồi chạy lại.\n`);
    return 1;
  }
  io.err(`Đã ghi kết quả vào ${output}.\n`);
  // Everything written rests on data with errors: the documents say so under their titles, and so does this.
  if (outcome.summary.draft) io.err(`${outcome.summary.draft}: kết quả và các văn bản chỉ là bản nháp cho đến khi sửa hết lỗi.\n`);
  return 0;
}

// ---------------------------------------------------------------------------------------------

const TEMPLATE_FLAGS: FlagSpec[] = [
  { name: "force" },
  { name: "year", value: true },
  { name: "framework", value: true },
  { name: "today", value: true },
  { name: "help", short: "h" },
];

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
  const core = load.core();
  // The workbook of a year's framework: the year asked for, else this year (Thông tư 24 from 2024).
  let year = core.serialToYmd(todayFrom(core, flags.today, io)).y;
  if (typeof flags.year === "string") {
    const y = /^\d{4}$/.test(flags.year.trim()) ? Number(flags.year) : NaN;
    if (!(y >= 2000 && y <= 2100))
      throw new UsageError(`Năm '${flags.year}' không hợp lệ; ghi năm dương lịch được đánh giá, ví dụ --year 2026 (không ghi năm học).`);
    year = y;
  }
  let framework: string | undefined;
  if (typeof flags.framework === "string") {
    const r = core.getRuleSet(flags.framework);
    if (!r) throw new UsageError(`Không có bộ tiêu chí '${flags.framework}'. Chọn một trong: ${core.FRAMEWORKS.join(", ")}, TT24/2023-cap-tinh.`);
    framework = r.id;
  }
  const ruleSet = core.templateRuleSet({ framework, year });
  const bytes = await freshWorkbook(core.planTemplate([], { framework, year }));
  try {
    saveAtomically(bytes, output);
  } catch (e) {
    io.err(`dvht: ${saveErrorMessage(output, e)}\n`);
    return 1;
  }
  io.err(
    `Đã tạo sổ mẫu ${output} (năm ${year}, ${ruleSet.legalSource.document}${ruleSet.tier ? `, ${core.TIER_LABEL[ruleSet.tier]}` : ""}). Nhập dữ liệu rồi chạy: dvht evaluate ${output}\n`,
  );
  return 0;
}

// ---------------------------------------------------------------------------------------------

const TONG_HOP_FLAGS: FlagSpec[] = [
  { name: "output", short: "o", value: true },
  { name: "roster", value: true },
  { name: "nam", value: true },
  { name: "co-quan-chu-quan", value: true },
  { name: "co-quan", value: true },
  { name: "dia-danh", value: true },
  { name: "noi-nhan", value: true },
  { name: "nguoi-ky", value: true },
  { name: "chuc-vu-nguoi-ky", value: true },
  { name: "nguoi-cong-nhan", value: true },
  { name: "today", value: true },
  { name: "json" },
  { name: "help", short: "h" },
];

/** Files read at once: reading overlaps parsing, and memory stays a few files' worth. */
const READ_AHEAD = 4;

/** The district's command: many units' result workbooks in, one consolidation workbook out. */
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
  let year: number | undefined;
  if (typeof flags.nam === "string") {
    year = Number(flags.nam);
    if (!/^\d{4}$/.test(flags.nam) || year < 2000 || year > 2199) throw new UsageError(`Năm '${flags.nam}' không hợp lệ; nhập 4 chữ số, ví dụ --nam 2026.`);
  }
  const roster = typeof flags.roster === "string" ? flags.roster : null;
  if (roster !== null) checkInput(roster);
  const core = load.core();
  const today = todayFrom(core, flags.today, io);
  const files = workbookFiles(positionals, core.compareVi);
  const skip = new Set([path.resolve(output), ...(roster ? [path.resolve(roster)] : [])]);
  const inputs = files.filter((f) => !skip.has(path.resolve(f)));
  if (inputs.length === 0) throw new UsageError("Không có tệp .xlsx nào để tổng hợp.");
  for (const f of inputs) checkInput(f);

  // The consolidation workbook itself, when it exists: its roster and settings sheets are the officer's and are kept.
  const book = fs.existsSync(output) ? await openInput(output) : null;
  const rosterBook = roster !== null ? { source: path.basename(roster), grids: (await openInput(roster)).book.grids } : undefined;

  const schools = await readResults(core, inputs, io);
  const str = (k: string) => (typeof flags[k] === "string" ? (flags[k] as string) : undefined);
  const outcome = core.consolidate(schools, {
    today,
    year,
    workbook: book?.book.grids,
    roster: rosterBook,
    settings: {
      parentBody: str("co-quan-chu-quan"),
      office: str("co-quan"),
      place: str("dia-danh"),
      recipient: str("noi-nhan"),
      signerName: str("nguoi-ky"),
      signerTitle: str("chuc-vu-nguoi-ky"),
      approver: str("nguoi-cong-nhan"),
    },
  });
  io.err(`Đang ghi …\n`);
  let bytes: Buffer;
  if (book) {
    const { renderPlan, WouldLoseData } = load.output();
    try {
      bytes = (await renderPlan(book, outcome.plan)).bytes;
    } catch (e) {
      if (e instanceof WouldLoseData) throw new Refusal(wouldLoseMessage(output, e), 1);
      throw e;
    }
  } else bytes = await freshWorkbook(outcome.plan);
  try {
    saveAtomically(bytes, output);
  } catch (e) {
    io.err(`dvht: ${saveErrorMessage(output, e)}\n`);
    return 1;
  }
  const report = load.report();
  if (flags.json) io.out(`${JSON.stringify(report.consolidationJson(outcome), null, 2)}\n`);
  else io.out(`${report.formatConsolidation(outcome)}\n`);
  io.err(`Đã ghi bảng tổng hợp vào ${output}.\n`);
  return outcome.rows.some((r) => r.kept) ? 0 : 1;
}

/**
 * Each unit's result block, read from its file alone (not the whole workbook: issue 11's thousand
 * files), with a progress line instead of a line per file. A file that cannot be used is named in
 * Vietnamese and the run goes on with the others.
 */
async function readResults(core: Core, files: string[], io: Io): Promise<import("../core").SchoolInput[]> {
  const { readResultBlock } = load.resultBlock();
  const { openWorkbookBytes, WorkbookFileError } = load.open();
  const out: import("../core").SchoolInput[] = new Array(files.length);
  const problems: string[] = [];
  let done = 0;
  let shown = -1;
  const progress = () => {
    // At most about a hundred updates, whatever the number of files.
    const step = Math.max(1, Math.floor(files.length / 100));
    if (done === files.length || done - shown >= step) {
      shown = done;
      io.err(`\rĐang đọc ${done} / ${files.length} tệp …`);
    }
  };
  const readOne = async (file: string) => {
    const source = path.basename(file);
    let bytes: Buffer;
    let modified: number | undefined;
    try {
      bytes = await fs.promises.readFile(file);
      modified = (await fs.promises.stat(file)).mtimeMs / 86400000 + 25569;
    } catch {
      const problem = FILE_PROBLEMS["no-read-permission"](source, "");
      problems.push(problem);
      return { source, grids: null, problem };
    }
    try {
      const grids = (await readResultBlock(bytes)) ?? (await openWorkbookBytes(bytes, file)).book.grids;
      // Only the block is kept: memory stays bounded however many files there are.
      return { source, found: core.readSummaryBlock(grids), modified };
    } catch (e) {
      if (!(e instanceof WorkbookFileError)) throw e;
      const problem = FILE_PROBLEMS[e.problem](source, e.detail);
      problems.push(problem);
      return { source, grids: null, problem, modified };
    }
  };
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const i = next++;
      out[i] = await readOne(files[i]);
      done++;
      progress();
    }
  };
  progress();
  await Promise.all(Array.from({ length: Math.min(READ_AHEAD, files.length) }, worker));
  io.err("\n");
  for (const p of problems) io.err(`dvht: ${p}\n`);
  return out;
}
