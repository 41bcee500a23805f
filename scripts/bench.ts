/**
 * `npm run bench`: runs every benchmark in scripts/bench/ and prints its numbers.
 * Benchmarks print; they never assert (speed goals are read by people, not by timed tests).
 */
import * as fs from "fs";
import * as path from "path";

async function main() {
  const dir = path.join(__dirname, "bench");
  const only = process.argv[2];
  for (const f of fs
    .readdirSync(dir)
    .filter((x) => x.endsWith(".ts"))
    .sort()) {
    if (only && !f.includes(only)) continue;
    const mod = await import(path.join(dir, f));
    console.log(`== ${f}`);
    await mod.run();
  }
}
main().catch((e) => {
  console.error(e);
  process.exit(1);
});
