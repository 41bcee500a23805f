/**
 * The content hash (FNV-1a, 64 bits, over UTF-16 code units): stored in every result block and checked by the
 * district, so its digits must never change. Checked against the published FNV-1a test vectors (ASCII, where a
 * code unit is a byte) and against a straightforward BigInt reference on Vietnamese and astral text.
 */
import { fnv1a64 } from "../../src/core/text/hash";

function reference(text: string): string {
  let h = 0xcbf29ce484222325n;
  for (let i = 0; i < text.length; i++) h = ((h ^ BigInt(text.charCodeAt(i))) * 0x100000001b3n) & 0xffffffffffffffffn;
  return h.toString(16).padStart(16, "0");
}

test.each([
  ["empty", "", "cbf29ce484222325"],
  ["a", "a", "af63dc4c8601ec8c"],
  ["foobar", "foobar", "85944171f73967e8"],
])("published vector: %s", (_name, text, digits) => {
  expect(fnv1a64(text)).toBe(digits);
});

test.each([
  ["Vietnamese, NFC", "Trường Tiểu học Tân Phú – Mức độ 1"],
  ["Vietnamese, NFD", "Trường Tiểu học Tân Phú".normalize("NFD")],
  ["astral characters", "😜 𠀀 mã"],
  ["every code unit's top bits", "\uffff\u8000\u00ff\u0100\u7fff"],
  ["a long block", "DVHT_KETQUA\t2026\tMức độ 1\n".repeat(500)],
])("the same digits as the BigInt reference: %s", (_name, text) => {
  expect(fnv1a64(text)).toBe(reference(text));
});
