/** The pieces of the CLI that need no child process: argument parsing and today's date in Vietnam. */
import { parseArgs, UsageError, type FlagSpec } from "../../src/cli/args";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { main, version, vietnamToday } from "../../src/cli/main";
import { ymdToSerial } from "../../src/core/text/dates";

const SPECS: FlagSpec[] = [{ name: "output", short: "o", value: true }, { name: "json" }, { name: "today", value: true }];

describe("parseArgs", () => {
  it.each([
    [["a.xlsx", "-o", "b.xlsx", "--json"], { positionals: ["a.xlsx"], flags: { output: "b.xlsx", json: true } }],
    [["--today=01/02/2023", "a.xlsx"], { positionals: ["a.xlsx"], flags: { today: "01/02/2023" } }],
    [["--", "-la.xlsx"], { positionals: ["-la.xlsx"], flags: {} }],
  ])("parses %j", (argv, expected) => {
    expect(parseArgs(argv, SPECS)).toEqual(expected);
  });

  it.each([
    [["--nope"], "Không hiểu tùy chọn '--nope'."],
    [["-x"], "Không hiểu tùy chọn '-x'."],
    [["-o"], "Tùy chọn '--output' cần một giá trị."],
    [["-o", "--json"], "Tùy chọn '--output' cần một giá trị."],
    [["--json=1"], "Tùy chọn '--json' không nhận giá trị."],
    [["-o", "a", "-o", "b"], "Tùy chọn '--output' được ghi hai lần."],
  ])("rejects %j in Vietnamese", (argv, message) => {
    expect(() => parseArgs(argv, SPECS)).toThrow(new UsageError(message));
  });
});

test("a flag that may repeat collects its values in order", () => {
  const specs: FlagSpec[] = [...SPECS, { name: "cot", value: true, multi: true }];
  expect(parseArgs(["a.xlsx", "--cot", "A=B", "--cot=C=D", "--json"], specs)).toEqual({
    positionals: ["a.xlsx"],
    flags: { json: true },
    lists: { cot: ["A=B", "C=D"] },
  });
});

describe("vietnamToday", () => {
  it("is the date in UTC+7, not in UTC", () => {
    // 18:30 UTC on 19/12/2023 is 01:30 on 20/12/2023 in Hà Nội.
    expect(vietnamToday(Date.UTC(2023, 11, 19, 18, 30))).toBe(ymdToSerial({ y: 2023, m: 12, d: 20 }));
    expect(vietnamToday(Date.UTC(2023, 11, 19, 16, 59))).toBe(ymdToSerial({ y: 2023, m: 12, d: 19 }));
  });
});

describe("main (in process)", () => {
  const io = () => {
    const out: string[] = [];
    const err: string[] = [];
    return { out, err, io: { out: (s: string) => void out.push(s), err: (s: string) => void err.push(s), now: () => Date.UTC(2023, 11, 20) } };
  };

  it("prints the version", async () => {
    const t = io();
    expect(await main(["--version"], t.io)).toBe(0);
    expect(t.out.join("")).toMatch(/^dvht \d+\.\d+\.\d+/);
  });

  it("shows help per command", async () => {
    const t = io();
    expect(await main(["help", "template"], t.io)).toBe(0);
    expect(t.out.join("")).toContain("dvht template TỆP.xlsx");
  });
});

describe("version", () => {
  const tree = (files: Record<string, object>) => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), "dvht-version-"));
    for (const [f, json] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(root, f)), { recursive: true });
      fs.writeFileSync(path.join(root, f), JSON.stringify(json));
    }
    return root;
  };

  it.each([
    ["from the sources (src/cli) or the build (lib/cli)", { "package.json": { name: "dvht", version: "9.8.7" } }, "lib/cli", "9.8.7"],
    [
      "installed in a school's project: its own package.json, not the project's",
      { "package.json": { name: "cong-cu-truong", version: "0.0.1" }, "node_modules/dvht/package.json": { name: "dvht", version: "1.2.3" } },
      "node_modules/dvht/lib/cli",
      "1.2.3",
    ],
    ["no package.json at all", {}, "lib/cli", "?"],
  ])("%s", (_name, files, from, expected) => {
    const root = tree(files);
    fs.mkdirSync(path.join(root, from), { recursive: true });
    expect(version(path.join(root, from))).toBe(expected);
  });
});
