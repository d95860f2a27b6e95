// Draws one picture of each chart kind into docs/charts/ (shown in the README), through the engine and
// src/charts as a chat question would: `npx tsx scripts/make-chart-pictures.ts`.
// Ranking, breakdown and comparison use the five sample reports; the trend needs several years of one organ,
// which the samples lack, so it uses an organ made up for the picture (示例区人民政府) with made-up figures.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEngine } from '../src/answers/index.js';
import { planChart, renderChart } from '../src/charts/index.js';
import type { Report } from '../src/parser/index.js';
import { openSampleStore, openStore } from '../src/store/index.js';

const OUT = 'docs/charts';
const EXAMPLE_ORG = '示例区人民政府';
const EXAMPLE_YEARS: Readonly<Record<number, number>> = { 2019: 184, 2020: 262, 2021: 1210, 2022: 552, 2023: 806 };

const PICTURES = [
  ['ranking', '各单位收到政府信息公开申请排名'],
  ['trend', `${EXAMPLE_ORG}2019到2023年收到多少申请`],
  ['breakdown', '龙岗区2022年办理结果，画图'],
  ['comparison', '南山区、龙华区数据局和龙岗区发改局2020年的行政复议和行政诉讼，画图'],
] as const;

const dir = await mkdtemp(join(tmpdir(), 'nianbao-pictures-'));
try {
  const sample = await openSampleStore(join(dir, 'sample.json'));
  const reports = await sample.list();
  const example = await openStore(join(dir, 'example.json'));
  await example.put(exampleYears(reports.find((report) => report.year === 2022) as Report));
  const engines = { sample: createEngine({ store: sample }), example: createEngine({ store: example }) };
  for (const [kind, question] of PICTURES) {
    const answer = await engines[kind === 'trend' ? 'example' : 'sample'].answer(question);
    const plan = planChart(answer);
    if (plan.kind === 'none' || plan.chart.spec.kind !== kind) {
      throw new Error(
        `${question}: expected a ${kind} chart, got ${plan.kind === 'none' ? plan.reason : plan.chart.spec.kind}`,
      );
    }
    const started = performance.now();
    const image = await renderChart(plan.chart.spec);
    await writeFile(join(OUT, `${kind}.png`), image.png);
    const ms = Math.round(performance.now() - started);
    console.log(
      `${OUT}/${kind}.png  ${image.width}×${image.height}  ${image.png.length} bytes  ${ms} ms  ← ${question}`,
    );
  }
} finally {
  await rm(dir, { recursive: true, force: true });
}

/** The made-up organ's reports: a copy of a 2022 report per year, its new applications replaced. */
function exampleYears(base: Report): Report[] {
  return Object.entries(EXAMPLE_YEARS).map(([year, total]) => ({
    ...base,
    org: EXAMPLE_ORG,
    region: null,
    year: Number(year),
    id: `${EXAMPLE_ORG}/${year}`,
    source: { ...base.source, file: `example/${year}.txt`, sha256: `example-${year}` },
    checks: [],
    applications: base.applications && {
      ...base.applications,
      newReceived: base.applications.newReceived && { ...base.applications.newReceived, total },
    },
  }));
}
