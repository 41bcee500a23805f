/**
 * "Biểu điểm", Thông tư 22's score sheet, in the Nghị định 30/2020 layout: header block, title, the
 * groups and items with max, self-assessed points, evidence codes and the explanation line,
 * subtotals, total, rating, signature block. Under Thông tư 24 its place is taken by the Bản tổng hợp
 * (ban-tong-hop.ts).
 */
import type { SheetPlan } from "../plan";
import type { DocContext } from "./context";
import { SheetBuilder, S, merge, a4Print, nd30Header, titleBlock, signatureBlock, VI_DECIMAL_2 } from "./builder";
import { formatNumberVi } from "../text/vi";
import { fitRow, tableHead } from "./dossier/common";

const LETTERS = "abcdefgh";

/** "Số: …/BĐ-THBA" (the number stays blank for the clerk's office to fill). */
export function numberLine(ctx: DocContext, kind: string): string {
  const code = ctx.model.unit.code ? `-${ctx.model.unit.code}` : "";
  return `Số: ……/${kind}${code}`;
}

export function subjectLines(ctx: DocContext): string[] {
  const r = ctx.result;
  const preset = r.preset.id !== "toan-quoc" ? `; phương án ${r.preset.label}` : "";
  return [`Năm ${r.year}`, `(Theo ${r.ruleSet.document}${preset})`];
}

export function buildBieuDiem(ctx: DocContext, name: string): SheetPlan {
  const r = ctx.result;
  // TT | Nội dung | Tối đa/Yêu cầu | Tự đánh giá | Minh chứng | Diễn giải
  // Widths (Excel units) sum to ~92: the printable width of A4 portrait with NĐ 30 margins, so
  // fit-to-width does not shrink the 13 pt text.
  const b = new SheetBuilder("bieu-diem", name, [5, 34, 8, 8, 13, 24]);
  nd30Header(
    b,
    {
      parentBody: ctx.model.unit.parentBody,
      unitName: ctx.model.unit.name,
      numberLine: numberLine(ctx, "BĐ"),
      place: ctx.model.unit.place,
      year: r.year,
    },
    2,
  );
  titleBlock(b, "BIỂU ĐIỂM TỰ ĐÁNH GIÁ, XẾP LOẠI", ['"ĐƠN VỊ HỌC TẬP"', ...subjectLines(ctx)]);
  const head = b.row;
  const headers = ["TT", "Tiêu chí", "Điểm tối đa", "Điểm tự đánh giá", "Mã minh chứng", "Diễn giải"];
  tableHead(b, head, headers);
  let row = head + 1;
  const num = (n: number | undefined) => (n === undefined ? null : n);
  for (const g of r.groups) {
    b.line(row, 0, [g.id, g.text, num(g.max), num(g.points), null, null], merge(S.bold, S.box, { fill: "#F2F2F2" }));
    b.style({ top: row, left: 0, bottom: row, right: 0 }, S.center);
    b.style({ top: row, left: 1, bottom: row, right: 1 }, S.wrap);
    b.style({ top: row, left: 2, bottom: row, right: 3 }, { align: { h: "center" }, numberFormat: VI_DECIMAL_2 });
    fitRow(b, row, [{ text: g.text, left: 1, right: 1 }]);
    row++;
    const its = r.items.filter((i) => i.group === g.id);
    its.forEach((it, k) => {
      const label = LETTERS[k] ?? it.id;
      const req = num(it.max);
      const res = num(it.points);
      // The council's override is always said ("Hội đồng điều chỉnh: …" opens the line).
      const detail =
        it.measuredOn === "members"
          ? shortLine(it)
          : it.override
            ? it.line
            : (it.explanation ?? (it.origin === "collective-title" ? it.line : it.origin === "no-proof" || it.origin === "missing" ? it.line : ""));
      b.line(row, 0, [label, it.text, req, res, it.evidence.join("; ") || null, detail || null], merge(S.box, S.wrap));
      b.style({ top: row, left: 0, bottom: row, right: 0 }, S.center);
      b.style({ top: row, left: 2, bottom: row, right: 3 }, { align: { h: "center" }, numberFormat: VI_DECIMAL_2 });
      b.style({ top: row, left: 5, bottom: row, right: 5 }, { font: { size: 11 } });
      fitRow(b, row, [
        { text: it.text, left: 1, right: 1 },
        { text: it.evidence.join("; "), left: 4, right: 4 },
        { text: detail, left: 5, right: 5, size: 11 },
      ]);
      row++;
    });
  }
  b.line(row, 0, [null, "TỔNG CỘNG", r.maxTotal ?? 100, r.total ?? 0, null, null], merge(S.bold, S.box));
  b.style({ top: row, left: 2, bottom: row, right: 3 }, { align: { h: "center" }, numberFormat: VI_DECIMAL_2 });
  row++;
  b.line(row, 0, [null, "TỰ XẾP LOẠI", null, r.rating, null, null], merge(S.bold, S.box));
  b.merges.push({ top: row, left: 3, bottom: row, right: 5 });
  b.style({ top: row, left: 3, bottom: row, right: 5 }, { align: { h: "center" }, font: { color: "#C00000" } });
  // The printed result: the "Tự đánh giá" / "Kết quả" column from the first group to the rating.
  const printedResult = { top: head + 1, left: 3, bottom: row, right: 3 };
  row++;
  b.row = row + 1;
  const m = r.members;
  const excl = m.excluded.length
    ? `; không tính ${m.excluded.length} người (${m.excluded.map((x) => `${x.name}: ${m.excludedReasons[x.row]}`).join("; ")})`
    : "";
  b.block(
    b.row++,
    0,
    b.lastCol,
    `Tổng số thành viên: ${m.total}; tính tỉ lệ trên ${m.counted} người${excl}.`,
    merge(S.wrap, { font: { italic: true, size: 12 } }),
  );
  b.height(b.row - 1, m.excluded.length ? 32 : 18);
  if (r.gap.next) {
    const open = r.gap.openItems
      .slice(0, 3)
      .map((o) => `${o.id} (còn ${formatNumberVi(o.open)} điểm)`)
      .join(", ");
    b.block(
      b.row++,
      0,
      b.lastCol,
      `Cần thêm ${formatNumberVi(r.gap.pointsNeeded ?? 0)} điểm để đạt loại ${r.gap.next}; còn nhiều điểm nhất ở: ${open}.`,
      merge(S.wrap, { font: { italic: true, size: 12 } }),
    );
    b.height(b.row - 1, 32);
  }
  signatureBlock(b, {
    split: 3,
    recipients: [ctx.model.unit.recipient ?? "Phòng GD&ĐT (để báo cáo)"],
    title: "HIỆU TRƯỞNG",
    name: ctx.model.unit.principal,
  });
  const lastRow = b.values.length - 1;
  return b.build({
    print: a4Print({ top: 0, left: 0, bottom: lastRow, right: b.lastCol }, { repeatRows: { from: head, to: head } }),
    showGridLines: false,
    printedResult,
  });
}

/** The explanation line without the names, which the sheet lists separately when they are many. */
function shortLine(it: DocContext["result"]["items"][number]): string {
  const names = it.failing ?? [];
  const head = it.line.split("; chưa đạt:")[0];
  if (names.length === 0) return head;
  if (names.length <= 3) return `${head}; chưa đạt: ${names.map((n) => n.name).join(", ")}`;
  return `${head}; ${names.length} người chưa đạt (xem trang Kiểm tra / Tổng hợp theo tổ)`;
}
