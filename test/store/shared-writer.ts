// Child process of the shared-store tests: one of several processes writing one store file at once.
//   ingest LOCATION PREFIX COUNT   puts COUNT reports one put at a time, printing "committed ID" after each
//   bot LOCATION - COUNT           writes its own state COUNT times (digest time, a claim), reading the reports
// The lock's stale time is short (2 s), so a writer killed while holding it is taken over quickly.
import { openStore } from '../../src/store/index.js';
import { makeLargeReport, makeReport } from './sample-reports.js';

const [role = '', location = '', prefix = '', countText = '0'] = process.argv.slice(2);
const count = Number(countText);
const store = await openStore(location, { lowdb: { recheckMs: 0, lock: { staleMs: 2000 } } });

if (role === 'ingest') {
  for (let at = 0; at < count; at++) {
    const large = makeLargeReport(at); // ~20 kB, so that writes take long enough for kills to land inside them
    const report = { ...makeReport(`${prefix}${at}号机关`, 2022, `${prefix}-${at}`), printed: large.printed };
    await store.put([report]);
    process.stdout.write(`committed ${report.id}\n`);
  }
} else if (role === 'bot') {
  for (let at = 0; at < count; at++) {
    await store.setMeta('digest.lastSentAt', new Date().toISOString());
    await store.tryClaim?.(`digest:${at}`, new Date(Date.now() + 60_000));
    process.stdout.write(`state ${at} reports ${(await store.list()).length}\n`);
  }
} else throw new Error(`unknown role ${role}`);
await store.close();
