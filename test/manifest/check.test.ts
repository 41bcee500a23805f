/**
 * The checks of a built manifest (scripts/manifest.js, run on dist/ by test/manifest/built.test.ts and
 * `npm run validate`) catch what they claim to: each case breaks one thing in a small dist/ made here.
 * Also the one setting (package.json › config.addinUrl) and the production transform. No build needed.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { manifest } from "./tools";

const ROOT = path.join(__dirname, "../..");
const SOURCE = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
const BASE = "https://truong.example.edu.vn/dvht";

/** A dist/ as webpack writes it, small: the icons, the three pages, each page's script. */
function makeDist(): string {
  const dist = fs.mkdtempSync(path.join(os.tmpdir(), "dvht-dist-"));
  fs.mkdirSync(path.join(dist, "assets"));
  for (const f of fs.readdirSync(path.join(ROOT, "assets")).filter((x) => x.endsWith(".png")))
    fs.copyFileSync(path.join(ROOT, "assets", f), path.join(dist, "assets", f));
  for (const page of ["taskpane", "commands"]) {
    fs.writeFileSync(
      path.join(dist, `${page}.html`),
      `<script src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"></script><script defer src="${page}.1234abcd.js"></script>`,
    );
    fs.writeFileSync(path.join(dist, `${page}.1234abcd.js`), "");
  }
  fs.writeFileSync(path.join(dist, "help.html"), "<p>Hướng dẫn</p>");
  return dist;
}

let dist = "";
beforeEach(() => {
  dist = makeDist();
});
afterEach(() => fs.rmSync(dist, { recursive: true, force: true }));

test.each([
  ["under a path (GitHub Pages)", "https://dvht.github.io/dvht"],
  ["at the root of its own domain", "https://dvht.truong.edu.vn"],
])("the production manifest is clean when served %s", (_name, base) => {
  const xml = manifest.productionManifest(SOURCE, base);
  expect(manifest.builtProblems(xml, dist, base)).toEqual([]);
  expect(xml).not.toContain("localhost");
  expect(xml).toContain(`<AppDomain>${new URL(base).origin}</AppDomain>`);
  const file = path.join(dist, "manifest.xml");
  fs.writeFileSync(file, xml);
  expect(manifest.schemaProblems(file)).toEqual([]);
});

type Breakage = [name: string, change: (xml: string) => string, problems: RegExp[]];
const cases: Breakage[] = [
  [
    "a localhost URL left behind",
    (x) => x.replace(`${BASE}/help.html`, "https://localhost:3000/help.html"),
    [/mentions localhost/, /localhost:3000\/help\.html is not under/],
  ],
  [
    "a URL on another host",
    (x) => x.replace(`${BASE}/commands.html`, "https://cdn.example.com/commands.html"),
    [/cdn\.example\.com\/commands\.html is not under/],
  ],
  [
    "http instead of https",
    (x) => x.replace(`${BASE}/taskpane.html`, `${BASE.replace("https:", "http:")}/taskpane.html`),
    [/http:\/\/truong\.example\.edu\.vn\/dvht\/taskpane\.html is not under/],
  ],
  [
    "AppDomains without the origin",
    (x) => x.replace(/<AppDomain>[^<]*<\/AppDomain>/, "<AppDomain>https://other.example.com</AppDomain>"),
    [/AppDomains are \[https:\/\/other\.example\.com\]/],
  ],
  ["a page that is not built", (x) => x.replace(`${BASE}/help.html`, `${BASE}/huong-dan.html`), [/huong-dan\.html is referenced but missing/]],
  [
    "a ribbon icon declared at another size",
    (x) => x.replace('<bt:Image size="80" resid="Icon.80x80"/>', '<bt:Image size="64" resid="Icon.80x80"/>'),
    [/icon-80\.png is 80×80, declared 64×64/],
  ],
  ["an image no control uses", (x) => x.replaceAll('<bt:Image size="16" resid="Icon.16x16"/>', ""), [/resource Icon\.16x16 is an image no control uses/]],
  [
    "a store icon of the wrong size",
    (x) => x.replace(`<IconUrl DefaultValue="${BASE}/assets/icon-32.png"`, `<IconUrl DefaultValue="${BASE}/assets/icon-16.png"`),
    [/IconUrl: icon-16\.png is 16×16, declared 32×32/],
  ],
];

test.each(cases)("reports %s", (_name, change, expected) => {
  const problems = manifest.builtProblems(change(manifest.productionManifest(SOURCE, BASE)), dist, BASE);
  expect(problems).toEqual(expected.map((re) => expect.stringMatching(re)));
});

test.each([
  ["an icon missing from dist/", () => fs.rmSync(path.join(dist, "assets", "icon-80.png")), /assets\/icon-80\.png is referenced but missing/],
  ["an icon that is not a PNG", () => fs.writeFileSync(path.join(dist, "assets", "icon-16.png"), "GIF89a"), /icon-16\.png is not a PNG/],
  ["a page whose script is missing", () => fs.rmSync(path.join(dist, "taskpane.1234abcd.js")), /taskpane\.html loads taskpane\.1234abcd\.js, missing/],
  [
    "a page that loads its script from the site's root",
    () => fs.writeFileSync(path.join(dist, "commands.html"), '<script src="/commands.1234abcd.js"></script>'),
    /commands\.html loads \/commands\.1234abcd\.js from the site's root/,
  ],
] as [string, () => void, RegExp][])("reports %s", (_name, breakIt, problem) => {
  breakIt();
  expect(manifest.builtProblems(manifest.productionManifest(SOURCE, BASE), dist, BASE)).toEqual([expect.stringMatching(problem)]);
});

test("the schema check reports an invalid manifest", () => {
  const file = path.join(dist, "manifest.xml");
  fs.writeFileSync(file, SOURCE.replace("<Permissions>ReadWriteDocument</Permissions>", "<Permissions>Everything</Permissions>"));
  expect(manifest.schemaProblems(file)).toEqual([expect.stringMatching(/does not validate[\s\S]*Permissions/)]);
});

describe("the one setting: package.json › config.addinUrl", () => {
  test("the repository's is an https address without a trailing slash", () => {
    const url = manifest.addinUrl();
    expect(url).toMatch(/^https:\/\/[^/]+(\/[^/]+)*$/);
  });

  test.each([
    ["a trailing slash is dropped", "https://dvht.github.io/dvht/", "https://dvht.github.io/dvht"],
    ["a bare domain", "https://dvht.truong.edu.vn", "https://dvht.truong.edu.vn"],
  ])("%s", (_name, setting, expected) => {
    expect(manifest.addinUrl({ config: { addinUrl: setting } })).toBe(expected);
  });

  test.each([
    ["missing", {}, /is missing/],
    ["not https", { config: { addinUrl: "http://dvht.github.io/dvht" } }, /is not https/],
    ["the development server", { config: { addinUrl: "https://localhost:3000" } }, /local address/],
    ["with a query", { config: { addinUrl: "https://dvht.github.io/dvht?v=1" } }, /query/],
    ["not a URL", { config: { addinUrl: "dvht.github.io" } }, /is not a URL/],
  ])("refuses a setting %s", (_name, pkg, message) => {
    expect(() => manifest.addinUrl(pkg)).toThrow(message);
  });
});

test("the manifest's version is the package's (Office re-reads a manifest when its version changes)", () => {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as { version: string };
  expect(/<Version>([^<]+)<\/Version>/.exec(SOURCE)?.[1]).toBe(`${pkg.version}.0`);
});
