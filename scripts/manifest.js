// The add-in's manifest in one place: the one setting that names where the add-in is served from
// (package.json › config.addinUrl), the production manifest written from the repository's manifest.xml,
// and the offline checks of a built manifest (Microsoft's XSDs through xmllint, then what the schema
// cannot see: localhost, URLs outside the one origin, files missing from dist/, icons of the wrong size).
// Used by webpack.config.js, `npm run validate` and test/manifest/.
"use strict";
const { spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");

const ROOT = path.join(__dirname, "..");
/** The development server's address: the only URL in the repository's manifest.xml. */
const DEV_URL = "https://localhost:3000";
const SCHEMA = path.join(ROOT, "docs", "schemas", "office-manifest", "OfficeAppManifestV1_1.xsd");
/** Office's recommended sizes of the two store icons (the ribbon's sizes are declared in the manifest). */
const STORE_ICONS = { IconUrl: 32, HighResolutionIconUrl: 64 };

/**
 * The https address that serves dist/ (no trailing slash): `config.addinUrl` in package.json, the one
 * setting a maintainer changes to deploy elsewhere. Every URL of the production manifest is under it.
 */
function addinUrl(pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8"))) {
  const raw = pkg.config && pkg.config.addinUrl;
  const fail = (why) => {
    throw new Error(`package.json › config.addinUrl ${why}: it must be the https address that serves dist/, e.g. "https://<owner>.github.io/<repo>"`);
  };
  if (typeof raw !== "string" || raw === "") fail("is missing");
  let u;
  try {
    u = new URL(raw);
  } catch {
    fail(`is not a URL ("${raw}")`);
  }
  if (u.protocol !== "https:") fail(`is not https ("${raw}"): Office loads add-ins only over https`);
  if (u.search || u.hash || u.username || u.password) fail(`has a query, a fragment or credentials ("${raw}")`);
  if (/^(localhost|127\.|\[::1\])/.test(u.hostname)) fail(`is a local address ("${raw}")`);
  return `${u.origin}${u.pathname}`.replace(/\/+$/, "");
}

const HEADER = /<!--[\s\S]*?-->/;

/** The production manifest: every development URL under baseUrl, AppDomains the origin, a header saying what it is. */
function productionManifest(xml, baseUrl) {
  const origin = new URL(baseUrl).origin;
  const header = [
    "<!--",
    "  Đơn vị học tập: the production manifest, written by `npm run build` from the repository's manifest.xml",
    `  for ${baseUrl} (package.json › config.addinUrl). Edit manifest.xml, not this file.`,
    "-->",
  ].join("\n");
  return xml.replace(HEADER, header).split(`<AppDomain>${DEV_URL}</AppDomain>`).join(`<AppDomain>${origin}</AppDomain>`).split(DEV_URL).join(baseUrl);
}

/** xmllint against Microsoft's schema, never reaching the network: [] when valid, else its messages. */
function schemaProblems(file) {
  const r = spawnSync("xmllint", ["--noout", "--nonet", "--schema", SCHEMA, file], { encoding: "utf8" });
  if (r.error) return [`xmllint is not installed (apt-get install libxml2-utils): ${r.error.message}`];
  if (r.status === 0 && /validates/.test(r.stderr)) return [];
  return [`${path.basename(file)} does not validate against ${path.relative(ROOT, SCHEMA)}:\n${r.stderr.trim()}`];
}

/** Width and height from a PNG's IHDR chunk, or undefined when the file is not a PNG. */
function pngSize(file) {
  const b = fs.readFileSync(file);
  if (b.length < 24 || b.subarray(0, 8).toString("hex") !== "89504e470d0a1a0a" || b.subarray(12, 16).toString("ascii") !== "IHDR") return undefined;
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

const matches = (re, s) => [...s.matchAll(re)].map((m) => m.slice(1));

/**
 * What is wrong with a built manifest served from baseUrl with the files of dist: [] when nothing.
 * The schema is checked separately (schemaProblems).
 */
function builtProblems(xml, dist, baseUrl) {
  const problems = [];
  const origin = new URL(baseUrl).origin;
  if (/localhost|127\.0\.0\.1/.test(xml)) problems.push("mentions localhost");
  // Every URL outside namespace declarations (xmlns, xsi:type values hold none).
  const body = xml.replace(/<!--[\s\S]*?-->/g, "").replace(/\sxmlns(:\w+)?="[^"]*"/g, "");
  const urls = body.match(/[a-z][a-z0-9+.-]*:\/\/[^"<\s]+/gi) ?? [];
  if (urls.length === 0) problems.push("has no URL");
  const domains = matches(/<AppDomain>([^<]*)<\/AppDomain>/g, body).map((m) => m[0]);
  if (domains.join() !== origin) problems.push(`AppDomains are [${domains.join(", ")}], not [${origin}]`);
  const files = new Set();
  for (const u of urls) {
    if (domains.includes(u)) continue;
    if (!u.startsWith(`${baseUrl}/`)) {
      problems.push(`${u} is not under ${baseUrl}/`);
      continue;
    }
    files.add(decodeURIComponent(new URL(u).pathname.slice(new URL(`${baseUrl}/`).pathname.length)));
  }
  for (const f of files) if (!fs.existsSync(path.join(dist, f))) problems.push(`${f} is referenced but missing from dist/`);
  // Icons at their declared sizes: each control's (bt:Image size + resid → the image's URL), and the two store icons.
  const images = new Map(matches(/<bt:Image id="([^"]+)" DefaultValue="([^"]+)"\s*\/>/g, body));
  const declared = matches(/<bt:Image size="(\d+)" resid="([^"]+)"\s*\/>/g, body);
  const icons = new Map(); // url → size → what declares it
  const expect = (url, size, what) => icons.set(`${url} ${size}`, [url, size, what]);
  for (const [size, id] of declared) if (images.has(id)) expect(images.get(id), Number(size), `resource ${id}`);
  for (const id of images.keys()) if (!declared.some(([, r]) => r === id)) problems.push(`resource ${id} is an image no control uses`);
  for (const [tag, size] of Object.entries(STORE_ICONS))
    for (const [url] of matches(new RegExp(`<${tag} DefaultValue="([^"]+)"`, "g"), body)) expect(url, size, tag);
  for (const [url, size, what] of icons.values()) {
    if (!url.startsWith(`${baseUrl}/`)) continue; // reported above
    const file = path.join(dist, new URL(url).pathname.slice(new URL(`${baseUrl}/`).pathname.length));
    if (!fs.existsSync(file)) continue; // reported above
    const got = pngSize(file);
    if (!got) problems.push(`${what}: ${path.basename(file)} is not a PNG`);
    else if (got.width !== size || got.height !== size)
      problems.push(`${what}: ${path.basename(file)} is ${got.width}×${got.height}, declared ${size}×${size}`);
  }
  // The pages the manifest names load their scripts and styles from dist/ too (office.js comes from Microsoft's CDN).
  for (const f of [...files].filter((x) => x.endsWith(".html") && fs.existsSync(path.join(dist, x)))) {
    const html = fs.readFileSync(path.join(dist, f), "utf8");
    for (const [ref] of matches(/\s(?:src|href)="([^"#]+)"/g, html)) {
      if (/^[a-z][a-z0-9+.-]*:/i.test(ref) || ref.startsWith("//")) continue;
      if (ref.startsWith("/")) {
        problems.push(`${f} loads ${ref} from the site's root, not from beside the page (breaks under ${baseUrl})`);
        continue;
      }
      const target = path.join(dist, path.dirname(f), ref.split("?")[0]);
      if (!fs.existsSync(target)) problems.push(`${f} loads ${ref}, missing from dist/`);
    }
  }
  return problems;
}

module.exports = { DEV_URL, ROOT, SCHEMA, addinUrl, productionManifest, schemaProblems, builtProblems, pngSize };
