/**
 * The standard input sheets (docs/domain/workbook.md): Thông tin, Thành viên, Tiêu chí đơn vị, Minh chứng and
 * Nội dung báo cáo, with headers the reader knows, dropdowns, frozen header rows and short
 * instructions. These become the clerk's sheets (they are not registered as the product's):
 * `existing` names are never touched, so the pane's "Tạo mẫu" adds only what a workbook lacks, and
 * re-runs only read them, so what the clerk writes survives every run.
 */
import type { PlanValidation, SheetPlan, WritePlan } from "../plan";
import type { Rect } from "../grid";
import { INDIVIDUAL_TITLES, COLLECTIVE_TITLES } from "../rules/titles";
import { FRAMEWORKS, PRESETS, frameworkOf, getRuleSet, ruleSetFor, ruleSetForYear } from "../rules";
import type { RuleSet } from "../rules/schema";
import { isTt24, tt24RuleSet, TT24_UNIT_TYPE_LABELS } from "../rules/tt24";
import { SheetBuilder, S, merge, a4Print } from "./builder";
import { SECTIONS } from "../workbook/report-sections";
import { INFO_KEYS, infoLabel, type InfoField } from "../workbook/info-keys";
import { INPUT_SHEET_NAMES } from "../workbook/sheets";
import { DIGITAL_LEVEL_CHOICES, PANEL_ROLE_CHOICES, PUBLIC_CHOICES, RECOGNITION_LEVEL_CHOICES, TIER_CHOICES, TT24_ENTRY_CHOICES } from "../workbook/choices";
import { OVERRIDE_HEADER } from "../workbook/overrides";

/**
 * Plan targets (chỉ tiêu) as in the Bình An plan, pre-filled with that plan's values for the clerk
 * to edit or delete; column C stays blank (a value there is read as the result typed by hand).
 */
export const DEFAULT_TARGET_ROWS: [string, string | number | null, string][] = [
  ["Chỉ tiêu: Kế hoạch tự học, tự bồi dưỡng được duyệt", "100%", ""],
  ["Chỉ tiêu: Lao động tiên tiến", "100%", ""],
  ["Chỉ tiêu: Danh hiệu tập thể", "Tập thể lao động tiên tiến", ""],
  ["Chỉ tiêu: Gia đình đăng ký GĐHT", "100%", ""],
  ["Chỉ tiêu: Kỹ năng số", "90%", ""],
];

/** The same under Thông tư 24 (no self-study plan column; 2.5 asks for 90% "Lao động tiên tiến"). */
export const DEFAULT_TARGET_ROWS_TT24: [string, string | number | null, string][] = [
  ["Chỉ tiêu: Lao động tiên tiến", "90%", ""],
  ["Chỉ tiêu: Danh hiệu tập thể", "Tập thể lao động tiên tiến", ""],
  ["Chỉ tiêu: Gia đình đăng ký GĐHT", "100%", ""],
  ["Chỉ tiêu: Kỹ năng số", "90%", ""],
];

const DATA_ROWS = 500;
const YES_NO = ["Có", "Không"];
const HEAD = merge(S.bold, S.center, S.box, S.headerFill);

export interface TemplateOptions {
  /**
   * Rule set or framework ("TT22/2020", "TT24/2023", "TT24/2023-cap-tinh"); default: the framework of
   * `year`, and without a year the newest (a new workbook is a Thông tư 24 workbook, rules.md §1).
   */
  framework?: string;
  /** The assessment year the workbook is for: written in "Năm đánh giá", and it picks the framework. */
  year?: number;
  /** Thông tư 24: the unit's tier, whose indicators "Tiêu chí đơn vị" lists (default cấp huyện). */
  tier?: "cap-huyen" | "cap-tinh";
  /** Extra "Thông tin" rows (e.g. plan targets) appended after the standard ones. */
  extraInfoRows?: [string, string | number | null, string][];
  /** Extra clerk input sheets (e.g. "Nội dung báo cáo"). */
  extraSheets?: SheetPlan[];
  /** Values of "Thông tin" carried from another workbook (Tạo sổ năm sau); they win over the defaults. */
  values?: Partial<Record<InfoField, string | number>>;
  /** Members carried from another workbook (Tạo sổ năm sau): name, position, tổ; every answer blank. */
  members?: { name: string; position?: string; group?: string }[];
}

