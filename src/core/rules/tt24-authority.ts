/**
 * Who receives the dossier and who decides, and the year's dates, from the settings data
 * (tt24-authority.json; docs/domain/tt24-2023.md, last two sections). Defaults are data; the
 * clerk's own words ("Cơ quan nhận hồ sơ", "Người, cơ quan quyết định công nhận") win.
 */
import type { Ymd } from "../text/dates";
import { compareYmd } from "../text/calendar";
import type { Tt24Authority, Tt24AuthoritySettings, Tt24Tier } from "./schema";
import { TT24_AUTHORITY } from "./tt24";

type DayOfYear = Tt24AuthoritySettings["calendar"]["dossierBefore"];

export interface Tt24Calendar {
  /** The data period: 01/01 – 31/12 of the assessment year. */
  dataFrom: Ymd;
  dataTo: Ymd;
  /** "trước ngày …" of the year after. */
  dossierBefore: Ymd;
  decisionBefore: Ymd;
  reportUpwardBefore: Ymd;
  /** The dossier date when the clerk gives none. */
  defaultDossierDate: Ymd;
  source: string;
}

const at = (year: number, d: DayOfYear): Ymd => ({ y: year + d.yearOffset, m: d.month, d: d.day });

export function tt24Calendar(assessmentYear: number, settings: Tt24AuthoritySettings = TT24_AUTHORITY): Tt24Calendar {
  const c = settings.calendar;
  return {
    dataFrom: at(assessmentYear, c.dataFrom),
    dataTo: at(assessmentYear, c.dataTo),
    dossierBefore: at(assessmentYear, c.dossierBefore),
    decisionBefore: at(assessmentYear, c.decisionBefore),
    reportUpwardBefore: at(assessmentYear, c.reportUpwardBefore),
    defaultDossierDate: at(assessmentYear, c.defaultDossierDate),
    source: c.source,
  };
}

export type AuthorityOverrides = Partial<Pick<Tt24Authority, "recipient" | "through" | "approver">>;

export interface ResolvedAuthority extends Tt24Authority {
  /** The regime in force on the dossier date. */
  regime: string;
  /** false: a default of the product that the clerk should check (see `note`). */
  confirmed: boolean;
  note: string;
  /** The fields the clerk set. */
  fromClerk: (keyof AuthorityOverrides)[];
}

/** The authorities for a tier on the dossier date: the last regime in force then, with the clerk's words over the defaults. */
export function tt24Authority(
  tier: Tt24Tier,
  dossierDate: Ymd,
  overrides: AuthorityOverrides = {},
  settings: Tt24AuthoritySettings = TT24_AUTHORITY,
): ResolvedAuthority {
  const inForce = settings.regimes.filter((r) => compareYmd(r.from, dossierDate) <= 0);
  const regime = inForce.length > 0 ? inForce[inForce.length - 1] : settings.regimes[0];
  const base = regime.tiers[tier];
  const fromClerk = (["recipient", "through", "approver"] as const).filter((k) => overrides[k] !== undefined && overrides[k] !== "");
  const chosen: AuthorityOverrides = Object.fromEntries(fromClerk.map((k) => [k, overrides[k]]));
  return { ...base, ...chosen, regime: regime.id, confirmed: regime.confirmed, note: regime.note, fromClerk };
}
