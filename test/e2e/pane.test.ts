/**
 * The task pane in a real browser (Debian Chromium through playwright-core), built as shipped
 * (dist/), at the pane's 320 px width, over the in-memory Excel loaded with the sample workbook.
 * Clicks Đánh giá, checks the result shown against the core and the cells written into the
 * workbook, clicks an issue and checks the selection; also the English switch, the old-Excel gate
 * and the 10-second not-ready message. Screenshots go to docs/pane-*.png with DVHT_WRITE_DOCS=1 (else .test-output/). No network: office.js
 * is routed to an empty script and every other outside request is aborted.
 */
import * as fs from "fs";
import * as path from "path";
import type { BrowserContext, Page } from "playwright-core";
import { run } from "../../src/core";
import type { WorkbookGrids } from "../../src/core/grid";
import { formatNumberVi } from "../../src/core/text/vi";
import { todaySerial } from "../../src/excel/clock";
import { sample2026Grids, sampleGrids } from "../fakes/workbooks";
import { readWithSheetJs } from "../../src/xlsx";
import { readWorkbook } from "../../src/core/read";
import { OfficePort } from "../../src/excel/port";
import { addTeamForms } from "../../src/taskpane/session";
import { FakeWorkbook } from "../fakes/excel";
import { NEWCOMER, addRow, answerCell, answersOf, blankAnswers, fillForm, fillScripted, staffWithOneAnswer, typeInto } from "../helpers/year-forms";
import { offlineChromium, serveDist, type DistServer, type OfflineBrowser } from "./web/browser";
import { initScript, OFFICE_THEMES, type StubOptions } from "./web/office-stub";

const ROOT = path.join(__dirname, "../..");
const DIST = path.join(ROOT, "dist");
// Screenshots refresh docs/ only when asked (DVHT_WRITE_DOCS=1), so a test run leaves the tree clean.
const DOCS = process.env.DVHT_WRITE_DOCS === "1" ? path.join(ROOT, "docs") : path.join(ROOT, ".test-output", "screenshots");

jest.setTimeout(120_000);

let server: DistServer | undefined;
let origin = "";
let context: BrowserContext;
let browser: OfflineBrowser | undefined;
let grids: WorkbookGrids;

beforeAll(async () => {
  fs.rmSync(path.join(ROOT, ".test-output", "axe.txt"), { force: true });
  if (!fs.existsSync(path.join(DIST, "taskpane.html")))
    throw new Error("dist/taskpane.html is missing: run `npm run build` before this test (CI builds before jest).");
  server = await serveDist(DIST);
  origin = server.origin;
  browser = await offlineChromium(origin, { width: 320, height: 900 });
  context = browser.context;
  grids = await sampleGrids();
  // One answer the reader cannot understand, so that an issue points at a cell (workbook.md).
  const members = grids.sheets.find((s) => s.name === "Thành viên")!;
  const row = members.values.findIndex((r) => r[1] === "Lê Văn Hùng");
  members.values[row][4] = "cos";
  fs.mkdirSync(DOCS, { recursive: true });
});

afterAll(async () => {
  await browser?.dispose();
  await server?.close();
});

async function openPane(options: StubOptions = {}, g: WorkbookGrids = grids): Promise<Page> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  (page as unknown as { dvhtErrors: string[] }).dvhtErrors = errors;
  await page.addInitScript({ content: initScript(g, options) });
  return page;
}

interface AxeViolation {
  id: string;
  impact: "minor" | "moderate" | "serious" | "critical" | null;
  help: string;
  nodes: { target: string[]; html: string; failureSummary?: string }[];
}

/** axe-core's own build, injected from node_modules (no network); WCAG 2.x A and AA rules and best practices. */
const AXE_JS = require.resolve("axe-core/axe.min.js");

/** Runs axe on the page as it is; returns every violation, one line each, the serious and critical first. */
async function axe(page: Page, state: string): Promise<{ blocking: string[]; all: string[] }> {
  await page.addScriptTag({ path: AXE_JS });
  const violations = (await page.evaluate(
    "window.axe.run(document, { resultTypes: ['violations'] }).then(function (r) { return r.violations; })",
  )) as AxeViolation[];
  const line = (v: AxeViolation) => `${state}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes.map((n) => `${n.html.slice(0, 160)}`).join(" | ")}`;
  const blocking = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  fs.mkdirSync(path.join(ROOT, ".test-output"), { recursive: true });
  fs.appendFileSync(path.join(ROOT, ".test-output", "axe.txt"), violations.map(line).join("\n") + (violations.length ? "\n" : `${state}: no violation\n`));
  return { blocking: blocking.map(line), all: violations.map(line) };
}