/** An input sheet's first two rows: its title, and a line telling the clerk how to fill it (`height` pt). */
function titleAndHelp(b: SheetBuilder, title: string, height: number, help: string): void {
  b.block(0, 0, b.lastCol, title, merge(S.bold, { font: { size: 14 } }));
  b.block(1, 0, b.lastCol, help, merge(S.italic, S.wrap));
  b.height(1, height);
}

/** The rule set a template is for: the framework asked for (its tier when named), else the year's. */
export function templateRuleSet(opts: Pick<TemplateOptions, "framework" | "year" | "tier"> = {}): RuleSet {
  const named = opts.framework ? getRuleSet(opts.framework) : undefined;
  const rs = named ?? ruleSetForYear(opts.year ?? Number.MAX_SAFE_INTEGER);
  return opts.tier && isTt24(rs) ? ruleSetFor(rs, opts.tier) : rs;
}

/** Guidance (column C) and dropdowns of "Thông tin", by field. */
function infoSheet(opts: TemplateOptions, rs: RuleSet): SheetPlan {
  const tt24 = isTt24(rs);
  const b = new SheetBuilder("tpl-info", INPUT_SHEET_NAMES.unitInfo, [34, 44, 56, 2, 40, 26], 12);
  b.block(0, 0, 2, "THÔNG TIN ĐƠN VỊ", merge(S.bold, { font: { size: 14 } }));
  b.block(
    1,
    0,
    2,
    tt24
      ? "Điền cột Giá trị (chọn trong danh sách ở các ô có mũi tên). Phần mềm đọc trang này theo tên dòng ở cột A. Thông tư 24/2023: đánh giá theo năm dương lịch."
      : "Điền cột Giá trị. Phần mềm đọc trang này theo tên dòng ở cột A (không phân biệt hoa thường, dấu).",
    merge(S.italic, S.wrap),
  );
  b.height(1, 32);
  b.line(2, 0, ["Thông tin", "Giá trị", "Hướng dẫn"], HEAD);
  // One row per key of "Thông tin" (workbook/info-keys.ts) that this framework asks for; the guidance
  // for the rule set and the preset lists what this version knows, and the preset starts at the national text.
  const hints: Partial<Record<InfoField, string>> = {
    framework: `Để trống để chọn theo năm; hoặc ${FRAMEWORKS.join(" / ")}`,
    preset: `${PRESETS.map((p) => p.label).join(" / ")} (Hà Nội: 70% thành viên đạt LĐTT)`,
  };
  const defaults: Partial<Record<InfoField, string | number>> = tt24 ? {} : { preset: "Toàn quốc" };
  if (opts.year !== undefined) defaults.year = opts.year;
  // A framework asked for is written down, so that the workbook is read by it whatever its year.
  if (opts.framework) defaults.framework = frameworkOf(rs);
  if (tt24 && rs.tier === "cap-tinh") defaults.tier = "cấp tỉnh";
  Object.assign(defaults, opts.values ?? {});
  const other = tt24 ? "TT22" : "TT24";
  const rows: [string, string | number | null, string][] = [
    ...INFO_KEYS.filter((k) => !k.exact && k.only !== other).map((k): [string, string | number | null, string] => [
      k.label,
      defaults[k.field] ?? null,
      hints[k.field] ?? k.hint ?? "",
    ]),
    ...(opts.extraInfoRows ?? (tt24 ? DEFAULT_TARGET_ROWS_TT24 : DEFAULT_TARGET_ROWS)),
  ];
  rows.forEach((r, i) => b.line(3 + i, 0, r));
  const last = 2 + rows.length;
  b.style({ top: 3, left: 0, bottom: last, right: 2 }, merge(S.box, S.wrap));
  b.style({ top: 3, left: 0, bottom: last, right: 0 }, S.bold);
  b.style({ top: 3, left: 2, bottom: last, right: 2 }, { font: { italic: true, size: 11, color: "#595959" } });
  const rowOf = (f: InfoField) => 3 + rows.findIndex((r) => r[0] === infoLabel(f));
  const at = (f: InfoField): Rect => ({ top: rowOf(f), left: 1, bottom: rowOf(f), right: 1 });
  const titles = COLLECTIVE_TITLES.filter((t) => t.code !== "NONE" && !t.commendation).map((t) => t.label);
  b.validations.push({ range: at("framework"), list: FRAMEWORKS, strict: false }, { range: at("collectiveTitle"), list: titles, strict: false });
  if (!tt24) b.validations.push({ range: at("preset"), list: PRESETS.map((p) => p.label), strict: true, error: "Chọn phương án trong danh sách." });
  if (tt24) {
    // Lists with commas or longer than Excel's 255 characters are written beside the table (columns E, F)
    // and the dropdowns refer to them; the reader takes the same words back (read/unit-type.ts).
    const lists: [string, readonly string[], InfoField][] = [
      ["Loại hình đơn vị (danh sách chọn)", TT24_UNIT_TYPE_LABELS, "unitType"],
      ["Công lập / ngoài công lập (danh sách chọn)", PUBLIC_CHOICES, "ownership"],
    ];
    lists.forEach(([title, values, field], k) => {
      const col = 4 + k;
      b.set(2, col, title, HEAD);
      values.forEach((v, i) => b.set(3 + i, col, v, merge(S.box, { font: { size: 11, color: "#595959" } })));
      const listRange = { top: 3, left: col, bottom: 2 + values.length, right: col };
      b.validations.push({ range: at(field), list: [...values], listRange, strict: false, error: "Chọn trong danh sách bên phải (cột E, F)." });
    });
    b.validations.push(
      { range: at("tier"), list: [...TIER_CHOICES], strict: false },
      { range: at("digitalLevel"), list: [...DIGITAL_LEVEL_CHOICES], strict: false },
      { range: at("accreditation"), list: YES_NO, strict: false },
      { range: at("currentLevel"), list: [...RECOGNITION_LEVEL_CHOICES], strict: false },
    );
    for (const f of ["currentDate", "dossierDate"] as const) b.style(at(f), { numberFormat: "dd/mm/yyyy" });
  }
  b.style(at("meetingDate"), { numberFormat: "dd/mm/yyyy" });
  return b.build({ freeze: { rows: 3, cols: 0 } });
}

