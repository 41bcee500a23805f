import type { Evidence } from "../../../src/core/model";
import { getRuleSet } from "../../../src/core/rules";
import { assignEvidenceCodes, codePrefix, effectiveEvidenceCodes } from "../../../src/core/evaluate/evidence-codes";
import { evidenceCodePatches } from "../../../src/core/pipeline/patches";
import { fixtureContext } from "./fixture";

const tt22 = getRuleSet("TT22/2020")!;
const tt24 = getRuleSet("TT24/2023-cap-huyen")!;

const ev = (row: number, items: string[], code?: string): Evidence => ({ row, items, code, cells: { code: `A${row}` } });

describe("codePrefix (rules.md §7: H{group}-{group}.{item}-)", () => {
  test.each([
    ["1a", tt22, "H1-1.1-"],
    ["1c", tt22, "H1-1.3-"],
    ["2c", tt22, "H2-2.3-"],
    ["2d", tt22, "H2-2.4-"],
    ["3b", tt22, "H3-3.2-"],
    ["2.1", tt24, "H2-2.1-"],
    ["3.4", tt24, "H3-3.4-"],
  ])("%s → %s", (id, rs, want) => expect(codePrefix(id, rs)).toBe(want));
  test("unknown item → null", () => expect(codePrefix("4a", tt22)).toBeNull());
});

describe("assignEvidenceCodes", () => {
  test("numbers blank rows per item in sheet order, starting at 01", () => {
    const m = assignEvidenceCodes([ev(3, ["2c"]), ev(4, ["2c"]), ev(5, ["1a"])], tt22);
    expect([...m]).toEqual([
      [3, "H2-2.3-01"],
      [4, "H2-2.3-02"],
      [5, "H1-1.1-01"],
    ]);
  });
  test("keeps written codes and continues after the highest one with the same prefix", () => {
    const m = assignEvidenceCodes([ev(3, ["1a"], "H1-1.1-03"), ev(4, ["1a"]), ev(5, ["1a"], "[H1-1.1-01]")], tt22);
    expect([...m]).toEqual([[4, "H1-1.1-04"]]);
  });
  test("never duplicates a code a school wrote in another style", () => {
    const m = assignEvidenceCodes([ev(3, ["1b"], "H1-1.2-1"), ev(4, ["1b"])], tt22);
    // "H1-1.2-1" counts as number 1 of the prefix, so the next is 02.
    expect(m.get(4)).toBe("H1-1.2-02");
  });
  test("the first known item of a row decides the code; unknown items are skipped", () => {
    expect(assignEvidenceCodes([ev(3, ["9z", "3a", "1a"])], tt22).get(3)).toBe("H3-3.1-01");
  });
  test("rows without a known item get no code (no guessing)", () => {
    expect(assignEvidenceCodes([ev(3, []), ev(4, ["7x"])], tt22).size).toBe(0);
  });
  test("rows are processed in row order whatever the array order (deterministic)", () => {
    const a = assignEvidenceCodes([ev(9, ["2a"]), ev(3, ["2a"])], tt22);
    expect(a.get(3)).toBe("H2-2.1-01");
    expect(a.get(9)).toBe("H2-2.1-02");
  });
  test("TT 24 indicators", () => {
    expect(assignEvidenceCodes([ev(2, ["2.2"])], tt24).get(2)).toBe("H2-2.2-01");
  });
  test("effective codes: written or assigned", () => {
    const m = effectiveEvidenceCodes([ev(3, ["1a"], " H1-1.1-07 "), ev(4, ["1a"]), ev(5, [])], tt22);
    expect([...m]).toEqual([
      [3, "H1-1.1-07"],
      [4, "H1-1.1-08"],
      [5, undefined],
    ]);
  });
});

describe("evidenceCodePatches (write-back into blank code cells only)", () => {
  const ctx = fixtureContext();
  const { patches, filled } = evidenceCodePatches(ctx.model, ctx.result.evidenceCodes);
  test("one single-cell patch per blank code cell that could be assigned", () => {
    // Fixture: 14 evidence rows, 5 with codes, 1 without an item → 7 codes written back.
    expect(patches).toHaveLength(7);
    for (const p of patches) {
      expect(p.kind).toBe("evidence-code");
      expect(p.sheet).toBe("Minh chứng");
      expect(p.left).toBe(0);
      expect(p.values).toHaveLength(1);
      expect(p.values[0]).toHaveLength(1);
    }
  });
  test("never targets a cell that holds a code", () => {
    const written = new Set(ctx.model.evidence.filter((e) => e.code).map((e) => e.row - 1));
    for (const p of patches) expect(written.has(p.top)).toBe(false);
  });
  test("each code written is recorded as the product's (what, where), for the next run to assign afresh", () => {
    expect(filled).toEqual(patches.map((p) => ({ kind: "evidence-code", key: p.values[0][0], cell: `A${p.top + 1}`, value: p.values[0][0] })));
  });
  test("codes match what the danh mục prints", () => {
    expect(patches.map((p) => p.values[0][0])).toEqual(["H1-1.2-02", "H2-2.1-01", "H2-2.3-01", "H2-2.3-02", "H2-2.4-01", "H3-3.1-01", "H3-3.3-01"]);
  });
});
