/**
 * Rule sets and presets are data: they are checked against the zod schema (rules/schema.ts) when the
 * program starts (the command line calls this first) and by the test suite, so a broken file is a clear
 * failure at load, never a wrong score. Beyond the schema: every item's group exists, and a preset names
 * only rule sets and items that exist.
 *
 * This folder's package.json tells webpack it has no side effects: the add-in's bundles, which never call
 * this, then leave zod out (the ribbon's function file must stay under its 60 KB goal).
 */
import { PRESETS, RULE_SETS } from "..";
import { TT24_AUTHORITY, TT24_RULE_SETS, TT24_UNIT_TYPES } from "../tt24";
import { Preset as PresetSchema, RuleSet as RuleSetSchema, Tt24AuthoritySettings, Tt24RuleSet, Tt24UnitTypes, type Preset, type RuleSet } from "../schema";

/**
 * Throws an Error naming every problem found; returns nothing when the rule sets and presets are sound.
 * Thông tư 24's own data (the tiers' indicators, the unit types, the authorities) is checked in its own
 * shape as well as through the generic view the registry derives from it.
 */
export function validateRuleSets(ruleSets: readonly unknown[] = RULE_SETS, presets: readonly unknown[] = PRESETS): void {
  const problems: string[] = [];
  const own = (what: string, r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) => {
    for (const i of r.error?.issues ?? []) problems.push(`${what}: ${i.path.map(String).join(".") || "(root)"}: ${i.message}`);
  };
  for (const r of TT24_RULE_SETS) own(`rule set ${r.id}`, Tt24RuleSet.safeParse(r));
  own("TT 24 unit types", Tt24UnitTypes.safeParse(TT24_UNIT_TYPES));
  own("TT 24 authorities", Tt24AuthoritySettings.safeParse(TT24_AUTHORITY));
  const valid: RuleSet[] = [];
  ruleSets.forEach((raw, k) => {
    const parsed = RuleSetSchema.safeParse(raw);
    const id = (raw as { id?: unknown })?.id ?? `#${k + 1}`;
    if (!parsed.success) {
      for (const i of parsed.error.issues) problems.push(`rule set ${String(id)}: ${i.path.join(".") || "(root)"}: ${i.message}`);
      return;
    }
    const rs = parsed.data;
    const groups = new Set(rs.groups.map((g) => g.id));
    for (const it of rs.items) if (!groups.has(it.group)) problems.push(`rule set ${rs.id}: item ${it.id} names group ${it.group}, which it does not have`);
    valid.push(rs);
  });
  presets.forEach((raw, k) => {
    const parsed = PresetSchema.safeParse(raw);
    const id = (raw as { id?: unknown })?.id ?? `#${k + 1}`;
    if (!parsed.success) {
      for (const i of parsed.error.issues) problems.push(`preset ${String(id)}: ${i.path.join(".") || "(root)"}: ${i.message}`);
      return;
    }
    checkPreset(parsed.data, valid, problems);
  });
  if (problems.length) throw new Error(`Rule sets do not match their schema:\n- ${problems.join("\n- ")}`);
}

function checkPreset(p: Preset, ruleSets: RuleSet[], problems: string[]): void {
  const targets = ruleSets.filter((r) => p.ruleSets.includes(r.id));
  for (const id of p.ruleSets) if (!ruleSets.some((r) => r.id === id)) problems.push(`preset ${p.id}: no rule set ${id}`);
  for (const item of Object.keys(p.items))
    if (!targets.some((r) => r.items.some((i) => i.id === item))) problems.push(`preset ${p.id}: item ${item} is in none of its rule sets`);
}