const COMPETENCE_SHORT = [
  "Pháp luật",
  "Cam kết học tập suốt đời",
  "Học tập trong gia đình, cộng đồng",
  "Lối sống, môi trường",
  "Ngoại ngữ, CNTT",
  "Tư duy phản biện, sáng tạo",
  "Bình đẳng giới",
  "Đa dạng văn hóa",
];

/**
 * The individual titles as a dropdown offers them: a literal list is comma-separated, so "cấp bộ,
 * ngành, tỉnh" is written "cấp bộ/ngành/tỉnh" (the reader folds punctuation: both read back as the title).
 */
export const INDIVIDUAL_CHOICES = INDIVIDUAL_TITLES.filter((t) => t.code !== "NONE" && !t.commendation).map((t) => t.label.replace(/, /g, "/"));

type CarriedMember = NonNullable<TemplateOptions["members"]>[number];

function membersSheet(rs: RuleSet, members: CarriedMember[]): SheetPlan {
  return isTt24(rs) ? membersSheetTt24(members) : membersSheetTt22(members);
}

/** STT, name, position and tổ of the members carried over, from the first data row. */
function carry(b: SheetBuilder, firstData: number, members: CarriedMember[]): void {
  members.forEach((m, i) => b.line(firstData + i, 0, [i + 1, m.name, m.position ?? null, m.group ?? null]));
}