const fake = <T>(page: Page, f: string): Promise<T> => page.evaluate(`(function (wb) { return ${f}; })(window.__dvhtWorkbook)`) as Promise<T>;

/** Records every text the progress line shows (window.__dvhtSteps), however briefly. */
const RECORD_STEPS = `
  window.__dvhtSteps = [];
  new MutationObserver(function () {
    var el = document.querySelector('[data-testid="step"]');
    var text = el ? el.textContent : "";
    var seen = window.__dvhtSteps;
    if (text && seen[seen.length - 1] !== text) seen.push(text);
  }).observe(document, { subtree: true, childList: true, characterData: true });`;

test("Đánh giá: progress, the result as the core computes it, the cells written, an issue selects its cell", async () => {
  const page = await openPane();
  await page.addInitScript({ content: RECORD_STEPS });
  await page.goto(`${origin}/taskpane.html`);
  const recognition = page.getByTestId("recognition");
  await recognition.getByText("Thành viên ·").waitFor();
  await page.getByTestId("framework").getByText("TT22/2020").waitFor();
  await page.screenshot({ path: path.join(DOCS, "pane-start.png"), fullPage: true });
  expect((await axe(page, "start")).blocking).toEqual([]);
  expect(await fake<number>(page, "wb.syncCount")).toBe(1); // the preview: one read, one sync
  expect(await page.getByTestId("preview-note").count()).toBe(1);
  // The progress line is a live region already in the page (so its changes are read), outside anything busy.
  expect(await page.locator('[role="status"][data-testid="step"]').count()).toBe(1);
  expect(await page.locator('[aria-busy="true"] [data-testid="step"]').count()).toBe(0);

  const expected = run(JSON.parse(JSON.stringify(grids)), { today: todaySerial() });
  const r = expected.result!;

  await page.getByRole("button", { name: "Đánh giá", exact: true }).click();
  await page.getByTestId("total").waitFor();
  await page
    .getByTestId("step")
    .filter({ hasText: /^Xong$/ })
    .waitFor();
  expect(await page.getByTestId("total").textContent()).toBe(`${formatNumberVi(r.total!)}/${formatNumberVi(r.maxTotal!)}`);
  expect(await page.getByTestId("rating").textContent()).toBe(r.rating);
  expect(await page.getByTestId("preview-note").count()).toBe(0);
  // Every step was shown, in order; the write step said what it was writing before it wrote.
  const steps = (await page.evaluate("window.__dvhtSteps")) as string[];
  expect(steps).toEqual(["Đang đọc bảng tính…", "Đang đánh giá…", expect.stringMatching(/^Đang ghi \d+ trang \([\d.]+ ô\) vào bảng tính…$/), "Xong"]);
  const items = page.getByTestId("items").locator("li");
  expect(await items.count()).toBe(r.items.length);
  for (const [k, it] of r.items.entries()) expect(await items.nth(k).textContent()).toContain(it.line);
  // Written: the same sheets the core planned, with the same values; read + write = 2 more syncs.
  expect(await fake<number>(page, "wb.syncCount")).toBe(3);
  const bieuDiem = expected.plan.sheets.find((s) => s.id === "bieu-diem")!;
  const written = await fake<unknown[][]>(page, `wb.toGrid(${JSON.stringify(bieuDiem.name)}).values`);
  const want = bieuDiem.values.map((row) => {
    const x = row.map((v) => (v === "" ? null : v));
    while (x.length && x[x.length - 1] === null) x.pop();
    return x;
  });
  while (want.length && want[want.length - 1].length === 0) want.pop();
  expect(written).toEqual(want);
  expect(await fake<string[]>(page, "wb.formulaCells()")).toEqual([]);
  expect(await fake<string>(page, "wb.activeSheet")).toBe(expected.names[expected.plan.activate!]);
  await page.screenshot({ path: path.join(DOCS, "pane-results.png"), fullPage: true });
  expect((await axe(page, "results")).blocking).toEqual([]);

  // The issue at the cell with "cos": clicking it selects that cell in the workbook.
  const bad = expected.issues.find((i) => i.code === "BAD_YES_NO")!;
  expect(bad.cell).toBeDefined();
  const issue = page.locator(`[data-cell="${bad.sheet}!${bad.cell}"]`).first();
  // Its accessible name is what the eye reads (severity, the located message, fix) and the cell it selects.
  const named = page.getByRole("button", {
    name: `Lỗi ${bad.sheet}!${bad.cell}: ${bad.message} Cách sửa: ${bad.fix} Chọn ô ${bad.sheet}!${bad.cell}`,
    exact: true,
  });
  expect(await named.count()).toBe(1);
  await issue.scrollIntoViewIfNeeded();
  await issue.screenshot({ path: path.join(DOCS, "pane-issue.png") });
  await issue.click();
  await page.waitForFunction(`window.__dvhtWorkbook.selection && window.__dvhtWorkbook.selection.address === ${JSON.stringify(bad.cell)}`);
  expect(await fake<unknown>(page, "wb.selection")).toEqual({ sheet: bad.sheet, address: bad.cell });
  expect(await fake<string>(page, "wb.activeSheet")).toBe(bad.sheet);
  expect((await axe(page, "issue selected")).blocking).toEqual([]);

  // Usable at 320 px: nothing wider than the pane.
  expect(await page.evaluate("document.documentElement.scrollWidth")).toBeLessThanOrEqual(320);
  expect((page as unknown as { dvhtErrors: string[] }).dvhtErrors).toEqual([]);
  await page.close();
});

