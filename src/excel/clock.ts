/**
 * Today for the Office shells. The core has no clock (it is passed "today"); the pane and the
 * ribbon's function file both read it here, so that neither shell imports the other.
 */
import { ymdToSerial } from "../core";

/** Today (the local date, as the clerk's calendar shows it) as an Excel serial number. */
export function todaySerial(now = new Date()): number {
  return ymdToSerial({ y: now.getFullYear(), m: now.getMonth() + 1, d: now.getDate() });
}
