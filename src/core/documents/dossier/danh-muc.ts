/**
 * Danh mục minh chứng: the evidence list kept with the dossier, "sorted by criterion" as the Nông
 * Nghiệp plan asks. Grouped by item in rule order; per row code, title, number, date, issuer,
 * location; a count per item; items without evidence are flagged in the list itself.
 */
import type { DocContext } from "../context";
import type { SheetPlan } from "../../plan";
import { SheetBuilder, S, merge, titleBlock, a4Print } from "../builder";
import { TABLE_CELL, TABLE_CENTER, tableHead, dualSignature, fitRow, headerInfo, orderedItems, sheetName, isPoints, para, docHeader } from "./common";
import { groupNumber } from "../../rules/ids";
import type { EvidenceIndex, EvidenceEntry } from "./evidence-index";

const FLAG_FILL = "#FCE4D6";
const GROUP_FILL = "#E2EFDA";

export function buildDanhMuc(ctx: DocContext, ev: EvidenceIndex): SheetPlan {
  const name = sheetName(ctx, "danh-muc-minh-chung");
  // TT | Mã | Tên, trích yếu | Số, ký hiệu | Ngày | Cơ quan ban hành | Nơi lưu | Ghi chú
  const b = new SheetBuilder("danh-muc-minh-chung", name, [4, 11.5, 27, 11, 10.5, 13, 11, 8.5]);
  const year = ctx.result.year;
  // An annex table carries no document number of its own (it goes with the report).
  docHeader(b, headerInfo(ctx, ""), 3);
  titleBlock(b, "Danh mục minh chứng", [`Tự đánh giá, ${isPoints(ctx) ? "xếp loại" : "công nhận"} "Đơn vị học tập" năm ${year}`]);
  b.row--;
  const report = ctx.model.unit.documentNumber;
  para(b, `(Kèm theo Báo cáo tự đánh giá${report ? ` số ${report}` : ""}; mã minh chứng theo dạng Hn-n.n-nn)`, merge(S.italic, { align: { h: "center" } }));
  b.row++;

  const head = b.row;
  tableHead(
    b,
    head,
    ["TT", "Mã minh chứng", "Tên minh chứng, trích yếu", "Số, ký hiệu", "Ngày ban hành", "Cơ quan ban hành", "Nơi lưu, đường dẫn", "Ghi chú"],
    12,
  );
  b.row++;

  let seq = 0;
  const items = orderedItems(ctx);
  const groups = ctx.ruleSet.groups;
  const without: string[] = [];
  let counted = 0;
  const small = { font: { size: 12 } };
  const entryRow = (x: EvidenceEntry, note: string) => {
    const r = b.row++;
    const e = x.e;
    b.set(r, 0, ++seq, merge(TABLE_CENTER, small));
    b.set(r, 1, x.code ?? "(chưa có mã)", merge(TABLE_CENTER, small, x.code ? {} : { font: { italic: true } }));
    b.set(r, 2, e.title ?? "", merge(TABLE_CELL, small));
    b.set(r, 3, e.number ?? "", merge(TABLE_CENTER, small));
    if (typeof e.date === "number") b.set(r, 4, e.date, merge(TABLE_CENTER, small, { numberFormat: "dd/mm/yyyy" }));
    else b.set(r, 4, e.dateText ?? "", merge(TABLE_CENTER, small));
    b.set(r, 5, e.issuer ?? "", merge(TABLE_CELL, small));
    b.set(r, 6, e.location ?? "", merge(TABLE_CELL, small));
    b.set(r, 7, note, merge(TABLE_CELL, small, { font: { size: 11 } }));
    fitRow(b, r, [
      { text: e.title ?? "", left: 2, right: 2, size: 12 },
      { text: e.number ?? "", left: 3, right: 3, size: 12 },
      { text: e.issuer ?? "", left: 5, right: 5, size: 12 },
      { text: e.location ?? "", left: 6, right: 6, size: 12 },
      { text: note, left: 7, right: 7, size: 11 },
      { text: x.code ?? "", left: 1, right: 1, size: 12 },
    ]);
  };

  for (const g of groups) {
    const gi = items.filter((i) => i.group === g.id);
    if (!gi.length) continue;
    const r = b.row++;
    b.block(r, 0, b.lastCol, `Tiêu chí ${groupNumber(g.id)}. ${g.text}`, merge(S.box, S.bold, { fill: GROUP_FILL, align: { wrap: true } }));
    fitRow(b, r, [{ text: `Tiêu chí ${groupNumber(g.id)}. ${g.text}`, left: 0, right: b.lastCol, bold: true }]);
    for (const it of gi) {
      const list = ev.byItem.get(it.id) ?? [];
      const ir = b.row++;
      // Under TT 24 an indicator that does not apply needs no evidence, and a member indicator is
      // evidenced by the member list (docs/tt24-recognition.md, "Evidence").
      const notApplicable = !isPoints(ctx) && !it.applicable;
      const byMembers = !isPoints(ctx) && it.measuredOn === "members";
      const flagged = !list.length && !notApplicable && !byMembers;
      const count = notApplicable
        ? "không áp dụng"
        : byMembers
          ? `danh sách thành viên${list.length ? ` và ${list.length} minh chứng` : ""}`
          : list.length
            ? `${list.length} minh chứng`
            : "CHƯA CÓ MINH CHỨNG";
      const label = `${isPoints(ctx) ? it.id : `Chỉ tiêu ${it.id}`}. ${it.short}: ${count}`;
      if (flagged) without.push(it.id);
      else if (!notApplicable) counted++;
      b.block(ir, 0, b.lastCol, label, merge(S.box, { font: { bold: true, italic: true }, align: { wrap: true } }, flagged ? { fill: FLAG_FILL } : {}));
      for (const x of list) {
        const others = x.e.items.filter((id) => id !== it.id);
        const notes = [x.e.note ?? "", others.length ? `Dùng chung: ${others.join(", ")}` : ""].filter(Boolean).join("; ");
        entryRow(x, notes);
      }
    }
  }
  if (ev.unplaced.length) {
    const r = b.row++;
    b.block(r, 0, b.lastCol, "Minh chứng chưa gắn tiêu chí (cần ghi tiêu chí ở trang Minh chứng)", merge(S.box, S.bold, { fill: FLAG_FILL }));
    for (const x of ev.unplaced) entryRow(x, x.e.note ?? "");
  }
  b.row++;
  const distinct = new Set(ctx.model.evidence.map((e) => e.row)).size;
  const judged = isPoints(ctx) ? items.length : items.filter((i) => i.applicable).length;
  para(b, `Tổng số: ${distinct} minh chứng cho ${counted}/${judged} ${isPoints(ctx) ? "tiêu chí" : "chỉ tiêu áp dụng"}.`, S.bold);
  if (without.length)
    para(b, `${isPoints(ctx) ? "Tiêu chí" : "Chỉ tiêu"} chưa có minh chứng: ${without.join(", ")} (cần bổ sung trước khi nộp hồ sơ).`, {
      font: { italic: true, color: "#C00000" },
    });
  para(b, `Mã minh chứng được dẫn trong trang "${sheetName(ctx, "bao-cao")}" và "${sheetName(ctx, "bien-ban")}".`, S.italic);

  dualSignature(
    b,
    4,
    { title: "NGƯỜI LẬP DANH MỤC", name: ctx.model.unit.secretary },
    { title: "HIỆU TRƯỞNG", name: ctx.model.unit.principal },
    "(Ký, ghi rõ họ tên)",
  );
  const last = b.values.length - 1; // the print area ends at the last written row
  return b.build({
    print: a4Print({ top: 0, left: 0, bottom: last, right: b.lastCol }, { repeatRows: { from: head, to: head } }),
    showGridLines: false,
    tabColor: "#548235",
  });
}
