/**
 * The layout of "Kế hoạch – tiến độ" that a later run reads back: the document
 * (documents/dossier/ke-hoach.ts) writes it, the reader (read/previous-plan.ts) finds the clerk's edits
 * in it, so both must agree on where each value sits.
 */

/**
 * Visible columns: TT, Nội dung công việc, Từ ngày, Đến ngày, Người thực hiện, Trạng thái, Ghi chú.
 * The task comes second so that the header's left block (TT + task ≈ 38 units) and right block
 * (≈ 54 units, for the national title) fall on column boundaries.
 */
export const PLAN_COLUMNS = { seq: 0, task: 1, from: 2, to: 3, who: 4, status: 5, note: 6 } as const;
/** The header of the task column: it marks the table's header row. */
export const PLAN_TASK_HEADER = "Nội dung công việc";
/** The veryHidden companion sheet that records the automatic values of the last run (owned-sheet id). */
export const PLAN_AUTO_ID = "ke-hoach-tien-do-auto";
/** Its columns (row 1 is a header). */
export const PLAN_AUTO_COLUMNS = { seq: 0, from: 1, to: 2, status: 3 } as const;
