/**
 * The pane's entry: waits for Office.js (at most 10 s, then says what to check), checks the Excel
 * version, and renders the App with the Office.js port, in the Office theme (rendered again when the
 * host reports a theme change). Nothing else here touches Office (but officeTheme.ts, which it calls).
 */
import * as React from "react";
import { createRoot } from "react-dom/client";
import { todaySerial } from "../excel/clock";
import { OfficePort } from "../excel/port";
import { meetsMinimum, officeApiSupport } from "../excel/support";
import { App } from "./App";
import { onOfficeThemeChange, readOfficeTheme } from "./officeTheme";
import { READY_TIMEOUT_MS, showStartupProblem } from "./startup";
import { paneTheme, type HostTheme, type PaneTheme } from "./theme";
import { bookFiles } from "./workbookFile";

/** The page itself in the theme's colours (what lies outside the pane's content, and the start-up messages). */
function paintPage(t: PaneTheme) {
  document.body.style.backgroundColor = t.theme.colorNeutralBackground1;
  document.body.style.color = t.theme.colorNeutralForeground1;
  document.body.style.colorScheme = t.name === "dark" || t.name === "black" ? "dark" : "light";
}

function start(root: HTMLElement) {
  if (typeof Office === "undefined") {
    showStartupProblem(root, "officeMissing");
    return;
  }
  let ready = false;
  const timer = window.setTimeout(() => {
    if (!ready) showStartupProblem(root, "notReady");
  }, READY_TIMEOUT_MS);
  void Office.onReady((info) => {
    ready = true;
    window.clearTimeout(timer);
    paintPage(paneTheme(readOfficeTheme()));
    if (info.host !== Office.HostType.Excel) {
      showStartupProblem(root, "notExcel");
      return;
    }
    const support = officeApiSupport();
    if (!meetsMinimum(support)) {
      showStartupProblem(root, "oldExcel");
      return;
    }
    root.innerHTML = "";
    const port = OfficePort.forExcel(support);
    const today = todaySerial();
    const pane = createRoot(root);
    // Vietnamese first whatever Office's display language: the clerk switches to English in the pane.
    const show = (host: HostTheme | undefined) => {
      const theme = paneTheme(host);
      paintPage(theme);
      pane.render(<App port={port} files={bookFiles} today={today} theme={theme} initialLang="vi" />);
    };
    show(readOfficeTheme());
    onOfficeThemeChange(show);
  });
}

const root = document.getElementById("root");
// taskpane.html has already shown the old-browser message: keep it (a modern engine that merely
// lacks one feature would otherwise paint a pane that then fails).
if (root && !(window as unknown as { __dvhtLegacy?: boolean }).__dvhtLegacy) start(root);
