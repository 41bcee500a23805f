/**
 * Evidence codes as text ("H2-2.3-01", rules.md §7): how codes compare, how they sort, and what a
 * clerk's written code is. Shared by the evaluation (which assigns codes), the checks and the
 * documents (which print them).
 */
import { clean } from "./vi";

/** Codes compare without case, spaces or brackets. */
export function codeKey(code: string): string {
  return code
    .normalize("NFC")
    .toUpperCase()
    .replace(/[\s[\]]/g, "");
}

/** Natural order of codes ("H1-1.1-2" before "H1-1.1-10"), for stable lists in the documents. */
export function compareCodes(a: string, b: string): number {
  return a.localeCompare(b, "vi", { numeric: true, sensitivity: "base" });
}

/** A code as the clerk wrote it, trimmed; brackets "[H1-1.1-01]" are part of some schools' style and kept. */
export function writtenCode(code: string | undefined | null): string | undefined {
  const c = code === undefined || code === null ? "" : clean(String(code));
  return c ? c : undefined;
}
