/**
 * A small argument parser: the CLI has two commands and a handful of flags, and every mistake must
 * produce a Vietnamese message that names the offending word (a clerk or a district IT officer reads it).
 */

export interface FlagSpec {
  /** Long name without dashes ("preset"). */
  name: string;
  short?: string;
  /** Takes a value (`--preset ha-noi` or `--preset=ha-noi`). */
  value?: boolean;
  /** May be given more than once (`--cot A=B --cot C=D`): its values are collected in `lists`. */
  multi?: boolean;
}

export interface Parsed {
  positionals: string[];
  flags: Record<string, string | true>;
  /** The values of the flags that may repeat, in order (present once one is given). */
  lists?: Record<string, string[]>;
}

export class UsageError extends Error {}

export function parseArgs(argv: string[], specs: FlagSpec[]): Parsed {
  const out: Parsed = { positionals: [], flags: {} };
  const byLong = new Map(specs.map((s) => [s.name, s]));
  const byShort = new Map(specs.filter((s) => s.short).map((s) => [s.short!, s]));
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--") {
      out.positionals.push(...argv.slice(i + 1));
      break;
    }
    let spec: FlagSpec | undefined;
    let inline: string | undefined;
    if (arg.startsWith("--")) {
      const eq = arg.indexOf("=");
      const name = eq >= 0 ? arg.slice(2, eq) : arg.slice(2);
      inline = eq >= 0 ? arg.slice(eq + 1) : undefined;
      spec = byLong.get(name);
      if (!spec) throw new UsageError(`Không hiểu tùy chọn '${arg}'.`);
    } else if (arg.startsWith("-") && arg.length > 1 && !/^-\d/.test(arg)) {
      spec = byShort.get(arg.slice(1));
      if (!spec) throw new UsageError(`Không hiểu tùy chọn '${arg}'.`);
    } else {
      out.positionals.push(arg);
      continue;
    }
    if (spec.value) {
      const v = inline ?? argv[++i];
      if (v === undefined || (inline === undefined && v.startsWith("-") && v.length > 1)) {
        throw new UsageError(`Tùy chọn '--${spec.name}' cần một giá trị.`);
      }
      if (spec.multi) {
        out.lists ??= {};
        (out.lists[spec.name] ??= []).push(v);
        continue;
      }
      if (spec.name in out.flags) throw new UsageError(`Tùy chọn '--${spec.name}' được ghi hai lần.`);
      out.flags[spec.name] = v;
    } else {
      if (inline !== undefined) throw new UsageError(`Tùy chọn '--${spec.name}' không nhận giá trị.`);
      out.flags[spec.name] = true;
    }
  }
  return out;
}
