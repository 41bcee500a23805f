/**
 * What the school's year says (issue 12): the tổ's forms and their merge, the announcement, finalizing
 * and un-finalizing, next year's workbook.
 */
import type { Entry } from "./entry";

export const YEAR_MESSAGES = {
  // ---- Next year's workbook
  NEXT_YEAR_NO_YEAR: {
    severity: "error",
    vi: () => "Sổ chưa ghi Năm đánh giá: không biết sổ năm sau là năm nào.",
    fix: () => "Ghi Năm đánh giá vào trang Thông tin, hoặc chọn năm (dvht next-year SO.xlsx -o SO-NAM-SAU.xlsx --year 2027).",
    en: () => "The workbook has no assessment year: the next year is unknown.",
  },
  NEXT_YEAR_NOT_AFTER: {
    severity: "error",
    vi: (p) => `Năm ${p.year} không sau năm ${p.from} của sổ này.`,
    fix: (p) => `Chọn một năm sau ${p.from}, ví dụ --year ${Number(p.from) + 1}.`,
    en: (p) => `${p.year} is not after this workbook's ${p.from}.`,
  },
  NEXT_YEAR_DONE: {
    severity: "info",
    vi: (p) =>
      `Đã tạo sổ năm ${p.year}${p.from ? ` từ sổ năm ${p.from}` : ""}: ${p.members} thành viên (chưa có câu trả lời), ${p.evidence} minh chứng năm trước để tham khảo; chưa có kết quả, chưa có hồ sơ.`,
    fix: () => "Kiểm tra trang Thông tin (năm, công nhận hiện có) và danh sách thành viên, rồi nhập kết quả tự đánh giá của năm mới.",
    en: (p) => `Created the ${p.year} workbook: ${p.members} members (no answers), ${p.evidence} evidence documents for reference; no result, no dossier.`,
  },
  // ---- Next year's workbook, before anyone answered
  MEMBERS_NOT_FILLED: {
    severity: "error",
    vi: (p) => `Chưa có câu trả lời nào của ${p.count} thành viên${p.year ? ` năm ${p.year}` : ""}: chưa đánh giá được (chưa tính tỉ lệ nào).`,
    fix: () => "Nhập kết quả tự đánh giá của từng thành viên vào trang này (hoặc gửi Phiếu theo tổ cho các tổ rồi gộp lại), rồi đánh giá.",
    en: (p) => `None of the ${p.count} members has an answer yet: nothing evaluated.`,
  },
  // ---- Hoàn tất and Mở khóa
  WORKBOOK_FINALIZED: {
    severity: "error",
    vi: (p) => `Sổ đã Hoàn tất ngày ${p.at} (bản đã nộp): không đánh giá lại, để bản nộp không bị thay đổi. Chưa ghi gì.`,
    fix: (p) =>
      `Nếu cần sửa, bấm Mở khóa và ghi lý do (dvht unfinalize SO.xlsx --reason "…"); việc mở khóa được ghi vào trang ${p.log || "Nhật ký hoàn tất"}. Sửa xong, đánh giá lại rồi Hoàn tất lại.`,
    en: (p) => `The workbook was finalized on ${p.at} (the submitted version): it is not evaluated again. Nothing was written.`,
  },
  FINALIZE_ALREADY: {
    severity: "error",
    vi: (p) => `Sổ đã Hoàn tất ngày ${p.at}; không cần hoàn tất lại.`,
    fix: () => "Muốn sửa rồi nộp lại: Mở khóa (ghi lý do), sửa, đánh giá, rồi Hoàn tất.",
    en: (p) => `The workbook was already finalized on ${p.at}.`,
  },
  FINALIZE_ERRORS_LEFT: {
    severity: "error",
    vi: (p) => `Chưa hoàn tất được: sổ còn ${p.count} lỗi (xem trang Kiểm tra).`,
    fix: () => "Sửa hết các lỗi, đánh giá lại (kèm hồ sơ), rồi bấm Hoàn tất.",
    en: (p) => `Not finalized: the workbook still has ${p.count} errors.`,
  },
  FINALIZE_NOT_EVALUATED: {
    severity: "error",
    vi: (p) => `Chưa hoàn tất được: ${p.item} chưa được đánh giá.`,
    fix: () => "Nhập kết quả tự đánh giá của chỉ tiêu, tiêu chí này (trang Tiêu chí đơn vị), đánh giá lại, rồi Hoàn tất.",
    en: (p) => `Not finalized: ${p.item} has not been evaluated.`,
  },
  FINALIZE_NO_EVIDENCE: {
    severity: "error",
    vi: (p) => `Chưa hoàn tất được: ${p.item} (chấm theo đơn vị) chưa có minh chứng.`,
    fix: () => "Ghi mã minh chứng cho tiêu chí, chỉ tiêu này (trang Tiêu chí đơn vị, cột Mã minh chứng), đánh giá lại, rồi Hoàn tất.",
    en: (p) => `Not finalized: ${p.item} has no evidence.`,
  },
  FINALIZE_NO_RESULT: {
    severity: "error",
    vi: () => "Chưa hoàn tất được: sổ chưa có kết quả đánh giá (trang Kết quả).",
    fix: () => "Bấm Tạo hồ sơ (dvht evaluate SO.xlsx --dossier), rồi Hoàn tất.",
    en: () => "Not finalized: the workbook has no evaluation result yet.",
  },
  FINALIZE_NO_DOSSIER: {
    severity: "error",
    vi: () => "Chưa hoàn tất được: sổ chưa có hồ sơ (báo cáo tự đánh giá và các văn bản kèm theo).",
    fix: () => "Bấm Tạo hồ sơ (dvht evaluate SO.xlsx --dossier), rồi Hoàn tất.",
    en: () => "Not finalized: the dossier has not been generated.",
  },
  FINALIZE_STALE: {
    severity: "error",
    vi: (p) => `Chưa hoàn tất được: kết quả và hồ sơ trong sổ (đánh giá ngày ${p.at}) không còn khớp với dữ liệu hiện tại hoặc đã bị sửa tay.`,
    fix: () => "Bấm Tạo hồ sơ để đánh giá lại và tạo lại hồ sơ từ dữ liệu hiện tại (dvht evaluate SO.xlsx --dossier), rồi Hoàn tất.",
    en: (p) => `Not finalized: the result and dossier (evaluated on ${p.at}) no longer match the current data.`,
  },
  FINALIZED: {
    severity: "info",
    vi: (p) => `Đã Hoàn tất lần ${p.count} ngày ${p.at}, mã kiểm tra ${p.hash}; các trang kết quả và hồ sơ đã được khóa (bảo vệ trang).`,
    fix: () => "Nộp sổ này. Muốn sửa sau khi hoàn tất: Mở khóa (ghi lý do).",
    en: (p) => `Finalized (no. ${p.count}) on ${p.at}, hash ${p.hash}; the result and dossier sheets are protected.`,
  },
  UNFINALIZE_NOT_FINALIZED: {
    severity: "error",
    vi: () => "Sổ chưa Hoàn tất; không có gì để mở khóa.",
    fix: () => "Không cần làm gì.",
    en: () => "The workbook is not finalized; nothing to unlock.",
  },
  UNFINALIZE_NO_REASON: {
    severity: "error",
    vi: () => "Chưa mở khóa: cần ghi lý do mở khóa (được lưu vào nhật ký của sổ).",
    fix: () => 'Ghi lý do, ví dụ: dvht unfinalize SO.xlsx --reason "Phòng yêu cầu bổ sung minh chứng".',
    en: () => "Not unlocked: a reason is required (it is logged in the workbook).",
  },
  UNFINALIZED: {
    severity: "info",
    vi: (p) => `Đã Mở khóa ngày ${p.at} (lý do: ${p.reason}); ghi vào trang ${p.log}. Kết quả trong sổ ghi là đã sửa sau khi hoàn tất.`,
    fix: () => "Sửa, đánh giá lại (kèm hồ sơ), rồi Hoàn tất lại.",
    en: (p) => `Unlocked on ${p.at} (reason: ${p.reason}); logged on ${p.log}.`,
  },
} satisfies Record<string, Entry>;