test("Thông tư 24, on the 2026 sample: each indicator at Mức độ 1 and Mức độ 2 side by side, the level, the reasons, the gap, the Bản tổng hợp written", async () => {
  const g = await sample2026Grids();
  const page = await openPane({}, g);
  await page.goto(`${origin}/taskpane.html`);
  await page.getByTestId("recognition").getByText("Thành viên ·").waitFor();
  await page.getByTestId("framework").getByText("TT24/2023-cap-huyen").waitFor();
  // Locality presets belong to Thông tư 22: the pane offers none here.
  expect(await page.getByRole("combobox", { name: "Phương án địa phương" }).count()).toBe(0);

  const expected = run(JSON.parse(JSON.stringify(g)), { today: todaySerial() });
  const r = expected.result!;
  expect(r.rating).toBe("Mức độ 1");

  await page.getByRole("button", { name: "Đánh giá", exact: true }).click();
  await page
    .getByTestId("step")
    .filter({ hasText: /^Xong$/ })
    .waitFor();
  expect(await page.getByTestId("rating").textContent()).toBe("Mức độ 1");
  expect(await page.getByTestId("total").count()).toBe(0); // no points under TT 24
  const reasons = await page.getByTestId("reasons").locator("li").allTextContents();
  expect(reasons).toEqual(r.tt24!.reasons);
  const gap = await page.getByTestId("gap").locator("li").allTextContents();
  expect(gap).toEqual(r.gap.blocking!.map((b) => `${b.id}: ${b.why}`));
  expect(await page.getByTestId("proposal").textContent()).toContain('Đề nghị công nhận "Đơn vị học tập" Mức độ 1 (lần đầu).');
  // One row per indicator, the two levels side by side, as the core judged them.
  const word = { met: "Đạt", "not-met": "Chưa đạt", "not-applicable": "Không áp dụng" } as const;
  expect(await page.getByTestId("indicators").locator("tbody tr").count()).toBe(r.items.length);
  for (const it of r.items) {
    const row = page.getByTestId(`indicator-${it.id}`);
    expect(await row.locator('[data-level="M1"]').textContent()).toBe(word[it.levels!.M1.status]);
    expect(await row.locator('[data-level="M2"]').textContent()).toBe(word[it.levels!.M2.status]);
  }
  expect(await page.getByTestId("indicator-3.4").textContent()).toContain("mức đáp ứng cơ bản, cần mức đáp ứng tốt");
  expect(await page.getByTestId("indicator-3.5").textContent()).toContain("Không áp dụng: chỉ áp dụng cho cơ sở giáo dục nghề nghiệp");
  // Written: the Bản tổng hợp in place of the Biểu điểm, shown after the run.
  const bth = expected.plan.sheets.find((s) => s.id === "tong-hop-tt24")!;
  expect(await fake<string>(page, "wb.activeSheet")).toBe(bth.name);
  const written = await fake<unknown[][]>(page, `wb.toGrid(${JSON.stringify(bth.name)}).values`);
  expect(written.find((row) => row[0] === "2.4")!.slice(3, 5)).toEqual(["Đạt\n(≥ 50%)", "Không đạt\n(≥ 70%)"]);
  expect(await fake<string[]>(page, "wb.sheets.map(function (s) { return s.name; })")).not.toContain("Biểu điểm");
  await page.screenshot({ path: path.join(DOCS, "pane-tt24.png"), fullPage: true });
  expect((await axe(page, "TT 24 results")).blocking).toEqual([]);
  expect(await page.evaluate("document.documentElement.scrollWidth")).toBeLessThanOrEqual(320);
  expect((page as unknown as { dvhtErrors: string[] }).dvhtErrors).toEqual([]);
  await page.close();
});

