// Child process of the re-derivation tests: opens the store, its organ names derived again in batches of 100.
// Prints "derived NAME N" after each batch, waits for a line on its input after organ_names' batch `pause`, and
// prints "opened" once the store is open (a test kills it before).
import { createInterface } from 'node:readline';
import { openStore } from '../../src/store/index.js';

const [location = '', pauseText = '2'] = process.argv.slice(2);
const lines = createInterface({ input: process.stdin })[Symbol.asyncIterator]();
const store = await openStore(location, {
  postgres: {
    derivation: {
      batchSize: 100,
      afterBatch: async (derivation, batch) => {
        process.stdout.write(`derived ${derivation} ${batch}\n`);
        if (derivation === 'organ_names' && batch === Number(pauseText)) await lines.next();
      },
    },
  },
});
process.stdout.write('opened\n');
await store.close();
process.exit(0);
