/**
 * Tổng hợp theo tổ: step 2 of the Nông Nghiệp plan's process ("các tổ gửi bản tự đánh giá và tổng hợp
 * kết quả cho HT"). Per tổ: members, members counted, and the rate on every member item; then the
 * members who fail, with what they lack. One page wide (fitToWidth).
 */
import type { DocContext } from "../context";
import type { SheetPlan } from "../../plan";
import type { ItemResult } from "../../result";
import { SheetBuilder, S, merge, titleBlock, a4Print } from "../builder";
import { compareVi, compareViName, formatPercentVi } from "../../text/vi";
import { TABLE_CELL, TABLE_CENTER, TABLE_HEAD, tableHead, dualSignature, fitRow, headerInfo, isPoints, para, sheetName, joinVi, docHeader } from "./common";

export function buildTongHopTo(ctx: DocContext): SheetPlan {
  const items: ItemResult[] = ctx.result.items.filter((i) => i.measuredOn === "members" && i.applicable);
  const n = items.length;
  const itemW = n <= 5 ? 10.5 : Math.max(7, Math.floor(52 / n));
  const widths = [4.5, 19, 7, 7, ...items.map(() => itemW)];
  const b = new SheetBuilder("tong-hop-to", sheetName(ctx, "tong-hop-to"), widths);
  // The header's left block (unit name) needs ≈ 36 units; the national title on the right ≈ 47.
  const split = Math.min(4, b.lastCol);
  // An annex table carries no document number of its own (it goes with the report).
  docHeader(b, headerInfo(ctx, ""), split);
  titleBlock(b, "Bảng tổng hợp", [`Kết quả tự đánh giá của thành viên theo tổ, bộ phận năm ${ctx.result.year}`]);

  const small = { font: { size: 11 } };
  const head = b.row++;
  tableHead(b, head, ["TT", "Tổ, bộ phận", "Số thành viên", "Được tính", ...items.map((i) => `${i.id}\n${i.short}`)], 11);
  const cell = (meeting: number, counted: number) => (counted ? `${meeting}/${counted}\n${formatPercentVi(meeting / counted)}` : "–");
  const teams = [...ctx.result.teams];
  teams.forEach((t, k) => {
    const r = b.row++;
    b.set(r, 0, k + 1, merge(TABLE_CENTER, small));
    b.set(r, 1, t.name, merge(TABLE_CELL, small));
    b.set(r, 2, t.members, merge(TABLE_CENTER, small));
    b.set(r, 3, t.counted, merge(TABLE_CENTER, small));
    items.forEach((it, j) => {
      const x = t.items.find((y) => y.id === it.id);
      const short = x && x.rate + 1e-9 < (it.target ?? 1);
      b.set(r, 4 + j, x ? cell(x.meeting, x.counted) : "–", merge(TABLE_CENTER, small, short ? { font: { color: "#C00000", bold: true } } : {}));
    });
    b.height(r, 32);
  });
  const tr = b.row++;
  b.block(tr, 0, 1, "Toàn đơn vị", merge(TABLE_CENTER, S.bold, small));
  b.set(tr, 2, ctx.result.members.total, merge(TABLE_CENTER, S.bold, small));
  b.set(tr, 3, ctx.result.members.counted, merge(TABLE_CENTER, S.bold, small));
  items.forEach((it, j) => b.set(tr, 4 + j, cell(it.meeting ?? 0, it.counted ?? 0), merge(TABLE_CENTER, S.bold, small)));
  b.height(tr, 32);
  b.row++;
  para(
    b,
    `Ghi chú: mỗi ô ghi số thành viên đạt/số thành viên được tính và tỉ lệ; ô in đỏ là tổ chưa đạt yêu cầu ${isPoints(ctx) ? "100%" : "của chỉ tiêu"}.`,
    merge(S.italic, small),
  );
  if (ctx.result.members.excluded.length) {
    const ex = ctx.result.members.excluded.map((m) => `${m.name} (${ctx.result.members.excludedReasons[m.row] ?? "có lý do"})`);
    para(b, `Không tính vào tỉ lệ: ${joinVi(ex)}.`, small);
  }

  // Members who fail at least one item.
  const failing = ctx.result.memberResults
    .filter((m) => !m.excluded && items.some((i) => m.items[i.id] === false))
    .sort((a, b2) => compareVi(a.group ?? "", b2.group ?? "") || compareViName(a.name, b2.name));
  b.row++;
  let repeatFrom = head;
  let repeatTo = head;
  if (failing.length) {
    para(b, `DANH SÁCH THÀNH VIÊN CHƯA ĐẠT (${failing.length} người)`, merge(S.bold, { align: { h: "center" } }));
    const fh = b.row++;
    b.set(fh, 0, "TT", merge(TABLE_HEAD, small));
    b.set(fh, 1, "Họ và tên", merge(TABLE_HEAD, small));
    b.block(fh, 2, 3, "Tổ, bộ phận", merge(TABLE_HEAD, small));
    b.block(fh, 4, b.lastCol, isPoints(ctx) ? "Chưa đạt (tiêu chí: lý do)" : "Chưa đạt (chỉ tiêu: lý do)", merge(TABLE_HEAD, small));
    failing.forEach((m, k) => {
      const r = b.row++;
      const lacks = items
        .filter((i) => m.items[i.id] === false)
        .map((i) => i.id)
        .join(", ");
      const why = `${lacks}${m.reasons ? `: ${m.reasons}` : ""}`;
      b.set(r, 0, k + 1, merge(TABLE_CENTER, small));
      b.set(r, 1, m.name, merge(TABLE_CELL, small));
      b.block(r, 2, 3, m.group ?? "", merge(TABLE_CELL, small));
      b.block(r, 4, b.lastCol, why, merge(TABLE_CELL, small));
      fitRow(b, r, [
        { text: m.name, left: 1, right: 1, size: 11 },
        { text: why, left: 4, right: b.lastCol, size: 11 },
      ]);
    });
    // The member list is the part that runs over pages; its header is the one to repeat.
    repeatFrom = repeatTo = fh;
  } else para(b, "Tất cả thành viên được tính đều đạt các tiêu chí về thành viên.", S.italic);

  dualSignature(b, split, { title: "NGƯỜI TỔNG HỢP", name: ctx.model.unit.secretary }, { title: "HIỆU TRƯỞNG", name: ctx.model.unit.principal });
  const last = b.values.length - 1; // the print area ends at the last written row
  return b.build({
    print: a4Print({ top: 0, left: 0, bottom: last, right: b.lastCol }, { repeatRows: { from: repeatFrom, to: repeatTo } }),
    showGridLines: false,
    tabColor: "#BF8F00",
  });
}
