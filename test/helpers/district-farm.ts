/**
 * Units' result workbooks for the district's tests, generated: the "Kết quả" sheet with the
 * DVHT_KETQUA block (hashed as the evaluation hashes it) and the "Biểu điểm" sheet whose result
 * column is the printed result the block's "printed" row checks.
 *
 * Thông tư 24 blocks carry the keys the evaluation writes (workbook/summary.ts) and the district reads
 * (src/core/district/tt24-block.ts): the unit's tier and type, each indicator met at each level, the
 * level reached, the proposal and the current recognition. Generated rather than evaluated, so that
 * thirty units with chosen levels, misses and recognitions take milliseconds; test/core/district.test.ts
 * also consolidates a block that run() wrote.
 */
import ExcelJS from "exceljs";
import type { PlanValue, SheetPlan, WorkbookGrids } from "../../src/core";
import { hashBlock, printedCheck, SUMMARY_FORMAT, SUMMARY_NAME } from "../../src/core/workbook/summary";
import { tt24RuleSet } from "../../src/core/rules/tt24";
import { XlsxPort } from "../../src/xlsx";

export interface FarmUnit {
  name: string;
  code?: string;
  /** Unit type id (tt24-unit-types.json). */
  type: string;
  tier?: "cap-huyen" | "cap-tinh";
  year: number;
  /** Indicators not met: at Mức độ 1 (then not at 2 either), or only at Mức độ 2. */
  missM1?: string[];
  missM2?: string[];
  notApplicable?: string[];
  proposal?: { level: "Mức độ 1" | "Mức độ 2" | null; kind: "first" | "upgrade" | "renewal" | "maintain" | null };
  recognition?: { level: "Mức độ 1" | "Mức độ 2"; decisionNumber: string; decisionDate: string };
  evaluatedAt: string;
  /** Issue 12's finalize, assumed keys (src/core/district/block.ts, readFinalization). */
  finalized?: { at: string; changed?: boolean };
}

/** The level the generated indicators reach (Điều 8: every indicator of the level). */
export function levelOf(u: FarmUnit): "Mức độ 2" | "Mức độ 1" | "Chưa đạt" {
  if ((u.missM1 ?? []).length) return "Chưa đạt";
  if ((u.missM2 ?? []).length) return "Mức độ 1";
  return "Mức độ 2";
}

export function blockRows(u: FarmUnit): [string, PlanValue][] {
  const tier = u.tier ?? "cap-huyen";
  const rows: [string, PlanValue][] = [
    ["format", SUMMARY_FORMAT],
    ["unit.name", u.name],
    ["unit.parentBody", "UBND XÃ THỬ NGHIỆM"],
    ["unit.code", u.code ?? null],
    ["unit.tier", tier],
    ["unit.type", u.type],
    ["year", u.year],
    ["framework", `TT24/2023-${tier}`],
    ["frameworkVersion", "2024-01-26"],
    ["preset", "toan-quoc"],
    ["members.total", 30],
    ["members.counted", 30],
    ["members.excluded", 0],
  ];
  for (const ind of tt24RuleSet(tier).indicators) {
    const na = (u.notApplicable ?? []).includes(ind.id);
    const m1 = !(u.missM1 ?? []).includes(ind.id);
    const m2 = m1 && !(u.missM2 ?? []).includes(ind.id);
    rows.push([`item.${ind.id}.applicable`, !na]);
    if (ind.kind === "members" && !na) rows.push([`item.${ind.id}.rate`, m2 ? 1 : m1 ? 0.92 : 0.8]);
    rows.push([`item.${ind.id}.met.M1`, na ? null : m1], [`item.${ind.id}.met.M2`, na ? null : m2]);
  }
  const level = levelOf(u);
  rows.push(
    ["rating", level],
    ["proposal.level", u.proposal ? u.proposal.level : level === "Chưa đạt" ? null : level],
    ["proposal.kind", u.proposal ? u.proposal.kind : level === "Chưa đạt" ? null : "first"],
  );
  if (u.recognition)
    rows.push(
      ["recognition.level", u.recognition.level],
      ["recognition.decisionNumber", u.recognition.decisionNumber],
      ["recognition.decisionDate", u.recognition.decisionDate],
    );
  rows.push(["issues.errors", 0], ["issues.warnings", 0], ["evaluatedAt", u.evaluatedAt]);
  if (u.finalized) rows.push(["finalized.at", u.finalized.at], ...(u.finalized.changed ? [["finalized.changed", true] as [string, PlanValue]] : []));
  return rows;
}

const PRINTED_TOP = 11;