function membersSheetTt22(members: CarriedMember[]): SheetPlan {
  const before = [
    "STT",
    "Họ và tên",
    "Chức vụ",
    "Tổ chuyên môn",
    "KH tự học, tự bồi dưỡng được duyệt",
    "Ngày phê duyệt KH",
    "Tuân thủ kỷ luật, nội quy",
    "Hoàn thành bồi dưỡng bắt buộc",
    "Danh hiệu thi đua",
  ];
  const after = ["Danh hiệu Công dân học tập", "Kỹ năng số", "Gia đình đăng ký GĐHT", "Gia đình đạt GĐHT", "Không tính (lý do)", "Ghi chú"];
  const widths = [5, 26, 14, 16, 12, 12, 11, 12, 20, ...new Array(8).fill(6), 12, 9, 11, 11, 22, 20];
  const b = new SheetBuilder("tpl-members", INPUT_SHEET_NAMES.members, widths, 11);
  b.block(0, 0, b.lastCol, "DANH SÁCH CÁN BỘ, GIÁO VIÊN, NHÂN VIÊN", merge(S.bold, { font: { size: 14 } }));
  const names = COMPETENCE_SHORT.map((n, k) => `${k + 1} ${n}`).join("; ");
  b.block(
    1,
    0,
    b.lastCol,
    `Mỗi người một dòng. Cột Có/Không: nhập x, Có, Đạt (có) hoặc để trống, Không (không). Muốn không tính một người, ghi lý do ở cột "Không tính (lý do)". Năng lực CDHT: ${names}.`,
    merge(S.italic, S.wrap),
  );
  b.height(1, 45);
  const h1 = 2;
  const h2 = 3;
  before.forEach((t, c) => b.block(h1, c, c, t, HEAD, 2));
  b.block(h1, before.length, before.length + 7, "Năng lực, phẩm chất Công dân học tập", HEAD);
  for (let k = 0; k < 8; k++) b.set(h2, before.length + k, k + 1, HEAD);
  after.forEach((t, i) => b.block(h1, before.length + 8 + i, before.length + 8 + i, t, HEAD, 2));
  b.height(h1, 30);
  b.height(h2, 42);
  const firstData = h2 + 1;
  const lastData = firstData + DATA_ROWS - 1;
  b.set(lastData, 0, null);
  const yesNoCols = [
    4,
    6,
    7,
    ...Array.from({ length: 8 }, (_, k) => before.length + k),
    before.length + 8,
    before.length + 9,
    before.length + 10,
    before.length + 11,
  ];
  const validations: PlanValidation[] = yesNoCols.map((c) => ({ range: { top: firstData, left: c, bottom: lastData, right: c }, list: YES_NO, strict: false }));
  validations.push({ range: { top: firstData, left: 8, bottom: lastData, right: 8 }, list: INDIVIDUAL_CHOICES, strict: false });
  b.validations.push(...validations);
  b.style({ top: firstData, left: 5, bottom: lastData, right: 5 }, { numberFormat: "dd/mm/yyyy" });
  carry(b, firstData, members);
  return b.build({ freeze: { rows: firstData, cols: 2 } });
}

/**
 * Thông tư 24's members: discipline (2.1), training (2.2), digital transformation (2.3), a language
 * certificate (2.4 Mức độ 1) and, optionally, a language level (2.4 Mức độ 2), the emulation title
 * (2.5) and the "Công dân học tập" title (3.1); no TT 22 column.
 */
function membersSheetTt24(members: CarriedMember[]): SheetPlan {
  const headers = [
    "STT",
    "Họ và tên",
    "Chức vụ",
    "Tổ chuyên môn",
    "Tuân thủ kỷ luật, nội quy (2.1)",
    "Hoàn thành chương trình học tập, bồi dưỡng (2.2)",
    "Được đào tạo, bồi dưỡng và tham gia chuyển đổi số (2.3)",
    "Chứng chỉ ngoại ngữ / tiếng DTTS (2.4)",
    "Trình độ ngoại ngữ / tiếng DTTS đáp ứng yêu cầu (2.4, Mức độ 2)",
    "Danh hiệu thi đua (2.5)",
    "Danh hiệu Công dân học tập (3.1)",
    "Kỹ năng số",
    "Gia đình đăng ký GĐHT",
    "Gia đình đạt GĐHT",
    "Không tính (lý do)",
    "Ghi chú",
  ];
  const widths = [5, 26, 14, 16, 11, 13, 14, 13, 15, 20, 12, 9, 11, 11, 22, 20];
  const b = new SheetBuilder("tpl-members", INPUT_SHEET_NAMES.members, widths, 11);
  titleAndHelp(
    b,
    "DANH SÁCH CÁN BỘ, GIÁO VIÊN, NHÂN VIÊN",
    45,
    "Mỗi người một dòng (Thông tư 24/2023, chỉ tiêu 2.1–2.5 và 3.1). Cột Có/Không: nhập x, Có, Đạt (có) hoặc để trống, Không (không). " +
      'Cột "Trình độ ngoại ngữ … đáp ứng yêu cầu" có thể bỏ trống: khi đó người có chứng chỉ được tính. ' +
      'Muốn không tính một người (mới chuyển đến, nghỉ dài hạn), ghi lý do ở cột "Không tính (lý do)".',
  );
  const h = 2;
  b.line(h, 0, headers, HEAD);
  b.height(h, 58);
  const firstData = h + 1;
  const lastData = firstData + DATA_ROWS - 1;
  b.set(lastData, 0, null);
  const yesNoCols = [4, 5, 6, 7, 8, 10, 11, 12, 13];
  const validations: PlanValidation[] = yesNoCols.map((c) => ({ range: { top: firstData, left: c, bottom: lastData, right: c }, list: YES_NO, strict: false }));
  validations.push({ range: { top: firstData, left: 9, bottom: lastData, right: 9 }, list: INDIVIDUAL_CHOICES, strict: false });
  b.validations.push(...validations);
  carry(b, firstData, members);
  return b.build({ freeze: { rows: firstData, cols: 2 } });
}

