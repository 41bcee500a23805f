/**
 * What the run reports when it holds the workbook against the rule set: the framework, the preset and the
 * year it chose, unit items and evidence that do not fit, and where its own sheets had to go.
 */
import type { Entry } from "./entry";

export const RULES_MESSAGES = {
  // The rule set, the preset and the year
  NO_YEAR: {
    severity: "warning",
    vi: (p) => `Chưa có năm đánh giá trong trang ${p.sheet}; dùng năm ${p.year}.`,
    fix: () => 'Nhập "Năm đánh giá" trong trang Thông tin.',
    en: (p) => `No assessment year; using ${p.year}.`,
  },
  UNKNOWN_PRESET: {
    severity: "error",
    vi: (p) => `không có phương án địa phương '${p.value}'; dùng ${p.used}.`,
    fix: (p) => `Chọn một trong: ${p.known}.`,
    en: (p) => `Unknown preset '${p.value}'.`,
  },
  UNKNOWN_FRAMEWORK: {
    severity: "error",
    vi: (p) => `không có bộ tiêu chí '${p.value}'; dùng ${p.used} theo năm đánh giá.`,
    fix: (p) => `Để trống hoặc chọn một trong: ${p.known}.`,
    en: (p) => `Unknown framework '${p.value}'.`,
  },
  SHEET_NAME_TAKEN: {
    severity: "info",
    vi: (p) => `Đã có trang "${p.wanted}" không do phần mềm tạo; kết quả được ghi vào trang "${p.used}".`,
    fix: (p) => `Nếu không cần trang "${p.wanted}" cũ, đổi tên hoặc xóa nó rồi chạy lại.`,
    en: (p) => `A sheet "${p.wanted}" exists and is not ours; wrote "${p.used}" instead.`,
  },
  // Unit items and evidence
  UNKNOWN_ITEM: {
    severity: "error",
    vi: (p) => `mã tiêu chí '${p.value}' không có trong ${p.ruleSet}.`,
    fix: (p) => `Dùng một trong các mã: ${p.known}.`,
    en: (p) => `unknown item '${p.value}'.`,
  },
  DUPLICATE_UNIT_ITEM: {
    severity: "error",
    vi: (p) => `tiêu chí ${p.item} được nhập hai lần (dòng ${p.other}).`,
    fix: () => "Giữ một dòng cho mỗi tiêu chí.",
    en: (p) => `item ${p.item} appears twice.`,
  },
  POINTS_ABOVE_MAX: {
    severity: "error",
    vi: (p) => `tiêu chí ${p.item} tự chấm ${p.points} điểm, vượt mức tối đa ${p.max}.`,
    fix: (p) => `Nhập từ 0 đến ${p.max} điểm.`,
    en: (p) => `${p.points} exceeds the maximum ${p.max}.`,
  },
  POINTS_BELOW_ZERO: {
    severity: "error",
    vi: (p) => `tiêu chí ${p.item} tự chấm ${p.points} điểm: điểm không được âm; tạm tính 0 điểm.`,
    fix: (p) => `Nhập từ 0 đến ${p.max} điểm.`,
    en: (p) => `${p.points} is below zero; counted as 0.`,
  },
  POINTS_NOT_STEP: {
    severity: "error",
    vi: (p) => `điểm ${p.points} của tiêu chí ${p.item} không phải bội số của ${p.step}.`,
    fix: (p) => `Làm tròn tới bội số ${p.step} (ví dụ 9,25; 9,5; 9,75).`,
    en: (p) => `${p.points} is not a multiple of ${p.step}.`,
  },
  NO_PROOF: {
    severity: "error",
    vi: (p) => `tiêu chí ${p.item} có ${p.points} điểm nhưng không có mã minh chứng hay giải trình; được tính 0 điểm.`,
    fix: () => "Ghi mã minh chứng (cột Mã minh chứng) hoặc lời giải trình cho tiêu chí này.",
    en: (p) => `item ${p.item} has points but no evidence or explanation; counted as 0.`,
  },
  UNIT_ITEM_MISSING: {
    severity: "warning",
    vi: (p) => `Tiêu chí ${p.item} (${p.text}) chưa được Hội đồng chấm; tạm tính 0 điểm.`,
    fix: (p) => `Thêm dòng tiêu chí ${p.item} vào trang ${p.sheet} với điểm tự đánh giá và minh chứng.`,
    en: (p) => `Item ${p.item} has no council score; counted as 0.`,
  },
  EVIDENCE_NOT_FOUND: {
    severity: "error",
    vi: (p) => `mã minh chứng '${p.code}' không có trong trang minh chứng.`,
    fix: () => "Thêm minh chứng này vào trang Minh chứng hoặc sửa lại mã.",
    en: (p) => `evidence code '${p.code}' not found.`,
  },
  EVIDENCE_UNKNOWN_ITEM: {
    severity: "error",
    vi: (p) => `minh chứng ghi tiêu chí '${p.value}' không có trong ${p.ruleSet}.`,
    fix: (p) => `Dùng mã tiêu chí: ${p.known}.`,
    en: (p) => `evidence names unknown item '${p.value}'.`,
  },
  EVIDENCE_NO_ITEM: {
    severity: "warning",
    vi: (p) => `minh chứng '${p.title}' chưa ghi tiêu chí nào.`,
    fix: (p) => `Ghi mã tiêu chí mà minh chứng này chứng minh (ví dụ ${p.example ?? "1a; 2c"}).`,
    en: () => "evidence names no item.",
  },
  DUPLICATE_EVIDENCE_CODE: {
    severity: "error",
    vi: (p) => `mã minh chứng '${p.code}' trùng với dòng ${p.other}.`,
    fix: () => "Mỗi minh chứng cần một mã riêng; sửa hoặc xóa một mã (để trống để phần mềm tự đánh mã).",
    en: (p) => `duplicate evidence code '${p.code}'.`,
  },
  ITEM_WITHOUT_EVIDENCE: {
    severity: "warning",
    vi: (p) => `Tiêu chí ${p.item} chưa có minh chứng nào.`,
    fix: () => "Bổ sung minh chứng cho tiêu chí này vào trang Minh chứng.",
    en: (p) => `Item ${p.item} has no evidence.`,
  },
} satisfies Record<string, Entry>;
