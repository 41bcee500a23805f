/**
 * Excel's errors, in words a school clerk can act on. Office.js rejects a sync with a
 * RichApi.Error whose `code` says what went wrong; the clerk needs what happened and what to do.
 * One catalog (Vietnamese first, English second) for the adapter, the ribbon command and the pane.
 */

export type ExcelProblem = "editMode" | "protected" | "sheetGone" | "tooLarge" | "notOwned" | "oldExcel" | "busy" | "unknown";

type P = { sheet?: string; detail?: string };

export const EXCEL_MESSAGES: Record<ExcelProblem, { vi: (p: P) => string; fix: (p: P) => string; en: (p: P) => string }> = {
  editMode: {
    vi: () => "Excel đang ở chế độ sửa ô (con trỏ còn nhấp nháy trong một ô) nên không nhận lệnh ghi.",
    fix: () => "Nhấn Enter hoặc Esc để kết thúc việc sửa ô, rồi bấm Đánh giá lại.",
    en: () => "Excel is editing a cell. Press Enter or Esc, then run again.",
  },
  protected: {
    vi: (p) => `Trang "${p.sheet ?? "?"}" đang được bảo vệ (Protect Sheet) nên phần mềm không ghi được kết quả vào đó.`,
    fix: () => "Vào thẻ Xem lại (Review) › Bỏ bảo vệ trang (Unprotect Sheet), nhập mật khẩu nếu có, rồi bấm Đánh giá lại.",
    en: (p) => `Sheet "${p.sheet ?? "?"}" is protected. Unprotect it (Review › Unprotect Sheet) and run again.`,
  },
  sheetGone: {
    vi: (p) => `Không tìm thấy trang "${p.sheet ?? "?"}": có thể trang vừa bị đổi tên hoặc bị xóa trong lúc phần mềm đang chạy.`,
    fix: () => "Không đổi tên hay xóa trang khi đang đánh giá. Bấm Đánh giá lại để phần mềm đọc lại bảng tính.",
    en: (p) => `Sheet "${p.sheet ?? "?"}" was renamed or deleted during the run. Run again.`,
  },
  tooLarge: {
    vi: () => "Dữ liệu quá lớn để Excel trên web nhận trong một lần ghi, kể cả khi đã chia nhỏ.",
    fix: () => "Mở tệp bằng Excel trên máy tính (Windows hoặc Mac) rồi chạy lại, hoặc dùng lệnh dvht trên máy tính.",
    en: () => "The data is too large for Excel on the web, even in small blocks. Use desktop Excel or the dvht CLI.",
  },
  notOwned: {
    vi: (p) => `Trang "${p.sheet ?? "?"}" không do phần mềm tạo nên không được ghi đè.`,
    fix: () => "Bấm Đánh giá lại: phần mềm sẽ ghi kết quả sang một trang có tên khác.",
    en: (p) => `Sheet "${p.sheet ?? "?"}" is not the product's; it is never overwritten.`,
  },
  oldExcel: {
    vi: () =>
      "Phiên bản Excel này chưa hỗ trợ phần bổ trợ (cần bộ lệnh ExcelApi 1.7). Dùng được: Excel cho Microsoft 365 (Windows bản 1801 trở lên, Mac 16.9 trở lên), Excel 2019, 2021, 2024 hoặc Excel trên web. Excel 2016 cài từ đĩa (MSI) và Excel 2013 không dùng được.",
    fix: () => "Cập nhật Office (Tệp › Tài khoản › Tùy chọn cập nhật › Cập nhật ngay) hoặc mở tệp bằng Excel trên web, hoặc dùng lệnh dvht trên máy tính.",
    en: () => "This Excel is too old (ExcelApi 1.7 needed). Works with Microsoft 365 (Windows 1801+, Mac 16.9+), Excel 2019, 2021, 2024 or Excel on the web.",
  },
  busy: {
    vi: () => "Excel đang bận (đang tính toán hoặc đang lưu) và từ chối yêu cầu.",
    fix: () => "Đợi vài giây rồi bấm Đánh giá lại.",
    en: () => "Excel is busy. Wait a few seconds and run again.",
  },
  unknown: {
    vi: (p) => `Excel báo lỗi khi ghi hoặc đọc bảng tính${p.detail ? `: ${p.detail}` : ""}.`,
    fix: () => "Lưu tệp, đóng và mở lại Excel rồi thử lại. Nếu vẫn lỗi, dùng lệnh dvht trên máy tính và gửi lỗi này cho người hỗ trợ.",
    en: (p) => `Excel reported an error${p.detail ? `: ${p.detail}` : ""}.`,
  },
};

/** An Excel failure translated for the clerk. `message` is Vietnamese. */
export class ExcelPortError extends Error {
  readonly problem: ExcelProblem;
  readonly fix: string;
  readonly english: string;
  readonly sheet?: string;
  /** Office.js error code, kept for support. */
  readonly officeCode?: string;
  constructor(problem: ExcelProblem, params: P = {}, officeCode?: string) {
    super(EXCEL_MESSAGES[problem].vi(params));
    this.name = "ExcelPortError";
    this.problem = problem;
    this.fix = EXCEL_MESSAGES[problem].fix(params);
    this.english = EXCEL_MESSAGES[problem].en(params);
    this.sheet = params.sheet;
    this.officeCode = officeCode;
  }
}

/** The Office.js error code of a failure (RichApi.Error has `code`), if any. */
export function officeCode(e: unknown): string | undefined {
  if (typeof e === "object" && e !== null && typeof (e as { code?: unknown }).code === "string") return (e as { code: string }).code;
  return undefined;
}

/**
 * An Office.js failure → ExcelPortError. `sheets` are the sheets the failed request touched: Excel's
 * error does not always say which one, so the clerk is told the likely candidate.
 */
export function translateExcelError(e: unknown, sheets: string[] = []): ExcelPortError {
  if (e instanceof ExcelPortError) return e;
  const code = officeCode(e);
  const text = e instanceof Error ? e.message : String(e);
  const located = sheets.find((s) => text.includes(s)) ?? sheets[0];
  switch (code) {
    case "InvalidOperationInCellEditMode":
      return new ExcelPortError("editMode", {}, code);
    case "AccessDenied":
      return new ExcelPortError("protected", { sheet: located }, code);
    case "InvalidOperation":
      // Excel reports writes into a protected sheet as InvalidOperation on some hosts.
      if (/protect/i.test(text)) return new ExcelPortError("protected", { sheet: located }, code);
      return new ExcelPortError("unknown", { detail: `${code}: ${text}` }, code);
    case "ItemNotFound":
    case "InvalidReference":
      return new ExcelPortError("sheetGone", { sheet: located }, code);
    case "RequestPayloadSizeLimitExceeded":
    case "ResponsePayloadSizeLimitExceeded":
      return new ExcelPortError("tooLarge", {}, code);
    case "Conflict":
    case "RequestAborted":
    case "ServiceNotAvailable":
      return new ExcelPortError("busy", {}, code);
    default:
      return new ExcelPortError("unknown", { detail: code ? `${code}: ${text}` : text }, code);
  }
}
