/**
 * samples/truong-tieu-hoc-tan-phu-2026.xlsx: today's job. A fictional public primary school,
 * Trường Tiểu học Tân Phú, evaluating the assessment year 2026 under Thông tư 24/2023 (cấp huyện
 * articles, Điều 6–7; since 01/7/2025 the commune receives the dossier). Written by `npm run sample`
 * (scripts/make-sample.ts) and kept the way a clerk keeps it, mess included:
 *  - 40 staff in 5 tổ, one on long sick leave excluded with a reason; a title row above the header,
 *    abbreviated headers (CĐS, CC NN/tiếng DTTS, Trình độ NN, DHTĐ, Đạt CDHT), one header cell in
 *    Unicode NFD, yes written "x", "Có", "Đạt" and "✓" in turn, blank rows between some tổ, a
 *    "Tổng cộng" line under the table;
 *  - realistic shortfalls: 2.4 (language) 25 certificates and 26 whose level meets the job (66,6%),
 *    2.5 (Lao động tiên tiến) 36 of 39, digital transformation "đáp ứng cơ bản": Mức độ 1 reached,
 *    Mức độ 2 not;
 *  - evidence for every unit indicator: a code in its own row, or an evidence row that names it
 *    (1.2 and 3.3 only that way); indicator ids written "1.1", "Chỉ tiêu 1.3", "TC1.4"; 3.3 left blank
 *    (the collective title decides it); 3.5 "Không áp dụng"; evidence rows without a code;
 *  - the clerk typed the number of pupils, which 3.1 does not use for a primary school (said so).
 */
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { writePlan } from "../src/xlsx/write";
import { panelSheet, reportContentSheet, type ContentRow } from "../src/core/documents/template";
import { BOX, d, deterministicBuffer, evidenceSheet, font, infoSheet, titleAndHeader, type SampleEvidence } from "./sample-kit";

export const SAMPLE_2026_PATH = path.join(__dirname, "..", "samples", "truong-tieu-hoc-tan-phu-2026.xlsx");

const FIXED_DATE = new Date(Date.UTC(2026, 11, 10, 8, 0, 0));

export const SAMPLE_2026_UNIT = {
  parentBody: "UBND XÃ TÂN PHÚ",
  name: "TRƯỜNG TIỂU HỌC TÂN PHÚ",
  code: "THTP",
  place: "Tân Phú",
  year: 2026,
  principal: "Trần Văn Định",
  chair: "Trần Văn Định",
  secretary: "Lê Thị Thanh Tuyền",
};

function infoRows(): [string, ExcelJS.CellValue, string?][] {
  const u = SAMPLE_2026_UNIT;
  return [
    ["Cơ quan chủ quản", u.parentBody],
    ["Tên đơn vị", u.name],
    ["Mã/viết tắt đơn vị", u.code],
    ["Địa danh", u.place],
    ["Năm đánh giá", u.year],
    ["Bộ tiêu chí", null],
    ["Loại hình đơn vị", "Trường tiểu học"],
    ["Công lập / ngoài công lập", "Công lập"],
    ["Cấp đơn vị", null],
    ["Mức độ chuyển đổi số", "Đáp ứng cơ bản"],
    ["Kiểm định chất lượng GDNN", null],
    // A clerk who fills every row: pupils are not "Người học" of 3.1 at a primary school (Điều 2).
    ["Số người học", 586],
    ["Số người học đạt CDHT", null],
    ["Công nhận hiện có: mức độ", "Chưa được công nhận"],
    ["Công nhận hiện có: số quyết định", null],
    ["Công nhận hiện có: ngày quyết định", null],
    ["Ngày trình hồ sơ", null],
    ["Hiệu trưởng", u.principal],
    ["Chủ tịch Hội đồng", u.chair],
    ["Thư ký", u.secretary],
    ["Số quyết định thành lập Tổ đánh giá", "112/QĐ-THTP"],
    ["Ngày quyết định thành lập Tổ đánh giá", d(2, 11, 2026), "dd/mm/yyyy"],
    ["Danh hiệu tập thể năm đánh giá", "Tập thể lao động tiên tiến"],
    ["Cơ quan nhận hồ sơ", "Ủy ban nhân dân xã Tân Phú (qua Phòng Văn hóa – Xã hội)"],
    ["Người, cơ quan quyết định công nhận", "Chủ tịch Ủy ban nhân dân xã Tân Phú"],
    ["Ngày họp hội đồng", d(11, 12, 2026), "dd/mm/yyyy"],
    ["Giờ họp", "14 giờ 00"],
    ["Giờ kết thúc", "16 giờ 15"],
    ["Địa điểm họp", "Phòng họp Trường Tiểu học Tân Phú"],
    ["Thành phần dự họp", "Tổ đánh giá (07/07 thành viên) và tổ trưởng các tổ chuyên môn"],
    ["Vắng mặt", "Không"],
    ["Kết quả biểu quyết", "07/07 thành viên tán thành (100%)"],
    ["Chỉ tiêu: Lao động tiên tiến", "95%"],
    ["Chỉ tiêu: Danh hiệu tập thể", "Tập thể lao động tiên tiến"],
    ["Chỉ tiêu: Kỹ năng số", "90%"],
    ["Chỉ tiêu: Gia đình đăng ký GĐHT", "100%"],
  ];
}

