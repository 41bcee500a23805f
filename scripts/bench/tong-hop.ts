/**
 * Benchmark of `dvht tong-hop` over 1,000 result workbooks (issue 11: under 15 s on a 2-core machine,
 * under 300 MB). The farm: the Bình An sample evaluated by the product (every sheet of a real school's
 * result workbook, about 30 KB), copied under 1,000 names with each block re-hashed; a consolidation
 * workbook with the roster of the 1,000 units. The farm is made once and kept in the temporary folder.
 *
 * Prints: the whole command as a process (wall time and peak memory from /usr/bin/time, median of 3),
 * and inside one process the read of one file: its result block only vs the whole workbook (what the
 * command did before), extrapolated to the farm. Prints numbers; asserts nothing.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { readSummaryBlock, run as evaluateWorkbook } from "../../src/core";
import { hashBlock } from "../../src/core/workbook/summary";
import { ymdToSerial } from "../../src/core/text/dates";
import { openWorkbookBytes } from "../../src/xlsx/open";
import { renderPlan } from "../../src/xlsx/output";
import { ZipPackage } from "../../src/xlsx/package";
import { readResultBlock } from "../../src/xlsx/result-block";
import { listSheets } from "../../src/xlsx/splice";

const N = Number(process.env.DVHT_BENCH_UNITS ?? 1000);
const ROOT = path.join(__dirname, "..", "..");
const SAMPLE = path.join(ROOT, "samples", "truong-tieu-hoc-binh-an-2023.xlsx");
const FARM = path.join(os.tmpdir(), `dvht-bench-tong-hop-v1-${N}`);
const name = (i: number) => `TRƯỜNG TIỂU HỌC SỐ ${i + 1}`;

/** The sample evaluated, then one copy per unit: its name and its block's hash changed in the Kết quả part only. */
async function makeFarm(): Promise<void> {
  const marker = path.join(FARM, ".complete");
  if (fs.existsSync(marker)) return;
  fs.rmSync(FARM, { recursive: true, force: true });
  fs.mkdirSync(path.join(FARM, "in"), { recursive: true });
  const opened = await openWorkbookBytes(fs.readFileSync(SAMPLE), SAMPLE);
  const base = (await renderPlan(opened, evaluateWorkbook(opened.book.grids, { today: ymdToSerial({ y: 2023, m: 12, d: 20 }) }).plan)).bytes;
  const found = readSummaryBlock((await readResultBlock(base))!)!;
  const rows = Object.entries(found.block);
  const oldName = String(found.block["unit.name"]);
  const oldHash = hashBlock(rows);
  const pkg0 = await ZipPackage.load(base);
  const part = (await listSheets(pkg0)).sheets.find((s) => s.name === found.sheet)!.part!;
  const xml0 = (await pkg0.text(part))!;
  for (let i = 0; i < N; i++) {
    const pkg = await ZipPackage.load(base);
    const hash = hashBlock(rows.map(([k, v]) => [k, k === "unit.name" ? name(i) : v]));
    pkg.set(part, xml0.replace(`>${oldName}<`, `>${name(i)}<`).replace(`>${oldHash}<`, `>${hash}<`));
    fs.writeFileSync(path.join(FARM, "in", `t${i + 1}.xlsx`), await pkg.toBuffer());
  }
  const wb = new ExcelJS.Workbook();
  const roster = wb.addWorksheet("Danh sách đơn vị");
  roster.addRow(["STT", "Tên đơn vị"]);
  for (let i = 0; i < N; i++) roster.addRow([i + 1, name(i)]);
  await wb.xlsx.writeFile(path.join(FARM, "danh-sach.xlsx"));
  fs.writeFileSync(marker, "");
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function run(): Promise<void> {
  // The command as shipped: compiled (bin/dvht.js runs lib/ when it is current, else the sources through tsx).
  const built = spawnSync("npm", ["run", "build:cli"], { cwd: ROOT, encoding: "utf8" });
  if (built.status !== 0) throw new Error(`npm run build:cli failed: ${built.stderr}`);
  let t = Date.now();
  await makeFarm();
  const made = (Date.now() - t) / 1000;
  const files = fs.readdirSync(path.join(FARM, "in")).filter((f) => f.endsWith(".xlsx"));
  const size = files.reduce((n, f) => n + fs.statSync(path.join(FARM, "in", f)).size, 0) / files.length;
  console.log(`farm: ${files.length} result workbooks of ${(size / 1024).toFixed(0)} KB (${FARM}; ${made.toFixed(1)} s to make or find)`);

  // The whole command, as a district officer runs it: a process each time, roster given.
  const walls: number[] = [];
  const peaks: number[] = [];
  let totals = "";
  const out = path.join(FARM, "tong-hop.xlsx");
  for (let k = 0; k < 3; k++) {
    fs.rmSync(out, { force: true });
    const r = spawnSync(
      "/usr/bin/time",
      [
        "-f",
        "%e %M",
        process.execPath,
        path.join(ROOT, "bin", "dvht.js"),
        "tong-hop",
        path.join(FARM, "in"),
        "-o",
        out,
        "--roster",
        path.join(FARM, "danh-sach.xlsx"),
        "--today",
        "10/01/2024",
      ],
      { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 },
    );
    if (r.status !== 0) throw new Error(`dvht tong-hop failed (${r.status}): ${r.stderr.slice(-2000)}`);
    const [wall, kb] = r.stderr.trim().split("\n").pop()!.split(" ").map(Number);
    walls.push(wall);
    peaks.push(kb / 1024);
    totals = r.stdout.split("\n").find((l) => l.startsWith("Tổng số:")) ?? "";
  }
  console.log(
    `dvht tong-hop, ${files.length} files + roster: wall ${median(walls).toFixed(1)} s (median of 3: ${walls.map((w) => w.toFixed(1)).join(", ")}), peak ${Math.max(...peaks).toFixed(0)} MB`,
  );
  console.log(`  ${totals}`);

  // Inside one process: one file's read, the block only vs the whole workbook.
  const sample = files.slice(0, 50).map((f) => fs.readFileSync(path.join(FARM, "in", f)));
  for (const b of sample.slice(0, 5)) await readResultBlock(b); // warm up
  t = Date.now();
  for (const b of sample) readSummaryBlock((await readResultBlock(b))!);
  const block = (Date.now() - t) / sample.length;
  t = Date.now();
  for (const b of sample.slice(0, 20)) readSummaryBlock((await openWorkbookBytes(b, "x.xlsx")).book.grids);
  const whole = (Date.now() - t) / 20;
  console.log(`one file, result block only: ${block.toFixed(1)} ms; whole workbook: ${whole.toFixed(0)} ms (×${(whole / block).toFixed(0)})`);
  console.log(`  extrapolated to ${files.length} files: ${((block * files.length) / 1000).toFixed(1)} s vs ${((whole * files.length) / 1000).toFixed(0)} s`);
}

if (require.main === module) {
  run().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
