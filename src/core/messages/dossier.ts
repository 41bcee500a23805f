/**
 * What the dossier reports: the clerk's report content, the plan's targets, facts the documents lack, and
 * the clerk's edits it kept.
 */
import type { Entry } from "./entry";

export const DOSSIER_MESSAGES = {
  DOSSIER_DEFAULT_TEXT: {
    severity: "info",
    vi: (p) => `Phần "${p.section}" của báo cáo chưa có nội dung; phần mềm đã tự viết đoạn mặc định từ kết quả tự đánh giá.`,
    fix: (p) => `Nếu muốn tự viết, nhập nội dung vào dòng "${p.section}" của trang "${p.sheet}" rồi chạy lại.`,
    en: (p) => `Report section "${p.section}" was blank; a default text derived from the evaluation was used.`,
  },
  DOSSIER_NO_CONTENT_SHEET: {
    severity: "info",
    vi: () => 'Chưa có trang "Nội dung báo cáo"; các phần lời văn của báo cáo được viết mặc định từ kết quả tự đánh giá.',
    fix: () => 'Tạo trang "Nội dung báo cáo" (nút Tạo mẫu hoặc lệnh dvht template), nhập lời văn cho từng phần rồi chạy lại.',
    en: () => "No report content sheet; default texts were used.",
  },
  DOSSIER_AMBIGUOUS_CONTENT: {
    severity: "warning",
    vi: (p) => `Có nhiều trang giống trang "Nội dung báo cáo": ${p.candidates}; đã dùng trang "${p.used}".`,
    fix: () => "Chỉ giữ một trang nội dung báo cáo (đổi tên hoặc xóa các trang còn lại).",
    en: (p) => `Several report content sheets: ${p.candidates}; used "${p.used}".`,
  },
  DOSSIER_UNKNOWN_SECTION: {
    severity: "warning",
    vi: (p) => `không nhận ra phần "${p.value}" của báo cáo; nội dung dòng này không được dùng.`,
    fix: (p) => `Ghi tên phần là một trong: ${p.known}.`,
    en: (p) => `unknown report section "${p.value}".`,
  },
  TARGET_UNPARSED: {
    severity: "warning",
    vi: (p) => `không hiểu mức chỉ tiêu '${p.value}' của "${p.label}".`,
    // The examples are the framework's: points and ratings under TT 22, titles and levels under TT 24.
    fix: (p) => `Ghi mức chỉ tiêu dạng ${p.examples ?? "phần trăm (100%, 90%) hoặc tên danh hiệu (Tập thể lao động tiên tiến)"}.`,
    en: (p) => `cannot read the target '${p.value}' of "${p.label}".`,
  },
  TARGET_UNKNOWN_MEASURE: {
    severity: "warning",
    vi: (p) => `chỉ tiêu "${p.label}" chưa có cách tính tự động; báo cáo ghi "${p.shown}".`,
    fix: () =>
      "Ghi kết quả thực hiện vào cột thứ ba cạnh mức chỉ tiêu, hoặc đặt tên chỉ tiêu theo một cột của trang Thành viên (Kỹ năng số, Gia đình đăng ký GĐHT, …).",
    en: (p) => `no automatic measure for target "${p.label}".`,
  },
  TARGET_NO_DATA: {
    severity: "warning",
    vi: (p) => `Chỉ tiêu "${p.label}": trang Thành viên chưa có dữ liệu cột "${p.column}"; chưa đánh giá được.`,
    fix: (p) => `Thêm cột "${p.column}" vào trang Thành viên và nhập Có/Không cho từng người.`,
    en: (p) => `Target "${p.label}": no member data for "${p.column}".`,
  },
  TARGET_NOT_MET: {
    severity: "info",
    vi: (p) => `Chỉ tiêu "${p.label}" chưa đạt: kế hoạch ${p.target}, thực hiện ${p.achieved}.`,
    fix: () => 'Nêu nguyên nhân trong phần "Hạn chế" của trang Nội dung báo cáo.',
    en: (p) => `Target "${p.label}" not met: planned ${p.target}, achieved ${p.achieved}.`,
  },
  MEETING_INFO_MISSING: {
    severity: "warning",
    vi: (p) => `Biên bản: chưa có "${p.field}" trong trang Thông tin; để dấu chấm để ghi tay.`,
    fix: (p) => `Nhập "${p.field}" vào trang Thông tin rồi chạy lại.`,
    en: (p) => `Minutes: "${p.field}" missing; left blank to fill by hand.`,
  },
  RECIPIENT_MISSING: {
    severity: "warning",
    vi: (p) => `Chưa có "Cơ quan nhận hồ sơ" trong trang Thông tin; văn bản ghi "${p.shown}" để điền tay.`,
    fix: () => 'Nhập "Cơ quan nhận hồ sơ" (ví dụ: Phòng GD&ĐT huyện …, hoặc UBND xã/phường … từ 01/7/2025) rồi chạy lại.',
    en: (p) => `No recipient in Thông tin; the documents print "${p.shown}".`,
  },
  PLAN_EDIT_KEPT: {
    severity: "info",
    vi: (p) => `Giữ ${p.count} ô đã sửa tay ở trang "${p.sheet}" (ngày, trạng thái, ghi chú).`,
    fix: () => "Muốn phần mềm tính lại, xóa nội dung ô đó rồi chạy lại.",
    en: (p) => `Kept ${p.count} hand-edited cells on "${p.sheet}".`,
  },
} satisfies Record<string, Entry>;
