/**
 * Benchmark of the CLI path on a large unit: 10,000 members (a big district-level unit, far above a
 * school's 40–150). Prints, in milliseconds: reading the .xlsx into grids with exceljs, the core's
 * run() on those grids, and writing the plan + saving. The core's share is shown against the read,
 * because reading is the floor no evaluation can go below. Prints numbers; asserts nothing.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { run as evaluateWorkbook } from "../../src/core/run";
import { ymdToSerial } from "../../src/core/text/dates";
import { XlsxPort } from "../../src/xlsx/port";

const MEMBERS = 10000;
const GROUPS = ["Tổ 1", "Tổ 2", "Tổ 3", "Tổ 4", "Tổ 5", "Tổ Văn phòng", "Tổ Chuyên biệt"];
const FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ"];
const MIDDLE = ["Thị", "Văn", "Thị Thanh", "Minh", "Thị Ngọc", "Hoàng"];
const GIVEN = ["An", "Bình", "Chi", "Dũng", "Hà", "Hùng", "Lan", "Linh", "Nam", "Thảo", "Tâm", "Vy"];
const TITLES = ["Lao động tiên tiến", "LĐTT", "Chiến sĩ thi đua cơ sở", "Hoàn thành tốt nhiệm vụ"];

export function buildWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const info = wb.addWorksheet("Thông tin");
  [
    ["Cơ quan chủ quản", "UBND TỈNH THỬ NGHIỆM"],
    ["Tên đơn vị", "ĐƠN VỊ RẤT LỚN"],
    ["Mã/viết tắt đơn vị", "DVRL"],
    ["Năm đánh giá", 2023],
    ["Danh hiệu tập thể năm đánh giá", "Tập thể lao động tiên tiến"],
  ].forEach((r) => info.addRow(r));

  const ws = wb.addWorksheet("Thành viên");
  ws.addRow(["DANH SÁCH CÁN BỘ, CÔNG CHỨC, VIÊN CHỨC"]);
  const head = [
    "STT",
    "Họ và tên",
    "Tổ chuyên môn",
    "KH tự học được duyệt",
    "Ngày phê duyệt KH",
    "Tuân thủ kỷ luật",
    "Hoàn thành BDTX",
    "Danh hiệu thi đua",
    "Năng lực Công dân học tập",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "Không tính (lý do)",
    "Ghi chú",
  ];
  ws.addRow(head);
  ws.addRow(["", "", "", "", "", "", "", "", 1, 2, 3, 4, 5, 6, 7, 8, "", ""]);
  ws.mergeCells("I2:P2");
  const approved = ymdToSerial({ y: 2023, m: 5, d: 10 });
  // A fixed pseudo-random sequence: the same workbook every run.
  let seed = 12345;
  const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let i = 0; i < MEMBERS; i++) {
    const name = `${FAMILY[i % 10]} ${MIDDLE[(i >> 3) % 6]} ${GIVEN[(i >> 5) % 12]} ${i + 1}`;
    const comps = Array.from({ length: 8 }, () => (rnd() < 0.99 ? "x" : null));
    const row = ws.addRow([
      i + 1,
      name,
      GROUPS[i % GROUPS.length],
      rnd() < 0.97 ? "x" : null,
      approved,
      "Có",
      rnd() < 0.98 ? "Đạt" : "Chưa",
      TITLES[Math.floor(rnd() * 4)],
      ...comps,
      i % 997 === 0 ? "Nghỉ dài hạn" : null,
      null,
    ]);
    row.getCell(5).numFmt = "dd/mm/yyyy";
  }

  const items = wb.addWorksheet("Tiêu chí đơn vị");
  items.addRow(["Mã tiêu chí", "Nội dung", "Điểm tối đa", "Điểm tự đánh giá", "Mã minh chứng", "Giải trình"]);
  for (const [id, max] of [
    ["1a", 10],
    ["1b", 10],
    ["1c", 10],
    ["3b", 10],
    ["3c", 5],
  ] as const)
    items.addRow([id, "", max, max, null, "Có văn bản kèm theo"]);
  const ev = wb.addWorksheet("Minh chứng");
  ev.addRow(["Mã minh chứng", "Tiêu chí", "Tên minh chứng / Trích yếu", "Số, ký hiệu", "Ngày ban hành"]);
  for (const id of ["1a", "1b", "1c", "2a", "2b", "2c", "2d", "3a", "3b", "3c"]) ev.addRow([null, id, `Minh chứng cho tiêu chí ${id}`, null, null]);
  return wb;
}

const ms = (t0: bigint) => Number(process.hrtime.bigint() - t0) / 1e6;
const fmt = (n: number) => n.toFixed(0).padStart(7);

export async function run(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dvht-bench-"));
  try {
    const input = path.join(dir, "10000.xlsx");
    let t = process.hrtime.bigint();
    await buildWorkbook().xlsx.writeFile(input);
    const build = ms(t);
    const size = fs.statSync(input).size;

    t = process.hrtime.bigint();
    const port = await XlsxPort.fromFile(input);
    const grids = await port.read();
    const read = ms(t);

    const today = ymdToSerial({ y: 2023, m: 12, d: 20 });
    // The first call also pays for JIT compilation; a clerk's second click, and every school in a
    // district batch, runs warm. Both are printed; the goal is read against the warm median.
    t = process.hrtime.bigint();
    const outcome = evaluateWorkbook(grids, { today });
    const coreCold = ms(t);
    for (let k = 0; k < 3; k++) evaluateWorkbook(grids, { today }); // let the JIT settle
    const warm: number[] = [];
    for (let k = 0; k < 7; k++) {
      t = process.hrtime.bigint();
      evaluateWorkbook(grids, { today });
      warm.push(ms(t));
    }
    const core = warm.sort((a, b) => a - b)[3];

    t = process.hrtime.bigint();
    const withDossier = evaluateWorkbook(grids, { today, dossier: true });
    const coreDossier = ms(t);

    t = process.hrtime.bigint();
    await port.write(withDossier.plan);
    await port.save(path.join(dir, "10000-ket-qua.xlsx"));
    const write = ms(t);

    console.log(`members: ${MEMBERS} (counted ${outcome.summary.members.counted}), input ${(size / 1048576).toFixed(1)} MB, built in ${build.toFixed(0)} ms`);
    console.log(`exceljs read (file → grids)   ${fmt(read)} ms`);
    console.log(`core run(), first call        ${fmt(coreCold)} ms  (${((coreCold / read) * 100).toFixed(1)}% of read)`);
    console.log(`core run(), warm, median of 7${fmt(core)} ms  (${((core / read) * 100).toFixed(1)}% of read)`);
    console.log(`core run() with dossier       ${fmt(coreDossier)} ms  (${((coreDossier / read) * 100).toFixed(1)}% of read)`);
    console.log(`write plan + save             ${fmt(write)} ms`);
    const total = "total" in outcome.summary ? `total ${outcome.summary.total}, ` : "";
    console.log(`result: ${total}rating ${outcome.summary.rating}, ${outcome.issues.length} issues`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  run().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
