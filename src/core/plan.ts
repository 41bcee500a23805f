/**
 * Sheet plans: plain data describing what to write. The core produces them; the adapters
 * (exceljs for the CLI and tests, Office.js in Excel) render them without adding meaning.
 * Coordinates are 0-based; every plan starts at A1 of its sheet.
 */
import type { Rect, SheetVisibility } from "./grid";

/** A value to write. Strings are always written as text, even when they start with = + - @. */
export type PlanValue = string | number | boolean | null;

export type BorderWeight = "thin" | "medium" | "hair" | "none";
export type HAlign = "left" | "center" | "right" | "justify";
export type VAlign = "top" | "middle" | "bottom";

export interface CellStyle {
  font?: {
    name?: string;
    size?: number;
    bold?: boolean;
    italic?: boolean;
    underline?: boolean;
    color?: string; // "#RRGGBB"
  };
  /** Solid fill colour "#RRGGBB". */
  fill?: string;
  align?: { h?: HAlign; v?: VAlign; wrap?: boolean; indent?: number };
  /** Borders on every cell of the range (inner lines included). */
  border?: { top?: BorderWeight; bottom?: BorderWeight; left?: BorderWeight; right?: BorderWeight };
  /** Excel number format, e.g. "dd/mm/yyyy", "0.00", "0.0%", "@". */
  numberFormat?: string;
}

/** A style applied to every cell of a range. Later entries win over earlier ones, property by property. */
export interface StyleRange {
  range: Rect;
  style: CellStyle;
}

/** An internal link: the cell shows `text` and jumps to sheet!cell. */
export interface PlanLink {
  row: number;
  col: number;
  sheet: string;
  cell: string; // A1
  text: string;
}

export interface PlanValidation {
  range: Rect;
  /** Allowed values offered as a dropdown. */
  list: string[];
  /**
   * Where those values are written on the same sheet, when the dropdown must refer to cells: a literal
   * list is comma-separated and at most 255 characters, so values with commas or a long list cannot be one.
   */
  listRange?: Rect;
  /** Shown when another value is typed (Vietnamese). */
  error?: string;
  /** Whether other values are rejected (true) or only warned about (false). */
  strict?: boolean;
}

export interface PrintSetup {
  paperSize: "A4";
  orientation: "portrait" | "landscape";
  /** Margins in millimetres (Nghị định 30/2020: top/bottom 20–25, left 30–35, right 15–20). */
  margins: { top: number; bottom: number; left: number; right: number; header?: number; footer?: number };
  fitToWidth: boolean;
  /** 0 means as many pages tall as needed. */
  fitToHeight?: number;
  printArea?: Rect;
  /** Rows repeated at the top of each printed page (0-based, inclusive). */
  repeatRows?: { from: number; to: number };
  /** Footer text in Excel header/footer codes, e.g. "Trang &P/&N". */
  footer?: string;
  /** The header's centre section in the same codes: "&P" is the page number centred in the top margin (NĐ 30/2020). */
  header?: string;
  /** The first page prints without header and footer (NĐ 30/2020: no page number on the first page). */
  differentFirst?: boolean;
  horizontalCentered?: boolean;
}

export interface DefinedName {
  name: string; // e.g. "DVHT_KETQUA"
  range: Rect; // on this sheet
}

/** Ids of the sheets the product owns (stable keys; the visible names may change to avoid clashes). */
export type OwnedSheetId =
  | "bieu-diem"
  | "kiem-tra"
  | "ket-qua"
  | "registry"
  | "bao-cao"
  | "bien-ban"
  | "danh-muc-minh-chung"
  | "tong-hop-to"
  | "ke-hoach-tien-do"
  | "tong-hop-tt24"
  | "to-trinh"
  | "qd-to-danh-gia"
  | (string & {});

