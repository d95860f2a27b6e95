// The known-truth misread harness (npm run misread) over a fixed seed: every seed and real report printed in every
// layout of scripts/misread/layouts.ts and parsed back. No cell may be silently wrong (stored, not what was printed,
// no new failing check touching it) and none unread without a check naming it; a layout that loses nothing reads
// every cell right.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../bench/corpus/place-names.js';
import { classifyCells } from '../../scripts/misread/classify-cells.js';
import { LAYOUTS } from '../../scripts/misread/layouts.js';
import { renderLayout } from '../../scripts/misread/render-layout.js';
import { readKnownReports, runMisread } from '../../scripts/misread/run-misread.js';
import { parseReport, type Report } from '../../src/parser/index.js';

const SEED = 20261204;
const results = runMisread({ seed: SEED });

describe.each(results.map((result) => [result.layout, result] as const))('%s', (layout, result) => {
  it('no cell silently wrong, none unread without a check, no report refused', () => {
    expect(result.silentlyWrong).toEqual([]);
    expect([result.counts.unreadSilent, result.counts.refused]).toEqual([0, 0]);
    expect(result.counts.right).toBeGreaterThan(0);
  });

  const loses = LAYOUTS[layout]?.loses;
  if (loses === undefined)
    it('reads every cell right: the layout loses nothing', () => {
      expect([result.counts.unreadFlagged, result.counts.wrongFlagged]).toEqual([0, 0]);
    });
  if (loses === 'a row' || loses === 'a cell')
    it(`leaves the row that lost ${loses === 'a row' ? 'its cells' : 'a cell'} unread with a check`, () =>
      expect(result.counts.unreadFlagged).toBeGreaterThan(0));
});

it('covers the seed and real reports on both templates', () => {
  const known = readKnownReports();
  expect(known).toHaveLength(9);
  expect(new Set(known.map(({ truth }) => truth.template))).toEqual(new Set(['2019', '2021']));
  expect(results.length).toBe(Object.keys(LAYOUTS).length);
});

describe('the classifier', () => {
  const [known] = readKnownReports().filter(({ name }) => name === 'longgang-district-2022');
  if (known === undefined) throw new Error('longgang-district-2022 not among the known reports');
  const layout = LAYOUTS['PDF text, a row on one line'];
  if (layout === undefined) throw new Error('no plain PDF layout');
  const rendering = renderLayout(known.truth, layout, seededRandom(1));
  const report = parseReport(rendering.text, {
    file: 'x.txt',
    sha256: createHash('sha256').update(rendering.text).digest('hex'),
    format: 'text',
  });
  const outcomes = (changed: Report) =>
    classifyCells(changed, known.truth, rendering, known.baseline).filter(({ outcome }) => outcome !== 'right');

  it('finds the faithful parse right', () => expect(outcomes(report)).toEqual([]));

  it('finds two cells swapped between columns silently wrong', () => {
    const granted = report.applications?.granted;
    if (granted === undefined) throw new Error('no granted row');
    const swapped = { ...granted, commercial: granted.research, research: granted.commercial };
    const changed = { ...report, applications: { ...report.applications, granted: swapped } };
    expect(outcomes(changed).map(({ cell, outcome }) => [cell, outcome])).toEqual([
      ['applications.granted.commercial', 'silentlyWrong'],
      ['applications.granted.research', 'silentlyWrong'],
    ]);
  });

  it('finds a cell read wrong with a failing check touching it flagged', () => {
    const changed = {
      ...report,
      reviewLitigation: report.reviewLitigation && {
        ...report.reviewLitigation,
        review: { ...report.reviewLitigation.review, total: 99 },
      },
      checks: [
        { rule: 'reviewLitigation.total', severity: 'error', row: 'review', column: 'total', message: '…' },
      ] as Report['checks'],
    };
    expect(outcomes(changed).map(({ cell, outcome }) => [cell, outcome])).toEqual([
      ['reviewLitigation.review.total', 'wrongFlagged'],
    ]);
  });

  it('finds a row left out silently unread, and unread with a check when a check names it', () => {
    const { granted: _, ...rest } = report.applications ?? {};
    const changed = { ...report, applications: rest };
    expect(new Set(outcomes(changed).map(({ outcome }) => outcome))).toEqual(new Set(['unreadSilent']));
    const named = {
      ...changed,
      checks: [
        { rule: 'table.missing', severity: 'error', table: '三', message: '表三（…）缺少：予以公开' },
      ] as Report['checks'],
    };
    expect(new Set(outcomes(named).map(({ outcome }) => outcome))).toEqual(new Set(['unreadFlagged']));
  });
});
