/**
 * Which result counts for which unit. Every file is read once into a `Received`; then, in order:
 * the year of the consolidation (the --nam option, the settings sheet, or the most common year), the
 * files of another year set apart, each file matched to its roster row, one file kept per unit (a
 * trusted result before an untrusted one, then the newest evaluation, then the newer file), and one
 * table row per expected unit, "chưa gửi" when nothing usable came. Nothing is dropped silently: every
 * file not in the table is listed apart with the reason, and every decision is an issue.
 */
import { issue, type Issue } from "../messages";
import type { PlanValue } from "../plan";
import { formatDateVi } from "../text/dates";
import { compareVi } from "../text/vi";
import { date, num, readFinalization, str, type FoundBlock, type PrintedState } from "./block";
import { matchFileName, matchRoster, nameKey, type Roster } from "./inputs";
import { isTt24Block, readTt24, type Tt24Data } from "./tt24-block";

export interface SelectInput {
  /** The file name, as the district officer knows it. */
  source: string;
  /** The block as read (the file adapter's fast read, or the whole workbook), null when the file has none. */
  found: FoundBlock | null;
  /** Set when the file could not be used at all: why, in Vietnamese (the shell's words for the file). */
  problem?: string;
  /** The file's modification time (serial), to order two evaluations of one day. */
  modified?: number;
}

export interface Received {
  source: string;
  modified: number | null;
  sheet: string;
  block: Record<string, PlanValue>;
  unit: string;
  code: string | null;
  year: number | null;
  framework: string;
  rating: string;
  total: number | null;
  counted: number | null;
  errors: number;
  evaluatedAt: number | null;
  hashOk: boolean;
  printed: PrintedState;
  tt24: Tt24Data | null;
  finalization: { at: number | null; changedAfter: boolean | null };
}

/**
 * The rating a block states. Thông tư 22's lowest band is "Chưa đạt" (its Điều 6: "Loại chưa đạt");
 * blocks written by earlier versions said "Không đạt", and still count, under the right word.
 */
function ratingOf(b: Record<string, PlanValue>): string {
  const r = str(b.rating);
  return r === "Không đạt" && str(b.framework).startsWith("TT22") ? "Chưa đạt" : r;
}

/** Counted only when the block and the printed result both still show what was evaluated. */
export const trusted = (r: Received) => r.hashOk && r.printed.state !== "edited";
export const hasResult = (r: Received) => r.rating !== "";

export type RowStatus = "counted" | "not-counted" | "no-result" | "not-sent";

export interface TableRow {
  name: string;
  code: string | null;
  /** The roster's "Loại hình", for a unit that sent nothing. */
  rosterType: string | null;
  status: RowStatus;
  /** The file kept for this unit. */
  kept: Received | null;
  /** Other files of this unit, not counted. */
  setAside: Received[];
  /** Files that gave no result, attributed to this unit by their name. */
  failed: string[];
  /** Why a result is not counted, and the rest the officer should know (Vietnamese). */
  notes: string[];
}

export interface Apart {
  source: string;
  unit: string;
  why: string;
}

export interface Selection {
  year: number | null;
  rows: TableRow[];
  apart: Apart[];
  issues: Issue[];
}

export function toReceived(inp: SelectInput & { found: FoundBlock }): Received {
  const b = inp.found.block;
  return {
    source: inp.source,
    modified: inp.modified ?? null,
    sheet: inp.found.sheet,
    block: b,
    unit: str(b["unit.name"]),
    code: str(b["unit.code"]) || null,
    year: num(b.year),
    framework: str(b.framework),
    rating: ratingOf(b),
    total: num(b.total),
    counted: num(b["members.counted"]),
    errors: num(b["issues.errors"]) ?? 0,
    evaluatedAt: date(b.evaluatedAt),
    hashOk: inp.found.hashOk,
    printed: inp.found.printed,
    tt24: isTt24Block(b) ? readTt24(b) : null,
    finalization: readFinalization(inp.found),
  };
}

/** The most common value; a tie goes to the larger (the later year). */
function mostCommon(xs: number[]): number | null {
  const counts = new Map<number, number>();
  for (const x of xs) counts.set(x, (counts.get(x) ?? 0) + 1);
  let best: number | null = null;
  for (const [x, n] of counts) if (best === null || n > counts.get(best)! || (n === counts.get(best)! && x > best)) best = x;
  return best;
}

