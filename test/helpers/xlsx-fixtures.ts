/**
 * Small real .xlsx workbooks for tests, built with exceljs and named by the outcome they expect.
 * They are written to a temporary folder by each test run (never committed), so a fixture is always
 * in step with the code that builds it.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { ymdToSerial } from "../../src/core/text/dates";

export function tempDir(prefix = "dvht-test-"): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

const COMPETENCE_NAMES = [
  "Tuân thủ pháp luật, thực hiện quyền và trách nhiệm công dân",
  "Cam kết học tập suốt đời",
  "Tổ chức việc học tập trong gia đình, dòng họ, cộng đồng",
  "Lối sống lành mạnh, hòa hợp với môi trường",
  "Sử dụng ngoại ngữ và công nghệ thông tin",
  "Tư duy phản biện, sáng tạo, giải quyết vấn đề",
  "Bình đẳng giới",
  "Ứng xử văn hóa phù hợp, tôn trọng đa dạng văn hóa",
];

export interface FixtureMember {
  name: string | null;
  group?: string;
  plan?: string | null;
  discipline?: string | null;
  training?: string | null;
  title?: string | null;
  /** 8 values, or one value for the single-column form. */
  competences?: (string | null)[];
  excluded?: string | null;
}

export const DEFAULT_MEMBERS: FixtureMember[] = [
  { name: "Nguyễn Văn An", group: "Tổ 1", title: "Lao động tiên tiến" },
  { name: "Trần Thị Bình", group: "Tổ 1", title: "Chiến sĩ thi đua cơ sở" },
  { name: "Lê Thị Cúc", group: "Tổ 2", title: "Hoàn thành tốt nhiệm vụ" },
  { name: "Phạm Văn Dũng", group: "Tổ 2", title: "LĐTT", plan: null },
  { name: "Võ Thị Én", group: "Tổ 2", title: "Lao động tiên tiến", competences: ["x", "x", "x", "x", null, "x", "x", "x"] },
];

export interface MembersSheetOptions {
  members?: FixtureMember[];
  /** "eight" = two-row header with 1..8 under a group header; "eight-named" = 8 columns named in full; "one" = a single column. */
  competences?: "eight" | "eight-named" | "one";
  /** Leave out the name column (the reader must refuse, naming what is missing). */
  withoutName?: boolean;
  /** Write every header string in Unicode NFD (as typed on some Macs). */
  nfd?: boolean;
  titleRows?: string[];
  sheetName?: string;
}

/** Adds a members sheet in the standard layout, with options to break it in one named way. */
export function addMembersSheet(wb: ExcelJS.Workbook, o: MembersSheetOptions = {}): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(o.sheetName ?? "Thành viên");
  const form = o.competences ?? "eight";
  const nf = (s: string) => (o.nfd ? s.normalize("NFD") : s);
  const titles = o.titleRows ?? [];
  titles.forEach((t, i) => (ws.getCell(i + 1, 1).value = nf(t)));
  const h = titles.length + 1;
  const base = [
    "STT",
    ...(o.withoutName ? [] : ["Họ và tên"]),
    "Tổ chuyên môn",
    "KH tự học được duyệt",
    "Tuân thủ kỷ luật",
    "Hoàn thành BDTX",
    "Danh hiệu thi đua",
  ];
  const headers: string[] = [...base];
  const twoRows = form === "eight";
  base.forEach((t, i) => (ws.getCell(h, i + 1).value = nf(t)));
  let col = base.length + 1;
  if (form === "one") {
    ws.getCell(h, col).value = nf("Đáp ứng năng lực, phẩm chất CDHT");
    headers.push("CDHT");
    col++;
  } else if (form === "eight-named") {
    COMPETENCE_NAMES.forEach((n, i) => (ws.getCell(h, col + i).value = nf(n)));
    headers.push(...COMPETENCE_NAMES);
    col += 8;
  } else {
    ws.getCell(h, col).value = nf("Năng lực Công dân học tập");
    ws.mergeCells(h, col, h, col + 7);
    for (let i = 0; i < 8; i++) ws.getCell(h + 1, col + i).value = i + 1;
    for (let i = 0; i < base.length; i++) ws.mergeCells(h, i + 1, h + 1, i + 1);
    headers.push(...COMPETENCE_NAMES);
    col += 8;
  }
  ws.getCell(h, col).value = nf("Không tính (lý do)");
  if (twoRows) ws.mergeCells(h, col, h + 1, col);

  let r = twoRows ? h + 2 : h + 1;
  (o.members ?? DEFAULT_MEMBERS).forEach((m, i) => {
    const comps = m.competences ?? (form === "one" ? ["Đạt"] : ["x", "x", "x", "x", "x", "x", "x", "x"]);
    const vals: ExcelJS.CellValue[] = [
      i + 1,
      ...(o.withoutName ? [] : [m.name]),
      m.group ?? null,
      m.plan === undefined ? "x" : m.plan,
      m.discipline === undefined ? "Có" : m.discipline,
      m.training === undefined ? "Đạt" : m.training,
      m.title ?? null,
      ...comps,
      m.excluded ?? null,
    ];
    vals.forEach((v, c) => (ws.getCell(r, c + 1).value = v));
    r++;
  });
  return ws;
}

