/**
 * `dvht` run inside the test's own process: the same `main(argv, io)` that bin/dvht.js calls, its output
 * captured. A child process per call cost a second or two of start-up (tsx compiles the sources when lib/
 * is not built), which made the fast tier slow; the process boundary itself (the launcher, exit codes,
 * start-up cost, what --help loads) is tested in test/cli/cli.test.ts and test/package/.
 */
import { main } from "../../src/cli/main";

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function dvhtInProcess(args: string[], now = Date.now()): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const code = await main(args, { out: (s) => (stdout += s), err: (s) => (stderr += s), now: () => now });
  return { code, stdout, stderr };
}