/** Newest first: a result before none, trusted before not, then the evaluation's day, the file's time, the file's name. */
function newerFirst(a: Received, b: Received): number {
  return (
    Number(hasResult(b)) - Number(hasResult(a)) ||
    Number(trusted(b)) - Number(trusted(a)) ||
    (b.evaluatedAt ?? -1) - (a.evaluatedAt ?? -1) ||
    (b.modified ?? -1) - (a.modified ?? -1) ||
    compareVi(b.source, a.source)
  );
}

function whyKept(kept: Received, other: Received): string {
  if (hasResult(kept) !== hasResult(other)) return "tệp còn lại không có kết quả";
  if (trusted(kept) !== trusted(other)) return "tệp còn lại bị sửa sau khi đánh giá";
  if ((kept.evaluatedAt ?? -1) !== (other.evaluatedAt ?? -1))
    return kept.evaluatedAt === null ? "đánh giá mới nhất" : `đánh giá mới nhất, ngày ${formatDateVi(kept.evaluatedAt)}`;
  if ((kept.modified ?? -1) !== (other.modified ?? -1)) return "cùng ngày đánh giá, tệp lưu sau";
  return "cùng ngày đánh giá, tên tệp đứng sau";
}

const describe = (r: Received) => `${r.source}${r.evaluatedAt !== null ? ` (đánh giá ngày ${formatDateVi(r.evaluatedAt)})` : ""}`;