/** The printed result: one line per indicator, then the level (what the Biểu điểm's result column shows). */
function printedCells(u: FarmUnit): PlanValue[][] {
  const tier = u.tier ?? "cap-huyen";
  const cells: PlanValue[][] = tt24RuleSet(tier).indicators.map((ind) => {
    if ((u.notApplicable ?? []).includes(ind.id)) return ["Không áp dụng"];
    return [(u.missM1 ?? []).includes(ind.id) ? "Chưa đạt" : "Đạt"];
  });
  cells.push([levelOf(u)]);
  return cells;
}

export interface Tamper {
  /** Type over a value of the block (the hash then no longer matches). */
  block?: [key: string, value: PlanValue];
  /** Type over the printed level on Biểu điểm. */
  printed?: PlanValue;
}

/** The two sheets as plans (a real workbook is written from them) and the grids a reader returns. */
export function unitPlans(u: FarmUnit, tamper: Tamper = {}): SheetPlan[] {
  const rows = blockRows(u);
  const printed = printedCells(u);
  const range = `'Biểu điểm'!D${PRINTED_TOP + 1}:D${PRINTED_TOP + printed.length}`;
  rows.push(["printed", printedCheck(range, printed)]);
  const hash = hashBlock(rows);
  if (tamper.block) {
    const i = rows.findIndex((r) => r[0] === tamper.block![0]);
    rows[i] = [rows[i][0], tamper.block[1]];
  }
  const kq: PlanValue[][] = [["Khóa", "Giá trị", "Diễn giải"], ...rows.map(([k, v]) => [k, v, null]), ["contentHash", hash, null]];
  const bd: PlanValue[][] = Array.from({ length: PRINTED_TOP }, (_, i) =>
    i === 0 ? ["BẢN TỔNG HỢP KẾT QUẢ ĐÁNH GIÁ", null, null, null] : [null, null, null, null],
  );
  printed.forEach((c, i) => bd.push([i + 1, `Chỉ tiêu ${i + 1}`, null, c[0]]));
  if (tamper.printed !== undefined) bd[bd.length - 1][3] = tamper.printed;
  const plan = (id: string, name: string, values: PlanValue[][]): SheetPlan => ({ id, name, values, styles: [], merges: [], columnWidths: [] });
  return [
    plan("bieu-diem", "Biểu điểm", bd),
    { ...plan("ket-qua", "Kết quả", kq), names: [{ name: SUMMARY_NAME, range: { top: 0, left: 0, bottom: kq.length - 1, right: 1 } }] },
  ];
}

export function unitGrids(u: FarmUnit, tamper: Tamper = {}): WorkbookGrids {
  return { sheets: unitPlans(u, tamper).map((p) => ({ name: p.name, values: p.values.map((r) => r.map((v) => v)) })) };
}

/** A real .xlsx (exceljs, as the command line writes a new workbook) holding the unit's result. */
export async function unitXlsx(u: FarmUnit, tamper: Tamper = {}): Promise<Buffer> {
  const port = XlsxPort.fromWorkbook(new ExcelJS.Workbook());
  await port.write({ sheets: unitPlans(u, tamper), patches: [] });
  return port.toBuffer();
}

// ---------------------------------------------------------------------------------------------
// The 30-unit district of the consolidation tests

const TYPES = ["mam-non", "tieu-hoc", "thcs", "tieu-hoc", "mam-non", "thcs"];
const TYPE_WORD: Record<string, string> = { "mam-non": "MẦM NON", "tieu-hoc": "TIỂU HỌC", thcs: "TRUNG HỌC CƠ SỞ" };
const PLACES = [
  "An Bình",
  "Bình Thạnh",
  "Cẩm Giang",
  "Đức Hòa",
  "Gia Lộc",
  "Hòa Khánh",
  "Hưng Long",
  "Khánh Hậu",
  "Long Trì",
  "Mỹ Hạnh",
  "Nhựt Ninh",
  "Phú Mỹ",
  "Quảng Trị",
  "Sơn Tây",
  "Tân Lập",
  "Thạnh Lợi",
  "Thủy Đông",
  "Tiên Phước",
  "Trà Cú",
  "Trường Bình",
  "Ứng Hòa",
  "Vạn Ninh",
  "Vĩnh Công",
  "Xuân Lộc",
  "Yên Thế",
  "Ân Thi",
  "Bảo Lộc",
  "Cần Đước",
  "Đồng Xoài",
  "Hậu Nghĩa",
];

export interface Farm {
  roster: { name: string; code: string | null; type: string }[];
  /** File name → what it holds. */
  files: { source: string; unit: FarmUnit; tamper?: Tamper }[];
  /** Units that sent nothing, a file of another year, a tampered block, an edited printed result, a duplicate. */
  cases: {
    notSent: string[];
    otherYear: string;
    tamperedBlock: string;
    editedPrinted: string;
    duplicate: string;
    nfd: string;
    byCode: string;
    abbreviated: string;
  };
}

