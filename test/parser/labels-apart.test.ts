// Issue 14, defect classes 2 and 3: converters (PDF → Markdown) print labels in a text block above bare number
// rows, drop a cell or a whole number row, or cut a label. Rows are read in document order where that is
// unambiguous, otherwise marked missing; never shifted, and every sum check still runs on what was read.
import { describe, expect, it } from 'vitest';
import { compareCells } from './compare-cells.js';
import { parseText, readExpected, ruleSet, SAMPLE_NAMES } from './read-report.js';
import { type Layout, renderReport } from './render-report.js';

const PIPE: Layout = {
  title: ['某某市公安局2023年政府信息公开工作年度报告'],
  signature: ['某某市公安局', '2024年1月18日'],
  cells: 'pipe',
  review: 'line',
};

/** A sub-row of table 三 as the pipe layout prints it: `| （四）无法提供 1.本机关… | 246 | … |` or `| 2.没有… | … |`. */
const SUB_ROW = /^\| ((?:（[三四五六]）\S+ )?\d\.[^|]+) \|(.*)$/;

/** The lines of one group of sub-rows (（三）…（六）), by the group's first row's heading. */
type Group = { readonly start: number; readonly labels: string[]; readonly cells: string[] };

function groupsOf(lines: readonly string[]): Group[] {
  const groups: Group[] = [];
  lines.forEach((line, index) => {
    const match = SUB_ROW.exec(line);
    if (!match) return;
    const [, label = '', cells = ''] = match;
    const last = groups.at(-1);
    if (last && !/^（/.test(label) && last.start + last.labels.length === index) {
      last.labels.push(label);
      last.cells.push(`|${cells}`);
    } else groups.push({ start: index, labels: [label], cells: [`|${cells}`] });
  });
  return groups;
}

/** Each group of sub-rows printed as its labels in a text block, then its bare number rows; `edit` changes those. */
function labelsApart(text: string, edit: (cells: string[], group: number) => string[] = (cells) => cells): string {
  const lines = text.split('\n');
  const groups = groupsOf(lines);
  for (const [g, group] of [...groups.entries()].reverse())
    lines.splice(group.start, group.labels.length, ...group.labels, ...edit(group.cells, g));
  return lines.join('\n');
}

const render = (name: string): string => renderReport(readExpected(name), PIPE);

/** No cell stored wrong, none missing without a check. */
function expectNoSilentError(text: string, name: string) {
  const report = parseText(text);
  const counts = compareCells(report, readExpected(name));
  expect(counts.wrong).toEqual([]);
  expect(counts.missingSilently).toEqual([]);
  return { report, counts };
}

describe.each(SAMPLE_NAMES)('%s', (name) => {
  const expected = readExpected(name);

  it('labels in a text block above their bare number rows are read in document order', () => {
    const text = labelsApart(render(name));
    expect(text).toMatch(
      /\n（四）无法提供 1\.本机关不掌握相关政府信息\n2\.没有现成信息需要另行制作\n3\.补正后申请内容仍不明确\n\| /,
    );
    const { report } = expectNoSilentError(text, name);
    expect(report.applications).toEqual(expected.applications);
    expect(ruleSet(report)).toEqual([...expected.checkRules].sort());
  });

  it('a number row lost under labels apart: the group is missing, never shifted', () => {
    const text = labelsApart(render(name), (cells, group) => (group === 1 ? cells.slice(1) : cells));
    const { report, counts } = expectNoSilentError(text, name);
    expect(counts.missingWithCheck).toBe(21);
    const missing = report.checks.find((check) => check.rule === 'table.missing');
    expect(missing?.message).toContain('本机关不掌握相关政府信息');
    expect(missing?.message).toContain('补正后申请内容仍不明确');
  });

  it('a cell dropped from a number row under labels apart: that row is missing, the others read', () => {
    const text = labelsApart(render(name), (cells, group) =>
      group === 1 ? cells.map((row, i) => (i === 0 ? row.replace(/ \| [^|]+ \|$/, ' |') : row)) : cells,
    );
    const { report, counts } = expectNoSilentError(text, name);
    expect(counts.missingWithCheck).toBe(7);
    expect(report.applications?.['unavailable.notHeld']).toBeUndefined();
    expect(report.applications?.['unavailable.needsCreation']).toEqual(
      expected.applications?.['unavailable.needsCreation'],
    );
  });

  it('a cell dropped from a labelled row: the row is missing, and the column totals still run', () => {
    const text = render(name).replace(
      /^(\| （一）予以公开 .*?|\| 三、本年度办理结果 （一）予以公开 .*?) \| [^|]+ \|$/m,
      '$1 |',
    );
    const { report, counts } = expectNoSilentError(text, name);
    expect(counts.missingWithCheck).toBe(7);
    const granted = expected.applications?.granted;
    if (granted && granted.total > 0) {
      const columnTotal = report.checks.filter((check) => check.rule === 'applications.columnTotal');
      expect(columnTotal.length).toBeGreaterThan(0);
      expect(columnTotal[0]?.message).toContain('予以公开');
    }
  });

  it('a cut label: the row is read or missing, never another row', () => {
    const text = render(name).replace('| （四）无法提供 1.本机关不掌握相关政府信息 |', '| （四）无法提供 1.本机 |');
    expectNoSilentError(text, name);
  });

  it('bare number rows whose labels were lost: those rows are missing', () => {
    const text = labelsApart(render(name), (cells) => cells).replace(/\n(?:\d\.[^\n|]+\n)+(?=\|)/g, '\n');
    expect(text).not.toContain('2.没有现成信息需要另行制作');
    const { counts } = expectNoSilentError(text, name);
    expect(counts.missingWithCheck).toBeGreaterThan(0);
  });
});