/** The page's background where the pane is drawn, as "rgb(r, g, b)". */
const background = (page: Page) => page.evaluate("getComputedStyle(document.querySelector('main').parentElement).backgroundColor") as Promise<string>;

test.each([
  ["Dark Gray", "dark", "darkGray", "rgb(41, 41, 41)"], // Fluent's dark background: its faint text is under 4.5:1 on Office's #444444
  ["Black", "black", "black", "rgb(0, 0, 0)"],
  ["Colorful", "colorful", "colorful", "rgb(243, 243, 243)"],
] as const)("in Office's %s theme the pane is in its %s theme, and axe finds nothing serious", async (_name, name, key, bg) => {
  const page = await openPane({ theme: OFFICE_THEMES[key] });
  await page.goto(`${origin}/taskpane.html`);
  await page.getByTestId("recognition").getByText("Thành viên ·").waitFor();
  expect(await page.locator("main").getAttribute("data-theme")).toBe(name);
  expect(await background(page)).toBe(bg);
  await page.getByRole("button", { name: "Đánh giá", exact: true }).click();
  await page
    .getByTestId("step")
    .filter({ hasText: /^Xong$/ })
    .waitFor();
  if (key === "darkGray") await page.screenshot({ path: path.join(DOCS, "pane-dark.png"), fullPage: true });
  expect((await axe(page, `results, ${name} theme`)).blocking).toEqual([]);
  expect((page as unknown as { dvhtErrors: string[] }).dvhtErrors).toEqual([]);
  await page.close();
});

test("the pane follows a theme change the host reports (White, then Black)", async () => {
  const page = await openPane({ theme: OFFICE_THEMES.white });
  await page.goto(`${origin}/taskpane.html`);
  await page.getByTestId("recognition").getByText("Thành viên ·").waitFor();
  expect(await page.locator("main").getAttribute("data-theme")).toBe("light");
  expect(await background(page)).toBe("rgb(255, 255, 255)");
  await page.evaluate("window.__dvhtSetTheme(" + JSON.stringify(OFFICE_THEMES.black) + ")");
  await page.locator('main[data-theme="black"]').waitFor();
  expect(await background(page)).toBe("rgb(0, 0, 0)");
  expect(await page.evaluate("getComputedStyle(document.body).backgroundColor")).toBe("rgb(0, 0, 0)");
  // The clerk's session is kept: still the same preview, nothing read again.
  expect(await fake<number>(page, "wb.syncCount")).toBe(1);
  await page.close();
});

test("Tạo hồ sơ: the dossier sheets are written beside the results", async () => {
  const page = await openPane();
  await page.goto(`${origin}/taskpane.html`);
  await page.getByTestId("recognition").getByText("Thành viên ·").waitFor();
  await page.getByRole("button", { name: "Tạo hồ sơ", exact: true }).click();
  await page
    .getByTestId("step")
    .filter({ hasText: /^Xong$/ })
    .waitFor();
  const expected = run(JSON.parse(JSON.stringify(grids)), { today: todaySerial(), dossier: true });
  const names = await fake<string[]>(page, "wb.sheets.map(function (s) { return s.name; })");
  for (const s of expected.plan.sheets) expect(names).toContain(s.name);
  expect(expected.plan.sheets.length).toBeGreaterThan(4);
  expect(await fake<string[]>(page, "wb.formulaCells()")).toEqual([]);
  await page.close();
});

