/**
 * `npm run sample`: writes the bundled example workbooks: samples/truong-tieu-hoc-binh-an-2023.xlsx
 * (Thông tư 22/2020, this file) and samples/truong-tieu-hoc-tan-phu-2026.xlsx (Thông tư 24/2023,
 * scripts/sample-2026.ts).
 *
 * A fictional primary school modelled on the Bình An plan (docs/seeds/000_*.txt), kept the way a
 * school clerk really keeps it, mess included, so the demo exercises the tolerant reader:
 *  - two title rows above a two-row members header (8 competences numbered 1–8 under a merged group
 *    header), one header cell typed in Unicode NFD, yes written as "x", "Có" and "Đạt" in turn;
 *  - single blank rows between some tổ; one member excluded with a reason (joined on 01/11/2023);
 *  - realistic shortfalls: two members without an approved self-study plan (2a), many staff only
 *    "Hoàn thành tốt nhiệm vụ" (2d gets partial points), two members missing competence 5 (3a);
 *  - unit-item codes written in mixed forms ("1a", "1.b", "Tiêu chí 1 – c"), two evidence rows without
 *    a code (the product assigns one), one date typed as text.
 *
 * Output is deterministic (fixed document dates and zip timestamps), so the committed file only changes
 * when this script does.
 */
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { writePlan } from "../src/xlsx/write";
import { reportContentSheet, type ContentRow, type TargetRow } from "../src/core/documents/template";
import { BOX, d, deterministicBuffer, evidenceSheet, font, infoSheet, titleAndHeader, type SampleEvidence } from "./sample-kit";
import { writeSample2026 } from "./sample-2026";

export const SAMPLE_PATH = path.join(__dirname, "..", "samples", "truong-tieu-hoc-binh-an-2023.xlsx");

const FIXED_DATE = new Date(Date.UTC(2023, 11, 15, 8, 0, 0));

// ---------------------------------------------------------------------------------------------
// The unit

export const SAMPLE_UNIT = {
  parentBody: "UBND HUYỆN THỦ THỪA",
  name: "TRƯỜNG TIỂU HỌC BÌNH AN",
  code: "THBA",
  place: "Bình An",
  year: 2023,
  principal: "Lê Văn Hùng",
  chair: "Lê Văn Hùng",
  secretary: "Nguyễn Thị Ngọc Hân",
  collectiveTitle: "Tập thể lao động tiên tiến",
  recipient: "Phòng GD&ĐT huyện Thủ Thừa",
};

function infoRows(targets: TargetRow[]): [string, ExcelJS.CellValue, string?][] {
  return [
    ["Cơ quan chủ quản", SAMPLE_UNIT.parentBody],
    ["Tên đơn vị", SAMPLE_UNIT.name],
    ["Mã/viết tắt đơn vị", SAMPLE_UNIT.code],
    ["Địa danh", SAMPLE_UNIT.place],
    ["Năm đánh giá", SAMPLE_UNIT.year],
    ["Bộ tiêu chí", null],
    ["Phương án địa phương", "Toàn quốc"],
    ["Loại hình đơn vị", "Công lập, tiểu học"],
    ["Hiệu trưởng", SAMPLE_UNIT.principal],
    ["Chủ tịch Hội đồng", SAMPLE_UNIT.chair],
    ["Thư ký", SAMPLE_UNIT.secretary],
    ["Danh hiệu tập thể năm đánh giá", SAMPLE_UNIT.collectiveTitle],
    ["Cơ quan nhận hồ sơ", SAMPLE_UNIT.recipient],
    ["Số văn bản", "28/BC-THBA"],
    ["Ngày họp hội đồng", d(15, 12, 2023), "dd/mm/yyyy"],
    ["Giờ họp", "14 giờ 00"],
    ["Giờ kết thúc", "16 giờ 30"],
    ["Địa điểm họp", "Phòng họp Trường Tiểu học Bình An"],
    ["Thành phần dự họp", "Hội đồng Thi đua – Khen thưởng (09/09 thành viên) và tổ trưởng các tổ chuyên môn"],
    ["Vắng mặt", "Không"],
    ["Kết quả biểu quyết", "09/09 thành viên tán thành (100%)"],
    // The plan's own targets (chỉ tiêu), read by the dossier; an optional third column holds what was achieved.
    ...targets.map(([k, v, done]): [string, ExcelJS.CellValue, string?] => [k, v, done === undefined ? undefined : String(done)]),
  ];
}

