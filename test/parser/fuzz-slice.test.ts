// A seeded, bounded slice of the fuzz run (`npm run fuzz` makes 10,000 mutants): mutants of every seed report
// (text, HTML, DOCX, DOC, PDF: byte flips, truncations, insertions, zeroed and repeated ranges) parsed in the parse
// pool: each a report or a ParseError naming the file and a reason; no crash, no timeout, no other error.
import { expect, it } from 'vitest';
import { runFuzz } from '../../scripts/fuzz/run-fuzz.js';

const MUTANTS = 100;

it(`${MUTANTS} seeded mutants of the seed reports: 0 crashes, 0 hangs, 0 unnamed errors`, async () => {
  const result = await runFuzz({ count: MUTANTS, seed: 20261203, workers: 2 });
  expect(result.findings).toEqual([]);
  expect(result.reports + result.named).toBe(MUTANTS);
  // Both kinds occur: mutants that still parse and named failures.
  expect(result.reports).toBeGreaterThan(0);
  expect(result.named).toBeGreaterThan(0);
}, 240_000);
