// Child process of the store tests: writes batches of large reports until it is killed. Prints
// "writing N" before batch N and "committed N" once put() has returned.
import { openStore } from '../../src/store/index.js';
import { makeLargeReport } from './sample-reports.js';

const [location = '', batchSizeText = '200'] = process.argv.slice(2);
const batchSize = Number(batchSizeText);
const store = await openStore(location);
for (let batch = 0; ; batch++) {
  const reports = Array.from({ length: batchSize }, (_, at) => makeLargeReport(batch * batchSize + at));
  process.stdout.write(`writing ${batch}\n`);
  await store.put(reports);
  process.stdout.write(`committed ${batch}\n`);
}
