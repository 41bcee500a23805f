/**
 * Excel keeps at most 32,767 characters in a cell; a longer text makes Excel repair (and cut) the file.
 * Every text the core plans is capped here, with "…" as its last character and never half of a
 * surrogate pair (an emoji or a rare CJK character pasted from a document).
 */
export const EXCEL_CELL_CHARS = 32767;

export function capText(s: string, max = EXCEL_CELL_CHARS): string {
  if (s.length <= max) return s;
  let cut = max - 1;
  const last = s.charCodeAt(cut - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut--;
  return `${s.slice(0, cut)}…`;
}