export function select(inputs: SelectInput[], roster: Roster | null, wantedYear: number | undefined): Selection {
  const issues: Issue[] = [];
  const apart: Apart[] = [];
  const received: Received[] = [];
  /** Files without a result, kept to attribute them to a roster row by name. */
  const failedFiles: { source: string; unit: string }[] = [];
  for (const inp of inputs) {
    if (inp.problem !== undefined) {
      issues.push(issue("DISTRICT_FILE_UNUSABLE", { source: inp.source, detail: inp.problem }));
      failedFiles.push({ source: inp.source, unit: "" });
      continue;
    }
    if (!inp.found) {
      issues.push(issue("DISTRICT_NO_BLOCK", { source: inp.source }));
      failedFiles.push({ source: inp.source, unit: "" });
      continue;
    }
    received.push(toReceived({ ...inp, found: inp.found }));
  }
  const year = wantedYear ?? mostCommon(received.map((r) => r.year).filter((y): y is number => y !== null));

  // Another year: listed apart, never in this year's table.
  const thisYear: Received[] = [];
  for (const r of received) {
    if (year !== null && r.year !== year) {
      issues.push(issue("DISTRICT_OTHER_YEAR", { source: r.source, unit: r.unit || "?", year: r.year ?? "?", usual: year }));
      apart.push({ source: r.source, unit: r.unit, why: `kết quả năm ${r.year ?? "?"}, không phải năm ${year}` });
    } else thisYear.push(r);
  }

  // Each file to its unit: the roster's row, or (without a roster) the unit's own code or name.
  const groups = new Map<string, Received[]>();
  const rows: TableRow[] = roster
    ? roster.units.map((u) => ({ name: u.name, code: u.code, rosterType: u.type, status: "not-sent", kept: null, setAside: [], failed: [], notes: [] }))
    : [];
  const keyOf = new Map<string, number>();
  for (const r of thisYear) {
    let key: string;
    if (roster) {
      const m = matchRoster(roster, r.unit, r.code);
      if (m === null) {
        issues.push(issue("DISTRICT_NOT_ON_ROSTER", { source: r.source, unit: r.unit || "(không ghi tên)" }));
        apart.push({ source: r.source, unit: r.unit, why: "đơn vị không có trong danh sách" });
        continue;
      }
      if ("ambiguous" in m) {
        const candidates = m.ambiguous.map((i) => roster.units[i].name).join("; ");
        issues.push(issue("DISTRICT_AMBIGUOUS_MATCH", { source: r.source, unit: r.unit, candidates }));
        apart.push({ source: r.source, unit: r.unit, why: `khớp nhiều dòng của danh sách: ${candidates}` });
        continue;
      }
      key = `#${m.index}`;
    } else {
      // Without a roster only the name identifies a unit: codes are each school's own abbreviation.
      key = `name:${nameKey(r.unit || r.source)}`;
      if (!keyOf.has(key)) {
        keyOf.set(key, rows.length);
        rows.push({ name: r.unit || r.source, code: r.code, rosterType: null, status: "not-sent", kept: null, setAside: [], failed: [], notes: [] });
      }
      key = `#${keyOf.get(key)}`;
    }
    const list = groups.get(key) ?? [];
    list.push(r);
    groups.set(key, list);
  }

  for (const [key, list] of groups) {
    const row = rows[Number(key.slice(1))];
    const sorted = [...list].sort(newerFirst);
    const kept = sorted[0];
    row.kept = kept;
    row.setAside = sorted.slice(1);
    if (row.setAside.length > 0) {
      const setAside = row.setAside.map(describe).join("; ");
      issues.push(issue("DISTRICT_DUPLICATE_UNIT", { unit: row.name, count: list.length, kept: kept.source, why: whyKept(kept, row.setAside[0]), setAside }));
      row.notes.push(`Tính tệp ${kept.source} (${whyKept(kept, row.setAside[0])}); không tính: ${setAside}.`);
    }
    if (!hasResult(kept)) {
      row.status = "no-result";
      issues.push(issue("DISTRICT_NO_RESULT", { source: kept.source, unit: kept.unit || row.name }));
      row.notes.unshift(`Tệp ${kept.source} chưa có kết quả (sổ còn lỗi nghiêm trọng).`);
      continue;
    }
    if (!kept.hashOk) {
      row.status = "not-counted";
      issues.push(issue("DISTRICT_HASH_MISMATCH", { source: kept.source, unit: kept.unit || row.name }, { sheet: kept.sheet }));
      row.notes.unshift("KHÔNG TÍNH: khối kết quả bị sửa tay sau khi đánh giá (mã kiểm tra không khớp).");
    } else if (kept.printed.state === "edited") {
      row.status = "not-counted";
      issues.push(
        issue("DISTRICT_PRINTED_EDITED", { source: kept.source, unit: kept.unit || row.name, printed: kept.printed.sheet }, { sheet: kept.printed.sheet }),
      );
      row.notes.unshift(`KHÔNG TÍNH: kết quả in trên trang ${kept.printed.sheet} bị sửa tay, khác kết quả đã đánh giá.`);
    } else {
      row.status = "counted";
      if (kept.printed.state === "missing") {
        issues.push(issue("DISTRICT_PRINTED_MISSING", { source: kept.source, unit: kept.unit || row.name, printed: kept.printed.sheet }));
        row.notes.push(`Không còn trang ${kept.printed.sheet} để đối chiếu bản in.`);
      }
    }
    if (kept.errors > 0) {
      issues.push(issue("DISTRICT_SCHOOL_ERRORS", { source: kept.source, errors: kept.errors }));
      row.notes.push(`Sổ còn ${kept.errors} lỗi dữ liệu.`);
    }
  }

  // A file that gave no result is put on its unit's row when its name says which unit it is.
  for (const f of failedFiles) {
    const i = roster ? matchFileName(roster, f.source) : null;
    if (i !== null && rows[i].status === "not-sent") {
      rows[i].failed.push(f.source);
      rows[i].notes.push(`Tệp ${f.source} không có kết quả dùng được.`);
    } else apart.push({ source: f.source, unit: "", why: "không có kết quả dùng được (xem trang Kiểm tra)" });
  }

  if (!roster) rows.sort((a, b) => compareVi(a.name, b.name));
  const notSent = rows.filter((r) => r.status === "not-sent");
  if (roster && notSent.length > 0) {
    issues.push(issue("DISTRICT_NOT_SENT", { count: notSent.length, year: year ?? "…", units: notSent.map((r) => r.name).join("; ") }));
  }
  // The framework: one per year; a unit under another is said (it is still listed).
  const frameworks = rows.filter((r) => r.kept).map((r) => family(r.kept!.framework));
  const usual = mostCommonText(frameworks);
  for (const r of rows) {
    if (r.kept && usual && family(r.kept.framework) !== usual) {
      issues.push(issue("DISTRICT_MIXED", { source: r.kept.source, what: "bộ tiêu chí", value: documentOf(r.kept.framework), usual: documentOf(usual) }));
    }
  }
  apart.sort((a, b) => compareVi(a.source, b.source));
  return { year, rows, apart, issues };
}

/** "TT24/2023-cap-huyen" → "TT24": the framework's family (the tier is the unit's, not the framework's). */
export function family(framework: string): string {
  return /^(TT\d+)/.exec(framework)?.[1] ?? framework;
}

/** The legal document a framework id stands for, as printed (never the id). */
export function documentOf(framework: string): string {
  const f = family(framework);
  return f === "TT24" ? "Thông tư 24/2023/TT-BGDĐT" : f === "TT22" ? "Thông tư 22/2020/TT-BGDĐT" : "bộ tiêu chí không rõ";
}

function mostCommonText(xs: string[]): string | null {
  const counts = new Map<string, number>();
  for (const x of xs) counts.set(x, (counts.get(x) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? 1 : -1))[0]?.[0] ?? null;
}
