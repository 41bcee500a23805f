/**
 * The model: what the reader understood from the clerk's sheets. Every value keeps the address of
 * the cell it came from, so that a result or a problem can always point back at its source.
 */
import type { MemberField, Tt24DigitalLevel, Tt24LevelId } from "./rules/schema";
import type { TitleDef } from "./rules/titles";
import type { UnitClassification } from "./read/unit-type";
import type { InfoField } from "./workbook/info-keys";
import type { SectionId } from "./workbook/report-sections";
import type { Issue } from "./messages";

export type Role = "members" | "evidence" | "unitItems" | "unitInfo" | "reportContent" | "overrides" | "panel";

/** One key–value row of "Thông tin" as read (for fields the core does not interpret itself). */
export interface InfoRow {
  row: number; // 1-based Excel row
  key: string; // as written (NFC)
  keyFolded: string;
  value: string | number | boolean | null;
  valueCell: string; // A1 of the value
  /** A third column, when present (e.g. a target's value next to its label). */
  extra?: string | number | boolean | null;
  /** A1 of the key, and of the third column's cell when there is one. */
  keyCell?: string;
  extraCell?: string;
}

/**
 * A column of the members sheet the clerk named for the reader (read/column-map.ts): the product's
 * column and the header her sheet gives it, as "Thông tin" stores it or the command line gives it.
 */
export interface ColumnMapping {
  /** The member field ("title", "competencesAll" …). */
  field: string;
  /** The sheet's header, as written. */
  header: string;
  from: "info" | "option";
  /** The "Thông tin" row (1-based) and value cell it is stored in, when it is. */
  row?: number;
  cell?: string;
  /** What that row held before a command-line option changed it. */
  stored?: string;
}

/** Where "Thông tin" keeps its keys and values, for rows the product adds there (0-based). */
export interface InfoLayout {
  keyColumn: number;
  valueColumn: number;
  /** The first row under everything the sheet holds. */
  nextRow: number;
}

/** A "Chỉ tiêu: …" row of "Thông tin" (read/targets.ts): what the plan aims at, as written. */
export interface PlanTargetRow {
  /** "Gia đình đăng ký GĐHT", as written (without "Chỉ tiêu:"). */
  label: string;
  /** The target as typed ("100%", 0.9, "Tập thể lao động tiên tiến"). */
  target: InfoRow["value"];
  /** What was achieved, when the clerk typed it in the next column. */
  manual?: InfoRow["extra"];
  /** A1 of the row's value cell, and its 1-based row. */
  cell: string;
  row: number;
}

export interface UnitInfo {
  sheet?: string;
  parentBody?: string; // Cơ quan chủ quản
  name?: string; // Tên đơn vị
  code?: string; // Mã/viết tắt
  place?: string; // Địa danh
  year?: number; // Năm đánh giá
  framework?: string; // Bộ tiêu chí (blank = by year)
  preset?: string; // Phương án địa phương
  unitTypeText?: string; // Loại hình đơn vị
  /** The unit as Thông tư 24 sees it, from Loại hình đơn vị, Công lập / ngoài công lập and Cấp đơn vị (read/unit-type.ts). */
  tt24Unit: UnitClassification;
  /** What only Thông tư 24 asks for in "Thông tin" (workbook.md). */
  tt24: Tt24Info;
  principal?: string; // Hiệu trưởng / Thủ trưởng
  chair?: string; // Chủ tịch Hội đồng
  secretary?: string; // Thư ký
  collectiveTitle?: TitleDef | null;
  collectiveTitleText?: string;
  recipient?: string; // Cơ quan nhận hồ sơ
  documentNumber?: string; // Số văn bản (e.g. "15/BC-THBA")
  meeting: {
    date?: number; // serial
    time?: string;
    endTime?: string;
    place?: string;
    attendees?: string;
    absentees?: string;
    vote?: string;
  };
  /** Optional settings of the documents (workbook/info-keys.ts, the `exact` keys). */
  deadline?: number; // Hạn nộp hồ sơ (serial)
  reportDate?: number; // Ngày báo cáo (serial)
  requestDate?: number; // Ngày tờ trình, else the report's date (serial)
  requestNumber?: string; // Số tờ trình
  minutesNumber?: string; // Số biên bản
  postingPlace?: string; // Nơi niêm yết kết quả (Thông báo)
  commentDays?: number; // Thời gian góp ý, in days (Thông báo)
  /** Thông tư 24: the head's decision setting up the Tổ đánh giá (Số / Ngày quyết định thành lập Tổ đánh giá). */
  panelDecisionNumber?: string;
  panelDecisionDate?: number; // serial
  /** The plan's targets ("Chỉ tiêu: …" rows). */
  targets: PlanTargetRow[];
  /** A1 of the value each field was read from, for messages that point at it. */
  cells: Partial<Record<InfoField, string>>;
  /** Every key–value row, as read (the plan targets are read from them; the pane writes its settings into them). */
  rows: InfoRow[];
  /** Where a new row goes (absent without a "Thông tin" sheet). */
  layout?: InfoLayout;
}

