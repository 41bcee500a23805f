/**
 * Hoàn tất and Mở khóa (issue 12): the layout of the log the product keeps in the workbook ("Nhật ký
 * hoàn tất", one row per action, with the day and, for Mở khóa, the clerk's reason), which a later run
 * reads back (read/finalization.ts) to know whether the workbook is the submitted version. The log is
 * the only record of the state: the last Hoàn tất not followed by a Mở khóa means finalized.
 */

export const LOG_TITLE = "NHẬT KÝ HOÀN TẤT VÀ MỞ KHÓA SỔ";
/** 0-based row of the log's header; entries follow, one a row, until the first blank row. */
export const LOG_HEADER_ROW = 3;
export const LOG_HEADERS = ["STT", "Ngày", "Việc", "Lần hoàn tất", "Phiên bản dvht", "Mã kiểm tra (dữ liệu và kết quả)", "Lý do"] as const;

export const ACTION_FINALIZE = "Hoàn tất";
export const ACTION_UNFINALIZE = "Mở khóa";

export interface LogEntry {
  action: "finalize" | "unfinalize";
  /** The day (an Excel serial). */
  at: number;
  /** Which finalization this is (1, 2 …); for Mở khóa, the one it undid. */
  count: number;
  /** The product's version that wrote the entry. */
  tool: string;
  /** Hoàn tất: the content hash stamped (inputs and results). */
  hash: string;
  reason: string;
}

export type FinalizationState =
  | { state: "none" }
  /** The submitted version: evaluating it again is refused. */
  | { state: "finalized"; last: LogEntry }
  /** Finalized once, then un-finalized: the result block says it was changed after finalizing. */
  | { state: "unlocked"; last: LogEntry; finalizedAt: number };

export function stateOf(entries: LogEntry[]): FinalizationState {
  const last = entries[entries.length - 1];
  if (!last) return { state: "none" };
  if (last.action === "finalize") return { state: "finalized", last };
  const fin = [...entries].reverse().find((e) => e.action === "finalize");
  return fin ? { state: "unlocked", last, finalizedAt: fin.at } : { state: "none" };
}

/** What a run stamps into the result block and the documents (RunOptions.finalization). */
export type FinalizationStamp =
  /** Hoàn tất: the block carries the day, the count, the tool and the hash; documents' footers say so; the product's sheets are protected. */
  | { kind: "finalized"; at: number; count: number; tool: string; hash: string }
  /** After Mở khóa: the block says when it was finalized and that it was changed since. */
  | { kind: "changed"; at: number };