function unitItemsSheet(rs: RuleSet): SheetPlan {
  if (isTt24(rs)) return unitItemsSheetTt24(rs);
  const b = new SheetBuilder("tpl-unit-items", INPUT_SHEET_NAMES.unitItems, [11, 56, 10, 12, 24, 40], 11);
  b.block(0, 0, b.lastCol, `TIÊU CHÍ DO HỘI ĐỒNG CHẤM (${rs.legalSource.document})`, merge(S.bold, { font: { size: 14 } }));
  b.block(
    1,
    0,
    b.lastCol,
    "Điểm có bước 0,25. Mỗi tiêu chí có điểm phải có mã minh chứng hoặc giải trình (không có thì tính 0 điểm).",
    merge(S.italic, S.wrap),
  );
  b.line(2, 0, ["Mã tiêu chí", "Nội dung", "Điểm tối đa", "Điểm tự đánh giá", "Mã minh chứng", "Giải trình"], HEAD);
  const items = rs.items.filter((i) => i.measuredOn === "unit");
  items.forEach((it, k) => b.line(3 + k, 0, [it.id, it.text, it.max ?? null, null, null, null]));
  const last = 2 + items.length;
  b.style({ top: 3, left: 0, bottom: last, right: 5 }, merge(S.box, S.wrap));
  b.style({ top: 3, left: 0, bottom: last, right: 0 }, S.center);
  return b.build({ freeze: { rows: 3, cols: 0 } });
}

/**
 * Thông tư 24's unit indicators, 1.1–1.5 and 3.2–3.5 (cấp tỉnh: 3.2–3.6), each with the circular's
 * own words (Mức độ 2's where they differ), and a dropdown Đạt / Không đạt / Không áp dụng (Điều 9).
 */
function unitItemsSheetTt24(rs: RuleSet): SheetPlan {
  const tt24 = tt24RuleSet(rs.tier!);
  const b = new SheetBuilder("tpl-unit-items", INPUT_SHEET_NAMES.unitItems, [10, 62, 14, 22, 36], 11);
  titleAndHelp(
    b,
    `CHỈ TIÊU DO TỔ ĐÁNH GIÁ ĐÁNH GIÁ (${rs.legalSource.document}, ${tt24.tierLabel})`,
    45,
    "Ghi Đạt, Không đạt hoặc Không áp dụng, kèm mã minh chứng (Điều 9: chỉ tiêu không có minh chứng là không đạt; lời giải trình không thay cho minh chứng). " +
      "3.3 có thể để trống khi đã ghi Danh hiệu tập thể; 3.4 theo Mức độ chuyển đổi số; chỉ tiêu kiểm định theo dòng Kiểm định chất lượng GDNN (trang Thông tin).",
  );
  b.line(2, 0, ["Mã chỉ tiêu", "Nội dung (Thông tư 24/2023)", "Kết quả tự đánh giá", "Mã minh chứng", "Giải trình"], HEAD);
  const items = tt24.indicators.filter((i) => i.kind !== "members");
  items.forEach((it, k) => {
    const m1 = it.levels.M1;
    const m2 = it.levels.M2;
    const words = [m1.text, m1.extra?.text, m2.text !== m1.text ? `Mức độ 2: ${m2.text}` : undefined].filter(Boolean).join("\n");
    b.line(3 + k, 0, [it.id, words, null, null, null]);
    b.height(3 + k, Math.min(160, 15 * Math.ceil(words.length / 80) + 6));
  });
  const last = 2 + items.length;
  b.style({ top: 3, left: 0, bottom: last, right: 4 }, merge(S.box, S.wrap, { align: { v: "top" } }));
  b.style({ top: 3, left: 0, bottom: last, right: 0 }, S.center);
  b.validations.push({ range: { top: 3, left: 2, bottom: last, right: 2 }, list: [...TT24_ENTRY_CHOICES], strict: false });
  return b.build({ freeze: { rows: 3, cols: 0 } });
}

