/**
 * What Thông tư 24/2023 makes the product say: the unit as the circular sees it (its type, public or
 * not, its level), the indicators the Tổ đánh giá enters (met or not met, evidence), the learners of
 * 3.1, and the current recognition. Under TT 24 the words speak of indicators met or not met, never of
 * points.
 */
import type { Entry } from "./entry";

export const TT24_MESSAGES = {
  // The unit (read/unit-type.ts): what "Loại hình đơn vị", "Công lập / ngoài công lập" and "Cấp đơn vị" say.
  TT24_UNIT_TYPE_MISSING: {
    severity: "error",
    vi: () => 'Chưa ghi "Loại hình đơn vị": Thông tư 24/2023 cần biết loại hình để xác định chỉ tiêu nào áp dụng cho đơn vị.',
    fix: (p) => `Ghi "Loại hình đơn vị" trong trang Thông tin, ví dụ: ${p.choices}.`,
    en: () => "No unit type: TT 24 needs it to decide which indicators apply.",
  },
  TT24_UNIT_TYPE_UNKNOWN: {
    severity: "error",
    vi: (p) => `không nhận ra loại hình đơn vị '${p.shown}'.`,
    fix: (p) => `Chọn một loại hình trong danh sách: ${p.choices}.`,
    en: (p) => `unknown unit type '${p.shown}'.`,
  },
  TT24_UNIT_TYPE_AMBIGUOUS: {
    severity: "error",
    vi: (p) => `'${p.shown}' có thể là nhiều loại hình đơn vị có chỉ tiêu khác nhau: ${p.choices}.`,
    fix: (p) => `Ghi rõ một loại hình: ${p.choices}.`,
    en: (p) => `'${p.shown}' fits several unit types: ${p.choices}.`,
  },
  TT24_UNIT_PUBLIC_AMBIGUOUS: {
    severity: "error",
    vi: (p) => `'${p.shown}' vừa là công lập vừa là tư thục, dân lập hoặc ngoài công lập.`,
    fix: (p) => `Giữ một trong: ${p.choices}.`,
    en: (p) => `'${p.shown}' says both public and private.`,
  },
  TT24_UNIT_TIER_NEEDED: {
    severity: "error",
    vi: (p) =>
      `Loại hình '${p.shown}' (${p.types}) không có cấp mặc định: cần ghi "Cấp đơn vị" để chọn chỉ tiêu cấp huyện (Điều 6, 7) hay cấp tỉnh (Điều 12, 13).`,
    fix: (p) => `Ghi "Cấp đơn vị" trong trang Thông tin: ${p.choices}.`,
    en: (p) => `Unit type '${p.shown}' has no default level: set "Cấp đơn vị".`,
  },
  TT24_UNIT_TIER_UNKNOWN: {
    severity: "error",
    vi: (p) => `không hiểu cấp đơn vị '${p.shown}'.`,
    fix: (p) => `Ghi một trong: ${p.choices} (để trống: theo loại hình đơn vị).`,
    en: (p) => `unknown unit level '${p.shown}'.`,
  },
  TT24_TIER_XA_READ_AS_HUYEN: {
    severity: "info",
    vi: (p) =>
      `Cấp đơn vị '${p.shown}': từ 01/7/2025 cấp xã làm thay cấp huyện; đơn vị được đánh giá theo các chỉ tiêu cấp huyện (Điều 6, 7 Thông tư 24/2023).`,
    fix: () => 'Không cần sửa; ghi "cấp huyện" để không hiện lưu ý này.',
    en: (p) => `Level '${p.shown}' is read as the district level (the commune took over in 2025).`,
  },
  TT24_TIER_SET_DIFFERS_FROM_TYPE: {
    severity: "info",
    vi: (p) => `Cấp đơn vị ghi ${p.tier}, khác cấp thường gặp của ${p.types} (${p.usual}); đơn vị được đánh giá theo các chỉ tiêu ${p.tier}.`,
    fix: () => 'Kiểm tra lại "Cấp đơn vị"; để trống để dùng cấp theo loại hình đơn vị.',
    en: (p) => `Level set to ${p.tier}, not the usual ${p.usual} of ${p.types}.`,
  },
  TT24_PRESET_IGNORED: {
    severity: "info",
    vi: (p) => `Phương án địa phương '${p.value}' chỉ dùng cho Thông tư 22/2020; Thông tư 24/2023 không có phương án địa phương nên phương án này được bỏ qua.`,
    fix: () => "Không cần sửa; có thể để trống hoặc ghi Toàn quốc.",
    en: (p) => `Preset '${p.value}' belongs to TT 22 and is ignored under TT 24.`,
  },

  // The indicators the Tổ đánh giá enters (Điều 9).
  TT24_INDICATOR_NOT_ENTERED: {
    severity: "warning",
    vi: (p) => `Chỉ tiêu ${p.item} (${p.text}) chưa được Tổ đánh giá đánh giá: tính là chưa đạt.`,
    fix: (p) => `Ghi Đạt, Không đạt hoặc Không áp dụng cho chỉ tiêu ${p.item} ở trang ${p.sheet}, kèm mã minh chứng${p.also ?? ""}.`,
    en: (p) => `Indicator ${p.item} was not assessed: counted as not met.`,
  },
  TT24_INDICATOR_NO_EVIDENCE: {
    severity: "warning",
    vi: (p) => `Chỉ tiêu ${p.item} (${p.text}) chưa có minh chứng: được đánh giá là không đạt (Điều 9 khoản 3 Thông tư 24/2023).`,
    fix: (p) =>
      `Ghi mã minh chứng ở cột Mã minh chứng, hoặc thêm dòng ở trang Minh chứng có cột Tiêu chí ghi ${p.item}. Lời giải trình không thay cho minh chứng.`,
    en: (p) => `Indicator ${p.item} has no evidence: not met (Art. 9.3).`,
  },
  TT24_NA_ENTERED_BUT_APPLIES: {
    severity: "warning",
    vi: (p) => `chỉ tiêu ${p.item} ghi Không áp dụng nhưng chỉ tiêu này áp dụng cho đơn vị (${p.unit}): tính là chưa đạt.`,
    fix: () => "Ghi Đạt hoặc Không đạt, kèm mã minh chứng.",
    en: (p) => `indicator ${p.item} is marked not applicable but applies to this unit.`,
  },
  TT24_ENTRY_ON_NOT_APPLICABLE: {
    severity: "info",
    vi: (p) => `chỉ tiêu ${p.item} không áp dụng cho đơn vị (${p.reason}); kết quả ghi ở đây không được tính.`,
    fix: () => "Có thể ghi Không áp dụng.",
    en: (p) => `indicator ${p.item} does not apply to this unit; the entry is not counted.`,
  },
  TT24_ENTRY_DISAGREES: {
    severity: "warning",
    vi: (p) => `chỉ tiêu ${p.item}: ${p.note}; tính là chưa đạt.`,
    fix: (p) => `Sửa kết quả ở trang ${p.sheet} hoặc thông tin ở trang Thông tin cho khớp nhau.`,
    en: (p) => `indicator ${p.item}: the entry contradicts the recorded fact.`,
  },
  TT24_LEVEL_NOTE: {
    severity: "info",
    vi: (p) => `${p.note}`,
    fix: () => "Không cần sửa.",
    en: (p) => `${p.note}`,
  },

  // 3.1's learners (Điều 2: "Người học").
  TT24_LEARNERS_MISSING: {
    severity: "warning",
    vi: () => 'Đơn vị có Người học (Điều 2 Thông tư 24/2023): chỉ tiêu 3.1 cần "Số người học" và "Số người học đạt CDHT".',
    fix: () => 'Ghi "Số người học" và "Số người học đạt CDHT" trong trang Thông tin.',
    en: () => "The unit has learners: indicator 3.1 needs the number of learners and of those with the CDHT title.",
  },
  TT24_LEARNERS_NOT_USED: {
    severity: "info",
    vi: (p) => `${p.type} không có Người học theo Điều 2 Thông tư 24/2023: "Số người học" không dùng cho chỉ tiêu 3.1.`,
    fix: () => "Không cần sửa.",
    en: () => "The unit has no learners in the circular's sense: the learner counts are not used.",
  },
  TT24_LEARNERS_MORE_THAN_TOTAL: {
    severity: "error",
    vi: (p) => `Số người học đạt CDHT (${p.meeting}) lớn hơn Số người học (${p.counted}).`,
    fix: () => "Sửa lại hai số trong trang Thông tin.",
    en: (p) => `${p.meeting} learners with the title, of ${p.counted} learners.`,
  },

  // The current recognition and the dossier date (evaluate/tt24/recognition.ts).
  TT24_RECOGNITION_DATE_MISSING: {
    severity: "error",
    vi: (p) => `Có "Công nhận hiện có: mức độ" (${p.level}) nhưng chưa có ngày quyết định: không xác định được thời hạn bảo lưu.`,
    fix: () => 'Ghi "Công nhận hiện có: ngày quyết định" (dd/mm/yyyy), hoặc xóa mức độ nếu đơn vị chưa được công nhận.',
    en: () => "A current recognition without its decision date.",
  },
  TT24_RECOGNITION_AFTER_DOSSIER: {
    severity: "error",
    vi: (p) => `Ngày quyết định công nhận hiện có (${p.decisionDate}) sau ngày trình hồ sơ (${p.dossierDate}).`,
    fix: () => 'Kiểm tra "Công nhận hiện có: ngày quyết định" và "Ngày trình hồ sơ".',
    en: (p) => `The current recognition (${p.decisionDate}) is dated after the dossier (${p.dossierDate}).`,
  },
  TT24_DOSSIER_BEFORE_YEAR_END: {
    severity: "warning",
    vi: (p) => `Ngày trình hồ sơ ${p.dossierDate} chưa hết năm đánh giá (số liệu tính đến ngày ${p.dataTo}).`,
    fix: () => 'Kiểm tra "Ngày trình hồ sơ" (để trống: ngày 15/01 năm sau).',
    en: (p) => `The dossier date ${p.dossierDate} falls within the assessment year.`,
  },
  TT24_AUTHORITY_DEFAULT: {
    severity: "info",
    vi: (p) => `Cơ quan nhận hồ sơ (${p.recipient}) và người quyết định công nhận (${p.approver}) lấy theo mặc định của phần mềm: ${p.note}`,
    fix: () => 'Ghi "Cơ quan nhận hồ sơ" và "Người, cơ quan quyết định công nhận" trong trang Thông tin nếu khác.',
    en: (p) => `Recipient (${p.recipient}) and approver (${p.approver}) are the product's defaults; check them.`,
  },
} satisfies Record<string, Entry>;
