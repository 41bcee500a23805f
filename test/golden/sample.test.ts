/**
 * Golden tests: the bundled sample (Bình An plan, TT 22, Toàn quốc) and a workbook modelled on the
 * Nông Nghiệp plan (Hà Nội preset, 70% LĐTT), both read from real .xlsx files by the exceljs adapter.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { run, type SheetPlan } from "../../src/core";
import { XlsxPort } from "../../src/xlsx";
import { pointsOf } from "../core/helpers";

const SAMPLE = path.join(__dirname, "../../samples/truong-tieu-hoc-binh-an-2023.xlsx");
const TODAY = 45250; // 20/11/2023

/** A reviewable text rendering of a plan: one line per non-empty row (the hidden ownership marker left out). */
function render(plan: SheetPlan): string {
  return plan.values
    .map((r, i) => [i + 1, r.map((v) => (v === null || (typeof v === "string" && v.startsWith("dvht:sheet:")) ? "" : String(v))).join(" | ")] as const)
    .filter(([, t]) => t.replace(/[ |]/g, "") !== "")
    .map(([i, t]) => `${String(i).padStart(3)}: ${t.replace(/( \| )+$/, "")}`)
    .join("\n");
}

describe("the bundled sample: Trường Tiểu học Bình An, 2023", () => {
  let out: ReturnType<typeof run>;
  beforeAll(async () => {
    const port = await XlsxPort.fromFile(SAMPLE);
    out = run(await port.read(), { today: TODAY });
  });

  test("result", () => {
    expect(out.fatal).toBe(false);
    expect(out.summary).toMatchObject({
      framework: "TT22/2020",
      preset: "toan-quoc",
      year: 2023,
      members: { total: 40, counted: 39, excluded: 1 },
      total: 95.75,
      rating: "Tốt",
    });
    const pts = Object.fromEntries(pointsOf(out.summary).items.map((i) => [i.id, i.points]));
    expect(pts).toEqual({ "1a": 10, "1b": 10, "1c": 9.5, "2a": 9.25, "2b": 5, "2c": 10, "2d": 3.5, "3a": 23.5, "3b": 10, "3c": 5 });
    expect(out.issues.filter((i) => i.severity === "error")).toEqual([]);
  });

  test("recognition of the messy sheets", () => {
    const rec = Object.fromEntries(out.model.recognition.map((r) => [r.role, [r.sheet, r.dataRows]]));
    expect(rec).toEqual({
      unitInfo: ["Thông tin", expect.any(Number)],
      members: ["Thành viên", 40],
      unitItems: ["Tiêu chí đơn vị", 5],
      evidence: ["Minh chứng", expect.any(Number)],
    });
  });

  test("Biểu điểm (golden)", () => {
    expect(render(out.plan.sheets.find((s) => s.id === "bieu-diem")!)).toMatchSnapshot();
  });

  test("member results (golden)", () => {
    const failing = out
      .result!.memberResults.filter((m) => m.reasons || m.excluded)
      .map((m) => `${m.row} ${m.name}: ${m.excluded ? `không tính (${m.excluded})` : m.reasons}`);
    expect(failing).toMatchSnapshot();
  });
});

