/**
 * What the school's year says (issue 12): the tổ's forms and their merge, the announcement, finalizing
 * and un-finalizing, next year's workbook.
 */
import type { Entry } from "./entry";

/** "phiếu 'phieu-to-1.xlsx'" for a form returned as a file, "trang 'Phiếu Tổ 1'" for one in this workbook. */
const formName = (p: Record<string, unknown>) => (p.source ? `phiếu '${String(p.source)}'` : `trang '${String(p.formSheet ?? p.sheet)}'`);

export const YEAR_MESSAGES = {
  // ---- The tổ's forms and their merge
  FORM_SHEET_KEPT: {
    severity: "info",
    vi: (p) => `Phiếu của ${p.group} đã có ở trang '${p.sheet}'; giữ nguyên, không tạo lại.`,
    fix: (p) => `Muốn tạo lại phiếu trống cho ${p.group}, xóa hoặc đổi tên trang '${p.sheet}' rồi bấm Phiếu theo tổ.`,
    en: (p) => `The form of ${p.group} already exists on '${p.sheet}'; kept as it is.`,
  },
  FORMS_NONE: {
    severity: "error",
    vi: () => "Không tìm thấy phiếu của tổ nào (trang do Phiếu theo tổ tạo ra).",
    fix: () =>
      "Trên máy tính: dvht gop-to SO.xlsx phieu-to-1.xlsx phieu-to-2.xlsx … (hoặc thư mục chứa các phiếu). Trong Excel: chép trang phiếu các tổ gửi lại vào sổ này (chuột phải vào tên trang › Di chuyển hoặc Sao chép), rồi bấm Gộp phiếu tổ.",
    en: () => "No tổ form found.",
  },
  FORM_NO_TABLE: {
    severity: "warning",
    vi: (p) => `${formName(p)} không còn bảng thành viên (dòng tiêu đề Họ và tên và các cột câu trả lời); không gộp được phiếu này.`,
    fix: () => "Dùng lại phiếu đúng như khi tạo (không xóa dòng tiêu đề của bảng), hoặc tạo phiếu mới.",
    en: (p) => `${formName(p)} has no members table; not merged.`,
  },
  FORM_OTHER_YEAR: {
    severity: "warning",
    vi: (p) => `${formName(p)} là phiếu năm ${p.formYear}, còn sổ này là năm ${p.year}; không gộp phiếu này.`,
    fix: (p) => `Gửi cho tổ phiếu năm ${p.year} (Phiếu theo tổ trên sổ năm ${p.year}).`,
    en: (p) => `${formName(p)} is for ${p.formYear}, this workbook for ${p.year}; not merged.`,
  },
  FORM_UNKNOWN_MEMBER: {
    severity: "warning",
    vi: (p) =>
      `'${p.name}' trong ${formName(p)} (${p.group}) không có trong danh sách thành viên${p.elsewhere ? ` của tổ này (có người cùng tên ở ${p.elsewhere})` : ""}; câu trả lời của dòng này chưa được gộp.`,
    fix: (p) => `Nếu là thành viên của đơn vị, thêm vào trang ${p.membersSheet} (đúng họ tên, tổ) rồi gộp lại; nếu ghi nhầm tên, sửa trong phiếu.`,
    en: (p) => `'${p.name}' on ${formName(p)} (${p.group}) is not in the members list; its answers were not merged.`,
  },
  FORM_AMBIGUOUS_MEMBER: {
    severity: "warning",
    vi: (p) =>
      `Danh sách thành viên có ${p.count} người tên '${p.name}' ở ${p.group} (dòng ${p.rows}); không biết câu trả lời trong ${formName(p)} là của ai, chưa gộp.`,
    fix: () => "Ghi rõ tên (ví dụ thêm năm sinh trong ngoặc) ở cả danh sách và phiếu, rồi gộp lại; hoặc nhập tay câu trả lời.",
    en: (p) => `${p.count} members named '${p.name}' in ${p.group}; the answers on ${formName(p)} were not merged.`,
  },
  FORM_ROW_WITHOUT_NAME: {
    severity: "warning",
    vi: (p) => `dòng ${p.row} của ${formName(p)} có câu trả lời nhưng không có họ tên; chưa gộp.`,
    fix: () => "Ghi họ tên thành viên vào dòng đó rồi gộp lại.",
    en: (p) => `row ${p.row} of ${formName(p)} has answers but no name; not merged.`,
  },
  FORM_BAD_ANSWER: {
    severity: "warning",
    vi: (p) => `không hiểu câu trả lời '${p.value}' (${p.column}) của ${p.name} trong ${formName(p)}; ô này chưa được gộp.`,
    fix: (p) =>
      p.column === "Danh hiệu thi đua"
        ? "Chọn danh hiệu trong danh sách của ô (Lao động tiên tiến, Chiến sĩ thi đua cơ sở …), rồi gộp lại."
        : "Ghi Có hoặc Không, rồi gộp lại.",
    en: (p) => `cannot read the answer '${p.value}' (${p.column}) of ${p.name} on ${formName(p)}; not merged.`,
  },
  FORM_NO_COLUMN: {
    severity: "warning",
    vi: (p) => `Trang ${p.membersSheet} chưa có cột "${p.column}"; câu trả lời cột này trong ${formName(p)} chưa được gộp.`,
    fix: (p) => `Thêm cột "${p.column}" vào trang ${p.membersSheet} (hoặc dùng Tạo mẫu để xem tên cột chuẩn), rồi gộp lại.`,
    en: (p) => `${p.membersSheet} has no column "${p.column}"; those answers on ${formName(p)} were not merged.`,
  },
  FORM_CONFLICT: {
    severity: "warning",
    vi: (p) =>
      `${p.name}, cột "${p.column}": sổ đang ghi '${p.current}', ${formName(p)} ghi '${p.value}' (ô ${p.formCell}); giữ nguyên '${p.current}', không ghi đè.`,
    fix: () => "Xem lại với tổ trưởng; nếu phiếu đúng, sửa tay ô này trong sổ (phần mềm không tự ghi đè dữ liệu đã có).",
    en: (p) => `${p.name}, "${p.column}": the workbook says '${p.current}', ${formName(p)} says '${p.value}'; kept '${p.current}'.`,
  },
  FORM_TWICE: {
    severity: "warning",
    vi: (p) =>
      `${p.name}, cột "${p.column}": hai phiếu ghi khác nhau ('${p.first}' trong ${p.firstForm}, '${p.value}' trong ${formName(p)}); đã gộp '${p.first}'.`,
    fix: () => "Xem lại hai phiếu; sửa tay ô này trong sổ nếu cần.",
    en: (p) => `${p.name}, "${p.column}": two forms differ ('${p.first}' and '${p.value}'); '${p.first}' was merged.`,
  },
  FORM_FILE_UNREADABLE: {
    severity: "warning",
    vi: (p) => `Tệp '${p.file}' không đọc được như một bảng tính .xlsx (tệp .xls, tệp hỏng, hoặc không phải bảng tính): bỏ qua.`,
    fix: () => "Mở tệp bằng Excel, lưu lại dạng Excel Workbook (.xlsx) rồi chọn lại; hoặc chép trang phiếu vào sổ này rồi bấm Gộp phiếu tổ.",
    en: (p) => `'${p.file}' cannot be read as an .xlsx workbook (an .xls, a damaged file, or not a workbook): left out.`,
  },
  FORM_FILE_TOO_LARGE: {
    severity: "warning",
    vi: (p) => `Tệp '${p.file}' (${p.size}) quá lớn để là phiếu của một tổ: bỏ qua.`,
    fix: () => "Chọn đúng các tệp phiếu các tổ gửi lại (mỗi tệp vài chục KB); hoặc chép trang phiếu vào sổ này rồi bấm Gộp phiếu tổ.",
    en: (p) => `'${p.file}' (${p.size}) is too large to be a tổ's form: left out.`,
  },
  FORM_MEMBERS_MISSING: {
    severity: "info",
    vi: (p) => `${formName(p)} (${p.group}) không có ${p.count} thành viên của tổ trong danh sách: ${p.names}; câu trả lời của họ chưa có.`,
    fix: () => "Nếu tổ đã bỏ sót, bổ sung vào phiếu hoặc nhập tay vào sổ.",
    en: (p) => `${formName(p)} (${p.group}) lacks ${p.count} members of the tổ: ${p.names}.`,
  },
  // ---- Next year's workbook
  NEXT_YEAR_NO_YEAR: {
    severity: "error",
    vi: () => "Sổ chưa ghi Năm đánh giá: không biết sổ năm sau là năm nào.",
    fix: () =>
      "Ghi Năm đánh giá vào trang Thông tin, hoặc ghi năm của sổ mới: ô Năm của sổ mới, trên khung phần mềm; dòng lệnh: dvht next-year SO.xlsx -o SO-NAM-SAU.xlsx --year 2027.",
    en: () => "The workbook has no assessment year: the next year is unknown.",
  },
  NEXT_YEAR_NOT_AFTER: {
    severity: "error",
    vi: (p) => `Năm ${p.year} không sau năm ${p.from} của sổ này.`,
    fix: (p) => `Chọn một năm sau ${p.from}, ví dụ ${Number(p.from) + 1} (dòng lệnh: --year ${Number(p.from) + 1}).`,
    en: (p) => `${p.year} is not after this workbook's ${p.from}.`,
  },
  NEXT_YEAR_DONE: {
    severity: "info",
    vi: (p) =>
      `Đã tạo sổ năm ${p.year}${p.from ? ` từ sổ năm ${p.from}` : ""}: ${p.members} thành viên (chưa có câu trả lời), ${p.evidence} minh chứng năm trước để tham khảo; chưa có kết quả, chưa có hồ sơ.`,
    fix: () => "Kiểm tra trang Thông tin (năm, công nhận hiện có) và danh sách thành viên, rồi nhập kết quả tự đánh giá của năm mới.",
    en: (p) => `Created the ${p.year} workbook: ${p.members} members (no answers), ${p.evidence} evidence documents for reference; no result, no dossier.`,
  },
  // ---- Hoàn tất and Mở khóa
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

/**
 * What the year says in any run, not only in its own commands: gathered with the run's words
 * (messages/run.ts), which the ribbon's function file carries without the rest of this file.
 */
export const YEAR_RUN_MESSAGES = {
  // ---- Next year's workbook, before anyone answered
  MEMBERS_NOT_FILLED: {
    severity: "error",
    vi: (p) => `Chưa có câu trả lời nào của ${p.count} thành viên${p.year ? ` năm ${p.year}` : ""}: chưa đánh giá được (chưa tính tỉ lệ nào).`,
    fix: () => "Nhập kết quả tự đánh giá của từng thành viên vào trang này (hoặc gửi Phiếu theo tổ cho các tổ rồi gộp lại), rồi đánh giá.",
    en: (p) => `None of the ${p.count} members has an answer yet: nothing evaluated.`,
  },
  // ---- A finalized workbook (Hoàn tất) is not evaluated again
  WORKBOOK_FINALIZED: {
    severity: "error",
    vi: (p) => `Sổ đã Hoàn tất ngày ${p.at} (bản đã nộp): không đánh giá lại, để bản nộp không bị thay đổi. Chưa ghi gì.`,
    fix: (p) =>
      `Nếu cần sửa, bấm Mở khóa và ghi lý do (dvht unfinalize SO.xlsx --reason "…"); việc mở khóa được ghi vào trang ${p.log || "Nhật ký hoàn tất"}. Sửa xong, đánh giá lại rồi Hoàn tất lại.`,
    en: (p) => `The workbook was finalized on ${p.at} (the submitted version): it is not evaluated again. Nothing was written.`,
  },
} satisfies Record<string, Entry>;