export function addInfoSheet(wb: ExcelJS.Workbook, extra: [string, ExcelJS.CellValue][] = []): ExcelJS.Worksheet {
  const ws = wb.addWorksheet("Thông tin");
  const rows: [string, ExcelJS.CellValue][] = [
    ["Cơ quan chủ quản", "UBND HUYỆN THỬ NGHIỆM"],
    ["Tên đơn vị", "TRƯỜNG TIỂU HỌC THỬ NGHIỆM"],
    ["Mã/viết tắt đơn vị", "THTN"],
    ["Địa danh", "Thử Nghiệm"],
    ["Năm đánh giá", 2023],
    ["Hiệu trưởng", "Nguyễn Văn Hiệu"],
    ["Danh hiệu tập thể năm đánh giá", "Tập thể lao động tiên tiến"],
    ...extra,
  ];
  rows.forEach(([k, v], i) => {
    ws.getCell(i + 1, 1).value = k;
    ws.getCell(i + 1, 2).value = v;
  });
  return ws;
}

export function addUnitItemsSheet(wb: ExcelJS.Workbook): ExcelJS.Worksheet {
  const ws = wb.addWorksheet("Tiêu chí đơn vị");
  ws.addRow(["Mã tiêu chí", "Nội dung", "Điểm tối đa", "Điểm tự đánh giá", "Mã minh chứng", "Giải trình"]);
  ws.addRow(["1a", "Kế hoạch học tập", 10, 10, "H1-1.1-01", null]);
  ws.addRow(["1b", "Quy định động viên", 10, 9, null, "Quy chế chi tiêu nội bộ năm 2023"]);
  ws.addRow(["1c", "Nguồn lực", 10, 8.5, null, "Phòng tin học 15 máy"]);
  ws.addRow(["3b", "Tập thể LĐTT", 10, 10, "H3-3.2-01", null]);
  ws.addRow(["3c", "Chia sẻ tri thức", 5, 5, null, "Chuyên đề cụm trường"]);
  return ws;
}

export function addEvidenceSheet(wb: ExcelJS.Workbook): ExcelJS.Worksheet {
  const ws = wb.addWorksheet("Minh chứng");
  ws.addRow(["Mã minh chứng", "Tiêu chí", "Tên minh chứng / Trích yếu", "Số, ký hiệu", "Ngày ban hành", "Cơ quan ban hành"]);
  ws.addRow(["H1-1.1-01", "1a", "Kế hoạch học tập thường xuyên năm 2023", "12/KH-THTN", ymdToSerial({ y: 2023, m: 3, d: 1 }), "Trường TH Thử Nghiệm"]);
  ws.addRow([null, "2c", "Tổng hợp kết quả BDTX", null, null, "Trường TH Thử Nghiệm"]);
  ws.addRow(["H3-3.2-01", "3b", "Quyết định công nhận Tập thể lao động tiên tiến", "99/QĐ-UBND", ymdToSerial({ y: 2023, m: 8, d: 18 }), "UBND huyện"]);
  ws.getCell("E2").numFmt = "dd/mm/yyyy";
  ws.getCell("E4").numFmt = "dd/mm/yyyy";
  return ws;
}

function standard(o: MembersSheetOptions = {}): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  addInfoSheet(wb);
  addMembersSheet(wb, o);
  addUnitItemsSheet(wb);
  addEvidenceSheet(wb);
  return wb;
}

/** Every fixture, by file name; the name says what the product must do with it. */
export const FIXTURES: Record<string, () => ExcelJS.Workbook> = {
  "valid-small.xlsx": () => standard({ titleRows: ["DANH SÁCH CÁN BỘ, GIÁO VIÊN, NHÂN VIÊN", "Năm học 2022 – 2023"] }),
  "eight-competence-columns.xlsx": () => standard({ competences: "eight-named" }),
  "one-competence-column.xlsx": () =>
    standard({ competences: "one", members: DEFAULT_MEMBERS.map((m) => ({ ...m, competences: m.competences ? ["Chưa đạt"] : ["Đạt"] })) }),
  "nfd-headers.xlsx": () => standard({ nfd: true }),
  "missing-name-column.xlsx": () => standard({ withoutName: true }),
  "no-members-sheet.xlsx": () => {
    const wb = new ExcelJS.Workbook();
    addInfoSheet(wb);
    wb.addWorksheet("Ghi chép").getCell("A1").value = "Sổ ghi chép chung";
    return wb;
  },
  "bad-yes-no-value.xlsx": () =>
    standard({ members: [...DEFAULT_MEMBERS.slice(0, 4), { name: "Đỗ Văn Giàu", group: "Tổ 1", title: "LĐTT", discipline: "cos" }] }),
  "formula-like-names.xlsx": () =>
    standard({
      members: [
        { name: "=1+1", group: "Tổ 1", title: "LĐTT" },
        { name: "-abc Nguyễn", group: "Tổ 1", title: "LĐTT" },
        { name: "@x Trần", group: "Tổ 2", title: "LĐTT", plan: null },
        { name: "+1 Lê", group: "=SUM(A1:A2)", title: "LĐTT" },
      ],
    }),
};

export async function writeFixture(name: string, dir: string): Promise<string> {
  const build = FIXTURES[name];
  if (!build) throw new Error(`unknown fixture ${name}`);
  const file = path.join(dir, name);
  await build().xlsx.writeFile(file);
  return file;
}

export async function writeAllFixtures(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const name of Object.keys(FIXTURES)) out[name] = await writeFixture(name, dir);
  return out;
}
