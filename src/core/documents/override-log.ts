/**
 * "Nhật ký điều chỉnh": the dated log of the council's overrides (docs/domain/rules.md §2). The lines an
 * earlier run wrote are kept as they are; a line is added, dated today, only when the council's decision
 * on an item changes: a new override, a new value or reason, or an override withdrawn. The same overrides
 * on the next run add nothing, so the log never breaks "same workbook in, same workbook out".
 */
import type { OverrideLogLine } from "../model";
import type { PlanValue, SheetPlan } from "../plan";
import { issueLocation } from "../messages";
import { itemValueText } from "../result";
import { LOG_COLUMNS, LOG_HEADER, LOG_ID, LOG_WITHDRAWN } from "../workbook/overrides";
import type { DocContext } from "./context";
import { SheetBuilder, S, merge } from "./builder";

/** The log's lines: the earlier ones, then today's changes in the rule set's order. */
export function logLines(ctx: DocContext): OverrideLogLine[] {
  const lines = [...(ctx.model.overrideLog ?? [])];
  const last = (id: string) => [...lines].reverse().find((l) => l.item === id);
  for (const it of ctx.result.items) {
    const before = last(it.id);
    const o = it.override;
    if (o) {
      if (before && before.value === o.value && before.reason === o.reason) continue;
      lines.push({ date: ctx.today, item: it.id, computed: o.computed, value: o.value, reason: o.reason, cell: issueLocation(o) });
    } else if (before && before.value !== LOG_WITHDRAWN) {
      lines.push({ date: ctx.today, item: it.id, computed: itemValueText(it), value: LOG_WITHDRAWN, reason: "", cell: "" });
    }
  }
  return lines;
}

export function buildOverrideLog(ctx: DocContext, name: string): SheetPlan {
  const b = new SheetBuilder(LOG_ID, name, [12, 10, 18, 20, 56, 26], 11);
  b.block(0, 0, b.lastCol, "NHẬT KÝ ĐIỀU CHỈNH CỦA HỘI ĐỒNG", merge(S.bold, { font: { size: 14 } }));
  b.block(
    1,
    0,
    b.lastCol,
    "Mỗi lần Hội đồng điều chỉnh một tiêu chí (hoặc bỏ điều chỉnh) ở trang điều chỉnh, phần mềm ghi thêm một dòng, kèm ngày chạy. Các dòng đã ghi được giữ nguyên; không sửa trang này.",
    merge(S.italic, S.wrap),
  );
  b.height(1, 30);
  const head = 3;
  b.line(head, 0, [...LOG_HEADER], merge(S.bold, S.box, S.headerFill, S.center));
  const lines = logLines(ctx);
  lines.forEach((l, k) => {
    const row: PlanValue[] = [];
    row[LOG_COLUMNS.date] = l.date;
    row[LOG_COLUMNS.item] = l.item;
    row[LOG_COLUMNS.computed] = l.computed || null;
    row[LOG_COLUMNS.value] = l.value;
    row[LOG_COLUMNS.reason] = l.reason || null;
    row[LOG_COLUMNS.cell] = l.cell || null;
    b.line(head + 1 + k, 0, row);
  });
  const last = head + Math.max(1, lines.length);
  if (lines.length === 0) b.set(head + 1, 0, null);
  b.style({ top: head + 1, left: 0, bottom: last, right: b.lastCol }, merge(S.box, S.wrap));
  b.style({ top: head + 1, left: LOG_COLUMNS.date, bottom: last, right: LOG_COLUMNS.date }, { numberFormat: "dd/mm/yyyy", align: { h: "center" } });
  b.style({ top: head + 1, left: LOG_COLUMNS.item, bottom: last, right: LOG_COLUMNS.item }, S.center);
  return b.build({ freeze: { rows: head + 1, cols: 0 }, tabColor: "#7F7F7F" });
}
