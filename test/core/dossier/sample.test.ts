/**
 * The dossier of the Bình An sample workbook, through the whole core (run with dossier: true): the
 * documents a clerk would print from the shipped sample. The clerk's dossier inputs (report prose,
 * plan targets) are added to the grids when the sample file does not carry them yet.
 */
import { join } from "node:path";
import { XlsxPort } from "../../../src/xlsx";
import { run, type RunOutcome } from "../../../src/core/run";
import type { SheetGrid, WorkbookGrids } from "../../../src/core/grid";
import type { SheetPlan } from "../../../src/core/plan";
import { reportContentSheet } from "../../../src/core/documents/template";
import { sampleDossierInputs } from "../../../scripts/make-sample";
import { ymdToSerial } from "../../../src/core/text/dates";
import { fold } from "../../../src/core/text/vi";
import { asGrid, cellsWithoutDocFont, lines, text } from "./helpers";

const SAMPLE = join(__dirname, "../../../samples/truong-tieu-hoc-binh-an-2023.xlsx");
const TODAY = ymdToSerial({ y: 2023, m: 12, d: 20 });

function withClerkInputs(grids: WorkbookGrids): WorkbookGrids {
  const inputs = sampleDossierInputs();
  const sheets: SheetGrid[] = grids.sheets.map((g) => ({ ...g, values: g.values.map((r) => [...r]) }));
  if (!sheets.some((g) => fold(g.name) === fold("Nội dung báo cáo"))) sheets.push(asGrid(reportContentSheet(inputs.reportContentRows)));
  const info = sheets.find((g) => g.name === "Thông tin")!;
  if (!info.values.some((r) => typeof r[0] === "string" && r[0].startsWith("Chỉ tiêu")))
    for (const [k, v, x] of inputs.infoTargetRows) info.values.push(x === undefined ? [k, v] : [k, v, x]);
  return { sheets };
}

let outcome: RunOutcome;
let grids: WorkbookGrids;
const doc = (id: string): SheetPlan => {
  const s = outcome.plan.sheets.find((x) => x.id === id);
  if (!s) throw new Error(`no ${id}`);
  return s;
};

beforeAll(async () => {
  grids = withClerkInputs(await (await XlsxPort.fromFile(SAMPLE)).read());
  outcome = run(grids, { today: TODAY, dossier: true });
});

test("run(dossier) plans every TT 22 document under its final name", () => {
  expect(outcome.fatal).toBe(false);
  for (const id of ["bao-cao", "bien-ban", "danh-muc-minh-chung", "tong-hop-to", "ke-hoach-tien-do"]) {
    expect(doc(id).name).toBe(outcome.names[id]);
    expect(cellsWithoutDocFont(doc(id))).toEqual([]);
  }
});

test("every evidence code of the input (written or assigned) is in the danh mục and the báo cáo", () => {
  const written = outcome.model.evidence.map((e) => e.code).filter((c): c is string => !!c);
  const assigned = outcome.plan.patches.filter((p) => p.kind === "evidence-code").map((p) => String(p.values[0][0]));
  const dm = text(doc("danh-muc-minh-chung"));
  const bc = text(doc("bao-cao"));
  expect(written.length + assigned.length).toBeGreaterThanOrEqual(outcome.model.evidence.filter((e) => e.items.length).length);
  for (const c of [...written, ...assigned]) {
    expect(dm).toContain(c);
    expect(bc).toContain(c);
  }
  // Assigned codes follow the default format and never repeat a written one.
  for (const c of assigned) expect(c).toMatch(/^H\d-\d\.\d-\d{2}$/);
  expect(new Set([...written, ...assigned]).size).toBe(written.length + assigned.length);
});

