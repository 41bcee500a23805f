/**
 * FNV-1a 64-bit over UTF-16 code units, as 16 hex digits. Not cryptographic: it lets the district
 * see that a school's summary block was not edited by hand after the evaluation (and that two
 * submissions are the same), with no dependency and the same result in Node and in Excel.
 */
export function fnv1a64(text: string): string {
  let h = 0xcbf29ce484222325n;
  const prime = 0x100000001b3n;
  const mask = 0xffffffffffffffffn;
  for (let i = 0; i < text.length; i++) {
    h ^= BigInt(text.charCodeAt(i));
    h = (h * prime) & mask;
  }
  return h.toString(16).padStart(16, "0");
}
