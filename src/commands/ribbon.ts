/**
 * What the ribbon's Đánh giá button does, without the Office globals (so jest can run it on the
 * fake): read the workbook, run the core, write the plan (which activates "Biểu điểm", or
 * "Kiểm tra" when there are errors). Function commands have no way to show a message, so every
 * failure is written into the workbook, on a "Kiểm tra" sheet, and that sheet is shown.
 */
import type { PlanValue } from "../core";
import { runWithoutDossier, type RunOutcome } from "../core";
import { ExcelPortError, officeCode, translateExcelError } from "../excel/errors";
import type { OfficePort } from "../excel/port";
import { meetsMinimum, type ApiSupport } from "../excel/support";

/** What the button needs of Excel: the Office.js port (the only code here that talks to Excel). */
export type RibbonPort = Pick<OfficePort, "read" | "write" | "writeReport">;

export interface RibbonDeps {
  port: RibbonPort;
  support: ApiSupport;
  /** Today as an Excel serial (the core never reads the clock). */
  today: number;
}

export type RibbonOutcome = "ok" | "errors" | "failed";

export async function evaluateFromRibbon(deps: RibbonDeps): Promise<RibbonOutcome> {
  const { port } = deps;
  if (!meetsMinimum(deps.support)) {
    await reportFailure(port, new ExcelPortError("oldExcel"));
    return "failed";
  }
  let outcome: RunOutcome | undefined;
  try {
    const grids = await port.read();
    // The ribbon never plans the dossier (the pane's Tạo hồ sơ does): its function file stays without it.
    outcome = runWithoutDossier(grids, { today: deps.today });
    await port.write(outcome.plan);
    return outcome.fatal || outcome.issues.some((i) => i.severity === "error") ? "errors" : "ok";
  } catch (e) {
    const err = e instanceof ExcelPortError ? e : translateExcelError(e);
    await reportFailure(port, err, outcome?.names["kiem-tra"]);
    return "failed";
  }
}

const REPORT_SHEET = "Kiểm tra";
const FALLBACK_SHEET = "Kiểm tra (dvht)";

/**
 * Writes the failure on a report sheet (through the port, with ExcelApi 1.1 calls only: it must work
 * on the Excel that is too old for the rest). Uses the core's Kiểm tra sheet when known; otherwise
 * "Kiểm tra" if no such sheet exists, else "Kiểm tra (dvht)" — never a clerk's sheet of the same name.
 */
export async function reportFailure(port: Pick<OfficePort, "writeReport">, err: ExcelPortError, ownedName?: string): Promise<void> {
  const rows: [PlanValue, PlanValue][] = [
    ["KIỂM TRA: ĐÁNH GIÁ CHƯA CHẠY XONG", ""],
    ["Vấn đề", err.message],
    ["Cách xử lý", err.fix],
    ["Mã lỗi", err.officeCode ?? err.problem],
  ];
  try {
    await port.writeReport(rows, { owned: ownedName, name: REPORT_SHEET, fallback: FALLBACK_SHEET });
  } catch (e) {
    // Nothing more can be done from a function command (no UI); the pane shows the same errors.
    // Logged for the developer console only.
    console.error("dvht: could not write the failure report", officeCode(e), e);
  }
}