test("báo cáo: the total and rating of the evaluation, the clerk's prose, targets met / not met", () => {
  const r = outcome.result!;
  const t = text(doc("bao-cao"));
  const total = String(r.total).replace(".", ",");
  expect(t).toContain(`Tổng điểm tự đánh giá: ${total}/100 điểm`);
  expect(t).toContain(`năm 2023: ${r.rating.toUpperCase()}.`);
  expect(t).toContain("Căn cứ Kế hoạch số 2823/KH-UBND ngày 13/9/2022 của UBND tỉnh Long An");
  expect(t).toContain("Thuận lợi: Chi ủy, Ban Giám hiệu quan tâm chỉ đạo");
  expect(t).toMatch(/\| Lao động tiên tiến \| 100% \| [\d,]+% \| Chưa đạt \|/);
  expect(t).toMatch(/\| Kỹ năng số \| 90% \| [\d,]+% \| (Đạt|Chưa đạt) \|/);
  expect(t).toContain("| Danh hiệu tập thể | Tập thể lao động tiên tiến trở lên | Tập thể lao động tiên tiến | Đạt");
  // "Phương hướng" is left blank in the sample inputs: the derived text, and an info issue saying so.
  expect(outcome.issues.some((i) => i.code === "DOSSIER_DEFAULT_TEXT" && i.message.includes("Phương hướng"))).toBe(true);
});

test("báo cáo names the members who fail an item when few, and refers to the tổ summary when many", () => {
  const t = text(doc("bao-cao"));
  for (const it of outcome.result!.items.filter((i) => i.measuredOn === "members" && i.failing?.length)) {
    if (it.failing!.length <= 5) for (const m of it.failing!) expect(t).toContain(m.name);
    else expect(t).toContain(`Có ${it.failing!.length} thành viên chưa đạt (danh sách tại trang "${outcome.names["tong-hop-to"]}")`);
  }
  // And the tổ summary lists every failing member.
  const th = text(doc("tong-hop-to"));
  for (const m of outcome.result!.memberResults.filter((x) => !x.excluded && Object.values(x.items).includes(false))) expect(th).toContain(m.name);
});

test("biên bản: the meeting as entered in Thông tin, total and both signatures", () => {
  const t = text(doc("bien-ban"));
  expect(t).toContain("Vào lúc 14 giờ 00, ngày 15 tháng 12 năm 2023");
  expect(t).toContain("- Thư ký: Nguyễn Thị Ngọc Hân.");
  expect(t).toContain(`TỔNG ĐIỂM | 100 | ${String(outcome.result!.total).replace(".", ",")} | Xếp loại: ${outcome.result!.rating}`);
  expect(t).toContain("THƯ KÝ | CHỦ TỌA");
  expect(outcome.issues.filter((i) => i.code === "MEETING_INFO_MISSING")).toEqual([]);
});

test("a second run over the first run's output gives the same dossier (idempotent, edits kept)", async () => {
  // The first run's sheets, read back as a later run would see them.
  const after: WorkbookGrids = { sheets: [...grids.sheets, ...outcome.plan.sheets.map((s) => asGrid(s))] };
  const again = run(after, { today: TODAY, dossier: true });
  for (const id of ["bao-cao", "bien-ban", "danh-muc-minh-chung", "tong-hop-to", "ke-hoach-tien-do"]) {
    const a = outcome.plan.sheets.find((s) => s.id === id)!;
    const b = again.plan.sheets.find((s) => s.id === id)!;
    expect(lines(b)).toEqual(lines(a));
  }
});

test("through run(): the clerk's edit in Kế hoạch – tiến độ survives a re-run; the record sheet is veryHidden", () => {
  const auto = outcome.plan.sheets.find((s) => s.id === "ke-hoach-tien-do-auto")!;
  expect(auto.visibility).toBe("veryHidden");
  expect(outcome.names["ke-hoach-tien-do-auto"]).toBe(auto.name);
  const plan = doc("ke-hoach-tien-do");
  const edited = asGrid(plan);
  const r = edited.values.findIndex((row) => typeof row[1] === "string" && row[1].startsWith("Nộp hồ sơ"));
  edited.values[r][5] = "Đã nộp ngày 22/12/2023";
  const after: WorkbookGrids = { sheets: [...grids.sheets, ...outcome.plan.sheets.filter((s) => s.id !== "ke-hoach-tien-do").map((s) => asGrid(s)), edited] };
  const again = run(after, { today: TODAY + 3, dossier: true });
  const k = again.plan.sheets.find((s) => s.id === "ke-hoach-tien-do")!;
  expect(k.name).toBe(plan.name);
  expect(k.values[r][5]).toBe("Đã nộp ngày 22/12/2023");
  expect(again.issues.some((i) => i.code === "PLAN_EDIT_KEPT")).toBe(true);
});
