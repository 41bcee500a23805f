/**
 * Partial points for member-rate items (docs/domain/rules.md §2, "Partial points"; product defaults, the law
 * says only "tối đa N điểm"). Rounding is always down, to the rule's step.
 */
import type { Scoring } from "../rules/schema";

/** Floors to a multiple of `step`, tolerant of binary fractions (9.25 stays 9.25). */
export function floorToStep(x: number, step: number): number {
  const n = Math.floor(x / step + 1e-9);
  return Number((n * step).toFixed(6));
}

export function memberPoints(scoring: Scoring, max: number, rate: number, target: number): number {
  switch (scoring.mode) {
    case "proportional":
      return floorToStep(max * Math.min(1, target > 0 ? rate / target : 1), scoring.step);
    case "all_or_nothing":
      return rate + 1e-9 >= target ? max : 0;
    case "bands": {
      let pts = 0;
      for (const b of scoring.bands) if (rate + 1e-9 >= b.min && b.points > pts) pts = b.points;
      return Math.min(pts, max);
    }
    case "council":
      throw new Error("council scoring is not computed from a rate");
  }
}
