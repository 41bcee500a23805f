/**
 * A realistic fictional school for the dossier tests: Trường Tiểu học Tân Lập (Đức Hòa), 12 members
 * in 3 tổ, the council's scores, 13 evidence rows (some with codes, most without), plan targets in
 * "Thông tin" and the clerk's prose in "Nội dung báo cáo". The grids go through the real reader and
 * evaluator, so the documents are tested on what a clerk's workbook really produces.
 *
 * Expected figures (TT 22/2020, national preset):
 *   2a 11/12 → 9; 2b 12/12 → 5; 2c 12/12 → 10; 2d 9/12 → 3,75; 3a 10/12 → 20,75;
 *   1a 10; 1b 9,5; 1c 9; 3b 10 (council); 3c 4,5  ⇒ total 91,5 → "Tốt".
 */
import { SHEET_NAMES } from "../../../src/core/workbook/sheets";
import type { CellValue, SheetGrid, WorkbookGrids } from "../../../src/core/grid";
import type { DocContext } from "../../../src/core/documents/context";
import { readWorkbook } from "../../../src/core/read";
import { readReportContent } from "../../../src/core/read/content";
import { registryPlan } from "../../../src/core/read/registry";
import { markerText } from "../../../src/core/workbook/marker";
import { evaluate } from "../../../src/core/evaluate";
import { evaluateTargets } from "../../../src/core/evaluate/targets";
import { chooseRules } from "../../../src/core/pipeline/rules";
import { ymdToSerial } from "../../../src/core/text/dates";

export const TODAY = ymdToSerial({ y: 2023, m: 11, d: 20 });

type Row = CellValue[];

export interface FixtureOptions {
  year?: number;
  /** Leave out the "Nội dung báo cáo" sheet. */
  noContent?: boolean;
  /** Blank these report sections (by key) in "Nội dung báo cáo". */
  blankSections?: string[];
  /** Extra sheets (e.g. a previous run's "Kế hoạch - tiến độ"). */
  extraSheets?: SheetGrid[];
  /** Owned sheets from a previous run, by id. */
  owned?: Record<string, string>;
  /** Drop the meeting rows from "Thông tin". */
  noMeeting?: boolean;
  /** Unit items for TT 24 (met/not met). */
  tt24?: boolean;
}

export const MEMBER_NAMES = [
  "Nguyễn Thị Lan",
  "Trần Văn Hùng",
  "Lê Thị Hoa",
  "Phạm Minh Tuấn",
  "Võ Thị Thu",
  "Huỳnh Văn Nam",
  "Đặng Thị Mai",
  "Bùi Quốc Việt",
  "Ngô Thị Hạnh",
  "Dương Văn Phúc",
  "Trương Thị Yến",
  "Lý Thanh Sơn",
];

