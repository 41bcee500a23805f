/**
 * The school's year on the command line (issue 12): Hoàn tất (`dvht finalize`), Mở khóa
 * (`dvht unfinalize --reason`). Both write into the clerk's workbook itself (the submitted version is
 * that file), or to -o; the clerk's data is kept as evaluate keeps it (the plan spliced into her package).
 */
import * as fs from "fs";
import * as path from "path";
import { parseArgs, UsageError, type FlagSpec } from "./args";
import {
  checkInput,
  freshWorkbook,
  load,
  openInput,
  saveAtomically,
  saveErrorMessage,
  todayFrom,
  workbookFiles,
  writePlanFile,
  type Io,
  type Opened,
} from "./shared";
import { HELP_FINALIZE, HELP_GOP_TO, HELP_NEXT_YEAR, HELP_PHIEU_TO, HELP_UNFINALIZE } from "./texts";

const FLAGS: FlagSpec[] = [
  { name: "output", short: "o", value: true },
  { name: "today", value: true },
  { name: "reason", value: true },
  { name: "help", short: "h" },
];

/** The input and where the result goes: the input itself unless -o says otherwise. */
function target(positionals: string[], flags: Record<string, string | true | undefined>, example: string): { input: string; wanted: string | null } {
  if (positionals.length === 0) throw new UsageError(`Thiếu tên tệp Excel. Ví dụ: ${example}`);
  if (positionals.length > 1) throw new UsageError(`Chỉ một tệp mỗi lần; thừa: ${positionals.slice(1).join(" ")}.`);
  const input = positionals[0];
  const wanted = typeof flags.output === "string" ? flags.output : null;
  if (wanted !== null && !/\.(xlsx|xlsm)$/i.test(wanted)) throw new UsageError(`Tệp kết quả '${wanted}' phải có đuôi .xlsx.`);
  checkInput(input);
  return { input, wanted };
}

/** Writes the plan into the workbook (in place when the package is kept exactly, else beside it). */
async function writeInto(opened: Opened, plan: import("../core").WritePlan, input: string, wanted: string | null, io: Io): Promise<string | null> {
  return (await writePlanFile(opened, plan, input, { wanted, inPlace: true }, io))?.output ?? null;
}

async function yearAction(argv: string[], io: Io, which: "finalize" | "unfinalize", version: string): Promise<number> {
  const { positionals, flags } = parseArgs(argv, FLAGS);
  if (flags.help) {
    io.out(which === "finalize" ? HELP_FINALIZE : HELP_UNFINALIZE);
    return 0;
  }
  const example = which === "finalize" ? "dvht finalize so-dvht-2026.xlsx" : 'dvht unfinalize so-dvht-2026.xlsx --reason "Phòng yêu cầu bổ sung"';
  if (which === "finalize" && flags.reason !== undefined) throw new UsageError("--reason chỉ dùng với dvht unfinalize.");
  if (which === "unfinalize" && typeof flags.reason !== "string") throw new UsageError(`Thiếu lý do mở khóa (được ghi vào nhật ký của sổ). Ví dụ: ${example}`);
  const { input, wanted } = target(positionals, flags, example);
  const core = load.core();
  const today = todayFrom(core, flags.today, io);
  const opened = await openInput(input);
  const grids = opened.book.grids;
  const outcome =
    which === "finalize" ? core.finalize(grids, { today, tool: version }) : core.unfinalize(grids, { today, tool: version, reason: String(flags.reason) });
  const report = load.report();
  if (outcome.fatal) {
    io.out(`${report.formatIssues(outcome.issues).join("\n")}\n`);
    io.err(which === "finalize" ? `Chưa hoàn tất; sổ '${input}' không bị sửa.\n` : `Chưa mở khóa; sổ '${input}' không bị sửa.\n`);
    return 1;
  }
  const output = await writeInto(opened, outcome.plan, input, wanted, io);
  if (output === null) return 1;
  io.out(`${report.formatIssues(outcome.issues).join("\n")}\n`);
  io.err(`Đã ghi vào ${output}.\n`);
  return 0;
}

export const finalizeCommand = (argv: string[], io: Io, version: string) => yearAction(argv, io, "finalize", version);
export const unfinalizeCommand = (argv: string[], io: Io, version: string) => yearAction(argv, io, "unfinalize", version);

const NEXT_YEAR_FLAGS: FlagSpec[] = [
  { name: "output", short: "o", value: true },
  { name: "year", value: true },
  { name: "today", value: true },
  { name: "force" },
  { name: "help", short: "h" },
];

