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
 * A new workbook's token: a hash of what the workbook holds when the product first writes into it, and of
 * the day. It is made once and kept in the registry, so every later run writes the same markers.
 */
export function newToken(seed: string): string {
  return fnv1a64(seed).slice(0, 12);
}