test("Gộp phiếu tổ: the conflict and the unknown member are in the list of issues, each selecting its form cell", async () => {
  // Prepared as the pane would: Phiếu theo tổ on the fake (here, in Node), then each tổ trưởng fills her sheet:
  // the first member's discipline "Không" where the clerk has typed "Có", and one tổ adds a newcomer.
  const sample = await sample2026Grids();
  const answers = answersOf(sample);
  const first = [...answers.keys()][0];
  const blank = staffWithOneAnswer(sample, first);
  const { row, col } = answerCell(blank, first, "discipline");
  const node = FakeWorkbook.fromGrids(blank);
  const before = node.sheets.map((s) => s.name);
  await addTeamForms(new OfficePort({ run: (batch) => node.run(batch as never) as never }), todaySerial());
  const forms = node.sheets.map((s) => s.name).filter((n) => !before.includes(n));
  const g: WorkbookGrids = {
    sheets: node.sheets.map((s) => {
      const grid = node.toGrid(s.name);
      if (!forms.includes(s.name)) return grid;
      return fillScripted(grid, answers, first, s.name === forms[1] ? "Có" : undefined);
    }),
  };

  const page = await openPane({}, g);
  await page.goto(`${origin}/taskpane.html`);
  await page.getByTestId("recognition").getByText("Thành viên ·").waitFor();
  await page.getByRole("button", { name: "Gộp phiếu tổ", exact: true }).click();
  await page.getByText("2 vấn đề ở từng ô: xem mục Vấn đề cần xem bên dưới").waitFor();
  const conflict = page.locator("[data-cell]").filter({ hasText: "giữ nguyên 'Có'" });
  const newcomer = page.locator("[data-cell]").filter({ hasText: "'Người Mới Chuyển Đến'" });
  expect(await conflict.count()).toBe(1);
  expect(await newcomer.count()).toBe(1);
  const at = (await newcomer.getAttribute("data-cell"))!;
  expect(at.startsWith(`${forms[1]}!`)).toBe(true);
  await newcomer.click();
  await page.waitForFunction("window.__dvhtWorkbook.selection !== undefined");
  expect(await fake<unknown>(page, "wb.selection")).toEqual({ sheet: forms[1], address: at.slice(forms[1].length + 1) });
  // The clerk's "Có" is kept.
  expect(await fake<unknown>(page, `wb.toGrid("Thành viên").values[${row}][${col}]`)).toBe("Có");
  expect((page as unknown as { dvhtErrors: string[] }).dvhtErrors).toEqual([]);
  await page.close();
});

test("the tổ's forms as files: one download per tổ, read back; the filled files picked and merged, a bad file named", async () => {
  const sample = await sample2026Grids();
  const answers = answersOf(sample);
  const first = [...answers.keys()][0];
  const blank = blankAnswers(sample);
  const groups = new Set(readWorkbook(blank).model.members.map((m) => m.group)).size;
  const page = await openPane({}, blank);
  await page.goto(`${origin}/taskpane.html`);
  await page.getByTestId("recognition").getByText("Thành viên ·").waitFor();

  await page.getByRole("button", { name: "Phiếu theo tổ (tệp riêng)", exact: true }).click();
  const links = page.getByTestId("downloads").getByRole("link");
  await links.first().waitFor();
  expect(await links.count()).toBe(groups);
  const made: { name: string; bytes: Uint8Array }[] = [];
  for (let k = 0; k < groups; k++) {
    const [download] = await Promise.all([page.waitForEvent("download"), links.nth(k).click()]);
    made.push({ name: download.suggestedFilename(), bytes: new Uint8Array(fs.readFileSync(await download.path())) });
  }
  expect(made[0].name).toMatch(/^phieu-to-.+\.xlsx$/);
  // Where a download does nothing (Excel for Mac), each form opens in Excel instead: the same bytes.
  await page.getByRole("button", { name: `Mở ${made[0].name} trong Excel`, exact: true }).click();
  await page.getByTestId("downloads").getByText("đã mở").waitFor();
  const created = await fake<string[]>(page, "wb.createdWorkbooks");
  expect(created).toHaveLength(1);
  expect(Buffer.from(created[0], "base64").equals(Buffer.from(made[0].bytes))).toBe(true);
  expect(await links.count()).toBe(groups);

  // Each tổ trưởng fills hers (here, in Node, as Excel would save it); the second adds a newcomer.
  const filled = [];
  for (const [k, f] of made.entries()) {
    const bytes = await typeInto(f.bytes, (g) => {
      const form = fillForm(g.sheets[0], answers);
      return { sheets: [k === 1 ? addRow(form, NEWCOMER, { discipline: "Có" }) : form, ...g.sheets.slice(1)] };
    });
    filled.push({ name: f.name, mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer: Buffer.from(bytes) });
  }
  filled.push({ name: "ghi-chu.xlsx", mimeType: "application/octet-stream", buffer: Buffer.from("không phải bảng tính") });
  await page.getByTestId("form-files").setInputFiles(filled);
  await page.getByText(/^Đã gộp \d+ ô; 0 ô đã có đúng như phiếu; 0 ô khác với sổ \(giữ nguyên\); 1 người không có trong danh sách\./).waitFor();
  expect(await page.getByText("Tệp 'ghi-chu.xlsx' không đọc được như một bảng tính .xlsx", { exact: false }).count()).toBe(1);
  // The answers are in the members sheet: the first member's, as the sample has them.
  const members = await fake<unknown[][]>(page, 'wb.toGrid("Thành viên").values');
  const read = readWorkbook(blank);
  const row = read.model.members.find((m) => m.name === first)!.row - 1;
  const col = read.model.recognition.find((r) => r.role === "members")!.columns.discipline;
  // The sample marks yes with "x"; the merge writes the answer in the product's words.
  expect(answers.get(first)!.discipline).toBe("x");
  expect(members[row][col]).toBe("Có");
  expect((page as unknown as { dvhtErrors: string[] }).dvhtErrors).toEqual([]);
  await page.close();
});

