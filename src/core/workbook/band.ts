/**
 * The result band's header: the title written by the band document above the columns the product
 * appends to the members table, and the labels under it. The reader finds the band by this header
 * wherever it is now (after the clerk inserts a column, the band has moved with its header), never by a
 * remembered column number, so a re-run never reads the band as input and replaces exactly it.
 */
import { fold } from "../text/vi";

export const BAND_TITLE = "KẾT QUẢ ĐÁNH GIÁ (tự động)";

/** The labels of the band's columns other than the items' ("2a KH tự học được duyệt"). */
export const BAND_LABELS = { overall: "Chung", cdht: "Đạt CDHT", reasons: "Lý do chưa đạt" } as const;

/** Excel's last column is XFD: 16,384 columns (0-based 0 … 16383). */
export const EXCEL_COLUMNS = 16384;

const BAND_KEY = fold(BAND_TITLE);
const FIXED = new Set(Object.values(BAND_LABELS).map(fold));

export function isBandTitle(text: string): boolean {
  return fold(text).startsWith(BAND_KEY);
}

/** A label the band writes: a fixed one, or an item's ("2a …", "2.4 …") among `itemIds`. */
export function isBandLabel(text: string, itemIds: ReadonlySet<string>): boolean {
  if (!text) return false;
  if (isBandTitle(text) || FIXED.has(fold(text))) return true;
  const id = text.trim().split(/\s+/)[0];
  return itemIds.has(id) && text.trim().length > id.length;
}