// ---------------------------------------------------------------------------------------------
// Members

type Title = "LĐTT" | "Lao động tiên tiến" | "CSTĐCS" | "Chiến sĩ thi đua cơ sở" | "Hoàn thành tốt nhiệm vụ" | "HTTNV" | null;

export interface Sample2026Member {
  name: string;
  position: string;
  group: string;
  title: Title;
  /** A language certificate (2.4, Mức độ 1). */
  cert?: boolean;
  /** A language level that meets the job without a certificate (2.4, Mức độ 2). */
  levelOnly?: boolean;
  noDiscipline?: boolean;
  noTraining?: boolean;
  noDigital?: boolean;
  noCdht?: boolean;
  excluded?: string;
  note?: string;
}

const G_VP = "Tổ Văn phòng";
const G_1 = "Tổ 1";
const G_23 = "Tổ 2-3";
const G_45 = "Tổ 4-5";
const G_CB = "Tổ Chuyên biệt";

/** In list order, tổ by tổ; `null` marks a blank row left by the clerk. */
export const SAMPLE_2026_MEMBERS: (Sample2026Member | null)[] = [
  { name: "Trần Văn Định", position: "Hiệu trưởng", group: G_VP, title: "Chiến sĩ thi đua cơ sở", cert: true },
  { name: "Nguyễn Thị Mỹ Hạnh", position: "Phó Hiệu trưởng", group: G_VP, title: "Lao động tiên tiến", cert: true },
  { name: "Lê Thị Thanh Tuyền", position: "Văn thư", group: G_VP, title: "LĐTT", cert: true },
  { name: "Phạm Thị Kim Ngân", position: "Kế toán", group: G_VP, title: "LĐTT", cert: true },
  { name: "Võ Văn Tài", position: "Nhân viên thiết bị", group: G_VP, title: "Lao động tiên tiến" },
  { name: "Huỳnh Thị Bé", position: "Nhân viên y tế", group: G_VP, title: "Hoàn thành tốt nhiệm vụ", noDigital: true },
  { name: "Đặng Văn Năm", position: "Bảo vệ", group: G_VP, title: "HTTNV", noTraining: true },
  { name: "Thạch Thị Sa Rươne", position: "Nhân viên phục vụ", group: G_VP, title: "LĐTT", levelOnly: true, note: "Thông thạo tiếng Khmer" },
  null,
  { name: "Nguyễn Thị Ngọc Ánh", position: "Tổ trưởng", group: G_1, title: "CSTĐCS", cert: true },
  { name: "Trương Thị Diễm My", position: "Giáo viên", group: G_1, title: "Lao động tiên tiến", cert: true },
  { name: "Lâm Thị Kiều Trang", position: "Giáo viên", group: G_1, title: "Lao động tiên tiến", cert: true },
  { name: "Bùi Văn Hậu", position: "Giáo viên", group: G_1, title: "LĐTT" },
  { name: "Phan Thị Thúy Vi", position: "Giáo viên", group: G_1, title: "Lao động tiên tiến", cert: true },
  { name: "Đỗ Thị Hồng Nhung", position: "Giáo viên", group: G_1, title: "LĐTT", cert: true },
  { name: "Châu Văn Lực", position: "Giáo viên", group: G_1, title: "Lao động tiên tiến" },
  { name: "Hồ Thị Bích Trâm", position: "Giáo viên", group: G_1, title: "Lao động tiên tiến", cert: true, noCdht: true },
  { name: "Võ Thị Mộng Cầm", position: "Tổ trưởng", group: G_23, title: "Chiến sĩ thi đua cơ sở", cert: true },
  { name: "Nguyễn Văn Khang", position: "Giáo viên", group: G_23, title: "Lao động tiên tiến", cert: true },
  { name: "Trần Thị Ánh Nguyệt", position: "Giáo viên", group: G_23, title: "LĐTT", cert: true },
  { name: "Lê Thị Kim Thoa", position: "Giáo viên", group: G_23, title: "Lao động tiên tiến" },
  { name: "Dương Thị Bảo Trân", position: "Giáo viên", group: G_23, title: "Hoàn thành tốt nhiệm vụ", cert: true },
  { name: "Mai Văn Tuấn", position: "Giáo viên", group: G_23, title: "Lao động tiên tiến", cert: true },
  { name: "Cao Thị Hồng Gấm", position: "Giáo viên", group: G_23, title: "LĐTT" },
  {
    name: "Lý Thị Huyền Trang",
    position: "Giáo viên",
    group: G_23,
    title: null,
    excluded: "Nghỉ ốm dài hạn từ 02/3/2026 (Quyết định số 08/QĐ-THTP)",
  },
  null,
  { name: "Phạm Văn Đức", position: "Tổ trưởng", group: G_45, title: "Chiến sĩ thi đua cơ sở", cert: true },
  { name: "Nguyễn Thị Lệ Thu", position: "Giáo viên", group: G_45, title: "Lao động tiên tiến", cert: true },
  { name: "Huỳnh Thị Ngọc Hân", position: "Giáo viên", group: G_45, title: "Lao động tiên tiến" },
  {
    name: "Trần Văn Lộc",
    position: "Giáo viên",
    group: G_45,
    title: "LĐTT",
    cert: true,
    noDiscipline: true,
    note: "Bị nhắc nhở vì vi phạm nội quy tháng 4/2026",
  },
  { name: "Lê Thị Thùy Dương", position: "Giáo viên", group: G_45, title: "Lao động tiên tiến", cert: true },
  { name: "Võ Thị Thanh Thủy", position: "Giáo viên", group: G_45, title: "LĐTT" },
  { name: "Nguyễn Hoàng Phúc", position: "Giáo viên", group: G_45, title: "Lao động tiên tiến", cert: true },
  { name: "Đinh Thị Quỳnh Hoa", position: "Giáo viên", group: G_45, title: "Lao động tiên tiến" },
  { name: "Kim Thị Sô Phi", position: "Giáo viên", group: G_45, title: "Lao động tiên tiến", cert: true, note: "Chứng chỉ tiếng Khmer" },
  { name: "Nguyễn Thị Thanh Xuân", position: "Tổ trưởng", group: G_CB, title: "Lao động tiên tiến", cert: true, note: "GV Tiếng Anh" },
  { name: "Lý Minh Thông", position: "Giáo viên", group: G_CB, title: "Lao động tiên tiến", cert: true, note: "GV Tin học" },
  { name: "Trần Quốc Việt", position: "Giáo viên", group: G_CB, title: "LĐTT", note: "GV Giáo dục thể chất" },
  { name: "Phạm Thị Hoài Thương", position: "Giáo viên", group: G_CB, title: "Lao động tiên tiến", cert: true, note: "GV Âm nhạc" },
  null,
  { name: "Hà Thị Ngọc Lan", position: "Giáo viên", group: G_CB, title: "Lao động tiên tiến", note: "GV Mĩ thuật" },
  { name: "Nguyễn Thị Kim Huệ", position: "Giáo viên", group: G_CB, title: "Lao động tiên tiến", cert: true, note: "GV Tiếng Anh" },
  { name: "Đoàn Văn Minh", position: "Giáo viên", group: G_CB, title: "LĐTT", note: "GV Tin học" },
];

