/**
 * "Nhật ký hoàn tất" (issue 12): one row per Hoàn tất or Mở khóa, with the day, which finalization, the
 * tool's version, the hash stamped, and the clerk's reason for un-finalizing. Its layout is the one a
 * later run reads back (workbook/finalization.ts).
 */
import type { SheetPlan } from "../plan";
import { formatDateVi } from "../text/dates";
import { ACTION_FINALIZE, ACTION_UNFINALIZE, LOG_HEADER_ROW, LOG_HEADERS, LOG_TITLE, type LogEntry } from "../workbook/finalization";
import { SheetBuilder, S, merge } from "./builder";

export function buildFinalizationLog(entries: LogEntry[], name: string, unit: string | undefined): SheetPlan {
  const b = new SheetBuilder("nhat-ky-hoan-tat", name, [6, 12, 11, 10, 14, 20, 50], 11);
  const last = LOG_HEADERS.length - 1;
  b.block(0, 0, last, LOG_TITLE, merge(S.bold, S.center));
  if (unit) b.block(1, 0, last, unit, merge(S.italic, S.center));
  b.block(
    2,
    0,
    last,
    "Trang này do phần mềm ghi mỗi lần Hoàn tất hoặc Mở khóa; sổ đã Hoàn tất không được đánh giá lại cho đến khi Mở khóa.",
    merge(S.italic, S.wrap),
  );
  b.height(2, 30);
  b.line(LOG_HEADER_ROW, 0, [...LOG_HEADERS], merge(S.bold, S.box, S.headerFill, S.center));
  entries.forEach((e, i) =>
    b.line(LOG_HEADER_ROW + 1 + i, 0, [
      i + 1,
      formatDateVi(e.at),
      e.action === "finalize" ? ACTION_FINALIZE : ACTION_UNFINALIZE,
      e.count,
      e.tool,
      e.hash || null,
      e.reason || null,
    ]),
  );
  if (entries.length) b.style({ top: LOG_HEADER_ROW + 1, left: 0, bottom: LOG_HEADER_ROW + entries.length, right: last }, merge(S.box, S.wrap));
  return b.build({ freeze: { rows: LOG_HEADER_ROW + 1, cols: 0 }, tabColor: "#7F7F7F" });
}
