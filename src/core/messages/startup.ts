/**
 * What the task pane says when it cannot start (src/taskpane/startup.ts shows them as plain DOM, before
 * React): `vi` is the heading, `fix` what to check. They matter exactly when nothing else can run.
 */
import type { Entry } from "./entry";
import { EXCEL_HOST_MESSAGES } from "./excel";

const tooOld = EXCEL_HOST_MESSAGES.EXCEL_TOO_OLD;

export const PANE_START_MESSAGES = {
  STARTUP_OFFICE_MISSING: {
    severity: "error",
    vi: () => "Không tải được Office.js",
    fix: () =>
      "Bảng điều khiển cần tải thư viện Office.js từ máy chủ của Microsoft (appsforoffice.microsoft.com). Kiểm tra kết nối mạng, tường lửa hoặc proxy của trường, rồi đóng và mở lại bảng điều khiển.",
    en: () => "Office.js could not be loaded from appsforoffice.microsoft.com. Check the network, firewall or proxy, then close and reopen the pane.",
  },
  STARTUP_NOT_READY: {
    severity: "error",
    vi: () => "Excel chưa sẵn sàng sau 10 giây",
    fix: () =>
      "Kiểm tra: (1) kết nối mạng tới appsforoffice.microsoft.com; (2) phiên bản Excel (cần Excel cho Microsoft 365, Excel 2019 trở lên hoặc Excel trên web); (3) tệp không mở ở chế độ Chỉ đọc/Protected View (bấm Enable Editing). Sau đó đóng và mở lại bảng điều khiển.",
    en: () => "Excel was not ready after 10 seconds. Check the network, the Excel version and that the file is not in Protected View, then reopen the pane.",
  },
  STARTUP_NOT_EXCEL: {
    severity: "error",
    vi: () => "Chỉ dùng trong Excel",
    fix: () => "Phần bổ trợ này chạy trong Excel (Windows, Mac hoặc Excel trên web). Hãy mở bảng tính của trường bằng Excel.",
    en: () => "This add-in runs in Excel only (Windows, Mac or Excel on the web).",
  },
  STARTUP_OLD_EXCEL: {
    severity: "error",
    vi: () => "Phiên bản Excel quá cũ",
    fix: () => `${tooOld.vi()} ${tooOld.fix()}`,
    en: () => tooOld.en(),
  },
} satisfies Record<string, Entry>;