/** Every request the page makes, by URL (to see when the file writer's chunk is fetched). */
function requests(page: Page): string[] {
  const urls: string[] = [];
  page.on("request", (r) => urls.push(r.url()));
  return urls;
}
const WRITER_CHUNK = /\/so-moi\.[0-9a-f]+\.js$/;

test("Tạo sổ năm sau: the file writer loads only on the click, Excel opens the 2027 workbook, this one is only read", async () => {
  const g = await sample2026Grids();
  const page = await openPane({}, g);
  const urls = requests(page);
  await page.goto(`${origin}/taskpane.html`);
  await page.getByTestId("recognition").getByText("Thành viên ·").waitFor();
  expect(urls.filter((u) => WRITER_CHUNK.test(u))).toEqual([]);
  const syncs = await fake<number>(page, "wb.syncCount");
  const sheets = await fake<string[]>(page, "wb.sheets.map(function (s) { return s.name; })");
  await expect(page.getByPlaceholder("2027 (để trống: năm sau)").count()).resolves.toBe(1);

  await page.getByRole("button", { name: "Tạo sổ năm sau", exact: true }).click();
  await page.getByText(/Sổ năm 2027 đã mở trong cửa sổ mới của Excel/).waitFor();
  expect(urls.filter((u) => WRITER_CHUNK.test(u))).toHaveLength(1);
  // What Excel was given: the 2027 workbook, read back here by the command line's reader.
  const created = await fake<string[]>(page, "wb.createdWorkbooks");
  expect(created).toHaveLength(1);
  const opened = readWithSheetJs(Buffer.from(created[0], "base64")).grids;
  const first = run(opened, { today: todaySerial() });
  expect(first.model.unit.year).toBe(2027);
  expect(first.model.members.map((m) => m.name)).toEqual(run(JSON.parse(JSON.stringify(g)), { today: todaySerial() }).model.members.map((m) => m.name));
  expect(first.issues.filter((i) => i.severity === "error").map((i) => i.code)).toEqual(["MEMBERS_NOT_FILLED"]);
  expect(opened.sheets.map((s) => s.name)).toContain("Minh chứng năm 2026");
  // This workbook: one more sync (the read), no sheet added.
  expect(await fake<number>(page, "wb.syncCount")).toBe(syncs + 1);
  expect(await fake<string[]>(page, "wb.sheets.map(function (s) { return s.name; })")).toEqual(sheets);
  await page.screenshot({ path: path.join(DOCS, "pane-next-year.png"), fullPage: true });
  expect((await axe(page, "next year")).blocking).toEqual([]);
  expect((page as unknown as { dvhtErrors: string[] }).dvhtErrors).toEqual([]);
  await page.close();
});

test("the tổ's forms as files on an Excel below ExcelApi 1.8: Mở trong Excel says to download instead, the links stay", async () => {
  const page = await openPane({ maxApi: "1.7" }, blankAnswers(await sample2026Grids()));
  await page.goto(`${origin}/taskpane.html`);
  await page.getByTestId("recognition").getByText("Thành viên ·").waitFor();
  await page.getByRole("button", { name: "Phiếu theo tổ (tệp riêng)", exact: true }).click();
  const links = page.getByTestId("downloads").getByRole("link");
  await links.first().waitFor();
  const count = await links.count();
  await page.getByTestId("downloads").getByRole("button").first().click();
  await page.getByText("Excel này không tự mở được tệp: tải tệp về rồi mở.", { exact: false }).waitFor();
  expect(await links.count()).toBe(count);
  expect(await page.getByTestId("downloads").getByRole("button").count()).toBe(0);
  expect(await fake<string[]>(page, "wb.createdWorkbooks")).toEqual([]);
  expect((page as unknown as { dvhtErrors: string[] }).dvhtErrors).toEqual([]);
  await page.close();
});