export function infoSheet(o: FixtureOptions = {}): SheetGrid {
  const year = o.year ?? 2023;
  const rows: Row[] = [
    ["THÔNG TIN ĐƠN VỊ", null],
    [null, null],
    ["Cơ quan chủ quản", "UBND HUYỆN ĐỨC HÒA"],
    ["Tên đơn vị", "TRƯỜNG TIỂU HỌC TÂN LẬP"],
    ["Mã/viết tắt đơn vị", "THTL"],
    ["Địa danh", "Tân Lập"],
    ["Năm đánh giá", year],
    ["Loại hình đơn vị", "Công lập, tiểu học"],
    ["Hiệu trưởng", "Nguyễn Thị Lan"],
    ["Chủ tịch Hội đồng", "Nguyễn Thị Lan"],
    ["Thư ký", "Trương Thị Yến"],
    ["Danh hiệu tập thể năm đánh giá", "Tập thể lao động tiên tiến"],
    ["Cơ quan nhận hồ sơ", "Phòng Giáo dục và Đào tạo huyện Đức Hòa"],
    ["Số văn bản", "45/BC-THTL"],
  ];
  if (!o.noMeeting)
    rows.push(
      ["Ngày họp hội đồng", ymdToSerial({ y: year, m: 11, d: 9 })],
      ["Giờ họp", "14 giờ 00"],
      ["Giờ kết thúc", "16 giờ 30"],
      ["Địa điểm họp", "Phòng họp Hội đồng sư phạm"],
      ["Thành phần dự họp", "Hội đồng Thi đua – Khen thưởng: 7/7 thành viên"],
      ["Vắng mặt", "Không"],
      ["Kết quả biểu quyết", "7/7 thành viên tán thành (100%)"],
    );
  rows.push(
    [null, null],
    ["Chỉ tiêu: Gia đình đăng ký GĐHT", "100%"],
    ["Chỉ tiêu: Gia đình đạt GĐHT", "100%"],
    ["Chỉ tiêu: Kỹ năng số", 0.9],
    ["Chỉ tiêu: Lao động tiên tiến", "100%"],
    ["Chỉ tiêu: Danh hiệu tập thể", "Tập thể lao động tiên tiến"],
    ["Chỉ tiêu: Xếp loại Đơn vị học tập", "Tốt"],
    ["Chỉ tiêu: Không có CB, VC vi phạm pháp luật", "100%", "100%"],
  );
  return { name: "Thông tin", values: rows };
}

/**
 * name, position, tổ, KH tự học, kỷ luật, bồi dưỡng, danh hiệu, 8 competences (string of 1/0),
 * cam kết, kỹ năng số, GĐ đăng ký, GĐ đạt.
 */
const M: [string, string, string, string, string, string, string, string, string, string, string, string][] = [
  [MEMBER_NAMES[0], "Hiệu trưởng", "Văn phòng", "x", "x", "x", "CSTĐCS", "11111111", "x", "x", "x", "x"],
  [MEMBER_NAMES[1], "Phó Hiệu trưởng", "Văn phòng", "x", "x", "x", "LĐTT", "11111111", "x", "x", "x", "x"],
  [MEMBER_NAMES[2], "Giáo viên", "Tổ 3-4-5", "", "x", "x", "HTNV", "11110111", "x", "", "x", "x"],
  [MEMBER_NAMES[3], "Giáo viên", "Tổ 1-2", "x", "x", "x", "LĐTT", "11111111", "x", "x", "x", "x"],
  [MEMBER_NAMES[4], "Giáo viên", "Tổ 1-2", "x", "x", "x", "LĐTT", "11111111", "x", "x", "x", "x"],
  [MEMBER_NAMES[5], "Giáo viên", "Tổ 1-2", "x", "x", "x", "HTTNV", "11111111", "x", "x", "x", ""],
  [MEMBER_NAMES[6], "Giáo viên", "Tổ 1-2", "x", "x", "x", "LĐTT", "11111111", "x", "x", "x", "x"],
  [MEMBER_NAMES[7], "Giáo viên", "Tổ 3-4-5", "x", "x", "x", "LĐTT", "11111110", "x", "x", "x", "x"],
  [MEMBER_NAMES[8], "Giáo viên", "Tổ 3-4-5", "x", "x", "x", "LĐTT", "11111111", "x", "x", "x", "x"],
  [MEMBER_NAMES[9], "Giáo viên", "Tổ 3-4-5", "x", "x", "x", "HTTNV", "11111111", "x", "x", "x", "x"],
  [MEMBER_NAMES[10], "Kế toán", "Văn phòng", "x", "x", "x", "LĐTT", "11111111", "x", "x", "x", "x"],
  [MEMBER_NAMES[11], "Nhân viên thư viện", "Văn phòng", "x", "x", "x", "LĐTT", "11111111", "x", "x", "x", "x"],
];

/**
 * Under TT 24 the members sheet also records digital-transformation training (2.3: one member lacks
 * it), a language certificate (2.4: 8 of 12) and the "Công dân học tập" title (3.1: two members lack it).
 */
