/**
 * Benchmark of the command line's own path (issue 11), as it ships: the SheetJS reader
 * (`openWorkbookBytes`), the core's `run()`, and the package writer that splices the plan into the
 * clerk's own file (`renderPlan`). Prints, never asserts:
 *
 * 1. `dvht evaluate` on the 2026 sample (40 members), inside one process: read, core and write, each
 *    the median of 11 warm runs (the first, JIT-cold run printed apart), and the core's share of the whole
 *    (goal: at most 10%, the rest being the reader and the writer).
 *    The same run once per process, cold, as the command makes it: Node's start, module loading, read,
 *    core, write, each with its share of the whole.
 * 2. `dvht --help` and a usage error as processes: CPU time (user + system) and wall time, next to
 *    `node -e 0` (Node's own start) — goal ≤ 0.2 s of CPU, because neither loads a workbook library.
 * 3. `dvht evaluate --dossier` on the sample grown to 30,000 members, as a process: wall time and peak
 *    memory from /usr/bin/time (goal: under 20 s and under 1 GB).
 *
 * The CLI is built first (`npm run build:cli`), so that bin/dvht.js runs the compiled lib/ as an
 * installed package does. DVHT_BENCH_MEMBERS changes the large unit's size.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { ymdToSerial } from "../../src/core/text/dates";

/* eslint-disable @typescript-eslint/no-require-imports -- the compiled lib/ (built in run()) is what ships: timing the sources through tsx would measure tsx */
type Core = typeof import("../../src/core");
type Open = typeof import("../../src/xlsx/open");
type Output = typeof import("../../src/xlsx/output");
const lib = () => ({
  core: require(path.join(ROOT, "lib", "core")) as Core,
  open: require(path.join(ROOT, "lib", "xlsx", "open")) as Open,
  output: require(path.join(ROOT, "lib", "xlsx", "output")) as Output,
});
/* eslint-enable @typescript-eslint/no-require-imports */

const ROOT = path.join(__dirname, "..", "..");
const SAMPLE = path.join(ROOT, "samples", "truong-tieu-hoc-tan-phu-2026.xlsx");
const BIG = Number(process.env.DVHT_BENCH_MEMBERS ?? 30000);
const TODAY = ymdToSerial({ y: 2026, m: 12, d: 20 });
const TODAY_ARG = "20/12/2026";

const ms = (t0: bigint) => Number(process.hrtime.bigint() - t0) / 1e6;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const f0 = (n: number) => n.toFixed(0).padStart(6);

