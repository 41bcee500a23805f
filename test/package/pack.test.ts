/**
 * The command line as a school installs it (slow tier): `npm pack` on a copy of the project (prepack
 * compiles the CLI to lib/), the tarball installed into an empty folder with production dependencies
 * only, then `dvht --help`, `dvht --version` and `dvht evaluate` on the sample, run from there.
 *
 * No network: after the project's `npm ci`, npm's cache holds every tarball the lockfile names but none
 * of the registry's package documents, which resolving versions would need. So the empty folder gets a
 * lockfile of its own, the production part of the project's package-lock.json, and `npm ci --offline`
 * installs exactly those versions from the cache.
 */
import { spawnSync, type SpawnSyncOptions } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

jest.setTimeout(300_000);

const ROOT = path.join(__dirname, "../..");
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as { name: string; version: string; dependencies: Record<string, string> };

/** npm's own variables of the `npm run` that started jest would steer the child npm: keep only where its cache and settings are. */
function cleanEnv(): NodeJS.ProcessEnv {
  const keep = new Set(["npm_config_cache", "npm_config_userconfig", "npm_config_registry"]);
  return Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.toLowerCase().startsWith("npm_") || keep.has(k.toLowerCase())));
}

function run(cmd: string, args: string[], cwd: string, options: SpawnSyncOptions = {}) {
  const r = spawnSync(cmd, args, { cwd, encoding: "utf8", env: cleanEnv(), timeout: 240_000, ...options });
  if (r.error) throw r.error;
  return { code: r.status, stdout: String(r.stdout), stderr: String(r.stderr) };
}

/** Bytes of a folder, as `du` counts files (symlinks not followed). */
function sizeOf(dir: string): number {
  let n = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) n += sizeOf(p);
    else if (e.isFile()) n += fs.statSync(p).size;
  }
  return n;
}

interface LockEntry {
  dev?: boolean;
  link?: boolean;
  [key: string]: unknown;
}

let work = "";
let packed: { filename: string; size: number; unpackedSize: number; files: { path: string }[] };
let app = "";
let dvht = "";

beforeAll(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), "dvht-pack-"));
  // 1. A copy of the project as a clone has it (no build output), sharing the installed tools.
  const copy = path.join(work, "project");
  const skip = new Set(["node_modules", "dist", "lib", "out", "coverage", ".test-output", ".git"]);
  fs.cpSync(ROOT, copy, { recursive: true, filter: (src) => src === ROOT || !skip.has(path.relative(ROOT, src).split(path.sep)[0]) });
  fs.symlinkSync(path.join(ROOT, "node_modules"), path.join(copy, "node_modules"), "dir");
  const p = run("npm", ["pack", "--json", "--pack-destination", work], copy);
  if (p.code !== 0) throw new Error(`npm pack failed:\n${p.stderr}`);
  packed = (JSON.parse(p.stdout) as (typeof packed)[])[0];

  // 2. An empty folder that depends on the tarball only, with the production part of the project's lockfile.
  app = path.join(work, "school");
  fs.mkdirSync(app);
  const spec = `file:../${packed.filename}`;
  fs.writeFileSync(path.join(app, "package.json"), JSON.stringify({ name: "school", private: true, dependencies: { [pkg.name]: spec } }, null, 2));
  const lock = JSON.parse(fs.readFileSync(path.join(ROOT, "package-lock.json"), "utf8")) as { packages: Record<string, LockEntry> };
  const packages: Record<string, unknown> = {
    "": { name: "school", dependencies: { [pkg.name]: spec } },
    [`node_modules/${pkg.name}`]: { version: pkg.version, resolved: spec, bin: { dvht: "bin/dvht.js" }, dependencies: pkg.dependencies },
  };
  for (const [where, entry] of Object.entries(lock.packages)) if (where !== "" && !entry.dev && !entry.link) packages[where] = entry;
  fs.writeFileSync(path.join(app, "package-lock.json"), JSON.stringify({ name: "school", lockfileVersion: 3, requires: true, packages }, null, 2));
  const i = run("npm", ["ci", "--omit=dev", "--offline", "--no-audit", "--no-fund"], app);
  if (i.code !== 0) throw new Error(`npm ci --offline of the tarball failed:\n${i.stderr}`);
  dvht = path.join(app, "node_modules", ".bin", "dvht");
});

afterAll(() => {
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

test("the tarball holds the compiled CLI, its launcher, the sample workbooks and the licence; no sources, no tests", () => {
  const files = packed.files.map((f) => f.path).sort();
  expect(files).toEqual(
    expect.arrayContaining(["package.json", "README.md", "bin/dvht.js", "lib/cli/main.js", "lib/core/index.js", "lib/core/rules/tt22-2020.json"]),
  );
  expect(files).toEqual(
    expect.arrayContaining(["samples/mau-so-don-vi-hoc-tap.xlsx", "samples/truong-tieu-hoc-binh-an-2023.xlsx", "samples/truong-tieu-hoc-tan-phu-2026.xlsx"]),
  );
  expect(files.filter((f) => !/^(bin|lib|samples)\//.test(f)).sort()).toEqual(["LICENSE", "README.md", "package.json"]);
  expect(files.filter((f) => f.endsWith(".ts") || f.endsWith(".tsx"))).toEqual([]);
});

test("installed with production dependencies only: the workbook libraries, nothing webpack bundles, no TypeScript", () => {
  const installed = fs.readdirSync(path.join(app, "node_modules"));
  for (const name of Object.keys(pkg.dependencies)) expect(installed).toContain(name.split("/")[0]);
  for (const dev of ["react", "react-dom", "@fluentui", "typescript", "tsx", "webpack", "jest"]) expect([dev, installed.includes(dev)]).toEqual([dev, false]);
  const size = sizeOf(path.join(app, "node_modules"));
  // The number the README quotes; the bound catches a dev dependency slipping into "dependencies" (before: 448 MB).
  console.log(
    `dvht ${pkg.version}: tarball ${(packed.size / 1024).toFixed(0)} KB; installed ${(size / 1048576).toFixed(1)} MB in ${installed.length} top-level folders`,
  );
  expect(size).toBeLessThan(120 * 1048576);
});

test("dvht --help and --version run from the installed package", () => {
  const help = run(dvht, ["--help"], app);
  expect([help.code, help.stderr]).toEqual([0, ""]);
  expect(help.stdout).toMatch(/evaluate/);
  expect(help.stdout).toMatch(/tong-hop/);
  const version = run(dvht, ["--version"], app);
  // The version is read from the installed package.json, wherever npm put it.
  expect([version.code, version.stdout.includes(pkg.version)]).toEqual([0, true]);
});

test("dvht evaluate scores the sample from the installed package: 95,75, Tốt", () => {
  const sample = path.join(app, "node_modules", pkg.name, "samples", "truong-tieu-hoc-binh-an-2023.xlsx");
  const out = path.join(app, "ket-qua.xlsx");
  const r = run(dvht, ["evaluate", sample, "-o", out, "--json", "--today", "20/12/2023"], app);
  expect([r.code, r.stderr.includes("lỗi nội bộ")]).toEqual([0, false]);
  const json = JSON.parse(r.stdout) as { total: number; rating: string; members: { total: number; counted: number } };
  expect([json.total, json.rating, json.members.total, json.members.counted]).toEqual([95.75, "Tốt", 40, 39]);
  expect(fs.statSync(out).size).toBeGreaterThan(10_000);
});