export function membersSheet(tt24 = false): SheetGrid {
  const comp = ["1", "2", "3", "4", "5", "6", "7", "8"];
  const values: Row[] = [
    ["DANH SÁCH CÁN BỘ, GIÁO VIÊN, NHÂN VIÊN"],
    ["Năm 2023"],
    [
      "STT",
      "Họ và tên",
      "Chức vụ",
      "Tổ",
      "Kế hoạch tự học được phê duyệt",
      "Tuân thủ kỷ luật lao động",
      "Hoàn thành bồi dưỡng bắt buộc",
      "Danh hiệu thi đua",
      "Năng lực Công dân học tập",
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      "Cam kết học tập suốt đời",
      "Kỹ năng số",
      "Gia đình đăng ký GĐHT",
      "Gia đình đạt GĐHT",
      "Ghi chú",
    ],
    [null, null, null, null, null, null, null, null, ...comp, null, null, null, null, null],
  ];
  M.forEach((m, i) => {
    values.push([i + 1, m[0], m[1], m[2], m[3], m[4], m[5], m[6], ...m[7].split("").map((c) => (c === "1" ? "x" : "")), m[8], m[9], m[10], m[11], null]);
  });
  if (tt24) {
    values[2].push("Danh hiệu Công dân học tập", "Bồi dưỡng chuyển đổi số", "Chứng chỉ ngoại ngữ / tiếng DTTS");
    values[3].push(null, null, null);
    values.slice(4).forEach((r, i) => r.push(i === 2 || i === 7 ? "" : "x", i === 5 ? "" : "x", i % 3 === 2 ? "" : "x"));
  }
  return { name: "Thành viên", values, merges: [{ top: 2, left: 8, bottom: 2, right: 15 }] };
}

export function unitItemsSheet(tt24 = false): SheetGrid {
  const values: Row[] = [["Mã tiêu chí", "Nội dung", "Điểm tối đa", "Điểm tự đánh giá", "Mã minh chứng", "Giải trình"]];
  if (!tt24) {
    values.push(
      ["1a", "Kế hoạch học tập thường xuyên", 10, 10, "H1-1.1-01; H1-1.1-02", null],
      ["1b", "Quy định động viên học tập", 10, 9.5, "H1-1.2-01", null],
      ["1c", "Đầu tư nguồn lực", 10, 9, "H1-1.3-01", "Phòng tin học mới trang bị một phần"],
      ["3b", "Tập thể lao động tiên tiến", 10, 10, "H3-3.2-01", null],
      ["3c", "Chia sẻ tri thức", 5, 4.5, null, "Tổ chức 2 chuyên đề liên trường cụm Tân Lập – Mỹ Hạnh"],
    );
  } else {
    values.push(
      ["1.1", "Kế hoạch", null, "Đạt", "H1-1.1-01", null],
      ["1.2", "Chế độ bồi dưỡng", null, "Đạt", "H1-1.2-01", null],
      ["1.3", "Kinh phí", null, "Đạt", "H1-1.3-01", null],
      ["1.4", "Chuyển đổi số", null, "Đạt", null, "Phòng tin học 35 máy"],
      ["1.5", "Hoạt động HTSĐ", null, "Đạt", null, "Tuần lễ học tập suốt đời"],
      ["3.2", "Chia sẻ", null, "Đạt", null, "Chuyên đề liên trường"],
      ["3.4", "Chuyển đổi số cơ bản", null, "Chưa đạt", null, "Đang hoàn thiện"],
    );
  }
  return { name: "Tiêu chí đơn vị", values };
}

const d = (y: number, m: number, day: number) => ymdToSerial({ y, m, d: day });

/** Evidence: 5 rows keep the codes the school wrote; the others are blank and get assigned. 2b has none. */
/** TT 22 item → the TT 24 indicator the same document would support (for the TT 24 fixture). */
const TT24_OF: Record<string, string> = {
  "1a": "1.1",
  "1b": "1.2",
  "1c": "1.3",
  "2a": "1.1",
  "2b": "2.1",
  "2c": "2.2",
  "2d": "2.2",
  "3a": "3.1",
  "3b": "3.3",
  "3c": "3.2",
};