// ---------------------------------------------------------------------------------------------
// Members

type Title = "LĐTT" | "Lao động tiên tiến" | "CSTĐCS" | "Chiến sĩ thi đua cơ sở" | "Hoàn thành tốt nhiệm vụ" | "HTTNV" | null;

interface SampleMember {
  name: string;
  position: string;
  group: string;
  /** Self-study plan approved: true, "Chưa", or null (left blank). */
  plan?: true | string | null;
  approved?: number | string | null;
  title: Title;
  /** Index (1–8) of a competence not met, with the value written there (blank or "Không"). */
  missingCompetence?: { n: number; value: string | null };
  excluded?: string;
  note?: string;
  noDigital?: boolean;
  familyNotRecognised?: boolean;
}

const G_VP = "Tổ Văn phòng";
const G_12 = "Tổ 1-2";
const G_3 = "Tổ 3";
const G_45 = "Tổ 4-5";
const G_CB = "Tổ Chuyên biệt";

/** In list order, tổ by tổ; `null` marks a single blank row left by the clerk. */
export const SAMPLE_MEMBERS: (SampleMember | null)[] = [
  { name: "Lê Văn Hùng", position: "Hiệu trưởng", group: G_VP, title: "Chiến sĩ thi đua cơ sở", approved: d(5, 5, 2023) },
  { name: "Trần Thị Mỹ Linh", position: "Phó Hiệu trưởng", group: G_VP, title: "Lao động tiên tiến", approved: d(5, 5, 2023) },
  { name: "Võ Thị Kim Loan", position: "Kế toán", group: G_VP, title: "Lao động tiên tiến", approved: d(8, 5, 2023) },
  { name: "Nguyễn Thị Bích Ngọc", position: "Văn thư", group: G_VP, title: "LĐTT", approved: d(8, 5, 2023) },
  { name: "Phạm Thị Thu Hà", position: "Nhân viên y tế", group: G_VP, title: "LĐTT", approved: d(8, 5, 2023), noDigital: true },
  { name: "Đặng Minh Tâm", position: "Nhân viên thư viện", group: G_VP, title: "Hoàn thành tốt nhiệm vụ", plan: null, approved: null },
  {
    name: "Huỳnh Văn Sáu",
    position: "Bảo vệ",
    group: G_VP,
    title: "Hoàn thành tốt nhiệm vụ",
    approved: d(10, 5, 2023),
    missingCompetence: { n: 5, value: null },
    noDigital: true,
    familyNotRecognised: true,
  },
  {
    name: "Lê Thị Út",
    position: "Nhân viên phục vụ",
    group: G_VP,
    title: "HTTNV",
    approved: d(10, 5, 2023),
    missingCompetence: { n: 5, value: "Không" },
    noDigital: true,
  },
  null,
  { name: "Nguyễn Thị Ngọc Hân", position: "Tổ trưởng", group: G_12, title: "CSTĐCS", approved: d(6, 5, 2023) },
  { name: "Trương Thị Thanh Thảo", position: "Giáo viên", group: G_12, title: "Lao động tiên tiến", approved: d(6, 5, 2023) },
  { name: "Lâm Thị Hồng Nhung", position: "Giáo viên", group: G_12, title: "Lao động tiên tiến", approved: d(6, 5, 2023) },
  { name: "Bùi Thị Diễm", position: "Giáo viên", group: G_12, title: "Hoàn thành tốt nhiệm vụ", approved: d(6, 5, 2023) },
  { name: "Phan Thị Kiều Oanh", position: "Giáo viên", group: G_12, title: "Lao động tiên tiến", approved: d(6, 5, 2023) },
  { name: "Đỗ Thị Tuyết Mai", position: "Giáo viên", group: G_12, title: "LĐTT", approved: "12/5/2023" },
  { name: "Nguyễn Văn Phúc", position: "Giáo viên", group: G_12, title: "Lao động tiên tiến", approved: d(6, 5, 2023) },
  { name: "Châu Thị Mỹ Duyên", position: "Giáo viên", group: G_12, title: "Lao động tiên tiến", approved: d(6, 5, 2023), familyNotRecognised: true },
  { name: "Hồ Thị Ngọc Trâm", position: "Giáo viên", group: G_12, title: "Hoàn thành tốt nhiệm vụ", approved: d(6, 5, 2023) },
  { name: "Lương Thị Cẩm Tú", position: "Giáo viên", group: G_12, title: "HTTNV", approved: d(6, 5, 2023) },
  { name: "Võ Văn Thành", position: "Tổ trưởng", group: G_3, title: "Chiến sĩ thi đua cơ sở", approved: d(9, 5, 2023) },
  { name: "Nguyễn Thị Thu Trang", position: "Giáo viên", group: G_3, title: "Lao động tiên tiến", approved: d(9, 5, 2023) },
  { name: "Trần Thị Ánh Tuyết", position: "Giáo viên", group: G_3, title: "Lao động tiên tiến", approved: d(9, 5, 2023) },
  { name: "Lê Thị Kim Chi", position: "Giáo viên", group: G_3, title: "LĐTT", approved: d(9, 5, 2023) },
  { name: "Dương Thị Bảo Ngân", position: "Giáo viên", group: G_3, title: "Hoàn thành tốt nhiệm vụ", approved: d(9, 5, 2023) },
  { name: "Mai Thị Hồng Vân", position: "Giáo viên", group: G_3, title: "Lao động tiên tiến", approved: d(9, 5, 2023) },
  null,
  { name: "Phạm Văn Đức", position: "Tổ trưởng", group: G_45, title: "Chiến sĩ thi đua cơ sở", approved: d(11, 5, 2023) },
  { name: "Nguyễn Thị Lệ Hằng", position: "Giáo viên", group: G_45, title: "Lao động tiên tiến", approved: d(11, 5, 2023) },
  { name: "Huỳnh Thị Ngọc Bích", position: "Giáo viên", group: G_45, title: "Lao động tiên tiến", approved: d(11, 5, 2023) },
  {
    name: "Trần Văn Lộc",
    position: "Giáo viên",
    group: G_45,
    title: "Hoàn thành tốt nhiệm vụ",
    plan: "Chưa",
    approved: null,
    note: "KH tự học nộp muộn, chưa được duyệt",
  },
  { name: "Lê Thị Thùy Dung", position: "Giáo viên", group: G_45, title: "Lao động tiên tiến", approved: d(11, 5, 2023) },
  { name: "Võ Thị Thanh Tâm", position: "Giáo viên", group: G_45, title: "LĐTT", approved: d(11, 5, 2023) },
  { name: "Nguyễn Hoàng Nam", position: "Giáo viên", group: G_45, title: "Lao động tiên tiến", approved: d(11, 5, 2023) },
  { name: "Đinh Thị Quỳnh Như", position: "Giáo viên", group: G_45, title: "Hoàn thành tốt nhiệm vụ", approved: d(11, 5, 2023) },
  { name: "Tạ Thị Phương Thảo", position: "Giáo viên", group: G_45, title: null, plan: null, approved: null, excluded: "Chuyển đến từ 01/11/2023" },
  { name: "Cao Thị Mỹ Hạnh", position: "Giáo viên", group: G_45, title: "Lao động tiên tiến", approved: d(11, 5, 2023) },
  { name: "Nguyễn Thị Thanh Vy", position: "Tổ trưởng", group: G_CB, title: "Lao động tiên tiến", approved: d(12, 5, 2023), note: "GV Tiếng Anh" },
  { name: "Lý Minh Khoa", position: "Giáo viên", group: G_CB, title: "Lao động tiên tiến", approved: d(12, 5, 2023), note: "GV Tin học" },
  { name: "Trần Quốc Bảo", position: "Giáo viên", group: G_CB, title: "LĐTT", approved: d(12, 5, 2023), note: "GV Giáo dục thể chất" },
  { name: "Phạm Thị Hoài An", position: "Giáo viên", group: G_CB, title: "Lao động tiên tiến", approved: d(12, 5, 2023), note: "GV Âm nhạc" },
  null,
  { name: "Hà Thị Ngọc Diệp", position: "Giáo viên", group: G_CB, title: "Hoàn thành tốt nhiệm vụ", approved: d(12, 5, 2023), note: "GV Mĩ thuật" },
  { name: "Nguyễn Thị Kim Yến", position: "Giáo viên", group: G_CB, title: "Lao động tiên tiến", approved: d(12, 5, 2023), note: "GV Tiếng Anh" },
];

