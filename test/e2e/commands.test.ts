/**
 * The ribbon's function file as Excel loads it: dist/commands.html and its script, built as shipped, served
 * under a sub-path (as on GitHub Pages: https://dvht.github.io/dvht/), in Debian Chromium over the in-memory
 * Excel. A click on Đánh giá must write what the ribbon writes (src/commands/ribbon.ts, run in Node on the
 * same fake), in two syncs, and load nothing but the page and its one script (webpack.config.js,
 * BundleSizePlugin: the file's goal is what a click loads). The file carries the words a run can say and no
 * other (messages/run.ts). No network: office.js is routed to an empty script, every outside request aborted.
 */
import * as fs from "fs";
import * as path from "path";
import type { BrowserContext, Page } from "playwright-core";
import { CATALOG, type WorkbookGrids } from "../../src/core";
import { RUN_CATALOG } from "../../src/core/messages/run";
import { evaluateFromRibbon } from "../../src/commands/ribbon";
import { todaySerial } from "../../src/excel/clock";
import { OfficePort, type ExcelRunner } from "../../src/excel/port";
import { FakeWorkbook } from "../fakes/excel";
import { sample2026Grids, sampleGrids } from "../fakes/workbooks";
import { offlineChromium, serveDist, type DistServer, type OfflineBrowser } from "./web/browser";
import { initScript } from "./web/office-stub";

const DIST = path.join(__dirname, "../../dist");
/** Where the add-in is served: any path, not only the site's root. */
const BASE = "/dvht/";

jest.setTimeout(120_000);

let server: DistServer | undefined;
let origin = "";
let context: BrowserContext;
let browser: OfflineBrowser | undefined;

/** The function file's script, as commands.html names it. */
function functionFile(): string {
  const html = fs.readFileSync(path.join(DIST, "commands.html"), "utf8");
  // The built page is minified: the address may be unquoted.
  const scripts = [...html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)/g)].map((m) => m[1]).filter((s) => !s.startsWith("https://"));
  expect(scripts).toHaveLength(1);
  return scripts[0];
}

beforeAll(async () => {
  if (!fs.existsSync(path.join(DIST, "commands.html")))
    throw new Error("dist/commands.html is missing: run `npm run build` before this test (CI builds before jest).");
  // dist/ under BASE, as an add-in hosted at a sub-path is served.
  server = await serveDist(DIST, BASE);
  origin = server.origin;
  browser = await offlineChromium(origin);
  context = browser.context;
});

afterAll(async () => {
  await browser?.dispose();
  await server?.close();
});

/** A page over the fake holding `grids`, recording the page's errors and every page, script or fetch it asks the server for. */
async function open(grids: WorkbookGrids, extra?: string): Promise<{ page: Page; errors: string[]; requested: string[] }> {
  const page = await context.newPage();
  const errors: string[] = [];
  const requested: string[] = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("request", (r) => {
    if (r.url().startsWith(origin) && ["document", "script", "fetch", "xhr"].includes(r.resourceType())) requested.push(r.url().slice(origin.length));
  });
  await page.addInitScript({ content: initScript(grids) });
  if (extra) await page.addInitScript({ content: extra });
  await page.goto(`${origin}${BASE}commands.html`);
  return { page, errors, requested };
}

/** Office's click: the function by its name, with an event whose completed() Excel waits for. */
async function click(page: Page): Promise<void> {
  await page.waitForFunction("typeof window.evaluateWorkbook === 'function'");
  await page.evaluate("window.evaluateWorkbook({ completed: function () { window.__completed = true; } })");
  await page.waitForFunction("window.__completed === true");
}

interface Written {
  sheets: { name: string; visibility: string; grid: unknown }[];
  active?: string;
  syncs: number;
}

/** Every sheet of the fake as a test reads it back, the sheet shown and the syncs made. */
const WRITTEN = `(function (wb) {
  return {
    sheets: wb.sheets.map(function (s) { return { name: s.name, visibility: s.visibility, grid: wb.toGrid(s.name) }; }),
    active: wb.activeSheet,
    syncs: wb.syncCount,
  };
})(window.__dvhtWorkbook)`;

/** What the ribbon writes on the same fake in Node (the source the jest tests check). */
async function inNode(grids: WorkbookGrids): Promise<Written> {
  const wb = FakeWorkbook.fromGrids(JSON.parse(JSON.stringify(grids)));
  const run: ExcelRunner = (batch) => wb.run(batch as never) as never;
  await evaluateFromRibbon({ port: new OfficePort({ run }), support: () => true, today: todaySerial() });
  return {
    sheets: wb.sheets.map((s) => ({ name: s.name, visibility: s.visibility, grid: JSON.parse(JSON.stringify(wb.toGrid(s.name))) })),
    active: wb.activeSheet,
    syncs: wb.syncCount,
  };
}

const BOOKS: [string, () => Promise<WorkbookGrids>, string][] = [
  ["the 2026 sample (TT 24)", sample2026Grids, "Bản tổng hợp"],
  ["the 2023 sample (TT 22)", sampleGrids, "Biểu điểm"],
];

test.each(BOOKS)("Đánh giá on %s: what the ribbon writes, in two syncs, loading the page and its one script only", async (_name, load, shown) => {
  const grids = await load();
  const { page, errors, requested } = await open(grids);
  await click(page);
  const written = (await page.evaluate(WRITTEN)) as Written;
  const expected = await inNode(grids);
  expect(written.active).toBe(shown);
  expect(written.syncs).toBe(2); // one read, one write
  expect(written.sheets.map((s) => s.name)).toEqual(expected.sheets.map((s) => s.name));
  expect(written.sheets.length).toBeGreaterThan(grids.sheets.length + 2); // Kiểm tra, the result, Kết quả, the registry
  for (const [i, s] of written.sheets.entries()) expect(s).toEqual(expected.sheets[i]);
  // What a click loads: the page and the one script it names, from where the page is served; no async chunk.
  expect(requested).toEqual([`${BASE}commands.html`, path.posix.join(BASE, functionFile())]);
  expect(errors).toEqual([]);
  await page.close();
});

test("an engine too old for the function file (Internet Explorer's mode): the ES5 fallback takes the click and says what to do", async () => {
  const grids = await sampleGrids();
  // What IE 11 exposes and modern engines do not: commands.html's gate then keeps the function file from registering.
  const { page, errors } = await open(grids, "Object.defineProperty(document, 'documentMode', { value: 11 });");
  await click(page);
  const report = JSON.stringify(await page.evaluate(`window.__dvhtWorkbook.toGrid("Kiểm tra (dvht)").values`));
  expect(report).toContain("Internet Explorer");
  expect(report).toContain("Cập nhật Office");
  expect(await page.evaluate("window.__dvhtWorkbook.sheets.map(function (s) { return s.name; })")).not.toContain("Biểu điểm");
  expect(errors).toEqual([]);
  await page.close();
});

test("the function file carries the words a run can say and no other: every code of the catalog is in it exactly when a run can raise it", () => {
  const code = fs.readFileSync(path.join(DIST, functionFile()), "utf8");
  const has = (c: string) => new RegExp(`\\b${c}\\b`).test(code);
  const run = new Set(Object.keys(RUN_CATALOG));
  const all = Object.keys(CATALOG);
  expect(all.filter((c) => run.has(c) && !has(c))).toEqual([]);
  // The dossier's, the district's, the year's commands' and the pane's start-up's words: none of them.
  expect(all.filter((c) => !run.has(c) && has(c))).toEqual([]);
  expect(all.length - run.size).toBeGreaterThan(50);
});
