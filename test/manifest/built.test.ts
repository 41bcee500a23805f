/**
 * The production manifest as `npm run build` writes it (slow tier: needs dist/), checked offline as a
 * school's Excel will read it: Microsoft's schema, no localhost, every URL under the one setting
 * (package.json › config.addinUrl), every referenced file present in dist/ at the declared icon sizes;
 * and nothing else changed from the repository's manifest.xml.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { manifest } from "./tools";

const ROOT = path.join(__dirname, "../..");
const DIST = path.join(ROOT, "dist");
const BUILT = path.join(DIST, "manifest.xml");
const base = manifest.addinUrl();

let xml = "";
beforeAll(() => {
  if (!fs.existsSync(BUILT)) throw new Error("dist/manifest.xml is missing: run `npm run build` first (npm run test:ci builds before jest).");
  xml = fs.readFileSync(BUILT, "utf8");
});

test("validates against Microsoft's XML schema (xmllint --nonet)", () => {
  expect(manifest.schemaProblems(BUILT)).toEqual([]);
});

test("no localhost; every URL under config.addinUrl; every file in dist/; icons at their declared sizes", () => {
  expect(xml).not.toMatch(/localhost/);
  expect(manifest.builtProblems(xml, DIST, base)).toEqual([]);
  expect(xml).toContain(`<SourceLocation DefaultValue="${base}/taskpane.html"/>`);
  expect([...xml.matchAll(/<AppDomain>([^<]+)<\/AppDomain>/g)].map((m) => m[1])).toEqual([new URL(base).origin]);
});

test("the repository's manifest with its URLs moved, nothing else: same Id, same version, same commands", () => {
  const source = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
  expect(xml).toBe(manifest.productionManifest(source, base));
  const body = (s: string) => s.replace(/<!--[\s\S]*?-->/, "");
  const back = body(xml)
    .split(`<AppDomain>${new URL(base).origin}</AppDomain>`)
    .join(`<AppDomain>${manifest.DEV_URL}</AppDomain>`)
    .split(base)
    .join(manifest.DEV_URL);
  expect(back).toBe(body(source));
});

test("office-addin-manifest (Microsoft's own reader) sees the production address, offline", () => {
  const bin = path.join(ROOT, "node_modules", ".bin", "office-addin-manifest");
  const r = spawnSync(bin, ["info", BUILT], { encoding: "utf8", timeout: 60_000 });
  if (r.error) throw r.error;
  expect(r.status).toBe(0);
  expect(/^\s*Source Location: (.*)$/m.exec(r.stdout)?.[1]?.trim()).toBe(`${base}/taskpane.html`);
});
