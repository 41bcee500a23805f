/**
 * bin/dvht.js chooses what to run: the compiled CLI (lib/) in the installed package, and in a clone the
 * compiled CLI only while it is at least as new as every source, else the TypeScript sources through tsx
 * (so that `npx dvht` and the tests never run a stale build). Each case lays out a small project in a
 * temporary folder with a lib/ and a src/ that say which one ran.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

const ROOT = path.join(__dirname, "../..");

interface Layout {
  lib: boolean;
  src: boolean;
  /** lib/ written after src/ (a fresh build) or before (an edit since). */
  libNewer?: boolean;
  /** node_modules with tsx, as in a clone after `npm ci`. */
  tools: boolean;
}

function project(l: Layout): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dvht-bin-"));
  fs.mkdirSync(path.join(dir, "bin"));
  fs.copyFileSync(path.join(ROOT, "bin", "dvht.js"), path.join(dir, "bin", "dvht.js"));
  const write = (file: string, text: string, mtime: number) => {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
    fs.utimesSync(path.join(dir, file), mtime, mtime);
  };
  const [older, newer] = [Date.now() / 1000 - 3600, Date.now() / 1000 - 60];
  const main = (who: string, ts: boolean) =>
    `exports.main = async (argv${ts ? ": string[]" : ""}) => { process.stdout.write("${who} " + argv.join(" ")); return 3; };\n`;
  if (l.lib) write("lib/cli/main.js", main("lib", false), l.libNewer ? newer : older);
  if (l.src) write("src/cli/main.ts", main("src", true), l.libNewer ? older : newer);
  if (l.tools) fs.symlinkSync(path.join(ROOT, "node_modules"), path.join(dir, "node_modules"), "dir");
  return dir;
}

test.each([
  ["the installed package (no sources): lib", { lib: true, src: false, tools: false }, 3, "lib --help"],
  ["a clone built since its last edit: lib", { lib: true, src: true, libNewer: true, tools: true }, 3, "lib --help"],
  ["a clone edited since its last build: the sources, through tsx", { lib: true, src: true, libNewer: false, tools: true }, 3, "src --help"],
  ["a clone never built (right after npm ci): the sources", { lib: false, src: true, tools: true }, 3, "src --help"],
  ["a clone without dev tools and an old build: the build", { lib: true, src: true, libNewer: false, tools: false }, 3, "lib --help"],
  ["a clone without dev tools nor a build: says how to build", { lib: false, src: true, tools: false }, 1, ""],
] as [string, Layout, number, string][])("%s", (_name, layout, code, stdout) => {
  const dir = project(layout);
  try {
    const r = spawnSync(process.execPath, [path.join(dir, "bin", "dvht.js"), "--help"], { cwd: dir, encoding: "utf8", timeout: 60_000 });
    expect([r.status, r.stdout]).toEqual([code, stdout]);
    if (code === 1) expect(r.stderr).toMatch(/npm run build:cli/);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
