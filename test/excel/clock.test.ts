/** The shells' clock: the clerk's local date as an Excel serial, late in the evening included. */
import { todaySerial } from "../../src/excel/clock";

test.each([
  ["15/11/2023 at 23:30 local", new Date(2023, 10, 15, 23, 30), 45245],
  ["15/11/2023 at 00:05 local", new Date(2023, 10, 15, 0, 5), 45245],
  ["01/03/1900 (after Excel's phantom 29/02/1900)", new Date(1900, 2, 1), 61],
  ["01/01/2024", new Date(2024, 0, 1), 45292],
])("%s → %d", (_name, now, serial) => expect(todaySerial(now)).toBe(serial));
