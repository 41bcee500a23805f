/**
 * Start-up checks of the pane, as plain data and plain DOM (no React): they must work when
 * Office.js did not load or the host is too old, i.e. exactly when the rest cannot run.
 */
import { EXCEL_MESSAGES } from "../excel/errors";

export const READY_TIMEOUT_MS = 10_000;

export type StartupProblem = "officeMissing" | "notReady" | "notExcel" | "oldExcel";

export const STARTUP_MESSAGES: Record<StartupProblem, { title: string; text: string }> = {
  officeMissing: {
    title: "Không tải được Office.js",
    text: "Bảng điều khiển cần tải thư viện Office.js từ máy chủ của Microsoft (appsforoffice.microsoft.com). Kiểm tra kết nối mạng, tường lửa hoặc proxy của trường, rồi đóng và mở lại bảng điều khiển.",
  },
  notReady: {
    title: "Excel chưa sẵn sàng sau 10 giây",
    text: "Kiểm tra: (1) kết nối mạng tới appsforoffice.microsoft.com; (2) phiên bản Excel (cần Excel cho Microsoft 365, Excel 2019 trở lên hoặc Excel trên web); (3) tệp không mở ở chế độ Chỉ đọc/Protected View (bấm Enable Editing). Sau đó đóng và mở lại bảng điều khiển.",
  },
  notExcel: {
    title: "Chỉ dùng trong Excel",
    text: "Phần bổ trợ này chạy trong Excel (Windows, Mac hoặc Excel trên web). Hãy mở bảng tính của trường bằng Excel.",
  },
  oldExcel: { title: "Phiên bản Excel quá cũ", text: `${EXCEL_MESSAGES.oldExcel.vi({})} ${EXCEL_MESSAGES.oldExcel.fix({})}` },
};

/** Replaces the pane's content with a plain message (role=alert so screen readers read it). */
export function showStartupProblem(root: HTMLElement, problem: StartupProblem): void {
  const m = STARTUP_MESSAGES[problem];
  root.innerHTML = "";
  const box = document.createElement("div");
  box.setAttribute("role", "alert");
  box.className = "dvht-startup";
  box.dataset.problem = problem;
  const h = document.createElement("h1");
  h.textContent = m.title;
  const p = document.createElement("p");
  p.textContent = m.text;
  box.append(h, p);
  // The page's one main landmark, as in the pane itself.
  const main = document.createElement("main");
  main.append(box);
  root.append(main);
}
