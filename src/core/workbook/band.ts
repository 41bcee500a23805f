/**
 * The result band's title: written by the band document above the columns the product appends to
 * the members table, and recognised by the reader, so that a re-run never reads the band as input
 * and replaces exactly it (even when the registry was lost).
 */
import { fold } from "../text/vi";

export const BAND_TITLE = "KẾT QUẢ ĐÁNH GIÁ (tự động)";

const BAND_KEY = fold(BAND_TITLE);

export function isBandTitle(text: string): boolean {
  return fold(text).startsWith(BAND_KEY);
}
