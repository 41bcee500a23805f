/**
 * Excel's refusals, in words a school clerk can act on (the Office.js adapter, src/excel/errors.ts,
 * maps Excel's error codes to these). `sheet` is the sheet Excel refused; `detail` Excel's own words.
 */
import type { Entry } from "./entry";

export const EXCEL_HOST_MESSAGES = {
  EXCEL_EDIT_MODE: {
    severity: "error",
    vi: () => "Excel đang ở chế độ sửa ô (con trỏ còn nhấp nháy trong một ô) nên không nhận lệnh ghi.",
    fix: () => "Nhấn Enter hoặc Esc để kết thúc việc sửa ô, rồi bấm Đánh giá lại.",
    en: () => "Excel is editing a cell. Press Enter or Esc, then run again.",
  },
  EXCEL_PROTECTED: {
    severity: "error",
    vi: (p) => `Trang "${p.sheet ?? "?"}" đang được bảo vệ (Protect Sheet) nên phần mềm không ghi được kết quả vào đó.`,
    fix: () => "Vào thẻ Xem lại (Review) › Bỏ bảo vệ trang (Unprotect Sheet), nhập mật khẩu nếu có, rồi bấm Đánh giá lại.",
    en: (p) => `Sheet "${p.sheet ?? "?"}" is protected. Unprotect it (Review › Unprotect Sheet) and run again.`,
  },
  EXCEL_SHEET_GONE: {
    severity: "error",
    vi: (p) => `Không tìm thấy trang "${p.sheet ?? "?"}": có thể trang vừa bị đổi tên hoặc bị xóa trong lúc phần mềm đang chạy.`,
    fix: () => "Không đổi tên hay xóa trang khi đang đánh giá. Bấm Đánh giá lại để phần mềm đọc lại bảng tính.",
    en: (p) => `Sheet "${p.sheet ?? "?"}" was renamed or deleted during the run. Run again.`,
  },
  EXCEL_TOO_LARGE: {
    severity: "error",
    vi: () => "Dữ liệu quá lớn để Excel trên web nhận trong một lần ghi, kể cả khi đã chia nhỏ.",
    fix: () => "Mở tệp bằng Excel trên máy tính (Windows hoặc Mac) rồi chạy lại, hoặc dùng lệnh dvht trên máy tính.",
    en: () => "The data is too large for Excel on the web, even in small blocks. Use desktop Excel or the dvht CLI.",
  },
  EXCEL_NOT_OWNED: {
    severity: "error",
    vi: (p) => `Trang "${p.sheet ?? "?"}" không do phần mềm tạo nên không được ghi đè.`,
    fix: () => "Bấm Đánh giá lại: phần mềm sẽ ghi kết quả sang một trang có tên khác.",
    en: (p) => `Sheet "${p.sheet ?? "?"}" is not the product's; it is never overwritten.`,
  },
  EXCEL_TOO_OLD: {
    severity: "error",
    vi: () =>
      "Phiên bản Excel này chưa hỗ trợ phần bổ trợ (cần bộ lệnh ExcelApi 1.7). Dùng được: Excel cho Microsoft 365 (Windows bản 1801 trở lên, Mac 16.9 trở lên), Excel 2019, 2021, 2024 hoặc Excel trên web. Excel 2016 cài từ đĩa (MSI) và Excel 2013 không dùng được.",
    fix: () => "Cập nhật Office (Tệp › Tài khoản › Tùy chọn cập nhật › Cập nhật ngay) hoặc mở tệp bằng Excel trên web, hoặc dùng lệnh dvht trên máy tính.",
    en: () => "This Excel is too old (ExcelApi 1.7 needed). Works with Microsoft 365 (Windows 1801+, Mac 16.9+), Excel 2019, 2021, 2024 or Excel on the web.",
  },
  EXCEL_BUSY: {
    severity: "error",
    vi: () => "Excel đang bận (đang tính toán hoặc đang lưu) và từ chối yêu cầu.",
    fix: () => "Đợi vài giây rồi bấm Đánh giá lại.",
    en: () => "Excel is busy. Wait a few seconds and run again.",
  },
  EXCEL_NEW_WORKBOOK_REFUSED: {
    severity: "warning",
    vi: (p) => `Excel không mở được sổ mới trong cửa sổ riêng${p.detail ? ` (mã lỗi ${p.detail})` : ""}.`,
    fix: () =>
      "Tải tệp về bằng liên kết dưới đây rồi mở bằng Excel. Trên Excel trên web, nếu trình duyệt chặn cửa sổ bật lên, cho phép cửa sổ bật lên của trang này rồi bấm Tạo sổ năm sau lại.",
    en: (p) => `Excel could not open the new workbook in a window of its own${p.detail ? ` (error code ${p.detail})` : ""}. Download the file instead.`,
  },
  EXCEL_UNKNOWN: {
    severity: "error",
    vi: (p) => `Excel báo lỗi khi ghi hoặc đọc bảng tính${p.detail ? `: ${p.detail}` : ""}.`,
    fix: () => "Lưu tệp, đóng và mở lại Excel rồi thử lại. Nếu vẫn lỗi, dùng lệnh dvht trên máy tính và gửi lỗi này cho người hỗ trợ.",
    en: (p) => `Excel reported an error${p.detail ? `: ${p.detail}` : ""}.`,
  },
} satisfies Record<string, Entry>;
