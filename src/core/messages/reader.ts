/**
 * What the reader reports: sheets and columns it cannot find or choose, and cell values it cannot read.
 */
import type { Entry } from "./entry";

export const READER_MESSAGES = {
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
    vi: (p) => `Trang ${p.sheet} thiếu cột "${p.column}".${p.headers ? ` Các cột chưa nhận ra: ${p.headers}.` : ""}`,
    // How to map a column of the school's own wording (read/column-map.ts), in the pane and on the command line.
    fix: (p) =>
      `Nếu trang đã có cột này dưới tên khác, chọn cột đó một lần: trong ngăn Đơn vị học tập (mục "Cột chưa nhận ra"), ` +
      `hoặc thêm vào trang Thông tin dòng "Cột: ${p.mapAs}" với giá trị là tiêu đề cột đó, ` +
      `hoặc trên dòng lệnh: dvht evaluate … --cot "${p.mapAs}=<tiêu đề cột>"; cách ghép được lưu trong sổ cho các lần sau. ` +
      `Nếu chưa có, thêm cột "${p.column}" vào dòng tiêu đề (dòng ${p.row}), ví dụ theo trang mẫu.`,
    en: (p) => `Sheet ${p.sheet} lacks the column "${p.column}".`,
  },
  COLUMN_MAP_UNKNOWN_COLUMN: {
    severity: "error",
    vi: (p) => `không có cột "${p.column}" để ghép với tiêu đề của trang.`,
    fix: (p) => `Ghi tên một trong các cột: ${p.known}.`,
    en: (p) => `no column "${p.column}" to map.`,
  },
  COLUMN_MAP_NOT_FOUND: {
    severity: "error",
    vi: (p) => `trang ${p.sheet} không có cột tiêu đề "${p.header}" để đọc làm cột "${p.column}".`,
    fix: (p) => `Ghi đúng tiêu đề cột như trên trang ${p.sheet}${p.headers ? ` (các cột chưa nhận ra: ${p.headers})` : ""}, hoặc xóa cách ghép này.`,
    en: (p) => `sheet ${p.sheet} has no header "${p.header}" to read as "${p.column}".`,
  },
  COLUMN_MAP_TWICE: {
    severity: "error",
    vi: (p) => `cột "${p.column}" hoặc tiêu đề "${p.header}" đã được ghép ở dòng khác; cách ghép này không được dùng.`,
    fix: () => "Mỗi cột, mỗi tiêu đề chỉ ghép một lần: xóa một trong hai dòng.",
    en: (p) => `"${p.column}" or "${p.header}" is mapped twice.`,
  },
  COLUMN_MAP_NOT_SAVED: {
    severity: "warning",
    vi: (p) => `Cột "${p.column}" được đọc từ cột "${p.header}" trong lần chạy này nhưng chưa lưu được vào sổ: sổ chưa có trang Thông tin.`,
    fix: () => 'Thêm trang "Thông tin" (nút Tạo mẫu hoặc lệnh dvht template) để cách ghép được lưu cùng tệp.',
    en: (p) => `"${p.column}" read from "${p.header}" for this run only: the workbook has no Thông tin sheet.`,
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
    vi: (p) => `không hiểu giá trị '${p.value}' (cần Có/Không).`,
    fix: () => "Nhập x, Có hoặc Đạt cho có; để trống, Không hoặc Chưa cho không.",
    en: (p) => `'${p.value}' is not yes/no.`,
  },
  BAD_TITLE: {
    severity: "error",
    vi: (p) => `không nhận ra danh hiệu '${p.value}'.`,
    fix: () => "Chọn một danh hiệu trong danh sách: Lao động tiên tiến, Chiến sĩ thi đua cơ sở, … hoặc Hoàn thành (tốt) nhiệm vụ, hoặc để trống.",
    en: (p) => `unknown title '${p.value}'.`,
  },
  BAD_COLLECTIVE_TITLE: {
    severity: "error",
    vi: (p) => `không nhận ra danh hiệu tập thể '${p.value}'.`,
    fix: () =>
      "Ghi danh hiệu thi đua tập thể của năm đánh giá: Tập thể lao động tiên tiến, Tập thể lao động xuất sắc hoặc Cờ thi đua (có thể viết tắt TTLĐTT, TTLĐXS, ghi thêm cơ quan tặng); để trống nếu đơn vị chưa có.",
    en: (p) => `unknown collective title '${p.value}'.`,
  },
  TITLE_IS_COMMENDATION: {
    severity: "warning",
    vi: (p) => `'${p.value}' của ${p.name} là hình thức khen thưởng, không phải danh hiệu thi đua: không tính là "Lao động tiên tiến" trở lên.`,
    fix: () =>
      "Ghi danh hiệu thi đua của năm đánh giá (Lao động tiên tiến, Chiến sĩ thi đua cơ sở …) nếu thành viên có; Bằng khen, Giấy khen ghi ở cột Ghi chú.",
    en: (p) => `'${p.value}' is a commendation, not an emulation title.`,
  },
  TITLE_YEAR_DIFFERS: {
    severity: "warning",
    vi: (p) => `danh hiệu '${p.value}' ghi năm ${p.years}, khác năm đánh giá ${p.year}.`,
    fix: (p) => `Ghi danh hiệu của năm đánh giá ${p.year}; nếu danh hiệu đúng là của năm ${p.year}, sửa hoặc bỏ năm ghi kèm.`,
    en: (p) => `the title '${p.value}' names ${p.years}, not the assessment year ${p.year}.`,
  },
  BAD_DATE: {
    severity: "error",
    vi: (p) => `'${p.value}' không phải ngày hợp lệ (ngày/tháng/năm).`,
    fix: () => "Nhập ngày dạng dd/mm/yyyy, ví dụ 05/09/2023.",
    en: (p) => `'${p.value}' is not a date.`,
  },
  BAD_POINTS: {
    severity: "error",
    vi: (p) => `'${p.value}' không phải là số điểm.`,
    fix: () => "Nhập số điểm, ví dụ 9,5 hoặc 10.",
    en: (p) => `'${p.value}' is not a number of points.`,
  },
  BAD_UNIT_ENTRY: {
    severity: "error",
    vi: (p) => `không hiểu kết quả '${p.value}'.`,
    fix: () => "Ghi Đạt, Không đạt hoặc Không áp dụng (chọn trong danh sách).",
    en: (p) => `'${p.value}' is not a result (Đạt / Không đạt / Không áp dụng).`,
  },
  CELL_ERROR: {
    severity: "error",
    vi: (p) => `ô có lỗi ${p.value}.`,
    fix: () => "Sửa công thức hoặc nhập giá trị trực tiếp.",
    en: (p) => `error value ${p.value}.`,
  },
  ROW_WITHOUT_NAME: {
    severity: "error",
    vi: (p) => `dòng ${p.row} có dữ liệu nhưng thiếu họ tên.`,
    fix: () => "Nhập họ tên, hoặc xóa dữ liệu thừa ở dòng này.",
    en: (p) => `row ${p.row} has data but no name.`,
  },
  SUMMARY_ROW_SKIPPED: {
    severity: "info",
    vi: (p) => `dòng ${p.row} ("${p.text}") là dòng tổng cộng, không phải một dòng dữ liệu của bảng; không tính.`,
    fix: () => "Không cần sửa. Các dòng dưới dòng tổng cộng không được đọc, trừ khi bên dưới còn dòng dữ liệu (dòng cộng của từng tổ).",
    en: (p) => `row ${p.row} is a totals line, not a row of the table.`,
  },
  EXCLUSION_WITHOUT_REASON: {
    severity: "error",
    vi: (p) => `thành viên ${p.name} được đánh dấu không tính nhưng không ghi lý do.`,
    fix: () => "Ghi lý do (ví dụ: mới chuyển đến tháng 9/2023, nghỉ dài hạn) hoặc xóa dấu.",
    en: () => "exclusion without a reason.",
  },
  DUPLICATE_MEMBER: {
    severity: "warning",
    vi: (p) => `họ tên ${p.name} trùng với dòng ${p.other}.`,
    fix: () => "Nếu là hai người khác nhau, thêm ghi chú phân biệt; nếu trùng, xóa một dòng.",
    en: (p) => `duplicate name ${p.name}.`,
  },
  MEMBER_WITHOUT_GROUP: {
    severity: "warning",
    vi: (p) => `${p.name} chưa có tổ; được xếp vào "Chưa phân tổ".`,
    fix: () => "Nhập tổ chuyên môn hoặc bộ phận của thành viên.",
    en: (p) => `${p.name} has no group.`,
  },
  // Unit information
  YEAR_IS_SCHOOL_YEAR: {
    severity: "error",
    vi: (p) => `'${p.shown}' là năm học (${p.first}–${p.second}); Năm đánh giá là năm dương lịch (số liệu tính từ 01/01 đến 31/12).`,
    fix: (p) => `Ghi năm dương lịch được đánh giá, ví dụ ${p.second} hoặc ${p.first}.`,
    en: (p) => `'${p.shown}' is a school year; the assessment year is a calendar year.`,
  },
  YEAR_NOT_UNDERSTOOD: {
    severity: "error",
    vi: (p) => `'${p.shown}' không phải năm đánh giá.`,
    fix: () => "Ghi năm dương lịch được đánh giá, ví dụ 2026.",
    en: (p) => `'${p.shown}' is not a year.`,
  },
  BAD_DIGITAL_LEVEL: {
    severity: "error",
    vi: (p) => `không hiểu mức độ chuyển đổi số '${p.value}'.`,
    fix: () => "Chọn một trong: chưa đạt, đáp ứng cơ bản, đáp ứng tốt (Quyết định 4725/QĐ-BGDĐT, 4740/QĐ-BGDĐT).",
    en: (p) => `unknown digital-transformation level '${p.value}'.`,
  },
  BAD_COUNT: {
    severity: "error",
    vi: (p) => `'${p.value}' không phải một số người.`,
    fix: () => "Ghi số nguyên, ví dụ 612.",
    en: (p) => `'${p.value}' is not a count.`,
  },
  BAD_RECOGNITION_LEVEL: {
    severity: "error",
    vi: (p) => `không hiểu mức độ công nhận '${p.value}'.`,
    fix: () => "Ghi Mức độ 1 hoặc Mức độ 2; để trống nếu đơn vị chưa được công nhận.",
    en: (p) => `unknown recognition level '${p.value}'.`,
  },
  COLLECTIVE_TITLE_IS_COMMENDATION: {
    severity: "warning",
    vi: (p) => `'${p.value}' là hình thức khen thưởng, không phải danh hiệu thi đua: không thay cho "Tập thể lao động tiên tiến" trở lên.`,
    fix: () => "Ghi danh hiệu thi đua tập thể của năm đánh giá (Tập thể lao động tiên tiến, Tập thể lao động xuất sắc, Cờ thi đua), nếu đơn vị có.",
    en: (p) => `'${p.value}' is a commendation, not an emulation title.`,
  },
  NO_UNIT_INFO: {
    severity: "warning",
    vi: () => "Không tìm thấy trang Thông tin đơn vị; tên đơn vị, cơ quan chủ quản sẽ để trống trên văn bản.",
    fix: () => 'Thêm trang "Thông tin" theo mẫu.',
    en: () => "No unit information sheet.",
  },
} satisfies Record<string, Entry>;