/** The members table's header (row 3), as this clerk wrote it: abbreviations, one cell typed in NFD. */
const MEMBER_HEADERS = [
  "STT",
  "Họ và tên",
  "Chức vụ",
  "Tổ chuyên môn",
  // Typed on a Mac: decomposed (NFD) diacritics. The reader must not care.
  "Tuân thủ kỷ luật lao động, nội quy (2.1)".normalize("NFD"),
  "Hoàn thành chương trình học tập, bồi dưỡng (2.2)",
  "Bồi dưỡng CĐS (2.3)",
  "CC NN/tiếng DTTS (2.4)",
  "Trình độ NN đáp ứng (2.4)",
  "DHTĐ năm 2026 (2.5)",
  "Đạt CDHT (3.1)",
  "Kỹ năng số",
  "Gia đình đăng ký GĐHT",
  "Không tính (lý do)",
  "Ghi chú",
];
const WIDTHS = [5, 26, 16, 15, 12, 14, 11, 11, 11, 20, 9, 9, 11, 30, 26];
/** Yes as this clerk writes it, tổ by tổ. */
const YES = ["x", "Có", "Đạt", "✓"];

function membersSheet(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet("Thành viên");
  const last = MEMBER_HEADERS.length;
  WIDTHS.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  ws.getCell(1, 1).value = "DANH SÁCH CÁN BỘ, GIÁO VIÊN, NHÂN VIÊN NĂM 2026";
  ws.mergeCells(1, 1, 1, last);
  ws.getCell(1, 1).font = font({ bold: true, size: 14 });
  ws.getCell(1, 1).alignment = { horizontal: "center" };
  const H = 3;
  MEMBER_HEADERS.forEach((text, i) => {
    const cell = ws.getCell(H, i + 1);
    cell.value = text;
    cell.font = font({ bold: true, size: 11 });
    cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
    cell.border = BOX;
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE2EFDA" } };
  });
  ws.getRow(H).height = 60;
  let r = H + 1;
  let seq = 0;
  let group = -1;
  let lastGroup = "";
  for (const m of SAMPLE_2026_MEMBERS) {
    if (m === null) {
      r++;
      continue;
    }
    seq++;
    if (m.group !== lastGroup) {
      group++;
      lastGroup = m.group;
    }
    const yes = YES[group % YES.length];
    const x = (ok: boolean) => (m.excluded ? null : ok ? yes : null);
    const values: ExcelJS.CellValue[] = [
      seq,
      m.name,
      m.position,
      m.group,
      m.excluded ? null : m.noDiscipline ? "Không" : yes,
      m.excluded ? null : m.noTraining ? "Chưa" : yes,
      x(!m.noDigital),
      x(m.cert === true),
      x(m.cert === true || m.levelOnly === true),
      m.title,
      x(!m.noCdht),
      x(!m.noDigital),
      x(true),
      m.excluded ?? null,
      m.note ?? null,
    ];
    const row = ws.getRow(r);
    values.forEach((v, i) => {
      const cell = row.getCell(i + 1);
      cell.value = v;
      cell.font = font();
      cell.border = BOX;
      cell.alignment = { vertical: "middle", horizontal: i === 0 || (i >= 4 && i !== 9 && i < 13) ? "center" : "left", wrapText: i >= 13 };
    });
    r++;
  }
  // The clerk's own totals line: not a member (the reader says so and skips it).
  ws.getCell(r, 2).value = `Tổng cộng: ${seq} người`;
  ws.getCell(r, 2).font = font({ bold: true });
  ws.views = [{ state: "frozen", xSplit: 2, ySplit: H, topLeftCell: `C${H + 1}` }];
  ws.pageSetup = { paperSize: 9 as ExcelJS.PaperSize, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
}

// ---------------------------------------------------------------------------------------------
// Unit indicators and evidence

export const SAMPLE_2026_UNIT_ITEMS: { code: string; text: string; result: string | null; evidence: string | null; explanation: string | null }[] = [
  {
    code: "1.1",
    text: "Ban hành kế hoạch hằng năm cho thành viên học tập thường xuyên; tổ chức triển khai, thực hiện",
    result: "Đạt",
    evidence: "H1-1.1-01; H1-1.1-02",
    explanation: "Kế hoạch số 05/KH-THTP ngày 08/01/2026; báo cáo sơ kết học kỳ I.",
  },
  {
    code: "1.2",
    text: "Thực hiện đầy đủ chế độ đào tạo, bồi dưỡng; có quy định khuyến khích học tập",
    result: "Đạt",
    // No code here: the evidence rows that name 1.2 are its evidence (rules.md §7).
    evidence: null,
    explanation: "Quy chế chi tiêu nội bộ có mục hỗ trợ học phí; quy chế thi đua có tiêu chí tự học.",
  },
  {
    code: "Chỉ tiêu 1.3",
    text: "Bố trí đủ kinh phí từ ngân sách nhà nước hằng năm cho đào tạo, bồi dưỡng",
    result: "Đạt",
    evidence: "H1-1.3-01",
    explanation: "Dự toán năm 2026: 42 triệu đồng cho bồi dưỡng.",
  },
  {
    code: "TC1.4",
    text: "Triển khai chuyển đổi số; thành viên được trang bị dụng cụ, thiết bị học tập",
    result: "Đạt",
    evidence: "H1-1.4-01",
    explanation: "Phòng Tin học 30 máy; mạng không dây phủ toàn trường.",
  },
  {
    code: "1.5",
    text: "Tham gia các hoạt động phục vụ việc học tập suốt đời cho người dân",
    result: "Đạt",
    evidence: "H1-1.5-01",
    explanation: "Phối hợp Trung tâm học tập cộng đồng xã mở 02 lớp tin học cho phụ huynh.",
  },
  {
    code: "3.2",
    text: "Tạo lập môi trường học tập và chia sẻ tri thức với các đơn vị khác",
    result: "Đạt",
    evidence: "H3-3.2-01",
    explanation: "03 chuyên đề sinh hoạt chuyên môn cụm trường.",
  },
  // Left blank: the collective title decides 3.3; its evidence is the row that names it.
  { code: "3.3", text: 'Đạt danh hiệu "Tập thể lao động tiên tiến" trở lên', result: null, evidence: null, explanation: null },
  {
    code: "3.4",
    text: 'Mức độ chuyển đổi số "đáp ứng cơ bản" (QĐ 4725/QĐ-BGDĐT)',
    result: "Đạt",
    evidence: "H3-3.4-01",
    explanation: "Tự đánh giá mức độ chuyển đổi số: đáp ứng cơ bản.",
  },
  { code: "3.5", text: "Kiểm định chất lượng giáo dục nghề nghiệp", result: "Không áp dụng", evidence: null, explanation: "Trường tiểu học" },
];

function unitItemsSheet(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet("Tiêu chí đơn vị");
  [14, 52, 14, 24, 56].forEach((w, i) => (ws.getColumn(i + 1).width = w));
  titleAndHeader(ws, "CÁC CHỈ TIÊU DO TỔ ĐÁNH GIÁ ĐÁNH GIÁ (THÔNG TƯ 24/2023)", [
    "Mã chỉ tiêu",
    "Nội dung",
    "Kết quả tự đánh giá",
    "Mã minh chứng",
    "Giải trình",
  ]);
  SAMPLE_2026_UNIT_ITEMS.forEach((it, i) => {
    const row = ws.getRow(3 + i);
    [it.code, it.text, it.result, it.evidence, it.explanation].forEach((v, j) => {
      const c = row.getCell(j + 1);
      c.value = v;
      c.font = font();
      c.border = BOX;
      c.alignment = { vertical: "top", wrapText: true, horizontal: j === 2 ? "center" : "left" };
    });
  });
}

const SCHOOL = "Trường Tiểu học Tân Phú";

export const SAMPLE_2026_EVIDENCE: SampleEvidence[] = [
  {
    code: "H1-1.1-01",
    items: "1.1",
    title: 'Kế hoạch xây dựng "Đơn vị học tập" năm 2026',
    number: "05/KH-THTP",
    date: d(8, 1, 2026),
    issuer: SCHOOL,
    location: "Tủ hồ sơ Văn phòng, ngăn 1",
  },
  {
    code: "H1-1.1-02",
    items: "1.1; 2.2",
    title: "Kế hoạch bồi dưỡng thường xuyên năm học 2025–2026",
    number: "96/KH-THTP",
    date: d(15, 9, 2025),
    issuer: SCHOOL,
    location: "Phó Hiệu trưởng",
  },
  {
    code: null,
    items: "1.2",
    title: "Quy chế chi tiêu nội bộ năm 2026 (mục hỗ trợ học phí)",
    number: "02/QĐ-THTP",
    date: d(6, 1, 2026),
    issuer: SCHOOL,
    location: "Kế toán",
  },
  {
    code: null,
    items: "1.2; 2.5",
    title: "Quy chế thi đua, khen thưởng năm học 2025–2026",
    number: "98/QĐ-THTP",
    date: "20/9/2025",
    issuer: SCHOOL,
    location: "Tủ hồ sơ thi đua",
  },
  {
    code: "H1-1.3-01",
    items: "1.3",
    title: "Dự toán ngân sách năm 2026, mục đào tạo, bồi dưỡng",
    number: "04/DT-THTP",
    date: d(9, 1, 2026),
    issuer: SCHOOL,
    location: "Kế toán",
  },
  {
    code: "H1-1.4-01",
    items: "1.4; 3.4",
    title: "Biên bản bàn giao phòng Tin học và thiết bị mạng không dây",
    number: "11/BB-THTP",
    date: d(20, 3, 2026),
    issuer: SCHOOL,
    location: "Thiết bị; phòng Tin học",
  },
  {
    code: "H1-1.5-01",
    items: "1.5",
    title: "Kế hoạch phối hợp với Trung tâm học tập cộng đồng xã Tân Phú mở lớp tin học cho phụ huynh",
    number: "21/KH-THTP",
    date: d(2, 4, 2026),
    issuer: SCHOOL,
    location: "Tủ hồ sơ Văn phòng, ngăn 2",
  },
  {
    code: "H2-2.3-01",
    items: "2.3",
    title: "Danh sách cán bộ, giáo viên, nhân viên tham gia tập huấn chuyển đổi số năm 2026",
    date: d(16, 5, 2026),
    issuer: SCHOOL,
    location: "Phó Hiệu trưởng",
  },
  {
    code: null,
    items: "2.4",
    title: "Bản sao chứng chỉ ngoại ngữ, tiếng dân tộc thiểu số của thành viên",
    issuer: "Các thành viên",
    location: "Hồ sơ cá nhân",
    note: "Chưa đánh mã",
  },
  {
    code: "H2-2.5-01",
    items: "2.5",
    title: 'Quyết định công nhận danh hiệu "Lao động tiên tiến" năm học 2025–2026',
    number: "45/QĐ-THTP",
    date: d(30, 6, 2026),
    issuer: SCHOOL,
    location: "Tủ hồ sơ thi đua",
  },
  {
    code: "H3-3.1-01",
    items: "3.1",
    title: 'Danh sách thành viên đạt danh hiệu "Công dân học tập" năm 2026',
    number: "12/DS-HKH",
    date: d(20, 11, 2026),
    issuer: "Chi hội Khuyến học Trường Tiểu học Tân Phú",
    location: "Văn thư",
  },
  {
    code: "H3-3.2-01",
    items: "3.2",
    title: "Kế hoạch và biên bản sinh hoạt chuyên môn cụm trường (03 chuyên đề)",
    number: "33/KH-THTP",
    date: d(5, 10, 2026),
    issuer: SCHOOL,
    location: "Phó Hiệu trưởng",
  },
  {
    code: null,
    items: "3.3",
    title: 'Quyết định công nhận "Tập thể lao động tiên tiến" năm học 2025–2026',
    number: "1021/QĐ-UBND",
    date: d(14, 8, 2026),
    issuer: "UBND xã Tân Phú",
    location: "Tủ hồ sơ thi đua",
    note: "Chưa đánh mã",
  },
  {
    code: "H3-3.4-01",
    items: "3.4",
    title: "Kết quả tự đánh giá mức độ chuyển đổi số của cơ sở giáo dục phổ thông năm 2026",
    number: "52/BC-THTP",
    date: d(25, 11, 2026),
    issuer: SCHOOL,
    location: "Phó Hiệu trưởng",
  },
];

/** The clerk's prose for the report ("Phương hướng" left blank: the product writes it from the result). */
export const SAMPLE_2026_REPORT: ContentRow[] = [
  ["Căn cứ", "Kế hoạch số 118/KH-UBND ngày 20/02/2026 của UBND xã Tân Phú về xây dựng xã hội học tập năm 2026"],
  [
    "Đặc điểm tình hình",
    'Trường Tiểu học Tân Phú có 22 lớp với 586 học sinh; 40 cán bộ, giáo viên, nhân viên sinh hoạt tại 5 tổ. Năm 2026 nhà trường xây dựng và triển khai Kế hoạch xây dựng "Đơn vị học tập" theo Thông tư 24/2023/TT-BGDĐT.',
  ],
  [
    "Ưu điểm",
    "Tập thể đoàn kết; thành viên tích cực tham gia bồi dưỡng chuyển đổi số; nhà trường phối hợp với Trung tâm học tập cộng đồng xã phục vụ việc học tập suốt đời của người dân.",
  ],
  ["Hạn chế", "Tỉ lệ thành viên có trình độ ngoại ngữ đáp ứng yêu cầu công việc còn thấp; mức độ chuyển đổi số mới đạt mức đáp ứng cơ bản."],
  ["Kiến nghị", 'Đề nghị Ủy ban nhân dân xã Tân Phú xem xét, công nhận nhà trường đạt "Đơn vị học tập" Mức độ 1 năm 2026.'],
  ["Nơi nhận", "UBND xã Tân Phú (qua Phòng Văn hóa – Xã hội)\nHội Khuyến học xã\nCB, GV, NV"],
];

/** The Tổ đánh giá the principal set up (Decision 112/QĐ-THTP): seven members, as "07/07" in the minutes. */
export const SAMPLE_2026_PANEL: [string, string, string][] = [
  ["Trần Văn Định", "Hiệu trưởng", "Tổ trưởng"],
  ["Nguyễn Thị Mỹ Hạnh", "Phó Hiệu trưởng", "Phó Tổ trưởng"],
  ["Lê Thị Thanh Tuyền", "Văn thư", "Thư ký"],
  ["Nguyễn Thị Ngọc Ánh", "Tổ trưởng Tổ 1", "Thành viên"],
  ["Võ Thị Mộng Cầm", "Tổ trưởng Tổ 2-3", "Thành viên"],
  ["Phạm Văn Đức", "Tổ trưởng Tổ 4-5", "Thành viên"],
  ["Nguyễn Thị Thanh Xuân", "Tổ trưởng Tổ Chuyên biệt", "Thành viên"],
];

export function buildSample2026Workbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "dvht (mẫu)";
  wb.lastModifiedBy = "dvht (mẫu)";
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  wb.title = "Sổ theo dõi Đơn vị học tập năm 2026 – Trường Tiểu học Tân Phú (dữ liệu minh họa)";
  infoSheet(wb, "THÔNG TIN ĐƠN VỊ (năm 2026)", [38, 64, 14], infoRows());
  membersSheet(wb);
  unitItemsSheet(wb);
  evidenceSheet(wb, "DANH MỤC MINH CHỨNG NĂM 2026", [13, 11, 56, 15, 12, 26, 30, 14], SAMPLE_2026_EVIDENCE);
  writePlan(wb, { sheets: [reportContentSheet(SAMPLE_2026_REPORT), panelSheet(SAMPLE_2026_PANEL)], patches: [] });
  wb.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: 1, visibility: "visible" }];
  return wb;
}

export async function writeSample2026(file = SAMPLE_2026_PATH): Promise<string> {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, await deterministicBuffer(buildSample2026Workbook(), FIXED_DATE));
  return file;
}
