/**
 * The marker that proves a sheet is the product's (docs/domain/workbook.md, Output): one cell the product
 * writes in the first row of every sheet it owns, in a hidden column right of the document (it neither
 * prints nor gets in the clerk's way), and that both adapters read back with the grids:
 *
 *   dvht:sheet:<owned-sheet id>:<workbook token>:<the sheet's name as written>
 *
 * A sheet is the product's only when its marker says so, names the sheet it sits in (a copy Excel makes,
 * "Biểu điểm (2)", or a renamed sheet carries a marker naming another sheet), and carries the token of
 * this workbook's registry (a product sheet copied in from another workbook carries another workbook's
 * token). A clerk's sheet with the product's name has no marker: it is never the product's. A sheet name
 * cannot contain ":", so the name is simply the rest of the text.
 */
import { DOC_FONT, type SheetPlan, type StyleRange } from "../plan";
import { fnv1a64 } from "../text/hash";

export const MARKER_PREFIX = "dvht:sheet:";

export interface SheetMarker {
  id: string;
  token: string;
  name: string;
}

export function markerText(m: SheetMarker): string {
  return `${MARKER_PREFIX}${m.id}:${m.token}:${m.name}`;
}

export function parseMarker(text: unknown): SheetMarker | null {
  if (typeof text !== "string" || !text.startsWith(MARKER_PREFIX)) return null;
  const rest = text.slice(MARKER_PREFIX.length);
  const a = rest.indexOf(":");
  const b = a < 0 ? -1 : rest.indexOf(":", a + 1);
  if (a <= 0 || b <= a + 1) return null;
  return { id: rest.slice(0, a), token: rest.slice(a + 1, b), name: rest.slice(b + 1) };
}

/** Sheet names compare as Excel compares them (no case), and NFC and NFD spellings alike. */
export function sheetKey(name: string): string {
  return name.normalize("NFC").toLowerCase();
}

/**
 * A new workbook's token: a hash of what the workbook holds when the product first writes into it. It is
 * made once and kept in the registry, so every later run writes the same markers.
 */
export function newToken(seed: string): string {
  return fnv1a64(seed).slice(0, 12);
}

/** The plan's width: its values, merges and column widths. */
function planWidth(p: SheetPlan): number {
  let w = p.columnWidths.length;
  for (const r of p.values) w = Math.max(w, r.length);
  for (const m of p.merges) w = Math.max(w, m.right + 1);
  return w;
}

/** The sheet with its marker: the first row, in the column right of the document, hidden. */
export function withMarker(p: SheetPlan, token: string): SheetPlan {
  const col = planWidth(p);
  const values = p.values.length ? p.values.map((r) => [...r]) : [[]];
  const first = values[0];
  while (first.length < col) first.push(null);
  first[col] = markerText({ id: p.id, token, name: p.name });
  const style: StyleRange = { range: { top: 0, left: col, bottom: 0, right: col }, style: { font: { name: DOC_FONT, size: 8, color: "#808080" } } };
  return { ...p, values, styles: [...p.styles, style], hiddenColumns: [...(p.hiddenColumns ?? []), col] };
}