export function evidenceSheet(year = 2023, tt24 = false): SheetGrid {
  const values: Row[] = [
    ["DANH MỤC MINH CHỨNG"],
    ["Mã minh chứng", "Tiêu chí", "Tên minh chứng / Trích yếu", "Số, ký hiệu", "Ngày ban hành", "Cơ quan ban hành", "Nơi lưu / Đường dẫn", "Ghi chú"],
    ["H1-1.1-01", "1a", "Kế hoạch học tập thường xuyên năm 2023", "12/KH-THTL", d(year, 1, 16), "Trường TH Tân Lập", "Tủ hồ sơ VP, ngăn 1", null],
    [
      "H1-1.1-02",
      "1a; 2a",
      "Kế hoạch đăng ký danh hiệu Đơn vị học tập năm 2023",
      "18/KH-THTL",
      d(year, 4, 3),
      "Trường TH Tân Lập",
      "Tủ hồ sơ VP, ngăn 1",
      null,
    ],
    ["H1-1.2-01", "1b", "Quy chế chi tiêu nội bộ (mục hỗ trợ học tập)", "02/QĐ-THTL", d(year, 1, 5), "Trường TH Tân Lập", "Kế toán", null],
    [null, "1b", "Quyết định khen thưởng giáo viên tự học đạt chứng chỉ", "55/QĐ-THTL", d(year, 6, 2), "Trường TH Tân Lập", "Tủ hồ sơ VP", null],
    ["H1-1.3-01", "1c", "Biên bản bàn giao thiết bị phòng tin học", "07/BB-THTL", d(year, 8, 21), "Trường TH Tân Lập", "Thiết bị", null],
    [null, "2a", "Sổ theo dõi kế hoạch tự học, tự bồi dưỡng của CB, GV, NV", null, d(year, 5, 15), "Trường TH Tân Lập", "Phó Hiệu trưởng", null],
    [null, "2c", "Quyết định công nhận hoàn thành BDTX năm học 2022-2023", "310/QĐ-PGDĐT", d(year, 7, 28), "Phòng GD&ĐT Đức Hòa", "Văn thư", null],
    [null, "2c", "Danh sách giáo viên hoàn thành các mô đun bồi dưỡng CT GDPT 2018", null, d(year, 6, 30), "Trường TH Tân Lập", "Văn thư", null],
    [null, "2d", "Quyết định công nhận danh hiệu Lao động tiên tiến năm học 2022-2023", "422/QĐ-UBND", d(year, 8, 10), "UBND huyện Đức Hòa", "Văn thư", null],
    [null, "3a", "Bản cam kết học tập suốt đời của CB, GV, NV", null, d(year, 4, 20), "Trường TH Tân Lập", "Hồ sơ cá nhân", null],
    [
      "H3-3.2-01",
      "3b",
      "Quyết định công nhận Tập thể lao động tiên tiến năm học 2022-2023",
      "423/QĐ-UBND",
      d(year, 8, 10),
      "UBND huyện Đức Hòa",
      "Văn thư",
      null,
    ],
    [null, "3c", "Kế hoạch chuyên đề liên trường cụm Tân Lập – Mỹ Hạnh", "30/KH-THTL", d(year, 10, 12), "Trường TH Tân Lập", "Chuyên môn", null],
    [null, null, "Hình ảnh Tuần lễ hưởng ứng học tập suốt đời", null, d(year, 10, 5), "Trường TH Tân Lập", "Ổ đĩa chung", "Chưa xếp tiêu chí"],
  ];
  if (tt24) for (const r of values.slice(2)) if (typeof r[1] === "string") r[1] = [...new Set(r[1].split(/;\s*/).map((x) => TT24_OF[x] ?? x))].join("; ");
  return { name: "Minh chứng", values };
}