/** The "Thông tin" values of Thông tư 24 (workbook.md), as read; absent = left blank. */
export interface Tt24Info {
  ownershipText?: string; // Công lập / ngoài công lập
  tierText?: string; // Cấp đơn vị
  digitalLevel?: Tt24DigitalLevel; // Mức độ chuyển đổi số
  accreditation?: boolean; // Kiểm định chất lượng GDNN
  learners?: number; // Số người học
  learnersCdht?: number; // Số người học đạt CDHT
  /** "Công nhận hiện có: …": the level (null: written as none), the decision's number and date (serial). */
  current: { level?: Tt24LevelId | null; decisionNumber?: string; decisionDate?: number };
  dossierDate?: number; // Ngày trình hồ sơ (serial)
  approver?: string; // Người, cơ quan quyết định công nhận
}

export interface Member {
  row: number; // 1-based Excel row
  name: string;
  seq?: string | number;
  position?: string;
  group?: string; // tổ; undefined = "Chưa phân tổ"
  fields: Partial<Record<MemberField, boolean | null>>;
  title: TitleDef | null;
  titleText?: string;
  /** The 8 competences when recorded as columns; null entries are unanswered. */
  competences?: (boolean | null)[];
  /** The single "đáp ứng NL, PC CDHT" column, when the 8 are not recorded separately. */
  competencesAll?: boolean | null;
  approvalDate?: number;
  excludedReason?: string;
  note?: string;
  /** Every answer cell blank (a blank reads as "no"): with every member so, the workbook is not yet filled. */
  unanswered?: true;
  // No per-member addresses: a value's cell is (row, the column in the members recognition), so a
  // 10,000-member sheet does not allocate 40,000 address strings that are almost never read.
}

export interface UnitItemEntry {
  /** Normalised id ("1a", "1.1"). */
  id: string;
  row: number;
  points?: number | null; // TT 22
  met?: boolean | null; // TT 24
  notApplicable?: boolean;
  /** What the result cell holds when it is neither points nor a result: the evaluation says so in its framework's words. */
  unreadable?: string;
  evidence: string[];
  explanation?: string;
  /**
   * What the product wrote into the points cell on an earlier run (the clerk had left it blank), when the
   * cell still holds it: the cell is read as blank again and its value derived afresh (read/filled.ts).
   */
  productValue?: string | number;
  cells: { id: string; points?: string; evidence?: string; explanation?: string };
}

export interface Evidence {
  row: number;
  code?: string;
  items: string[];
  title?: string;
  number?: string;
  date?: number;
  dateText?: string;
  issuer?: string;
  location?: string;
  note?: string;
  /** What the "Tiêu chí" cell names that is no item id ("lung tung"): checked against the rule set by run(). */
  unknownItems?: string[];
  /** The code the product wrote into this row's blank code cell on an earlier run, still there: assigned afresh. */
  productCode?: string;
  cells: { code: string; items?: string; title?: string };
}

export interface RoleRecognition {
  role: Role;
  sheet: string;
  /** 1-based rows of the header (two for a two-row header). */
  headerRows: number[];
  /** 1-based row of the first data row. */
  firstDataRow: number;
  dataRows: number;
  /** logical column → 0-based column index */
  columns: Record<string, number>;
  /** 0-based column where the product's result band starts (members sheet), if present. */
  bandStart?: number;
  /** Header cells the reader found no column in (members sheet): what the clerk may map. */
  unrecognised?: { column: number; header: string }[];
  score: number;
}

/**
 * Where the result band may go on the members sheet, as the reader found it (read/band.ts): the band an
 * earlier run wrote, found by its header, and the columns right of the table that hold the clerk's data
 * in the band's rows. 0-based rows and columns.
 */
