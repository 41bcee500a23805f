/**
 * Problems as data: every check adds to one list; nothing stops at the first problem.
 * All user-facing texts live in this catalog (Vietnamese first, English second) so code and tests
 * import the same words.
 */

export type Severity = "error" | "warning" | "info";

export interface Issue {
  severity: Severity;
  code: string;
  sheet?: string;
  /** A1 address without the sheet. */
  cell?: string;
  /** Vietnamese, complete sentence naming what is wrong. */
  message: string;
  /** Vietnamese, what to do. */
  fix: string;
  /** English, for the pane's English switch (the fix stays in the clerk's Vietnamese). */
  en?: string;
  itemId?: string;
}

export type Params = Record<string, string | number>;
/** One catalog entry: severity, the Vietnamese message and fix, the English message. */
export interface Entry {
  severity: Severity;
  vi: (p: Params) => string;
  fix: (p: Params) => string;
  en: (p: Params) => string;
}

export const CATALOG = {
  // Finding sheets and columns
  NO_MEMBERS_SHEET: {
    severity: "error",
    vi: () => 'Không tìm thấy trang danh sách thành viên (cần dòng tiêu đề có "Họ và tên" và các cột tiêu chí).',
    fix: () => 'Thêm trang "Thành viên" theo mẫu (nút Tạo mẫu hoặc lệnh dvht template) rồi chạy lại.',
    en: () => "No members sheet found.",
  },
  AMBIGUOUS_ROLE: {
    severity: "error",
    vi: (p) => `Có nhiều trang giống trang ${p.role}: ${p.candidates}. Không thể tự chọn.`,
    fix: (p) => `Đổi tên hoặc xóa dòng tiêu đề ở các trang không phải trang ${p.role}, chỉ giữ một trang.`,
    en: (p) => `Several sheets look like the ${p.role} sheet: ${p.candidates}.`,
  },
  MISSING_COLUMN: {
    severity: "error",
    vi: (p) => `Trang ${p.sheet} thiếu cột "${p.column}".`,
    fix: (p) => `Thêm cột "${p.column}" vào dòng tiêu đề (dòng ${p.row}), ví dụ theo trang mẫu.`,
    en: (p) => `Sheet ${p.sheet} lacks the column "${p.column}".`,
  },
  AMBIGUOUS_COLUMN: {
    severity: "error",
    vi: (p) => `Trang ${p.sheet} có nhiều cột cùng là "${p.column}": ${p.cells}.`,
    fix: () => "Giữ lại một cột, đổi tiêu đề các cột còn lại.",
    en: (p) => `Sheet ${p.sheet} has several "${p.column}" columns: ${p.cells}.`,
  },
  NO_MEMBER_ROWS: {
    severity: "error",
    vi: (p) => `Trang ${p.sheet} không có dòng thành viên nào dưới dòng tiêu đề.`,
    fix: () => "Nhập danh sách thành viên (mỗi người một dòng) rồi chạy lại.",
    en: (p) => `Sheet ${p.sheet} has no member rows.`,
  },
  NO_COUNTED_MEMBERS: {
    severity: "error",
    vi: (p) => `Trang ${p.sheet}: mọi thành viên đều bị loại trừ, không còn ai để tính tỉ lệ.`,
    fix: () => 'Kiểm tra cột "Không tính (lý do)".',
    en: () => "Every member is excluded.",
  },
  // Cell values
  BAD_YES_NO: {
    severity: "error",
    vi: (p) => `${p.sheet}!${p.cell}: không hiểu giá trị '${p.value}' (cần Có/Không).`,
    fix: () => "Nhập x, Có hoặc Đạt cho có; để trống, Không hoặc Chưa cho không.",
    en: (p) => `${p.sheet}!${p.cell}: '${p.value}' is not yes/no.`,
  },
  BAD_TITLE: {
    severity: "error",
    vi: (p) => `${p.sheet}!${p.cell}: không nhận ra danh hiệu '${p.value}'.`,
    fix: () => "Chọn một danh hiệu trong danh sách: Lao động tiên tiến, Chiến sĩ thi đua cơ sở, … hoặc Hoàn thành (tốt) nhiệm vụ, hoặc để trống.",
    en: (p) => `${p.sheet}!${p.cell}: unknown title '${p.value}'.`,
  },
  BAD_DATE: {
    severity: "error",
    vi: (p) => `${p.sheet}!${p.cell}: '${p.value}' không phải ngày hợp lệ (ngày/tháng/năm).`,
    fix: () => "Nhập ngày dạng dd/mm/yyyy, ví dụ 05/09/2023.",
    en: (p) => `${p.sheet}!${p.cell}: '${p.value}' is not a date.`,
  },
  BAD_NUMBER: {
    severity: "error",
    vi: (p) => `${p.sheet}!${p.cell}: '${p.value}' không phải là số điểm.`,
    fix: () => "Nhập số điểm, ví dụ 9,5 hoặc 10.",
    en: (p) => `${p.sheet}!${p.cell}: '${p.value}' is not a number.`,
  },
  CELL_ERROR: {
    severity: "error",
    vi: (p) => `${p.sheet}!${p.cell}: ô có lỗi ${p.value}.`,
    fix: () => "Sửa công thức hoặc nhập giá trị trực tiếp.",
    en: (p) => `${p.sheet}!${p.cell}: error value ${p.value}.`,
  },
  ROW_WITHOUT_NAME: {
    severity: "error",
    vi: (p) => `${p.sheet}!${p.cell}: dòng ${p.row} có dữ liệu nhưng thiếu họ tên.`,
    fix: () => "Nhập họ tên, hoặc xóa dữ liệu thừa ở dòng này.",
    en: (p) => `${p.sheet}: row ${p.row} has data but no name.`,
  },
  SUMMARY_ROW_SKIPPED: {
    severity: "info",
    vi: (p) => `${p.sheet}!${p.cell}: dòng ${p.row} ("${p.text}") là dòng tổng cộng, không tính là thành viên.`,
    fix: () => "Không cần sửa. Nếu đây là một người, hãy sửa lại họ tên.",
    en: (p) => `${p.sheet}!${p.cell}: row ${p.row} is a totals line, not a member.`,
  },
  EXCLUSION_WITHOUT_REASON: {
    severity: "error",
    vi: (p) => `${p.sheet}!${p.cell}: thành viên ${p.name} được đánh dấu không tính nhưng không ghi lý do.`,
    fix: () => "Ghi lý do (ví dụ: mới chuyển đến tháng 9/2023, nghỉ dài hạn) hoặc xóa dấu.",
    en: (p) => `${p.sheet}!${p.cell}: exclusion without a reason.`,
  },
  DUPLICATE_MEMBER: {
    severity: "warning",
    vi: (p) => `${p.sheet}!${p.cell}: họ tên ${p.name} trùng với dòng ${p.other}.`,
    fix: () => "Nếu là hai người khác nhau, thêm ghi chú phân biệt; nếu trùng, xóa một dòng.",
    en: (p) => `${p.sheet}!${p.cell}: duplicate name ${p.name}.`,
  },
  MEMBER_WITHOUT_GROUP: {
    severity: "warning",
    vi: (p) => `${p.sheet}!${p.cell}: ${p.name} chưa có tổ; được xếp vào "Chưa phân tổ".`,
    fix: () => "Nhập tổ chuyên môn hoặc bộ phận của thành viên.",
    en: (p) => `${p.sheet}!${p.cell}: ${p.name} has no group.`,
  },
  // Unit items and evidence
  UNKNOWN_ITEM: {
    severity: "error",
    vi: (p) => `${p.sheet}!${p.cell}: mã tiêu chí '${p.value}' không có trong ${p.ruleSet}.`,
    fix: (p) => `Dùng một trong các mã: ${p.known}.`,
    en: (p) => `${p.sheet}!${p.cell}: unknown item '${p.value}'.`,
  },
  DUPLICATE_UNIT_ITEM: {
    severity: "error",
    vi: (p) => `${p.sheet}!${p.cell}: tiêu chí ${p.item} được nhập hai lần (dòng ${p.other}).`,
    fix: () => "Giữ một dòng cho mỗi tiêu chí.",
    en: (p) => `${p.sheet}!${p.cell}: item ${p.item} appears twice.`,
  },
  POINTS_ABOVE_MAX: {
    severity: "error",
    vi: (p) => `${p.sheet}!${p.cell}: tiêu chí ${p.item} tự chấm ${p.points} điểm, vượt mức tối đa ${p.max}.`,
    fix: (p) => `Nhập từ 0 đến ${p.max} điểm.`,
    en: (p) => `${p.sheet}!${p.cell}: ${p.points} exceeds the maximum ${p.max}.`,
  },
  POINTS_NOT_STEP: {
    severity: "error",
    vi: (p) => `${p.sheet}!${p.cell}: điểm ${p.points} của tiêu chí ${p.item} không phải bội số của ${p.step}.`,
    fix: (p) => `Làm tròn tới bội số ${p.step} (ví dụ 9,25; 9,5; 9,75).`,
    en: (p) => `${p.sheet}!${p.cell}: ${p.points} is not a multiple of ${p.step}.`,
  },
  NO_PROOF: {
    severity: "error",
    vi: (p) => `${p.sheet}!${p.cell}: tiêu chí ${p.item} có ${p.points} điểm nhưng không có mã minh chứng hay giải trình; được tính 0 điểm.`,
    fix: () => "Ghi mã minh chứng (cột Mã minh chứng) hoặc lời giải trình cho tiêu chí này.",
    en: (p) => `${p.sheet}!${p.cell}: item ${p.item} has points but no evidence or explanation; counted as 0.`,
  },
  UNIT_ITEM_MISSING: {
    severity: "warning",
    vi: (p) => `Tiêu chí ${p.item} (${p.text}) chưa được Hội đồng chấm; tạm tính 0 điểm.`,
    fix: (p) => `Thêm dòng tiêu chí ${p.item} vào trang ${p.sheet} với điểm tự đánh giá và minh chứng.`,
    en: (p) => `Item ${p.item} has no council score; counted as 0.`,
  },
  EVIDENCE_NOT_FOUND: {
    severity: "error",
    vi: (p) => `${p.sheet}!${p.cell}: mã minh chứng '${p.code}' không có trong trang minh chứng.`,
    fix: () => "Thêm minh chứng này vào trang Minh chứng hoặc sửa lại mã.",
    en: (p) => `${p.sheet}!${p.cell}: evidence code '${p.code}' not found.`,
  },
  EVIDENCE_UNKNOWN_ITEM: {
    severity: "error",
    vi: (p) => `${p.sheet}!${p.cell}: minh chứng ghi tiêu chí '${p.value}' không có trong ${p.ruleSet}.`,
    fix: (p) => `Dùng mã tiêu chí: ${p.known}.`,
    en: (p) => `${p.sheet}!${p.cell}: evidence names unknown item '${p.value}'.`,
  },
  EVIDENCE_NO_ITEM: {
    severity: "warning",
    vi: (p) => `${p.sheet}!${p.cell}: minh chứng '${p.title}' chưa ghi tiêu chí nào.`,
    fix: () => "Ghi mã tiêu chí mà minh chứng này chứng minh (ví dụ 1a; 2c).",
    en: (p) => `${p.sheet}!${p.cell}: evidence names no item.`,
  },
  DUPLICATE_EVIDENCE_CODE: {
    severity: "error",
    vi: (p) => `${p.sheet}!${p.cell}: mã minh chứng '${p.code}' trùng với dòng ${p.other}.`,
    fix: () => "Mỗi minh chứng cần một mã riêng; sửa hoặc xóa một mã (để trống để phần mềm tự đánh mã).",
    en: (p) => `${p.sheet}!${p.cell}: duplicate evidence code '${p.code}'.`,
  },
  ITEM_WITHOUT_EVIDENCE: {
    severity: "warning",
    vi: (p) => `Tiêu chí ${p.item} chưa có minh chứng nào.`,
    fix: () => "Bổ sung minh chứng cho tiêu chí này vào trang Minh chứng.",
    en: (p) => `Item ${p.item} has no evidence.`,
  },
  // Unit information
  NO_YEAR: {
    severity: "warning",
    vi: (p) => `Chưa có năm đánh giá trong trang ${p.sheet}; dùng năm ${p.year}.`,
    fix: () => 'Nhập "Năm đánh giá" trong trang Thông tin.',
    en: (p) => `No assessment year; using ${p.year}.`,
  },
  NO_UNIT_INFO: {
    severity: "warning",
    vi: () => "Không tìm thấy trang Thông tin đơn vị; tên đơn vị, cơ quan chủ quản sẽ để trống trên văn bản.",
    fix: () => 'Thêm trang "Thông tin" theo mẫu.',
    en: () => "No unit information sheet.",
  },
  UNKNOWN_PRESET: {
    severity: "error",
    vi: (p) => `${p.sheet}!${p.cell}: không có phương án địa phương '${p.value}'; dùng ${p.used}.`,
    fix: (p) => `Chọn một trong: ${p.known}.`,
    en: (p) => `Unknown preset '${p.value}'.`,
  },
  UNKNOWN_FRAMEWORK: {
    severity: "error",
    vi: (p) => `${p.sheet}!${p.cell}: không có bộ tiêu chí '${p.value}'; dùng ${p.used} theo năm đánh giá.`,
    fix: (p) => `Để trống hoặc chọn một trong: ${p.known}.`,
    en: (p) => `Unknown framework '${p.value}'.`,
  },
  PROVISIONAL_RULES: {
    severity: "warning",
    vi: (p) => `Bộ tiêu chí ${p.ruleSet} là bản TẠM THỜI: ${p.note}`,
    fix: () => "Đối chiếu với văn bản gốc trước khi nộp hồ sơ.",
    en: (p) => `Rule set ${p.ruleSet} is provisional.`,
  },
  SHEET_NAME_TAKEN: {
    severity: "info",
    vi: (p) => `Đã có trang "${p.wanted}" không do phần mềm tạo; kết quả được ghi vào trang "${p.used}".`,
    fix: (p) => `Nếu không cần trang "${p.wanted}" cũ, đổi tên hoặc xóa nó rồi chạy lại.`,
    en: (p) => `A sheet "${p.wanted}" exists and is not ours; wrote "${p.used}" instead.`,
  },
  // District consolidation (many schools' workbooks)
  DISTRICT_NO_BLOCK: {
    severity: "error",
    vi: (p) => `Tệp ${p.source}: không có khối kết quả DVHT_KETQUA (trang Kết quả).`,
    fix: () => "Đề nghị đơn vị mở sổ, bấm Đánh giá (hoặc chạy dvht evaluate) rồi gửi lại tệp kết quả.",
    en: (p) => `${p.source}: no DVHT_KETQUA block.`,
  },
  DISTRICT_HASH_MISMATCH: {
    severity: "warning",
    vi: (p) => `Tệp ${p.source}: khối kết quả đã bị sửa sau khi chấm (mã kiểm tra không khớp).`,
    fix: () => "Đề nghị đơn vị chạy Đánh giá lại và gửi tệp mới; không sửa tay trang Kết quả.",
    en: (p) => `${p.source}: the summary block was edited after evaluation.`,
  },
  DISTRICT_DUPLICATE_UNIT: {
    severity: "error",
    vi: (p) => `Đơn vị ${p.unit} (năm ${p.year}) có trong hai tệp: ${p.first} và ${p.source}; chỉ tính tệp đầu.`,
    fix: () => "Giữ lại tệp mới nhất của đơn vị, bỏ tệp còn lại.",
    en: (p) => `Unit ${p.unit} appears twice.`,
  },
  DISTRICT_MIXED: {
    severity: "warning",
    vi: (p) => `Tệp ${p.source}: ${p.what} là ${p.value}, khác với đa số (${p.usual}).`,
    fix: () => "Kiểm tra năm đánh giá và bộ tiêu chí trong trang Thông tin của đơn vị.",
    en: (p) => `${p.source}: ${p.what} differs.`,
  },
  DISTRICT_SCHOOL_ERRORS: {
    severity: "warning",
    vi: (p) => `Tệp ${p.source}: kết quả của đơn vị còn ${p.errors} lỗi dữ liệu chưa sửa.`,
    fix: () => "Đề nghị đơn vị xem trang Kiểm tra, sửa lỗi, chấm lại rồi gửi lại.",
    en: (p) => `${p.source}: the unit's result still has ${p.errors} data errors.`,
  },
} satisfies Record<string, Entry>;

export type IssueCode = keyof typeof CATALOG;

export function issue(code: IssueCode, params: Params = {}, where: { sheet?: string; cell?: string; itemId?: string } = {}): Issue {
  const e: Entry = CATALOG[code];
  const p = { ...where, ...params };
  return { severity: e.severity, code, ...where, message: e.vi(p), fix: e.fix(p), en: e.en(p) };
}

export const hasErrors = (issues: Issue[]) => issues.some((i) => i.severity === "error");
