/**
 * What the level decision works on: per-indicator facts, already read and counted. The reader
 * (phase 2) fills these from "Thành viên", "Tiêu chí đơn vị", "Minh chứng" and "Thông tin";
 * `tallyMembers` turns member rows into counts.
 */
import type { Tt24DigitalLevel, Tt24MemberFact } from "../../rules/schema";
import type { Count } from "../rate";

/** The Tổ đánh giá's entry for a unit indicator: Đạt / Không đạt / Không áp dụng, or nothing. */
export type UnitEntry = "dat" | "khong-dat" | "khong-ap-dung";

export interface UnitIndicatorFact {
  entered: UnitEntry | null;
  /** Evidence codes supporting the indicator: in its own row, or on an evidence row that names it (rules.md §7). */
  evidence: readonly string[];
  /** "Giải trình": shown, but it never stands for evidence under TT 24 (Điều 9.3). */
  explanation?: string;
}

export interface MemberCounts {
  /** Members counted (excluded members with a reason are not). */
  counted: number;
  /** Members meeting each fact; a fact the workbook does not record is absent. */
  meeting: Partial<Record<Tt24MemberFact, number>>;
}

export interface Tt24Facts {
  /** null: no members list was read. */
  members: MemberCounts | null;
  /** "Số người học", "Số người học đạt CDHT"; null: not entered. */
  learners: Count | null;
  /** Unit indicators' entries by indicator id ("1.1" … "3.6"). */
  entries: Readonly<Record<string, UnitIndicatorFact | undefined>>;
  /** "Danh hiệu tập thể năm đánh giá" as recognised (rules/titles.ts code and label); null: not recorded. */
  collectiveTitle: { code: string; label: string } | null;
  /** "Mức độ chuyển đổi số"; null: not recorded. */
  digitalLevel: Tt24DigitalLevel | null;
  /** "Kiểm định chất lượng GDNN" (có / không); null: not recorded. */
  accreditation: boolean | null;
  /**
   * The council's overrides (rules.md §2), by indicator id: Đạt (true) or Không đạt (false) at every level
   * where the indicator applies, whatever the other facts say (evaluate/overrides.ts checked them).
   */
  overrides?: Readonly<Record<string, boolean>>;
}

/** One member row as the evaluation needs it; a fact the workbook does not record is undefined. */
export interface Tt24MemberRow {
  /** Excluded from every rate, with a reason (workbook.md, "Không tính"). */
  excluded: boolean;
  facts: Partial<Record<Tt24MemberFact, boolean | null>>;
}

/**
 * Counts per fact over the members counted. `recorded` lists the facts the workbook has a column
 * for. A member whose certificate is recorded also has a language level that meets the job (rules.md
 * §3), so "languageLevel" counts the level or the certificate; without a level column it stays
 * unrecorded and the rule set's fallback (the certificate) is used.
 */
export function tallyMembers(rows: readonly Tt24MemberRow[], recorded: ReadonlySet<Tt24MemberFact>): MemberCounts {
  const counted = rows.filter((r) => !r.excluded);
  const meeting: Partial<Record<Tt24MemberFact, number>> = {};
  for (const fact of recorded) {
    meeting[fact] = counted.filter((r) => r.facts[fact] === true || (fact === "languageLevel" && r.facts.languageCertificate === true)).length;
  }
  return { counted: counted.length, meeting };
}
