/**
 * The pane's entry: waits for Office.js (at most 10 s, then says what to check), checks the Excel
 * version, and renders the App with the Office.js port. Nothing else here touches Office.
 */
import * as React from "react";
import { createRoot } from "react-dom/client";
import { todaySerial } from "../excel/clock";
import { OfficePort } from "../excel/port";
import { meetsMinimum, officeApiSupport } from "../excel/support";
import { App } from "./App";
import { READY_TIMEOUT_MS, showStartupProblem } from "./startup";

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
    // Vietnamese first whatever Office's display language: the clerk switches to English in the pane.
    createRoot(root).render(<App port={OfficePort.forExcel(support)} today={todaySerial()} initialLang="vi" />);
  });
}

const root = document.getElementById("root");
// taskpane.html has already shown the old-browser message: keep it (a modern engine that merely
// lacks one feature would otherwise paint a pane that then fails).
if (root && !(window as unknown as { __dvhtLegacy?: boolean }).__dvhtLegacy) start(root);