/** Tạo sổ năm sau: a new workbook (the clerk's own is only read). */
export async function nextYearCommand(argv: string[], io: Io): Promise<number> {
  const { positionals, flags } = parseArgs(argv, NEXT_YEAR_FLAGS);
  if (flags.help) {
    io.out(HELP_NEXT_YEAR);
    return 0;
  }
  const example = "dvht next-year so-dvht-2026.xlsx -o so-dvht-2027.xlsx";
  if (positionals.length !== 1) throw new UsageError(`Cần đúng một sổ của năm nay. Ví dụ: ${example}`);
  if (typeof flags.output !== "string") throw new UsageError(`Thiếu tệp sổ năm sau: thêm -o TỆP.xlsx. Ví dụ: ${example}`);
  const input = positionals[0];
  const output = flags.output;
  if (!/\.xlsx$/i.test(output)) throw new UsageError(`Tệp sổ năm sau '${output}' phải có đuôi .xlsx.`);
  if (path.resolve(output) === path.resolve(input)) throw new UsageError("Tệp sổ năm sau trùng sổ năm nay. Chọn tên khác với -o.");
  if (fs.existsSync(output) && flags.force !== true) throw new UsageError(`Tệp '${output}' đã có. Chọn tên khác, hoặc thêm --force để ghi đè.`);
  let year: number | undefined;
  if (typeof flags.year === "string") {
    year = /^\d{4}$/.test(flags.year.trim()) ? Number(flags.year) : NaN;
    if (!(year >= 2000 && year <= 2100)) throw new UsageError(`Năm '${flags.year}' không hợp lệ; ghi năm dương lịch, ví dụ --year 2027.`);
  }
  checkInput(input);
  const core = load.core();
  const today = todayFrom(core, flags.today, io);
  const opened = await openInput(input);
  const outcome = core.planNextYear(opened.book.grids, { today, year });
  const report = load.report();
  if (outcome.fatal) {
    io.out(`${report.formatIssues(outcome.issues).join("\n")}\n`);
    io.err("Chưa tạo sổ năm sau.\n");
    return 1;
  }
  try {
    saveAtomically(await freshWorkbook(outcome.plan), output);
  } catch (e) {
    io.err(`dvht: ${saveErrorMessage(output, e)}\n`);
    return 1;
  }
  io.out(`${outcome.issues.map((i) => i.message).join("\n")}\n`);
  io.err(`Đã ghi ${output}. Nhập kết quả năm ${outcome.year} rồi chạy: dvht evaluate ${output}\n`);
  return 0;
}

const PHIEU_TO_FLAGS: FlagSpec[] = [
  { name: "output", short: "o", value: true },
  { name: "in-place" },
  { name: "today", value: true },
  { name: "force" },
  { name: "help", short: "h" },
];

/** Phiếu theo tổ: one small workbook per tổ in a folder (the clerk's workbook is only read). */
export async function phieuToCommand(argv: string[], io: Io): Promise<number> {
  const { positionals, flags } = parseArgs(argv, PHIEU_TO_FLAGS);
  if (flags.help) {
    io.out(HELP_PHIEU_TO);
    return 0;
  }
  const example = "dvht phieu-to so-dvht-2026.xlsx -o phieu-to/";
  if (positionals.length !== 1) throw new UsageError(`Cần đúng một sổ. Ví dụ: ${example}`);
  if (flags["in-place"] === true) {
    if (flags.output !== undefined) throw new UsageError("Không dùng cùng lúc --in-place (mỗi tổ một trang trong sổ) và -o THƯ-MỤC (mỗi tổ một tệp).");
    return formSheetsInPlace(positionals[0], flags, io);
  }
  if (typeof flags.output !== "string")
    throw new UsageError(`Thiếu nơi ghi phiếu: thêm -o THƯ-MỤC (mỗi tổ một tệp) hoặc --in-place (mỗi tổ một trang trong sổ). Ví dụ: ${example}`);
  const input = positionals[0];
  const folder = flags.output;
  if (fs.existsSync(folder) && !fs.statSync(folder).isDirectory()) throw new UsageError(`'${folder}' là một tệp, không phải thư mục.`);
  checkInput(input);
  const core = load.core();
  const today = todayFrom(core, flags.today, io);
  const opened = await openInput(input);
  const outcome = core.planTeamForms(opened.book.grids, { today });
  const report = load.report();
  if (outcome.fatal) {
    io.out(`${report.formatIssues(outcome.issues).join("\n")}\n`);
    io.err("Chưa tạo phiếu.\n");
    return 1;
  }
  const targets = outcome.forms.map((f) => path.join(folder, f.fileName));
  const taken = targets.filter((t) => fs.existsSync(t));
  if (taken.length && flags.force !== true)
    throw new UsageError(`Đã có ${taken.map((t) => `'${t}'`).join(", ")}. Chọn thư mục khác, hoặc thêm --force để ghi đè.`);
  for (let i = 0; i < outcome.forms.length; i++) {
    const f = outcome.forms[i];
    try {
      saveAtomically(await freshWorkbook({ sheets: [f.sheet], patches: [] }), targets[i]);
    } catch (e) {
      io.err(`dvht: ${saveErrorMessage(targets[i], e)}\n`);
      return 1;
    }
    io.out(`${f.label}: ${f.members} thành viên${f.leader ? `, tổ trưởng ${f.leader}` : ""} → ${targets[i]}\n`);
  }
  io.err(
    `Đã tạo ${outcome.forms.length} phiếu trong ${folder}. Gửi mỗi tổ phiếu của tổ; nhận lại rồi chạy: dvht gop-to ${input} ${folder} -o SO-DA-GOP.xlsx\n`,
  );
  return 0;
}

