/**
 * Start-up checks of the pane, as plain data and plain DOM (no React): they must work when
 * Office.js did not load or the host is too old, i.e. exactly when the rest cannot run.
 */
import { issue, type IssueCode } from "../core";

export const READY_TIMEOUT_MS = 10_000;

export type StartupProblem = "officeMissing" | "notReady" | "notExcel" | "oldExcel";

/** Each problem's words in the core's one catalog: the heading, then what to check. */
const CODES: Record<StartupProblem, IssueCode> = {
  officeMissing: "STARTUP_OFFICE_MISSING",
  notReady: "STARTUP_NOT_READY",
  notExcel: "STARTUP_NOT_EXCEL",
  oldExcel: "STARTUP_OLD_EXCEL",
};

const message = (p: StartupProblem) => {
  const said = issue(CODES[p]);
  return { title: said.message, text: said.fix };
};

export const STARTUP_MESSAGES: Record<StartupProblem, { title: string; text: string }> = {
  officeMissing: message("officeMissing"),
  notReady: message("notReady"),
  notExcel: message("notExcel"),
  oldExcel: message("oldExcel"),
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
