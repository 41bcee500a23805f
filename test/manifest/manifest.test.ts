/**
 * The manifest, offline: Microsoft's schema (xmllint), then what the schema misses
 * (docs/schemas/office-manifest/README.md): dangling or unused resource ids, ids of the wrong
 * kind, icon files and their real pixel sizes, https URLs inside AppDomains, the stable GUID, and
 * function names that the function file really associates.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";

const ROOT = path.join(__dirname, "../..");
const MANIFEST = path.join(ROOT, "manifest.xml");
const SCHEMA = path.join(ROOT, "docs/schemas/office-manifest/OfficeAppManifestV1_1.xsd");
const xml = fs.readFileSync(MANIFEST, "utf8");

// The add-in's identity in Office. Changing it makes Excel treat the add-in as a new one
// (clerks lose it from their ribbon), so it is pinned here.
const ADDIN_ID = "9d7bc395-fb84-4af1-89b3-851d2543d16e";
const DEV_URL = "https://localhost:3000";

const all = (re: RegExp, s = xml) => [...s.matchAll(new RegExp(re.source, "g"))].map((m) => m[1]);
const attr = (tag: string, name: string, s = xml) => all(new RegExp(`<${tag}\\b[^>]*\\b${name}="([^"]*)"`, "g"), s);

test("validates against Microsoft's XML schema (xmllint, no network)", () => {
  expect(fs.existsSync(SCHEMA)).toBe(true);
  const r = spawnSync("xmllint", ["--noout", "--nonet", "--schema", SCHEMA, MANIFEST], { encoding: "utf8" });
  if (r.error) throw new Error(`xmllint is not installed (apt-get install libxml2-utils): ${r.error.message}`);
  expect(r.stderr).toContain("validates");
  expect(r.status).toBe(0);
});

test("old Excel still loads the add-in, so that it can say which versions work", () => {
  // The 1.7 gate is in code (src/excel/support.ts); a 1.7 requirement here would hide the add-in silently.
  expect(all(/<Set Name="ExcelApi" MinVersion="([^"]+)"\/>/g)).toEqual(["1.1"]);
});

test("the GUID is real and stable", () => {
  const id = all(/<Id>([^<]+)<\/Id>/)[0];
  expect(id).toBe(ADDIN_ID);
  expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  expect(id).not.toMatch(/^0{8}/);
});

describe("resources", () => {
  const resources = xml.slice(xml.indexOf("<Resources>"));
  const images = attr("bt:Image", "id", resources);
  const urls = attr("bt:Url", "id", resources);
  const shortStrings = attr("bt:String", "id", resources.slice(resources.indexOf("<bt:ShortStrings>"), resources.indexOf("</bt:ShortStrings>")));
  const longStrings = attr("bt:String", "id", resources.slice(resources.indexOf("<bt:LongStrings>"), resources.indexOf("</bt:LongStrings>")));
  const used = (tag: string) => attr(tag, "resid");

  test("no duplicate ids", () => {
    const ids = [...images, ...urls, ...shortStrings, ...longStrings];
    expect(new Set(ids).size).toBe(ids.length);
    const controls = [...attr("Control", "id"), ...attr("Group", "id")];
    expect(new Set(controls).size).toBe(controls.length);
  });

  test("every resid is defined, with the right kind", () => {
    for (const r of used("bt:Image")) expect(images).toContain(r);
    for (const r of [...used("FunctionFile"), ...used("SourceLocation"), ...used("LearnMoreUrl")]) expect(urls).toContain(r);
    for (const r of [...used("Label"), ...used("Title")]) expect(shortStrings).toContain(r);
    for (const r of used("Description")) expect(longStrings).toContain(r);
  });

  test("every resource is used", () => {
    const allUsed = new Set(attr("[A-Za-z:]+", "resid"));
    for (const id of [...images, ...urls, ...shortStrings, ...longStrings]) expect([id, allUsed.has(id)]).toEqual([id, true]);
  });

  test("every string has an en-US override; Vietnamese is the default locale", () => {
    expect(all(/<DefaultLocale>([^<]+)</)).toEqual(["vi-VN"]);
    const strings = resources.split("<bt:String ").slice(1);
    expect(strings.length).toBe(shortStrings.length + longStrings.length);
    for (const s of strings) expect(s.split("</bt:String>")[0]).toContain('Locale="en-US"');
  });

  test("the Home tab group has Đánh giá (ExecuteFunction) and Bảng điều khiển (ShowTaskpane)", () => {
    expect(xml).toContain('<OfficeTab id="TabHome">');
    expect(xml).toMatch(/<bt:String id="Group.Label" DefaultValue="Đơn vị học tập">/);
    expect(xml).toMatch(/<bt:String id="Evaluate.Label" DefaultValue="Đánh giá">/);
    expect(xml).toMatch(/<bt:String id="Pane.Label" DefaultValue="Bảng điều khiển">/);
    expect(xml).toMatch(/Dvht.Evaluate[\s\S]*xsi:type="ExecuteFunction"[\s\S]*Dvht.Pane[\s\S]*xsi:type="ShowTaskpane"/);
  });
});

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const b = fs.readFileSync(file);
  expect(b.subarray(0, 8).toString("hex")).toBe("89504e470d0a1a0a");
  expect(b.subarray(12, 16).toString("ascii")).toBe("IHDR");
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

test("icons exist with the sizes the manifest declares (16, 32, 80 on the ribbon)", () => {
  const declared = new Map<string, number>();
  for (const m of xml.matchAll(/<bt:Image size="(\d+)" resid="([^"]+)"\/>/g)) declared.set(m[2], Number(m[1]));
  expect([...new Set(declared.values())].sort((a, b) => a - b)).toEqual([16, 32, 80]);
  for (const m of xml.matchAll(/<bt:Image id="([^"]+)" DefaultValue="([^"]+)"\/>/g)) {
    const file = path.join(ROOT, new URL(m[2]).pathname);
    const size = declared.get(m[1]);
    expect(size).toBeDefined();
    expect(pngSize(file)).toEqual({ width: size, height: size });
  }
  expect(pngSize(path.join(ROOT, "assets/icon-32.png"))).toEqual({ width: 32, height: 32 });
  expect(pngSize(path.join(ROOT, "assets/icon-64.png"))).toEqual({ width: 64, height: 64 });
});

test("every URL is https on the one base URL, and its origin is in AppDomains", () => {
  const urls = all(/(?:DefaultValue|Value)="(https?:\/\/[^"]+)"/g);
  expect(urls.length).toBeGreaterThan(5);
  const domains = all(/<AppDomain>([^<]+)<\/AppDomain>/g);
  for (const u of urls) {
    expect(u.startsWith(`${DEV_URL}/`)).toBe(true);
    expect(domains).toContain(new URL(u).origin);
  }
  for (const d of domains) expect(d).toMatch(/^https:\/\//);
  // Every page the manifest names is built (webpack.config.js) or copied from the repository.
  const pages = new Set(urls.map((u) => new URL(u).pathname));
  for (const p of pages) {
    if (p.startsWith("/assets/")) expect(fs.existsSync(path.join(ROOT, p))).toBe(true);
  }
  expect([...pages].filter((p) => p.endsWith(".html")).sort()).toEqual(["/commands.html", "/help.html", "/taskpane.html"]);
});

test("each FunctionName is associated by the function file (Office.actions.associate)", () => {
  const names = all(/<FunctionName>([^<]+)<\/FunctionName>/g);
  expect(names).toEqual(["evaluateWorkbook"]);
  const associated: string[] = [];
  const g = globalThis as unknown as Record<string, unknown>;
  g.Office = {
    onReady: () => Promise.resolve({ host: "Excel" }),
    actions: { associate: (name: string) => associated.push(name) },
  };
  try {
    jest.isolateModules(() => {
      // The function file registers its functions when it is loaded: load it afresh, synchronously.
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      require("../../src/commands/commands");
    });
  } finally {
    delete g.Office;
  }
  expect(associated.sort()).toEqual([...names].sort());
  expect(typeof g.evaluateWorkbook).toBe("function");
});

test("office-addin-manifest (Microsoft's own manifest tool) reads it as intended, offline", () => {
  // `office-addin-manifest validate` needs Microsoft's online service; `info` parses locally with the
  // same reader Microsoft's tooling uses, so it checks our manifest the way their tools will see it.
  const bin = path.join(ROOT, "node_modules", ".bin", "office-addin-manifest");
  const r = spawnSync(bin, ["info", MANIFEST], { encoding: "utf8", timeout: 60_000 });
  if (r.error) throw r.error;
  expect(r.status).toBe(0);
  const field = (name: string) => new RegExp(`^\\s*${name}: (.*)$`, "m").exec(r.stdout)?.[1]?.trim();
  expect(field("Id")).toBe(ADDIN_ID);
  expect(field("Name")).toBe("Đơn vị học tập");
  expect(field("Type")).toBe("TaskPaneApp");
  expect(field("Hosts")).toBe("Workbook");
  expect(field("Permissions")).toBe("ReadWriteDocument");
  expect(field("Default Locale")).toBe("vi-VN");
  expect(field("Source Location")).toBe(`${DEV_URL}/taskpane.html`);
});
