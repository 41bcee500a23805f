/**
 * Item ids as the law writes them, read as numbers: TT 22's "2c" is item 3 of group 2, TT 24's
 * "2.1" is indicator 1 of group 2. Used for evidence codes and in running text.
 */

/** The TT 22 item number used in codes and in running text: "2c" → "2.3", TT 24 "2.1" stays. */
export function itemNumber(id: string): { group: string; num: string } | null {
  const m = /^(\d+)\s*\.?\s*([a-zđ])$/i.exec(id.trim());
  if (m) {
    const letters = "abcdefghijklmnopqrstuvwxyz";
    const idx = letters.indexOf(m[2].toLowerCase().replace("đ", "e"));
    // TT 22 uses a, b, c, d (and đ after d in other texts): đ is the 5th letter in Vietnamese order.
    const n = m[2].toLowerCase() === "đ" ? 5 : m[2].toLowerCase() === "e" ? 6 : idx + 1;
    return { group: m[1], num: String(n) };
  }
  const t = /^(\d+)\.(\d+)$/.exec(id.trim());
  if (t) return { group: t[1], num: t[2] };
  return null;
}

export function groupNumber(groupId: string): string {
  const m = /(\d+)/.exec(groupId);
  return m ? m[1] : groupId;
}
