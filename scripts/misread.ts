// npm run misread [-- --seed 1 --layout NAME --verbose]: the known-truth misread harness. Every seed and real report's
// parsed truth printed in every layout, parsed back, each cell classified; prints the counts per layout and every
// silently wrong cell; exits 1 when any cell is silently wrong.
import { parseArgs } from 'node:util';
import { OUTCOMES } from './misread/classify-cells.js';
import { runMisread } from './misread/run-misread.js';

const { values } = parseArgs({
  options: {
    seed: { type: 'string', default: '1' },
    layout: { type: 'string', multiple: true },
    verbose: { type: 'boolean', default: false },
  },
});
const results = runMisread({ seed: Number(values.seed), layouts: values.layout });
const HEADINGS: Record<(typeof OUTCOMES)[number] | 'refused', string> = {
  right: 'right',
  unreadFlagged: 'unread+check',
  wrongFlagged: 'wrong+check',
  silentlyWrong: 'SILENTLY WRONG',
  unreadSilent: 'unread, no check',
  refused: 'reports refused',
};
const columns = [...OUTCOMES, 'refused'] as const;
console.log(['layout', ...columns.map((column) => HEADINGS[column])].join('\t'));
for (const result of results)
  console.log([result.layout, ...columns.map((column) => result.counts[column])].join('\t'));
const total = (column: (typeof columns)[number]) => results.reduce((sum, result) => sum + result.counts[column], 0);
console.log(['all layouts', ...columns.map(total)].join('\t'));
for (const result of results) {
  const shown = values.verbose ? result.silentlyWrong : result.silentlyWrong.slice(0, 5);
  for (const line of shown) console.log(`  silently wrong, ${result.layout}: ${line}`);
  if (shown.length < result.silentlyWrong.length)
    console.log(`  … ${result.silentlyWrong.length - shown.length} more in ${result.layout} (--verbose lists them)`);
  for (const line of result.refused) console.log(`  refused, ${result.layout}: ${line}`);
}
process.exitCode = total('silentlyWrong') > 0 ? 1 : 0;