test("Tạo sổ năm sau on an Excel below ExcelApi 1.8: the same workbook offered as a download", async () => {
  const page = await openPane({ maxApi: "1.7" }, await sample2026Grids());
  await page.goto(`${origin}/taskpane.html`);
  await page.getByTestId("recognition").getByText("Thành viên ·").waitFor();
  await page.getByLabel("Năm của sổ mới").fill("20x8");
  expect(await page.getByRole("button", { name: "Tạo sổ năm sau", exact: true }).isDisabled()).toBe(true);
  await page.getByLabel("Năm của sổ mới").fill("2028");
  await page.getByRole("button", { name: "Tạo sổ năm sau", exact: true }).click();
  const link = page.getByRole("link", { name: "Tải so-dvht-2028.xlsx" });
  await link.waitFor();
  expect(await page.getByText("Excel này không tự mở được sổ mới.", { exact: false }).count()).toBe(1);
  const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
  expect(download.suggestedFilename()).toBe("so-dvht-2028.xlsx");
  const file = await download.path();
  const got = run(readWithSheetJs(fs.readFileSync(file)).grids, { today: todaySerial() });
  expect(got.model.unit.year).toBe(2028);
  expect(got.model.members).toHaveLength(40);
  expect(await fake<string[]>(page, "wb.createdWorkbooks")).toEqual([]);
  expect((page as unknown as { dvhtErrors: string[] }).dvhtErrors).toEqual([]);
  await page.close();
});

test("the ribbon's function file, as built: Đánh giá writes the results and completes the event", async () => {
  const page = await openPane();
  await page.goto(`${origin}/commands.html`);
  await page.waitForFunction("typeof window.evaluateWorkbook === 'function'");
  await page.evaluate("window.evaluateWorkbook({ completed: function () { window.__completed = true; } })");
  await page.waitForFunction("window.__completed === true");
  const expected = run(JSON.parse(JSON.stringify(grids)), { today: todaySerial() });
  expect(await fake<string>(page, "wb.activeSheet")).toBe(expected.names[expected.plan.activate!]);
  expect(await fake<number>(page, "wb.syncCount")).toBe(2); // one read, one write
  await page.close();
});

test("an Internet Explorer webview gets a plain message, not a blank pane", async () => {
  const page = await openPane();
  // What IE 11 exposes and modern engines do not.
  await page.addInitScript({ content: "Object.defineProperty(document, 'documentMode', { value: 11 });" });
  await page.goto(`${origin}/taskpane.html`);
  const alert = page.getByRole("alert");
  await alert.waitFor();
  expect(await alert.textContent()).toContain("Internet Explorer");
  await page.waitForTimeout(300);
  expect(await page.getByRole("button", { name: "Đánh giá" }).count()).toBe(0);
  await page.close();
});

test("settings: choosing Hà Nội writes its one cell in Thông tin and the result follows", async () => {
  const page = await openPane();
  await page.goto(`${origin}/taskpane.html`);
  await page.getByTestId("total").waitFor();
  await page.getByRole("combobox", { name: "Phương án địa phương", exact: true }).selectOption({ label: "Hà Nội" });
  await page.getByText("Đã lưu vào trang Thông tin.").waitFor();
  const before = run(JSON.parse(JSON.stringify(grids)), { today: todaySerial() });
  const row = before.model.unit.rows.find((r) => r.key === "Phương án địa phương")!;
  const info = await fake<unknown[][]>(page, 'wb.toGrid("Thông tin").values');
  const original = grids.sheets.find((g) => g.name === "Thông tin")!.values;
  const { row: r0, col: c0 } = { row: Number(row.valueCell.slice(1)) - 1, col: row.valueCell.charCodeAt(0) - 65 };
  expect(info[r0][c0]).toBe("Hà Nội");
  // Nothing else in the clerk's sheet changed.
  info.forEach((line, r) => line.forEach((v, c) => (r === r0 && c === c0 ? undefined : expect([r, c, v]).toEqual([r, c, original[r]?.[c] ?? null]))));
  const haNoi = run(JSON.parse(JSON.stringify(grids)), { today: todaySerial(), preset: "ha-noi" }).result!;
  await page.waitForFunction(
    `document.querySelector('[data-testid="total"]').textContent === ${JSON.stringify(`${formatNumberVi(haNoi.total!)}/${formatNumberVi(haNoi.maxTotal!)}`)}`,
  );
  await page.close();
});