/**
 * Thirty units on the roster (mầm non, tiểu học, THCS; a code for some), each with a level that
 * follows from the indicators it misses, and the cases the rules are about.
 */
export function district30(year = 2026): Farm {
  const roster = PLACES.map((p, i) => {
    const type = TYPES[i % TYPES.length];
    return {
      name: `Trường ${TYPE_WORD[type].toLowerCase().replace(/^./, (c) => c.toUpperCase())} ${p}`,
      code: i % 3 === 0 ? `DV${String(i + 1).padStart(2, "0")}` : null,
      type,
    };
  });
  const units: FarmUnit[] = roster.map((r, i) => {
    const u: FarmUnit = { name: r.name.toUpperCase(), code: r.code ?? undefined, type: r.type, year, evaluatedAt: "10/01/2027" };
    // Levels: every 4th misses 2.4 at Mức độ 1 (Chưa đạt); every 3rd misses 3.1 at Mức độ 2 (Mức độ 1); others Mức độ 2.
    if (i % 4 === 1) u.missM1 = ["2.4"];
    else if (i % 3 === 2) u.missM2 = ["3.1", ...(i % 2 ? ["2.4"] : [])];
    if (r.type === "mam-non") u.notApplicable = ["3.4", "3.5"];
    else u.notApplicable = ["3.5"];
    // Recognitions: some decided in 2024 (valid through 31/12/2027: ending this year), one maintained.
    if (i % 5 === 0) u.recognition = { level: "Mức độ 1", decisionNumber: `${100 + i}/QĐ-UBND`, decisionDate: "12/02/2024" };
    if (i % 5 === 0 && levelOf(u) === "Mức độ 2") u.proposal = { level: "Mức độ 2", kind: "upgrade" };
    if (i === 10) {
      u.recognition = { level: "Mức độ 2", decisionNumber: "77/QĐ-UBND", decisionDate: "10/02/2025" };
      u.proposal = { level: "Mức độ 2", kind: "maintain" };
    }
    return u;
  });
  const files: Farm["files"] = [];
  const notSent = [roster[6].name, roster[23].name];
  units.forEach((u, i) => {
    if (notSent.includes(roster[i].name)) return;
    files.push({ source: `t${i + 1}.xlsx`, unit: u });
  });
  const at = (i: number) => files.find((f) => f.source === `t${i + 1}.xlsx`)!;
  // Unit 3 sends its 2025 result; unit 8's block is typed over; unit 13's printed level is typed over.
  at(3).unit = { ...at(3).unit, year: year - 1, evaluatedAt: "12/01/2026" };
  at(8).tamper = { block: ["rating", "Mức độ 2"] };
  at(13).tamper = { printed: "Mức độ 2" };
  // Unit 15 sends twice: an older evaluation first, then the newer (different result).
  files.push({ source: `t${15 + 1}-lan-dau.xlsx`, unit: { ...at(15).unit, evaluatedAt: "05/01/2027", missM1: ["1.4"] } });
  at(15).unit = { ...at(15).unit, evaluatedAt: "12/01/2027" };
  // Names as people type them: the unit in lower case, the officer's roster in NFD with odd spacing (the
  // evaluation writes the unit's name cleaned: NFC, single spaces); another name but the roster's code;
  // "TH" for "Tiểu học".
  at(19).unit = { ...at(19).unit, name: at(19).unit.name.toLowerCase() };
  at(0).unit = { ...at(0).unit, name: "MN AN BÌNH (CŨ)" };
  at(1).unit = { ...at(1).unit, name: "TH Bình Thạnh" };
  return {
    roster: roster.map((r) => ({ name: r.name, code: r.code, type: r.type })),
    files,
    cases: {
      notSent,
      otherYear: roster[3].name,
      tamperedBlock: roster[8].name,
      editedPrinted: roster[13].name,
      duplicate: roster[15].name,
      nfd: roster[19].name,
      byCode: roster[0].name,
      abbreviated: roster[1].name,
    },
  };
}

/** The roster as the officer types it in the consolidation workbook: STT, Tên đơn vị, Mã đơn vị, Loại hình. */
export function rosterSheetValues(farm: Farm): PlanValue[][] {
  const label: Record<string, string> = { "mam-non": "Mầm non", "tieu-hoc": "Tiểu học", thcs: "THCS" };
  return [
    ["DANH SÁCH ĐƠN VỊ", null, null, null],
    ["STT", "Tên đơn vị", "Mã đơn vị", "Loại hình"],
    ...farm.roster.map((r, i) => [i + 1, r.name === farm.cases.nfd ? `  ${r.name.normalize("NFD").replace(/ /g, "   ")} ` : r.name, r.code, label[r.type]]),
  ];
}