/** Header cells of the members table (row 4; row 5 holds the competence numbers). */
const MEMBER_HEADERS = [
  "STT",
  "Họ và tên",
  "Chức vụ",
  "Tổ chuyên môn",
  "KH tự học, tự bồi dưỡng được duyệt",
  "Ngày phê duyệt KH",
  // Typed on a Mac by the clerk: decomposed (NFD) diacritics. The reader must not care.
  "Tuân thủ kỷ luật lao động, nội quy".normalize("NFD"),
  "Hoàn thành BDTX",
  "Danh hiệu thi đua",
  ...[1, 2, 3, 4, 5, 6, 7, 8].map(String),
  "Cam kết học tập suốt đời",
  "Kỹ năng số",
  "Gia đình đăng ký GĐHT",
  "Gia đình đạt GĐHT",
  "Không tính (lý do)",
  "Ghi chú",
];
const COMPETENCE_FIRST_COL = 10; // J
const WIDTHS = [5, 26, 16, 15, 13, 12, 13, 11, 20, 4, 4, 4, 4, 4, 4, 4, 4, 11, 9, 11, 11, 22, 24];

function membersSheet(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet("Thành viên");
  const last = MEMBER_HEADERS.length;
  WIDTHS.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  ws.getCell(1, 1).value = "DANH SÁCH CÁN BỘ, GIÁO VIÊN, NHÂN VIÊN";
  ws.getCell(2, 1).value = "Năm học 2022 – 2023";
  ws.mergeCells(1, 1, 1, last);
  ws.mergeCells(2, 1, 2, last);
  ws.getCell(1, 1).font = font({ bold: true, size: 14 });
  ws.getCell(2, 1).font = font({ italic: true });
  for (const r of [1, 2]) ws.getCell(r, 1).alignment = { horizontal: "center" };

  const H = 4;
  MEMBER_HEADERS.forEach((text, i) => {
    const col = i + 1;
    const isCompetence = col >= COMPETENCE_FIRST_COL && col < COMPETENCE_FIRST_COL + 8;
    if (isCompetence) {
      ws.getCell(H + 1, col).value = Number(text);
    } else {
      ws.getCell(H, col).value = text;
      ws.mergeCells(H, col, H + 1, col);
    }
  });
  ws.getCell(H, COMPETENCE_FIRST_COL).value = "Năng lực, phẩm chất Công dân học tập";
  ws.mergeCells(H, COMPETENCE_FIRST_COL, H, COMPETENCE_FIRST_COL + 7);
  for (const r of [H, H + 1]) {
    for (let c = 1; c <= last; c++) {
      const cell = ws.getCell(r, c);
      cell.font = font({ bold: true, size: 11 });
      cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
      cell.border = BOX;
      cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE2EFDA" } };
    }
  }
  ws.getRow(H).height = 48;

  let r = H + 2;
  let seq = 0;
  for (const m of SAMPLE_MEMBERS) {
    if (m === null) {
      r++;
      continue;
    }
    seq++;
    const excluded = Boolean(m.excluded);
    const yes = (v: string) => (excluded ? null : v);
    const plan = m.plan === undefined ? (seq % 7 === 3 ? "Có" : "x") : m.plan === true ? "x" : m.plan;
    const values: ExcelJS.CellValue[] = [
      seq,
      m.name,
      m.position,
      m.group,
      excluded ? null : plan,
      m.approved ?? null,
      yes("Có"),
      yes(seq % 5 === 0 ? "x" : "Đạt"),
      m.title,
      ...[1, 2, 3, 4, 5, 6, 7, 8].map((n) => (m.missingCompetence?.n === n ? m.missingCompetence.value : yes("x"))),
      yes("x"),
      m.noDigital ? null : yes("Có"),
      yes("x"),
      m.familyNotRecognised ? null : yes("x"),
      m.excluded ?? null,
      m.note ?? null,
    ];
    const row = ws.getRow(r);
    values.forEach((v, i) => {
      const cell = row.getCell(i + 1);
      cell.value = v;
      cell.font = font();
      cell.border = BOX;
      cell.alignment = { vertical: "middle", horizontal: i === 0 || (i >= 4 && i !== 8 && i < 21) ? "center" : "left", wrapText: i >= 20 };
    });
    if (typeof m.approved === "number") row.getCell(6).numFmt = "dd/mm/yyyy";
    r++;
  }
  ws.views = [{ state: "frozen", xSplit: 2, ySplit: H + 1, topLeftCell: `C${H + 2}` }];
  ws.pageSetup = { paperSize: 9 as ExcelJS.PaperSize, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
}

// ---------------------------------------------------------------------------------------------
// Unit items and evidence

export const SAMPLE_UNIT_ITEMS: { code: string; text: string; max: number; points: number; evidence: string; explanation: string }[] = [
  {
    code: "1a",
    text: "Đơn vị có chủ trương hoặc kế hoạch cho thành viên học tập thường xuyên",
    max: 10,
    points: 10,
    evidence: "H1-1.1-01; H1-1.1-02",
    explanation: 'Kế hoạch số 45/KH-THBA ngày 10/4/2023 đăng ký danh hiệu "Đơn vị học tập"; kế hoạch BDTX năm học 2022–2023.',
  },
  {
    code: "1.b",
    text: "Đơn vị có các quy định cụ thể nhằm động viên thành viên học tập",
    max: 10,
    points: 10,
    evidence: "H1-1.2-01, H1-1.2-02",
    explanation: "Quy chế chi tiêu nội bộ có mục hỗ trợ kinh phí học tập; quy chế thi đua có tiêu chí học tập.",
  },
  {
    code: "Tiêu chí 1 – c",
    text: "Đơn vị quan tâm đầu tư các nguồn lực đáp ứng nhu cầu học tập của thành viên",
    max: 10,
    points: 9.5,
    evidence: "H1-1.3-01; H1-1.3-02",
    explanation: "Đã trang bị phòng Tin học 20 máy; kinh phí hỗ trợ học tập còn hạn chế nên tự chấm 9,5 điểm.",
  },
  {
    code: "3b",
    text: 'Đơn vị đạt danh hiệu "Tập thể lao động tiên tiến" trở lên',
    max: 10,
    points: 10,
    evidence: "H3-3.2-01",
    explanation: "Quyết định số 3150/QĐ-UBND ngày 18/8/2023 của UBND huyện Thủ Thừa.",
  },
  {
    code: "3c",
    text: "Góp phần tạo lập môi trường chia sẻ tri thức với các đơn vị khác",
    max: 5,
    points: 5,
    evidence: "H3-3.3-01; H3-3.3-02",
    explanation: "Tổ chức 02 chuyên đề sinh hoạt chuyên môn cụm trường; chia sẻ bài giảng điện tử trên trang thông tin của trường.",
  },
];

function unitItemsSheet(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet("Tiêu chí đơn vị");
  [12, 48, 10, 12, 24, 60].forEach((w, i) => (ws.getColumn(i + 1).width = w));
  titleAndHeader(ws, "CÁC TIÊU CHÍ DO HỘI ĐỒNG THI ĐUA – KHEN THƯỞNG CHẤM", [
    "Mã tiêu chí",
    "Nội dung",
    "Điểm tối đa",
    "Điểm tự đánh giá",
    "Mã minh chứng",
    "Giải trình",
  ]);
  SAMPLE_UNIT_ITEMS.forEach((it, i) => {
    const row = ws.getRow(3 + i);
    [it.code, it.text, it.max, it.points, it.evidence, it.explanation].forEach((v, j) => {
      const c = row.getCell(j + 1);
      c.value = v;
      c.font = font();
      c.border = BOX;
      c.alignment = { vertical: "top", wrapText: true, horizontal: j === 2 || j === 3 ? "center" : "left" };
    });
  });
}

export const SAMPLE_EVIDENCE: SampleEvidence[] = [
  {
    code: "H1-1.1-01",
    items: "1a",
    title: 'Kế hoạch đăng ký danh hiệu "Đơn vị học tập" năm 2023',
    number: "45/KH-THBA",
    date: d(10, 4, 2023),
    issuer: "Trường Tiểu học Bình An",
    location: "Tủ hồ sơ Văn phòng, ngăn 1",
  },
  {
    code: "H1-1.1-02",
    items: "1a; 2c",
    title: "Kế hoạch bồi dưỡng thường xuyên năm học 2022–2023",
    number: "38/KH-THBA",
    date: d(15, 9, 2022),
    issuer: "Trường Tiểu học Bình An",
    location: "Tủ hồ sơ Văn phòng, ngăn 1",
  },
  {
    code: null,
    items: "1a",
    title: "Biên bản họp Hội đồng sư phạm triển khai kế hoạch học tập năm 2023",
    number: "05/BB-THBA",
    date: d(14, 4, 2023),
    issuer: "Trường Tiểu học Bình An",
    location: "Sổ biên bản họp Hội đồng sư phạm",
    note: "Chưa đánh mã",
  },
  {
    code: "H1-1.2-01",
    items: "1b",
    title: "Quy chế chi tiêu nội bộ năm 2023 (mục hỗ trợ kinh phí học tập)",
    number: "02/QĐ-THBA",
    date: d(5, 1, 2023),
    issuer: "Trường Tiểu học Bình An",
    location: "Kế toán",
  },
  {
    code: "H1-1.2-02",
    items: "1b; 2b",
    title: "Quy chế thi đua, khen thưởng năm học 2022–2023",
    number: "40/QĐ-THBA",
    date: d(20, 9, 2022),
    issuer: "Trường Tiểu học Bình An",
    location: "Tủ hồ sơ Văn phòng, ngăn 2",
  },
  {
    code: "H1-1.3-01",
    items: "1c",
    title: "Biên bản bàn giao thiết bị phòng Tin học (20 máy tính)",
    number: "12/BB-THBA",
    date: d(8, 3, 2023),
    issuer: "Trường Tiểu học Bình An",
    location: "Kế toán; phòng Tin học",
  },
  {
    code: "H1-1.3-02",
    items: "1c",
    title: "Dự toán ngân sách năm 2023, mục bồi dưỡng và tập huấn",
    number: "03/DT-THBA",
    date: d(6, 1, 2023),
    issuer: "Trường Tiểu học Bình An",
    location: "Kế toán",
  },
  {
    code: "H2-2.1-01",
    items: "2a",
    title: "Kế hoạch tự học, tự bồi dưỡng của cán bộ, giáo viên, nhân viên (bản đã phê duyệt)",
    date: "15/5/2023",
    issuer: "Hiệu trưởng",
    location: "Tổ trưởng các tổ lưu; bản tổng hợp ở Văn phòng",
  },
  { code: "H2-2.2-01", items: "2b", title: "Bảng chấm công và sổ theo dõi thực hiện nội quy năm 2023", issuer: "Trường Tiểu học Bình An", location: "Văn thư" },
  {
    code: "H2-2.3-01",
    items: "2c",
    title: "Tổng hợp kết quả bồi dưỡng thường xuyên năm học 2022–2023",
    number: "61/BC-THBA",
    date: d(30, 6, 2023),
    issuer: "Trường Tiểu học Bình An",
    location: "Phó Hiệu trưởng",
  },
  {
    code: "H2-2.4-01",
    items: "2d",
    title: "Quyết định công nhận danh hiệu Lao động tiên tiến năm học 2022–2023",
    number: "55/QĐ-THBA",
    date: d(25, 7, 2023),
    issuer: "Trường Tiểu học Bình An",
    location: "Tủ hồ sơ thi đua",
  },
  {
    code: "H2-2.4-02",
    items: "2d",
    title: "Quyết định công nhận danh hiệu Chiến sĩ thi đua cơ sở năm học 2022–2023",
    number: "3151/QĐ-UBND",
    date: d(18, 8, 2023),
    issuer: "UBND huyện Thủ Thừa",
    location: "Tủ hồ sơ thi đua",
  },
  {
    code: "H3-3.1-01",
    items: "3a",
    title: "Bản cam kết học tập suốt đời của cán bộ, giáo viên, nhân viên (40 bản)",
    date: d(15, 5, 2023),
    issuer: "Các thành viên",
    location: "Tổ trưởng các tổ lưu",
  },
  {
    code: null,
    items: "3a",
    title: 'Danh sách gia đình đăng ký và được công nhận "Gia đình học tập" năm 2023',
    number: "17/DS-HKH",
    date: d(20, 11, 2023),
    issuer: "Hội Khuyến học xã Bình An",
    location: "Văn thư",
    note: "Chưa đánh mã",
  },
  {
    code: "H3-3.2-01",
    items: "3b",
    title: 'Quyết định công nhận "Tập thể lao động tiên tiến" năm học 2022–2023',
    number: "3150/QĐ-UBND",
    date: d(18, 8, 2023),
    issuer: "UBND huyện Thủ Thừa",
    location: "Tủ hồ sơ thi đua",
  },
  {
    code: "H3-3.3-01",
    items: "3c",
    title: "Kế hoạch và biên bản sinh hoạt chuyên môn cụm trường (02 chuyên đề)",
    number: "22/KH-THBA",
    date: d(3, 10, 2023),
    issuer: "Trường Tiểu học Bình An",
    location: "Phó Hiệu trưởng",
  },
  {
    code: "H3-3.3-02",
    items: "3c",
    title: "Bài giảng điện tử chia sẻ trên trang thông tin điện tử của trường",
    issuer: "Tổ Chuyên biệt",
    location: "Trang thông tin điện tử của trường, mục Tài nguyên",
  },
];

// ---------------------------------------------------------------------------------------------
// The dossier's inputs: the plan's targets and the report's prose

/**
 * From the school's 2023 plan (docs/seeds/000_*.txt): the plan's targets, as rows of "Thông tin", and
 * the report's prose, as rows of "Nội dung báo cáo". "Phương hướng" is left blank on purpose so that
 * the sample also shows a text the product derives from the scores. Exported for the tests, which add
 * them to a sample read from an older file.
 */
export function sampleDossierInputs(): { reportContentRows: ContentRow[]; infoTargetRows: TargetRow[] } {
  return {
    infoTargetRows: [
      ["Chỉ tiêu: Kế hoạch tự học, tự bồi dưỡng được duyệt", "100%"],
      ["Chỉ tiêu: Cam kết học tập suốt đời", "100%"],
      ["Chỉ tiêu: Lao động tiên tiến", "100%"],
      ["Chỉ tiêu: Danh hiệu tập thể", "Tập thể lao động tiên tiến"],
      ["Chỉ tiêu: Gia đình đăng ký GĐHT", "100%"],
      ["Chỉ tiêu: Gia đình đạt GĐHT", "100%"],
      ["Chỉ tiêu: Kỹ năng số", "90%"],
      ["Chỉ tiêu: Không có cá nhân vi phạm pháp luật", "100%", "100%"],
    ],
    reportContentRows: [
      [
        "Căn cứ",
        "Kế hoạch số 2823/KH-UBND ngày 13/9/2022 của UBND tỉnh Long An về tổ chức công nhận danh hiệu các mô hình học tập cấp xã giai đoạn 2021-2030 trên địa bàn tỉnh Long An",
      ],
      [
        "Căn cứ",
        "Kế hoạch số 443/KH-UBND ngày 25/01/2021 của UBND huyện Thủ Thừa về triển khai thực hiện Thông tư số 22/2020/TT-BGDĐT trên địa bàn huyện Thủ Thừa",
      ],
      [
        "Căn cứ",
        "Công văn số 1525/PGDĐT ngày 09/12/2022 của Phòng GD&ĐT Thủ Thừa về việc đẩy mạnh triển khai thực hiện công tác xây dựng xã hội học tập, các mô hình học tập",
      ],
      [
        "Đặc điểm tình hình",
        'Trường Tiểu học Bình An thuộc xã Bình An, huyện Thủ Thừa. Năm 2023, nhà trường xây dựng và triển khai Kế hoạch đăng ký danh hiệu "Đơn vị học tập"; 100% cán bộ, giáo viên, nhân viên lập kế hoạch tự học, tự bồi dưỡng và ký bản cam kết học tập suốt đời, trong đó có nội dung hình thành kỹ năng số theo Quyết định số 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng Chính phủ.',
      ],
      [
        "Đặc điểm tình hình",
        "Thuận lợi: Chi ủy, Ban Giám hiệu quan tâm chỉ đạo; đội ngũ đoàn kết, tích cực tự học. Khó khăn: một số giáo viên ở xa trường, thiết bị phục vụ học trực tuyến còn thiếu.",
      ],
      [
        "Ưu điểm",
        "Việc học tập thường xuyên được đưa vào tiêu chí thi đua hằng năm; nhà trường bố trí thời gian, kinh phí cho thành viên tham gia bồi dưỡng theo chương trình giáo dục phổ thông 2018; tổ chức Tuần lễ hưởng ứng học tập suốt đời và chia sẻ kinh nghiệm với các trường trong huyện.",
      ],
      [
        "Hạn chế",
        "Tỉ lệ thành viên đạt danh hiệu Lao động tiên tiến chưa đạt chỉ tiêu kế hoạch; kỹ năng sử dụng ngoại ngữ, công nghệ thông tin của một số thành viên còn hạn chế.",
      ],
      [
        "Kiến nghị",
        "Đề nghị Phòng Giáo dục và Đào tạo Thủ Thừa xem xét, công nhận kết quả tự đánh giá của nhà trường; tiếp tục tổ chức các lớp bồi dưỡng kỹ năng số cho giáo viên.",
      ],
      ["Nơi nhận", "Phòng GD&ĐT huyện Thủ Thừa (để báo cáo)\nHội Khuyến học huyện\nCB, GV, NV"],
    ],
  };
}

// ---------------------------------------------------------------------------------------------

export function buildSampleWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "dvht (mẫu)";
  wb.lastModifiedBy = "dvht (mẫu)";
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  wb.title = "Sổ theo dõi Đơn vị học tập năm 2023 – Trường Tiểu học Bình An (dữ liệu minh họa)";
  // The dossier's inputs: the targets are rows of "Thông tin"; the prose goes into the template's own
  // "Nội dung báo cáo" sheet (the core owns its layout), written here as an ordinary clerk sheet.
  const dossier = sampleDossierInputs();
  infoSheet(wb, "THÔNG TIN ĐƠN VỊ", [34, 70, 14], infoRows(dossier.infoTargetRows));
  membersSheet(wb);
  unitItemsSheet(wb);
  evidenceSheet(wb, "DANH MỤC MINH CHỨNG", [13, 10, 52, 15, 12, 24, 32, 14], SAMPLE_EVIDENCE);
  writePlan(wb, { sheets: [reportContentSheet(dossier.reportContentRows)], patches: [] });
  wb.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: 1, visibility: "visible" }];
  return wb;
}

export async function writeSample(file = SAMPLE_PATH): Promise<string> {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, await deterministicBuffer(buildSampleWorkbook(), FIXED_DATE));
  return file;
}

if (require.main === module) {
  // One after the other: each pins the zip timestamps while it writes (sample-kit.ts).
  (async () => [await writeSample(), await writeSample2026()])().then(
    (files) => files.forEach((f) => console.error(`Đã tạo sổ mẫu ${path.relative(process.cwd(), f)}`)),
    (e) => {
      console.error(e);
      process.exit(1);
    },
  );
}