function evidenceSheet(): SheetPlan {
  const b = new SheetBuilder("tpl-evidence", INPUT_SHEET_NAMES.evidence, [14, 12, 48, 16, 13, 24, 30, 20], 11);
  titleAndHelp(
    b,
    "DANH MỤC MINH CHỨNG",
    30,
    "Để trống Mã minh chứng: phần mềm tự đánh mã dạng H1-1.1-01 (nhóm–tiêu chí–số thứ tự). Một minh chứng có thể ghi nhiều tiêu chí, cách nhau bởi dấu ;",
  );
  b.line(
    2,
    0,
    ["Mã minh chứng", "Tiêu chí", "Tên minh chứng / Trích yếu", "Số, ký hiệu", "Ngày ban hành", "Cơ quan ban hành", "Nơi lưu / Đường dẫn", "Ghi chú"],
    HEAD,
  );
  const last = 2 + DATA_ROWS;
  b.set(last, 0, null);
  b.style({ top: 3, left: 4, bottom: last, right: 4 }, { numberFormat: "dd/mm/yyyy" });
  b.style({ top: 3, left: 0, bottom: last, right: 1 }, { numberFormat: "@" });
  return b.build({ freeze: { rows: 3, cols: 0 } });
}

/**
 * "Hội đồng điều chỉnh": where the council overrides a value the product computed (docs/domain/rules.md §2),
 * each with its reason; blank until the council decides otherwise.
 */
export function overridesSheet(): SheetPlan {
  const b = new SheetBuilder("tpl-overrides", INPUT_SHEET_NAMES.overrides, [14, 20, 80], 11);
  titleAndHelp(
    b,
    "HỘI ĐỒNG ĐIỀU CHỈNH KẾT QUẢ",
    44,
    "Chỉ dùng khi Hội đồng quyết định khác kết quả phần mềm tính. Mỗi dòng một tiêu chí: mã tiêu chí (ví dụ 2a, 2.4), giá trị Hội đồng quyết định " +
      "(số điểm, hoặc Đạt / Không đạt) và lý do (bắt buộc, theo biên bản họp). Phần mềm ghi mọi điều chỉnh vào trang Nhật ký điều chỉnh.",
  );
  b.line(2, 0, [...OVERRIDE_HEADER], HEAD);
  const last = 2 + 20;
  b.set(last, 0, null);
  b.style({ top: 3, left: 0, bottom: last, right: b.lastCol }, merge(S.box, S.wrap));
  b.style({ top: 3, left: 0, bottom: last, right: 0 }, merge(S.center, { numberFormat: "@" }));
  return b.build({ freeze: { rows: 3, cols: 0 } });
}

const PANEL_ROWS = 15;

/**
 * Thông tư 24 (Điều 10): the Tổ đánh giá the head of the unit sets up, one member a row, for the decision
 * that sets it up and the minutes of its meeting. `rows` pre-fills it (the sample workbook).
 */
export function panelSheet(rows: [name: string, position: string, role: string][] = []): SheetPlan {
  const b = new SheetBuilder("tpl-panel", INPUT_SHEET_NAMES.panel, [6, 28, 26, 24], 12);
  titleAndHelp(
    b,
    'TỔ ĐÁNH GIÁ "ĐƠN VỊ HỌC TẬP"',
    48,
    "Thành viên Tổ đánh giá do Hiệu trưởng quyết định thành lập (Thông tư 24/2023, Điều 10), mỗi người một dòng. " +
      'Số và ngày của quyết định ghi ở trang Thông tin. Phần mềm lập "Quyết định thành lập Tổ đánh giá" và biên bản họp Tổ từ trang này.',
  );
  b.line(2, 0, ["STT", "Họ và tên", "Chức vụ", "Nhiệm vụ trong Tổ đánh giá"], HEAD);
  const last = 2 + Math.max(PANEL_ROWS, rows.length);
  for (let r = 3; r <= last; r++) {
    const x = rows[r - 3];
    b.line(r, 0, [x ? r - 2 : null, x?.[0] ?? null, x?.[1] ?? null, x?.[2] ?? null]);
  }
  b.style({ top: 3, left: 0, bottom: last, right: b.lastCol }, S.box);
  b.style({ top: 3, left: 0, bottom: last, right: 0 }, S.center);
  b.validations.push({ range: { top: 3, left: 3, bottom: last, right: 3 }, list: [...PANEL_ROLE_CHOICES], strict: false });
  return b.build({ freeze: { rows: 3, cols: 0 } });
}