/** Phiếu theo tổ as the pane makes them: one form sheet per tổ in the workbook itself (a tổ whose sheet is there keeps it). */
async function formSheetsInPlace(input: string, flags: Record<string, string | true | undefined>, io: Io): Promise<number> {
  checkInput(input);
  const core = load.core();
  const today = todayFrom(core, flags.today, io);
  const opened = await openInput(input);
  const outcome = core.planTeamForms(opened.book.grids, { today, inWorkbook: true });
  const report = load.report();
  io.out(outcome.issues.length ? `${report.formatIssues(outcome.issues).join("\n")}\n` : "");
  if (outcome.fatal) {
    io.err(`Chưa tạo phiếu; sổ '${input}' không bị sửa.\n`);
    return 1;
  }
  if (outcome.plan.sheets.length === 0) {
    io.err("Mỗi tổ đã có trang phiếu trong sổ; không ghi gì.\n");
    return 0;
  }
  const output = await writeInto(opened, outcome.plan, input, null, io);
  if (output === null) return 1;
  for (const f of outcome.forms) io.out(`${f.label}: ${f.members} thành viên${f.leader ? `, tổ trưởng ${f.leader}` : ""} → trang '${f.sheet.name}'\n`);
  io.err(
    `Đã thêm ${outcome.forms.length} trang phiếu vào ${output}. In hoặc chép mỗi trang cho tổ; khi các tổ điền xong (chép lại vào sổ), chạy: dvht gop-to ${output} --in-place\n`,
  );
  return 0;
}

const GOP_TO_FLAGS: FlagSpec[] = [{ name: "output", short: "o", value: true }, { name: "in-place" }, { name: "help", short: "h" }];

/** Gộp phiếu tổ: the returned forms' answers into the members sheet (blank cells only). */
export async function gopToCommand(argv: string[], io: Io): Promise<number> {
  const { positionals, flags } = parseArgs(argv, GOP_TO_FLAGS);
  if (flags.help) {
    io.out(HELP_GOP_TO);
    return 0;
  }
  const example = "dvht gop-to so-dvht-2026.xlsx phieu-to/ -o so-dvht-2026-da-gop.xlsx";
  if (positionals.length < 1) throw new UsageError(`Cần sổ, và các phiếu (hoặc thư mục phiếu) nếu phiếu là tệp riêng. Ví dụ: ${example}`);
  const inPlace = flags["in-place"] === true;
  if (inPlace && typeof flags.output === "string") throw new UsageError("Không dùng cùng lúc --in-place và -o.");
  if (!inPlace && typeof flags.output !== "string") throw new UsageError(`Thiếu tệp kết quả: thêm -o TỆP.xlsx (hoặc --in-place). Ví dụ: ${example}`);
  const [input, ...rest] = positionals;
  const wanted = inPlace ? null : (flags.output as string);
  if (wanted !== null && !/\.(xlsx|xlsm)$/i.test(wanted)) throw new UsageError(`Tệp kết quả '${wanted}' phải có đuôi .xlsx.`);
  if (wanted !== null && path.resolve(wanted) === path.resolve(input))
    throw new UsageError("Tệp kết quả trùng sổ gốc. Chọn tên khác với -o, hoặc dùng --in-place.");
  checkInput(input);
  const core = load.core();
  const files = workbookFiles(rest, core.compareVi);
  for (const f of files) checkInput(f);
  const opened = await openInput(input);
  const sources = [];
  for (const f of files) sources.push({ source: path.basename(f), grids: (await openInput(f)).book.grids });
  // No form files: the form sheets in the workbook itself (dvht phieu-to --in-place, or the pane's Phiếu theo tổ).
  if (files.length === 0) sources.push({ source: "", grids: opened.book.grids });
  const outcome = core.mergeTeamForms(opened.book.grids, sources);
  const report = load.report();
  io.out(`${report.formatIssues(outcome.issues).join("\n")}\n`);
  if (outcome.fatal) {
    io.err(`Chưa gộp; sổ '${input}' không bị sửa.\n`);
    return 1;
  }
  for (const f of outcome.forms) io.out(`${f.source || f.sheet} (${f.group}): ${f.rows} dòng, gộp ${f.filled} ô\n`);
  io.out(
    `Tổng: gộp ${outcome.filled} ô; ${outcome.same} ô đã có đúng như phiếu; ${outcome.conflicts} ô khác với sổ (giữ nguyên); ${outcome.unknown} người không có trong danh sách.\n`,
  );
  if (outcome.plan.patches.length === 0) {
    // A second merge of the same forms: every answer is already there; nothing is written.
    io.err(`Không có câu trả lời mới để gộp; không ghi tệp nào.\n`);
    return 0;
  }
  const output = await writeInto(opened, outcome.plan, input, wanted, io);
  if (output === null) return 1;
  io.err(`Đã ghi ${output}.\n`);
  return 0;
}
