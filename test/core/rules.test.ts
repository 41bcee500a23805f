/** Rule sets and presets are data, checked when loaded: the command line calls validateRuleSets at start-up. */
import { PRESETS, RULE_SETS, validateRuleSets } from "../../src/core";

const tt22 = RULE_SETS.find((r) => r.id === "TT22/2020")!;
const haNoi = PRESETS.find((p) => p.id === "ha-noi")!;
const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x));

test("the bundled rule sets and presets are sound", () => {
  expect(() => validateRuleSets()).not.toThrow();
});

type Case = [name: string, ruleSets: unknown[], presets: unknown[], expected: RegExp];

const CASES: Case[] = [
  ["an item worth negative points", [{ ...clone(tt22), items: [{ ...clone(tt22.items[0]), max: -1 }] }], [], /rule set TT22\/2020: items\.0\.max/],
  [
    "an unknown scoring mode",
    [{ ...clone(tt22), items: [{ ...clone(tt22.items[3]), scoring: { mode: "guess" } }] }],
    [],
    /rule set TT22\/2020: items\.0\.scoring/,
  ],
  ["an item in a group the rule set lacks", [{ ...clone(tt22), items: [{ ...clone(tt22.items[0]), group: "9" }] }], [], /item 1a names group 9/],
  ["a rule set without an id", [{ ...clone(tt22), id: undefined }], [], /rule set #1: id/],
  ["a preset for a rule set that does not exist", [clone(tt22)], [{ ...clone(haNoi), ruleSets: ["TT99/2030"] }], /preset ha-noi: no rule set TT99\/2030/],
  ["a preset changing an item that does not exist", [clone(tt22)], [{ ...clone(haNoi), items: { "9z": { target: 0.5 } } }], /preset ha-noi: item 9z/],
  ["a preset target above 100%", [clone(tt22)], [{ ...clone(haNoi), items: { "2d": { target: 1.5 } } }], /preset ha-noi: items\.2d\.target/],
];

test.each(CASES)("%s is refused at load, named", (_name, ruleSets, presets, expected) => {
  expect(() => validateRuleSets(ruleSets, presets)).toThrow(expected);
});