test("Cột chưa nhận ra: the school's own header picked once for a missing column, stored in Thông tin, and the unit evaluated", async () => {
  // The sample, its title column headed in the school's own words.
  const own: WorkbookGrids = JSON.parse(JSON.stringify(grids));
  const members = own.sheets.find((g) => g.name === "Thành viên")!;
  const headerRow = members.values.findIndex((r) => r.includes("Danh hiệu thi đua"));
  members.values[headerRow][members.values[headerRow].indexOf("Danh hiệu thi đua")] = "Thi đua cuối năm";
  const page = await openPane({}, own);
  await page.goto(`${origin}/taskpane.html`);
  const section = page.getByTestId("column-map");
  await section.getByText("Cột chưa nhận ra").waitFor();
  expect((await axe(page, "column-map")).blocking).toEqual([]);
  await page.getByRole("combobox", { name: "Danh hiệu thi đua", exact: true }).selectOption({ label: "Thi đua cuối năm" });
  await page.getByText('Đã lưu vào trang Thông tin: cột "Thi đua cuối năm" được đọc là "Danh hiệu thi đua".').waitFor();
  await section.waitFor({ state: "detached" });
  // The clerk's own row, under everything Thông tin held; nothing else of hers changed.
  const original = own.sheets.find((g) => g.name === "Thông tin")!.values;
  const info = await fake<unknown[][]>(page, 'wb.toGrid("Thông tin").values');
  expect(info.slice(0, original.length)).toEqual(original.map((r) => r.map((v) => v ?? null)));
  expect(info[original.length].slice(0, 2)).toEqual(["Cột: Danh hiệu thi đua", "Thi đua cuối năm"]);
  await page.getByRole("button", { name: "Đánh giá", exact: true }).click();
  await page.getByTestId("total").waitFor();
  const expected = run(JSON.parse(JSON.stringify(grids)), { today: todaySerial() }).result!;
  expect(await page.getByTestId("total").textContent()).toBe(`${formatNumberVi(expected.total!)}/${formatNumberVi(expected.maxTotal!)}`);
  await page.close();
});

test("English switch", async () => {
  const page = await openPane();
  await page.goto(`${origin}/taskpane.html`);
  await page.getByTestId("recognition").waitFor();
  await page.getByRole("switch", { name: "English" }).click();
  await page.getByRole("button", { name: "Evaluate", exact: true }).waitFor();
  expect(await page.getByRole("heading", { name: "Recognised sheets" }).count()).toBe(1);
  // The problems list follows the switch too (the fix stays in the clerk's Vietnamese).
  await page.getByRole("button", { name: "Evaluate", exact: true }).click();
  await page.getByText("'cos' is not yes/no").first().waitFor();
  await page.close();
});

test("Excel older than ExcelApi 1.7: a Vietnamese message instead of the pane", async () => {
  const page = await openPane({ maxApi: "1.4" });
  await page.goto(`${origin}/taskpane.html`);
  const alert = page.locator('[data-problem="oldExcel"]');
  await alert.waitFor();
  expect(await alert.textContent()).toContain("Excel 2019");
  await page.screenshot({ path: path.join(DOCS, "pane-old-excel.png"), fullPage: true });
  expect((await axe(page, "old Excel")).blocking).toEqual([]);
  await page.close();
});

test("Excel older than ExcelApi 1.7, in the Black theme: the message in the theme's colours, and axe finds nothing serious", async () => {
  const page = await openPane({ maxApi: "1.4", theme: OFFICE_THEMES.black });
  await page.goto(`${origin}/taskpane.html`);
  await page.locator('[data-problem="oldExcel"]').waitFor();
  expect(await page.evaluate("getComputedStyle(document.body).backgroundColor")).toBe("rgb(0, 0, 0)");
  expect((await axe(page, "old Excel, black theme")).blocking).toEqual([]);
  await page.close();
});

test("Office.js not ready after 10 s: a message says what to check", async () => {
  const page = await openPane({ neverReady: true });
  await page.clock.install();
  await page.goto(`${origin}/taskpane.html`);
  await page.clock.fastForward(10_500);
  const alert = page.locator('[data-problem="notReady"]');
  await alert.waitFor();
  expect(await alert.textContent()).toContain("kết nối mạng");
  await page.close();
});

test("with Microsoft's own office.js (the @microsoft/office-js copy) outside Excel: the pane says where it runs", async () => {
  // The package is the library's own copy of the CDN files; served in place of the CDN (offline),
  // it is the real Office.onReady, without any host: exactly a clerk opening the pane's URL in a browser.
  const dist = path.join(ROOT, "node_modules", "@microsoft", "office-js", "dist");
  const page = await context.newPage();
  const served: string[] = [];
  await page.route("https://appsforoffice.microsoft.com/**", (route) => {
    const rel = new URL(route.request().url()).pathname.replace(/^\/lib\/1\/hosted\//, "");
    const file = path.join(dist, path.normalize(rel));
    if (!file.startsWith(dist) || !fs.existsSync(file)) return route.fulfill({ status: 404, body: "" });
    served.push(rel);
    return route.fulfill({ status: 200, contentType: "text/javascript", body: fs.readFileSync(file, "utf8") });
  });
  await page.goto(`${origin}/taskpane.html`);
  const alert = page.locator('[data-problem="notExcel"]');
  await alert.waitFor({ timeout: 15_000 });
  expect(served).toContain("office.js");
  expect(await alert.textContent()).toContain("Chỉ dùng trong Excel");
  await page.close();
});