/** Members of a fictional staff laid out as the Nông Nghiệp plan describes (Hà Nội, 2021). */
async function nongNghiepWorkbook(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const info = wb.addWorksheet("TT chung");
  info.addRows([
    ["THÔNG TIN"],
    ["Cơ quan chủ quản", "UBND HUYỆN GIA LÂM"],
    ["Tên đơn vị", "TRƯỜNG TIỂU HỌC NÔNG NGHIỆP"],
    ["Mã/viết tắt đơn vị", "THNN"],
    ["Địa danh", "Trâu Quỳ"],
    ["Năm đánh giá", 2021],
    ["Phương án địa phương", "Hà Nội"],
    ["Hiệu trưởng", "Trần Thị Hương Lan"],
    ["Danh hiệu tập thể năm đánh giá", "Tập thể lao động xuất sắc"],
  ]);
  const ws = wb.addWorksheet("DS CB-GV-NV");
  ws.addRow(["TRƯỜNG TIỂU HỌC NÔNG NGHIỆP"]);
  ws.addRow([
    "Số TT",
    "Họ tên",
    "Chức danh",
    "Bộ phận",
    "KH tự bồi dưỡng",
    "Chấp hành nội quy",
    "Hoàn thành chương trình bồi dưỡng",
    "Thi đua năm",
    "Cam kết học tập suốt đời",
    "Đáp ứng NL, PC CDHT",
    "Loại trừ",
  ]);
  const groups = ["Tổ 1", "Tổ 2", "Tổ 3", "Tổ 4", "Tổ 5", "Văn phòng"];
  for (let i = 0; i < 24; i++) {
    const title = i < 18 ? (i % 6 === 0 ? "CSTĐCS" : "LĐTT") : "HTTNV"; // 18/24 = 75% ≥ 70%
    ws.addRow([
      i + 1,
      `Giáo viên Nông Nghiệp ${String(i + 1).padStart(2, "0")}`,
      i === 0 ? "Hiệu trưởng" : "Giáo viên",
      groups[i % 6],
      "x",
      "x",
      "Đạt",
      title,
      i === 5 ? "Chưa" : "Có",
      "Có",
      i === 23 ? "Nghỉ thai sản từ 01/3/2021" : null,
    ]);
  }
  const ui = wb.addWorksheet("Chấm tiêu chí");
  ui.addRows([
    ["Tiêu chí", "Nội dung", "Điểm tối đa", "Tự chấm", "Minh chứng", "Giải trình"],
    ["Tiêu chí 1 – a", "Kế hoạch", 10, 10, null, "KH số 11/KH-THNN ngày 02/6/2021"],
    ["Tiêu chí 1 – b", "Quy định", 10, 9, null, "Bản cam kết học tập suốt đời; quy chế chi tiêu nội bộ"],
    ["Tiêu chí 1 – c", "Nguồn lực", 10, 9, null, "Kinh phí BDTX"],
    ["Tiêu chí 3 – c", "Chia sẻ", 5, 5, null, "Chuyên đề cụm trường"],
  ]);
  await wb.xlsx.writeFile(file);
}

describe("a workbook modelled on the Nông Nghiệp plan (Hà Nội, 2021)", () => {
  test("Hà Nội's 70% LĐTT target, 3b from the collective title, the commitment column as competence 2", async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "dvht-nn-")), "nong-nghiep-2021.xlsx");
    await nongNghiepWorkbook(file);
    const port = await XlsxPort.fromFile(file);
    const out = run(await port.read(), { today: TODAY });
    expect(out.summary).toMatchObject({ framework: "TT22/2020", preset: "ha-noi", year: 2021, members: { total: 24, counted: 23, excluded: 1 } });
    const items = Object.fromEntries(out.result!.items.map((i) => [i.id, i]));
    expect(items["2d"].rate).toBeCloseTo(18 / 23);
    expect(items["2d"].points).toBe(5); // 78% ≥ 70%
    expect(items["3b"]).toMatchObject({ points: 10, origin: "collective-title" });
    expect(items["3a"].meeting).toBe(22); // member 6 has no commitment (competence 2)
    expect(items["3a"].points).toBe(23.75); // 25 × 22/23 = 23.91 → 23.75
    expect(pointsOf(out.summary).total).toBe(10 + 9 + 9 + 10 + 5 + 10 + 5 + 23.75 + 10 + 5);
    expect(out.summary.rating).toBe("Tốt");
    // Under the national text the same staff would get partial 2d points.
    expect(run(await port.read(), { today: TODAY, preset: "toan-quoc" }).result!.items.find((i) => i.id === "2d")!.points).toBe(3.75);
  });
});
