// npm run fuzz [-- --count 10000 --seed 1 --workers 2]: seeded mutants of the seed reports through the parse pool;
// prints the figures and every finding, exits 1 on any crash, hang or unnamed error.
import { parseArgs } from 'node:util';
import { runFuzz } from './fuzz/run-fuzz.js';

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '10000' },
    seed: { type: 'string', default: '1' },
    workers: { type: 'string', default: '2' },
  },
});
const result = await runFuzz({
  count: Number(values.count),
  seed: Number(values.seed),
  workers: Number(values.workers),
});
const kinds = (kind: string) => result.findings.filter((finding) => finding.kind === kind).length;
console.log(
  `${result.mutants} mutants (${Object.entries(result.byFormat)
    .map(([format, count]) => `${format} ${count}`)
    .join(', ')}) in ${result.seconds.toFixed(0)} s: ` +
    `${result.reports} parsed as reports, ${result.named} named failures; ${kinds('crash')} crashes, ${kinds('hang')} hangs, ${kinds('unnamed')} unnamed errors`,
);
for (const finding of result.findings)
  console.log(`  ${finding.kind}: ${finding.seedFile} (${finding.mutation}): ${finding.message}`);
process.exitCode = result.findings.length > 0 ? 1 : 0;