export function contentSheet(blank: string[] = []): SheetGrid {
  const rows: [string, string | null][] = [
    [
      "Đặc điểm tình hình",
      "Trường nằm ở trung tâm xã Tân Lập, có 18 lớp với 612 học sinh. Cơ sở vật chất đáp ứng yêu cầu dạy học hai buổi/ngày.\nĐội ngũ trẻ, nhiệt tình; một số giáo viên ở xa trường nên việc học tập tập trung còn khó khăn.",
    ],
    ["Ưu điểm", "Tập thể sư phạm đoàn kết; 100% thành viên tuân thủ kỷ luật, hoàn thành bồi dưỡng thường xuyên."],
    ["Hạn chế", null],
    ["", ""],
    ["Kiến nghị", "Đề nghị Phòng GD&ĐT tiếp tục mở các lớp bồi dưỡng kỹ năng số cho giáo viên."],
    ["Nơi nhận", "Phòng GD&ĐT huyện Đức Hòa\nHội Khuyến học huyện"],
  ];
  const values: Row[] = [["NỘI DUNG BÁO CÁO TỰ ĐÁNH GIÁ"], ["Phần", "Nội dung", "Hướng dẫn"]];
  for (const [k, v] of rows) values.push([k, blank.includes(k) ? null : v, null]);
  return { name: "Nội dung báo cáo", values };
}

export function fixtureGrids(o: FixtureOptions = {}): WorkbookGrids {
  const sheets = [infoSheet(o), membersSheet(o.tt24), unitItemsSheet(o.tt24), evidenceSheet(o.year, o.tt24)];
  if (!o.noContent) sheets.push(contentSheet(o.blankSections));
  sheets.push(...(o.extraSheets ?? []));
  return { sheets };
}

export const NAMES: Record<string, string> = { ...SHEET_NAMES };

/** A document context, and the grids it was read from (the tests of the reader change them). */
export type FixtureContext = DocContext & { grids: WorkbookGrids };

/** grids → the real reader and evaluator → the context every document builder receives. */
export function contextFrom(grids: WorkbookGrids, o: FixtureOptions = {}): FixtureContext {
  // Sheets of a previous run are the product's through their marker and its registry, as in a real workbook.
  const read = readWorkbook(o.owned ? withOwnership(grids, o.owned) : grids);
  const model = read.model;
  // Stage 2 as run() does it: the year's framework (TT 24 from 2024, its tier from the unit), the preset.
  const rules = chooseRules(model, { today: TODAY, framework: o.tt24 ? "TT24/2023" : undefined });
  const { ruleSet, preset, year } = rules;
  const result = evaluate(model, ruleSet, { preset, year, unit: rules.unit });
  // The report's prose and the plan's targets, as run() reads and evaluates them for the dossier.
  model.reportContent = readReportContent({ grids, model, names: NAMES });
  result.targets = evaluateTargets({ model, result, ruleSet }).targets;
  return { grids, model, result, ruleSet, today: TODAY, names: { ...NAMES } };
}

/** The grids with the `owned` sheets marked as the product's (the marker in their first row) and a registry. */
function withOwnership(grids: WorkbookGrids, owned: Record<string, string>): WorkbookGrids {
  const token = "fixture";
  const sheets = grids.sheets.map((g) => {
    const id = Object.keys(owned).find((k) => owned[k] === g.name);
    if (!id) return g;
    const values = g.values.map((r) => [...r]);
    values[0] = [...(values[0] ?? []), markerText({ id, token, name: g.name })];
    return { ...g, values };
  });
  const plan = registryPlan(token, [], SHEET_NAMES.registry);
  return { sheets: [...sheets, { name: plan.name, values: plan.values, visibility: plan.visibility }] };
}

export function fixtureContext(o: FixtureOptions = {}): FixtureContext {
  return contextFrom(fixtureGrids(o), o);
}
