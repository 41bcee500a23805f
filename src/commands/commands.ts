/**
 * The ribbon's function file: tiny and without React. Office calls `evaluateWorkbook` when the
 * clerk clicks Đánh giá; `event.completed()` is always called, or Excel keeps the button busy.
 */
import { todaySerial } from "../excel/clock";
import { OfficePort } from "../excel/port";
import { officeApiSupport } from "../excel/support";
import { evaluateFromRibbon } from "./ribbon";

export const FUNCTIONS = ["evaluateWorkbook"] as const;

async function evaluateWorkbook(event: Office.AddinCommands.Event): Promise<void> {
  try {
    const support = officeApiSupport();
    await evaluateFromRibbon({ port: OfficePort.forExcel(support), support, today: todaySerial() });
  } finally {
    event.completed();
  }
}

Office.onReady(() => {
  // Nothing to prepare: the work starts when a button is clicked.
});

// commands.html's ES5 fallback has taken over (an engine too old for this bundle's features).
const legacy = (globalThis as unknown as { __dvhtLegacy?: boolean }).__dvhtLegacy === true;
if (!legacy) {
  // Hosts without Office.actions (older builds) look the function up by its global name.
  (globalThis as unknown as Record<string, unknown>).evaluateWorkbook = evaluateWorkbook;
  if (typeof Office !== "undefined" && Office.actions && typeof Office.actions.associate === "function") {
    Office.actions.associate("evaluateWorkbook", evaluateWorkbook);
  }
}
