/** Small readers of sheet plans for the dossier tests. */
import type { SheetPlan, SheetGrid } from "../../../src/core";
import { DOC_FONT } from "../../../src/core/plan";

/** Every non-empty value of the sheet, row by row, joined with " | " (numbers as written). */
export function lines(s: SheetPlan): string[] {
  return s.values.map((r) =>
    r
      .filter((v) => v !== null && v !== "")
      .map(String)
      .join(" | "),
  );
}

export function text(s: SheetPlan): string {
  return lines(s).join("\n");
}

export function rowOf(s: SheetPlan, re: RegExp | string): number {
  return s.values.findIndex((r) => r.some((v) => typeof v === "string" && (typeof re === "string" ? v.includes(re) : re.test(v))));
}

/** The resolved font name of a cell: the last style range covering it that names a font wins. */
export function fontAt(s: SheetPlan, row: number, col: number): string | undefined {
  let name: string | undefined;
  for (const st of s.styles) {
    const r = st.range;
    if (row >= r.top && row <= r.bottom && col >= r.left && col <= r.right && st.style.font?.name) name = st.style.font.name;
  }
  return name;
}

/** Cells that hold a value or are covered by a style range but have no Times New Roman font. */
export function cellsWithoutDocFont(s: SheetPlan): string[] {
  const bad: string[] = [];
  const check = (r: number, c: number) => {
    if (fontAt(s, r, c) !== DOC_FONT) bad.push(`${r},${c}`);
  };
  s.values.forEach((row, r) => row.forEach((v, c) => v !== null && check(r, c)));
  for (const st of s.styles) for (let r = st.range.top; r <= st.range.bottom; r++) for (let c = st.range.left; c <= st.range.right; c++) check(r, c);
  return [...new Set(bad)];
}

/** Overlapping merged ranges (Excel refuses them). */
export function overlappingMerges(s: SheetPlan): string[] {
  const out: string[] = [];
  s.merges.forEach((a, i) =>
    s.merges.slice(i + 1).forEach((b) => {
      if (a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right) out.push(`${JSON.stringify(a)} × ${JSON.stringify(b)}`);
    }),
  );
  return out;
}

/** A plan as the grid a later run would read back (values only), e.g. to simulate the clerk's edits. */
export function asGrid(s: SheetPlan, name = s.name): SheetGrid {
  return { name, values: s.values.map((r) => r.map((v) => (v === undefined ? null : v))) };
}