/** One process under /usr/bin/time: wall seconds, CPU seconds (user + system), peak resident MB. */
function timed(args: string[]): { wall: number; cpu: number; peakMb: number; status: number | null; stderr: string } {
  const r = spawnSync("/usr/bin/time", ["-f", "%e %U %S %M", process.execPath, ...args], { cwd: ROOT, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  const last = r.stderr.trim().split("\n").pop() ?? "";
  const [wall, user, sys, kb] = last.split(" ").map(Number);
  return { wall, cpu: user + sys, peakMb: kb / 1024, status: r.status, stderr: r.stderr };
}

async function sampleInProcess(): Promise<void> {
  const { core, open, output } = lib();
  const bytes = fs.readFileSync(SAMPLE);
  const reads: number[] = [];
  const cores: number[] = [];
  const writes: number[] = [];
  let cold = "";
  for (let k = 0; k < 12; k++) {
    let t = process.hrtime.bigint();
    const opened = await open.openWorkbookBytes(bytes, path.basename(SAMPLE));
    const read = ms(t);
    t = process.hrtime.bigint();
    const outcome = core.run(opened.book.grids, { today: TODAY });
    const coreMs = ms(t);
    t = process.hrtime.bigint();
    await output.renderPlan(opened, outcome.plan);
    const write = ms(t);
    if (k === 0) {
      cold = `first run (JIT cold): read ${read.toFixed(0)} ms, core ${coreMs.toFixed(0)} ms, write ${write.toFixed(0)} ms`;
      continue;
    }
    reads.push(read);
    cores.push(coreMs);
    writes.push(write);
  }
  const [r, c, w] = [median(reads), median(cores), median(writes)];
  const all = r + c + w;
  console.log(`evaluate, 2026 sample (40 members), in one process, median of 11 warm runs:`);
  console.log(`  read (SheetJS, file → grids)      ${f0(r)} ms  ${((r / all) * 100).toFixed(0).padStart(3)}%`);
  console.log(`  core run()                        ${f0(c)} ms  ${((c / all) * 100).toFixed(0).padStart(3)}%   (goal ≤ 10%)`);
  console.log(`  write (splice into the clerk's file) ${f0(w)} ms  ${((w / all) * 100).toFixed(0).padStart(3)}%`);
  console.log(`  ${cold}`);
}

/**
 * The run as `dvht evaluate` makes it, once per process (cold, as a clerk's click or a command is): Node's
 * start, loading the modules, read, core, write. Each phase from performance.now() in a fresh process.
 */
function coldProcesses(): void {
  const script = `
    const t0 = performance.now();
    const fs = require("fs");
    const core = require(${JSON.stringify(path.join(ROOT, "lib", "core"))});
    const open = require(${JSON.stringify(path.join(ROOT, "lib", "xlsx", "open"))});
    const output = require(${JSON.stringify(path.join(ROOT, "lib", "xlsx", "output"))});
    const t1 = performance.now();
    (async () => {
      const opened = await open.openWorkbookBytes(fs.readFileSync(${JSON.stringify(SAMPLE)}), "so.xlsx");
      const t2 = performance.now();
      const outcome = core.run(opened.book.grids, { today: ${TODAY} });
      const t3 = performance.now();
      await output.renderPlan(opened, outcome.plan);
      const t4 = performance.now();
      console.log(JSON.stringify({ start: t0, load: t1 - t0, read: t2 - t1, core: t3 - t2, write: t4 - t3, total: t4 }));
    })();`;
  const runs = Array.from({ length: 7 }, () => {
    const r = spawnSync(process.execPath, ["-e", script], { cwd: ROOT, encoding: "utf8" });
    if (r.status !== 0) throw new Error(r.stderr);
    return JSON.parse(r.stdout) as Record<"start" | "load" | "read" | "core" | "write" | "total", number>;
  });
  const m = (k: "start" | "load" | "read" | "core" | "write" | "total") => median(runs.map((x) => x[k]));
  const total = m("total");
  const pc = (v: number) => `${((v / total) * 100).toFixed(0).padStart(3)}%`;
  console.log(`evaluate, 2026 sample (40 members), one run per process as the command makes it, median of 7 processes (${total.toFixed(0)} ms in all):`);
  console.log(`  Node's start                      ${f0(m("start"))} ms  ${pc(m("start"))}`);
  console.log(`  loading the modules               ${f0(m("load"))} ms  ${pc(m("load"))}`);
  console.log(`  read                              ${f0(m("read"))} ms  ${pc(m("read"))}`);
  console.log(`  core run()                        ${f0(m("core"))} ms  ${pc(m("core"))}   (goal ≤ 10%)`);
  console.log(`  write                             ${f0(m("write"))} ms  ${pc(m("write"))}`);
}

function startup(): void {
  const runs = (args: string[]) => {
    const xs = Array.from({ length: 5 }, () => timed(args));
    return { cpu: median(xs.map((x) => x.cpu)), wall: median(xs.map((x) => x.wall)), peak: median(xs.map((x) => x.peakMb)) };
  };
  const node = runs(["-e", "0"]);
  const help = runs([path.join(ROOT, "bin", "dvht.js"), "--help"]);
  const usage = runs([path.join(ROOT, "bin", "dvht.js"), "evaluate"]);
  console.log(`start-up, median of 5 processes (CPU = user + system):`);
  console.log(`  node -e 0        CPU ${node.cpu.toFixed(2)} s, wall ${node.wall.toFixed(2)} s, ${node.peak.toFixed(0)} MB`);
  console.log(`  dvht --help      CPU ${help.cpu.toFixed(2)} s, wall ${help.wall.toFixed(2)} s, ${help.peak.toFixed(0)} MB   (goal ≤ 0,2 s CPU)`);
  console.log(`  dvht evaluate    CPU ${usage.cpu.toFixed(2)} s, wall ${usage.wall.toFixed(2)} s, ${usage.peak.toFixed(0)} MB   (a usage error)`);
}

/** The 2026 sample with its member rows repeated to `n` members (each its own name and number). */
async function growSample(n: number, file: string): Promise<void> {
  const bytes = fs.readFileSync(SAMPLE);
  const { core, open } = lib();
  const grids = (await open.openWorkbookBytes(bytes, "x.xlsx")).book.grids;
  const rec = core.readWorkbook(grids).model.recognition.find((x) => x.role === "members");
  if (!rec) throw new Error("the sample has no members sheet");
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(SAMPLE);
  const ws = wb.getWorksheet(rec.sheet)!;
  const first = rec.firstDataRow; // 1-based row of the first member
  const templates: ExcelJS.CellValue[][] = [];
  for (let r = first; r < first + rec.dataRows; r++) {
    const v = ws.getRow(r).values as ExcelJS.CellValue[];
    if (v.some((x) => x !== null && x !== undefined && x !== "")) templates.push(v.slice(1));
  }
  const nameCol = rec.columns.name;
  const seqCol = rec.columns.seq;
  for (let i = 0; i < n; i++) {
    const t = templates[i % templates.length];
    const row = [...t];
    if (nameCol !== undefined) row[nameCol] = `${String(t[nameCol] ?? "Thành viên")} ${Math.floor(i / templates.length) + 1}`;
    if (seqCol !== undefined) row[seqCol] = i + 1;
    ws.getRow(first + i).values = row;
  }
  await wb.xlsx.writeFile(file);
}

async function largeUnit(): Promise<void> {
  const dir = path.join(os.tmpdir(), `dvht-bench-cli-v1-${BIG}`);
  fs.mkdirSync(dir, { recursive: true });
  const input = path.join(dir, `${BIG}.xlsx`);
  if (!fs.existsSync(input)) await growSample(BIG, input);
  const out = path.join(dir, `${BIG}-ket-qua.xlsx`);
  const xs = [];
  for (let k = 0; k < 3; k++) {
    fs.rmSync(out, { force: true });
    const r = timed([path.join(ROOT, "bin", "dvht.js"), "evaluate", input, "-o", out, "--dossier", "--today", TODAY_ARG]);
    if (r.status !== 0 && r.status !== 1) throw new Error(`dvht evaluate failed (${r.status}): ${r.stderr.slice(-2000)}`);
    xs.push(r);
  }
  const size = (fs.statSync(input).size / 1048576).toFixed(1);
  console.log(`dvht evaluate --dossier, ${BIG} members (${size} MB in, ${(fs.statSync(out).size / 1048576).toFixed(1)} MB out), median of 3 processes:`);
  console.log(
    `  wall ${median(xs.map((x) => x.wall)).toFixed(1)} s (${xs.map((x) => x.wall.toFixed(1)).join(", ")}), CPU ${median(xs.map((x) => x.cpu)).toFixed(1)} s, ` +
      `peak ${Math.max(...xs.map((x) => x.peakMb)).toFixed(0)} MB   (goal < 20 s, < 1 GB)`,
  );
}

export async function run(): Promise<void> {
  const built = spawnSync("npm", ["run", "build:cli"], { cwd: ROOT, encoding: "utf8" });
  if (built.status !== 0) throw new Error(`npm run build:cli failed: ${built.stderr}`);
  await sampleInProcess();
  coldProcesses();
  startup();
  await largeUnit();
}

if (require.main === module) {
  run().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