export interface BandPosition {
  sheet: string;
  /** The band's rows: the header's first row down to the last member's (or the header's last) row. */
  top: number;
  bottom: number;
  /** The header row that carries the column labels (the last header row). */
  labelRow: number;
  /** The first column right of everything on the sheet: a new band's place. */
  freeFrom: number;
  /** The first column right of the table's recognised columns: where a search for room starts. */
  tableEnd: number;
  /** Columns right of the table holding the clerk's data (or merged areas) in the band's rows, sorted. */
  occupied: number[];
  /** The band an earlier run wrote, found by its header: its columns (a clerk's column among them is not one) and rows. */
  previous?: { columns: number[]; top: number; bottom: number };
}

/** What an earlier run's "Kế hoạch – tiến độ" holds now (read/previous-plan.ts), by step number. */
export interface PreviousPlan {
  /** Each step's row as found in the visible sheet (possibly edited by the clerk). */
  steps: Record<number, { from?: number; to?: number; status: string; note: string }>;
  /** The automatic values that run recorded; absent when its record sheet is gone. */
  auto?: Record<number, { from?: number; to?: number; status: string }>;
}

/** The clerk's prose for the report, from "Nội dung báo cáo" (read/content.ts). */
export interface ReportContent {
  /** The sheet read, if any. */
  sheet?: string;
  /** Paragraphs per section, in row order; absent = the clerk left it blank. */
  sections: Partial<Record<SectionId, string[]>>;
  /** A1 of each section's key cell, for issues that point at the row to fill. */
  cells: Partial<Record<SectionId, string>>;
  /** What the reader could not use; reported with the dossier (they matter only when the report is made). */
  issues: Issue[];
}

/** One row of the council's overrides (read/overrides.ts): an item, the value the council decided, the reason. */
export interface Override {
  row: number; // 1-based Excel row
  /** Normalised item id ("2a", "2.4"); the text as written when it is no item id. */
  itemId: string;
  knownId: boolean;
  /** The value as written ("8,5", "Đạt"), its number or yes/no when it reads as one. */
  valueText: string;
  number?: number;
  yes?: boolean;
  reason?: string;
  cells: { id: string; value: string; reason?: string };
}

/** One line of the product's log of overrides, as an earlier run wrote it (the date an Excel serial). */
export interface OverrideLogLine {
  date: number;
  item: string;
  computed: string;
  value: string;
  reason: string;
  cell: string;
}

export interface Model {
  unit: UnitInfo;
  members: Member[];
  unitItems: UnitItemEntry[];
  evidence: Evidence[];
  recognition: RoleRecognition[];
  /** Names of the sheets the product owns (proved by their marker: read/registry.ts), by owned-sheet id. */
  owned: Record<string, string>;
  /** The result band's place on the members sheet (absent without a members sheet). */
  band?: BandPosition;
  /** An earlier run's Kế hoạch – tiến độ, when the registry names one. */
  previousPlan?: PreviousPlan;
  /** The report's prose: read when the dossier is made (it needs the names of this run's sheets). */
  reportContent?: ReportContent;
  /** The council's overrides, from the clerk's "Hội đồng điều chỉnh" sheet. */
  overrides?: Override[];
  /** The log of overrides an earlier run kept (the product's "Nhật ký điều chỉnh"). */
  overrideLog?: OverrideLogLine[];
  /** The clerk's column mappings this run applied (stored in "Thông tin" or given on the command line). */
  columnMap: ColumnMapping[];
  /** The Tổ đánh giá (Thông tư 24), from its small table (read/panel.ts); absent when the workbook has none. */
  panel?: Panel;
}

export type PanelRole = "lead" | "deputy" | "secretary" | "member";

/** One member of the Tổ đánh giá, as its table writes them. */
export interface PanelMember {
  row: number; // 1-based Excel row
  name: string;
  position?: string; // Chức vụ
  role: PanelRole;
  /** The role as printed: "Tổ trưởng", "Thư ký", … or the clerk's own words for a role the product does not know. */
  roleText: string;
}

/** The Tổ đánh giá's table. */
export interface Panel {
  sheet: string;
  members: PanelMember[];
  /** What the reader could not use; reported with the dossier (the panel matters only for its documents). */
  issues: Issue[];
}