export interface SheetPlan {
  id: OwnedSheetId;
  /** The sheet's name; for the product's sheets, the one run() chose (pipeline/names.ts) so that it never takes a clerk's sheet. */
  name: string;
  values: PlanValue[][];
  styles: StyleRange[];
  merges: Rect[];
  /** Column widths in characters (Excel's unit), index = column. */
  columnWidths: number[];
  /** Columns hidden from view and print (0-based): the column of the sheet's ownership marker. */
  hiddenColumns?: number[];
  /** Row heights in points, index = row; undefined = default. */
  rowHeights?: (number | undefined)[];
  links?: PlanLink[];
  validations?: PlanValidation[];
  names?: DefinedName[];
  print?: PrintSetup;
  freeze?: { rows: number; cols: number };
  visibility?: SheetVisibility;
  tabColor?: string;
  /** Excel shows gridlines? Documents meant for print hide them. */
  showGridLines?: boolean;
  /**
   * A row under the document's title left blank for a notice about the whole run (the draft line: run()
   * fills it while errors remain). Adapters ignore it.
   */
  noticeRow?: number;
  /**
   * The cells that print the evaluation's result (Biểu điểm: each item's result, the total, the rating).
   * Not written anywhere: the summary block carries their hash, so the district can tell a printed result
   * typed over by hand (workbook/summary.ts, printedCheck).
   */
  printedResult?: Rect;
  /**
   * Data bars (conditional formatting) over numeric cells: a picture the sheet draws itself. The scale
   * runs from 0 to `max` so bars of several ranges compare. Rendered by the file adapter (the district's
   * workbook is written by the command line only).
   */
  dataBars?: { range: Rect; color: string; max: number }[];
  /**
   * Cells of this sheet that hold a formula (without "="), e.g. a tổ's count under its answers that
   * follows what the tổ trưởng types. Only the product's own sheets have them, never a patch: a value
   * in `values` is always written as text. The cell's entry in `values` is what readers see before
   * Excel calculates (null: nothing).
   */
  formulas?: { row: number; col: number; formula: string }[];
  /**
   * Hoàn tất (issue 12): the sheet is protected once written (no password: against a slip, not a
   * person; Mở khóa lifts it).
   */
  protect?: boolean;
}

/**
 * A write into a sheet the clerk owns. Only these kinds exist: the result band to the right of the
 * members table, single cells the clerk left blank (evidence codes, unit-item points), the clerk's own
 * column mapping given on the command line, stored as a row of "Thông tin" (pipeline/column-map.ts; the
 * clerk's data, never recorded as the product's), and, when the clerk asks for it (Gộp phiếu tổ), the tổ's
 * answers in the members sheet's blank answer cells ("member-answer", the clerk's data once written). An
 * empty string empties a cell the product filled before (its format kept); null leaves a cell as it is.
 */
export interface CellPatch {
  sheet: string;
  kind: "member-band" | "evidence-code" | "unit-points" | "column-map" | "member-answer";
  top: number;
  left: number;
  values: PlanValue[][];
  /** Cleared (contents and formats) before writing: the band written by a previous run (a patch may only clear). */
  clear?: Rect;
  styles?: StyleRange[];
  columnWidths?: { col: number; width: number }[];
}

export interface WritePlan {
  sheets: SheetPlan[];
  patches: CellPatch[];
  /**
   * The existing sheets the product may replace: those proved its own by the marker they carry
   * (workbook/marker.ts), and its registry. An adapter refuses to replace any other existing sheet. A
   * plan that makes no such claim (the template's, which only adds sheets) leaves it out.
   */
  owned?: string[];
  /**
   * Existing sheets of the product's to unprotect before anything is written (Mở khóa, issue 12). Only
   * sheets the product owns (in `owned`); an adapter still refuses to write into any other protected sheet.
   */
  unprotect?: string[];
  /** The sheet to show the clerk when done ("Biểu điểm", or "Kiểm tra" when there are errors). */
  activate?: OwnedSheetId;
}

/** Base font of every styled cell (NĐ 30/2020); LibreOffice and Excel then agree on metrics. */
export const DOC_FONT = "Times New Roman";
