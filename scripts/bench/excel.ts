/**
 * The Office.js adapter on the in-memory Excel: syncs and request bytes of one evaluation
 * (read → run → write) for 40, 2,000 and 20,000 members, with and without the dossier. Goals: 2 syncs
 * (the floor: one read, one write) and every request under Excel on the web's 5,000,000 bytes up to
 * 2,000 members; beyond, still under the limit, by splitting (more syncs). Printed, never asserted
 * (`npm run bench`); test/excel/port.test.ts and test/taskpane/session.test.ts assert the sample's.
 */
import { run as evaluate } from "../../src/core";
import { OfficePort } from "../../src/excel/port";
import { FakeWorkbook } from "../../test/fakes/excel";
import { sampleGrids, scaleMembers } from "../../test/fakes/workbooks";

const TODAY = 45245; // 15/11/2023

export async function run(): Promise<void> {
  const base = await sampleGrids();
  const cases: { members: number; dossier: boolean }[] = [
    { members: 40, dossier: false },
    { members: 40, dossier: true },
    { members: 2000, dossier: false },
    { members: 2000, dossier: true },
    { members: 20000, dossier: false },
    { members: 20000, dossier: true },
  ];
  for (const { members, dossier } of cases) {
    const fake = FakeWorkbook.fromGrids(scaleMembers(base, members));
    const port = new OfficePort({ run: (batch) => fake.run(batch as never) as never });
    const t0 = Date.now();
    const grids = await port.read();
    const readSyncs = fake.syncCount;
    const outcome = evaluate(grids, { today: TODAY, dossier });
    await port.write(outcome.plan);
    const ms = Date.now() - t0;
    const ok = fake.syncLog.filter((s) => !s.failed);
    const maxResponse = ok.reduce((m, s) => Math.max(m, s.responseBytes), 0);
    const refused = fake.syncLog.filter((s) => s.failed).map((s) => s.failed);
    // Whether the write could have been one request at all (under the 5 MB limit).
    const writeBytes = fake.syncLog.slice(readSyncs).reduce((n, s) => n + s.requestBytes, 0);
    console.log(
      `excel.evaluate.syncs members=${members} syncs=${fake.syncCount} maxRequestBytes=${fake.maxRequestBytes}` +
        `${dossier ? " dossier=yes" : ""} readSyncs=${readSyncs} writeSyncs=${fake.syncCount - readSyncs} writeRequestBytes=${writeBytes}` +
        ` maxResponseBytes=${maxResponse} refused=${refused.length ? refused.join("+") : "none"} retries=${port.lastWrite?.retries ?? 0} fakeMs=${ms}`,
    );
  }
}

if (require.main === module) {
  run().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