/** [section key as written in column A, text] — several rows with the same key add paragraphs. */
export type ContentRow = [string, string];
/** [key, target, achieved typed by hand (optional)] — rows for "Thông tin". */
export type TargetRow = [string, string | number, (string | number)?];

/**
 * The input sheet: title, one instruction line, header "Phần | Nội dung | Hướng dẫn", one row per
 * section with the guidance in column C. `rows` pre-fills the text column (the sample workbook).
 */
export function reportContentSheet(rows: ContentRow[] = []): SheetPlan {
  const b = new SheetBuilder("noi-dung-bao-cao", INPUT_SHEET_NAMES.reportContent, [24, 80, 48], 12);
  b.block(0, 0, 2, "NỘI DUNG BÁO CÁO TỰ ĐÁNH GIÁ", merge(S.bold, { font: { size: 14 } }));
  b.block(
    1,
    0,
    2,
    "Nhập lời văn cho từng phần ở cột Nội dung (xuống dòng trong ô bằng Alt+Enter; thêm dòng bên dưới với cột Phần để trống để viết tiếp). " +
      "Phần để trống: phần mềm tự viết từ kết quả tự đánh giá. Trang này do bạn sở hữu; phần mềm chỉ đọc, không ghi đè.",
    merge(S.italic, { align: { wrap: true, v: "top" } }),
  );
  b.height(1, 34);
  b.line(2, 0, ["Phần", "Nội dung", "Hướng dẫn"], merge(S.box, S.bold, S.center, S.headerFill));
  let r = 3;
  const textFor = (label: string) => rows.filter(([k]) => k === label).map(([, t]) => t);
  for (const s of SECTIONS) {
    const texts = textFor(s.label);
    const first = texts[0] ?? null;
    b.set(r, 0, s.label, merge(S.box, S.bold, { align: { v: "top", wrap: true } }));
    b.set(r, 1, first, merge(S.box, { align: { v: "top", wrap: true } }));
    b.set(r, 2, s.hint, merge(S.box, S.italic, { font: { size: 11, color: "#595959" }, align: { v: "top", wrap: true } }));
    b.height(r, Math.max(48, estimate(first ?? "", 80), estimate(s.hint, 48)));
    r++;
    for (const more of texts.slice(1)) {
      b.set(r, 0, null, S.box);
      b.set(r, 1, more, merge(S.box, { align: { v: "top", wrap: true } }));
      b.set(r, 2, null, S.box);
      b.height(r, Math.max(20, estimate(more, 80)));
      r++;
    }
  }
  b.row = r;
  // Printable too (a clerk often reviews the prose on paper): A4 landscape, one page wide.
  return b.build({
    freeze: { rows: 3, cols: 1 },
    tabColor: "#FFC000",
    showGridLines: true,
    print: a4Print(
      { top: 0, left: 0, bottom: b.values.length - 1, right: 2 },
      { orientation: "landscape", repeatRows: { from: 2, to: 2 }, horizontalCentered: false },
    ),
  });
}

function estimate(text: string, width: number): number {
  const perLine = Math.floor(width * 1.1);
  const lines = text.split("\n").reduce((n, p) => n + Math.max(1, Math.ceil(p.length / perLine)), 0);
  return lines * 16 + 4;
}

/**
 * The input sheets of the workbook for a year's framework (TT 24 by default; TT 22 for years up to
 * 2023 or when asked): those the workbook lacks, by name.
 */
export function planTemplate(existing: string[] = [], opts: TemplateOptions = {}): WritePlan {
  const have = new Set(existing.map((n) => n.toLowerCase()));
  const rs = templateRuleSet(opts);
  const all = [
    infoSheet(opts, rs),
    membersSheet(rs, opts.members ?? []),
    unitItemsSheet(rs),
    evidenceSheet(),
    ...(opts.extraSheets ?? [reportContentSheet()]),
    ...(isTt24(rs) ? [panelSheet()] : []),
    overridesSheet(),
  ];
  return { sheets: all.filter((s) => !have.has(s.name.toLowerCase())), patches: [] };
}
