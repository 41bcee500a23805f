/**
 * The Tổ đánh giá (Thông tư 24/2023, Điều 10: the head of the unit sets it up): the small table the TT 24
 * template provides, one member a row, "Họ và tên | Chức vụ | Nhiệm vụ trong Tổ đánh giá". Found by its
 * content (a header with a name column and a "Nhiệm vụ" column, on a sheet whose name or title speaks of
 * the Tổ đánh giá), wherever it is and whatever the sheet is called; read into model.panel. The
 * decision's number and date are keys of "Thông tin" (workbook/info-keys.ts).
 */
import { a1, cellAt, gridWidth, type SheetGrid } from "../grid";
import { issue } from "../messages/run";
import type { Panel, PanelMember, PanelRole } from "../model";
import { show } from "../text/cell";
import { clean, fold } from "../text/vi";
import { INPUT_SHEET_NAMES } from "../workbook/sheets";
import { PANEL_ROLE_LABEL } from "../workbook/choices";

const HEADER_SCAN_ROWS = 15;

interface PanelHeader {
  row: number;
  name: number;
  role: number;
  position?: number;
}

function header(g: SheetGrid): PanelHeader | null {
  for (let r = 0; r < Math.min(HEADER_SCAN_ROWS, g.values.length); r++) {
    let name: number | undefined;
    let role: number | undefined;
    let position: number | undefined;
    for (let c = 0; c < gridWidth(g); c++) {
      const f = fold(show(cellAt(g, r, c)));
      if (name === undefined && (f.startsWith("ho va ten") || f === "ho ten")) name = c;
      else if (role === undefined && (f.startsWith("nhiem vu") || f.startsWith("vai tro"))) role = c;
      else if (position === undefined && (f.startsWith("chuc vu") || f.startsWith("chuc danh"))) position = c;
    }
    if (name !== undefined && role !== undefined) return { row: r, name, role, position };
  }
  return null;
}

/** The sheet names the Tổ đánh giá, or its first rows do ("TỔ ĐÁNH GIÁ …", "Nhiệm vụ trong Tổ đánh giá"). */
function speaksOfPanel(g: SheetGrid): boolean {
  if (fold(g.name).includes(fold(INPUT_SHEET_NAMES.panel))) return true;
  for (let r = 0; r < Math.min(HEADER_SCAN_ROWS, g.values.length); r++)
    for (let c = 0; c < gridWidth(g); c++) if (fold(show(cellAt(g, r, c))).includes("to danh gia")) return true;
  return false;
}

/** The Tổ đánh giá's sheet among the clerk's sheets, if any: the first that has its header and speaks of it. */
export function findPanelSheet(sheets: SheetGrid[]): SheetGrid | undefined {
  return sheets.find((g) => header(g) !== null && speaksOfPanel(g));
}

/** "Phó Tổ trưởng" before "Tổ trưởng"; a blank role is a member's. */
export function panelRole(text: string): PanelRole {
  const f = fold(text);
  if (/^pho to truong\b/.test(f)) return "deputy";
  if (/^(to truong|truong to)\b/.test(f)) return "lead";
  if (/^thu ky\b/.test(f)) return "secretary";
  return "member";
}

export function readPanel(g: SheetGrid): Panel {
  const h = header(g)!;
  const members: PanelMember[] = [];
  const issues: Panel["issues"] = [];
  let blanks = 0;
  for (let r = h.row + 1; r < g.values.length && blanks < 3; r++) {
    const name = clean(show(cellAt(g, r, h.name)));
    const roleText = clean(show(cellAt(g, r, h.role)));
    const position = h.position !== undefined ? clean(show(cellAt(g, r, h.position))) : "";
    if (!name && !roleText && !position) {
      blanks++;
      continue;
    }
    blanks = 0;
    if (!name) {
      issues.push(issue("PANEL_ROW_WITHOUT_NAME", { row: r + 1 }, { sheet: g.name, cell: a1(r, h.name) }));
      continue;
    }
    const role = panelRole(roleText);
    // A role the product does not know ("Ủy viên thường trực") is printed as written.
    const known = !roleText || role !== "member" || /^(thanh vien|to vien|uy vien)$/.test(fold(roleText));
    members.push({ row: r + 1, name, position: position || undefined, role, roleText: known ? PANEL_ROLE_LABEL[role] : roleText });
  }
  const where = { sheet: g.name, cell: a1(h.row, h.role) };
  const leads = members.filter((m) => m.role === "lead");
  if (members.length && leads.length === 0) issues.push(issue("PANEL_NO_LEAD", { sheet: g.name }, where));
  if (leads.length > 1) issues.push(issue("PANEL_TWO_LEADS", { names: leads.map((m) => m.name).join(", ") }, where));
  if (members.length && !members.some((m) => m.role === "secretary")) issues.push(issue("PANEL_NO_SECRETARY", { sheet: g.name }, where));
  return { sheet: g.name, members, issues };
}
