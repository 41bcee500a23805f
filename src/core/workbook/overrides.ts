/**
 * The council's overrides (docs/domain/rules.md §2: every computed value can be overridden by the council,
 * with a reason, and the override is logged). The clerk writes them in a small sheet of her own, "Hội đồng
 * điều chỉnh" (the template adds it; the reader finds it by its header); the product keeps a dated log of
 * them in a sheet of its own, "Nhật ký điều chỉnh", which a later run reads back and only appends to.
 * The template, the reader and the log document share this layout.
 */

/** The header of the clerk's sheet, as the template writes it. */
export const OVERRIDE_HEADER = ["Mã tiêu chí", "Giá trị điều chỉnh", "Lý do điều chỉnh"] as const;

/** The log's columns (0-based) and their header; the header row is found by its first two cells. */
export const LOG_COLUMNS = { date: 0, item: 1, computed: 2, value: 3, reason: 4, cell: 5 } as const;
export const LOG_HEADER = ["Ngày", "Tiêu chí", "Giá trị tính được", "Hội đồng điều chỉnh", "Lý do", "Ô điều chỉnh"] as const;
/** The value a log line records when the council's override of an item is withdrawn. */
export const LOG_WITHDRAWN = "Bỏ điều chỉnh";
/** The owned-sheet id of the log. */
export const LOG_ID = "nhat-ky-dieu-chinh";
