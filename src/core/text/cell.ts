/**
 * A cell's value as text, the same way for the reader, the documents and the district: strings
 * cleaned (NFC, tidy spacing), errors as their code ("#N/A"), blank as "".
 */
import { isCellError, type CellValue } from "../grid";
import { clean } from "./vi";

export function show(v: CellValue): string {
  if (v === null) return "";
  if (isCellError(v)) return v.error;
  return typeof v === "string" ? clean(v) : String(v);
}
