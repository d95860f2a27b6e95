// `npm run bench:charts`: how long an answer's chart takes, against the same answer's text as the baseline:
// the first chart (loading ECharts, resvg and the font), then warm SVG-only and PNG renders of each kind.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEngine } from '../src/answers/index.js';
import { type ChartSpec, planChart, renderChart, renderChartSvg } from '../src/charts/index.js';
import { openSampleStore } from '../src/store/index.js';

const QUESTIONS = {
  ranking: '各单位收到申请排名',
  breakdown: '龙岗区2022年办理结果，画图',
  comparison: '南山区、龙华区数据局和龙岗区发改局2020年的行政复议和行政诉讼，画图',
} as const;
const ROUNDS = 10;

const dir = await mkdtemp(join(tmpdir(), 'nianbao-bench-charts-'));
try {
  const store = await openSampleStore(join(dir, 'store.json'));
  const engine = createEngine({ store });
  const specs: [string, ChartSpec][] = [];
  let answerMs = 0;
  for (const [kind, question] of Object.entries(QUESTIONS)) {
    await engine.answer(question); // warm the engine's indexes
    answerMs += await timed(ROUNDS, () => engine.answer(question));
    const plan = planChart(await engine.answer(question));
    if (plan.kind === 'none') throw new Error(`${question}: no chart (${plan.reason})`);
    specs.push([kind, plan.chart.spec]);
  }
  const baseline = answerMs / specs.length;
  const first = await timed(1, () => renderChart((specs[0] as [string, ChartSpec])[1]));
  const rows: [string, number][] = [['first chart (loads ECharts, resvg, the font)', first]];
  for (const [kind, spec] of specs) {
    rows.push([`${kind}: SVG only`, await timed(ROUNDS, () => renderChartSvg(spec))]);
    rows.push([`${kind}: PNG (800×450 at 2×)`, await timed(ROUNDS, () => renderChart(spec))]);
  }
  console.log(`baseline: the text answer, ${baseline.toFixed(2)} ms (mean of ${ROUNDS} × ${specs.length} questions)`);
  for (const [name, ms] of rows) {
    console.log(
      `${name.padEnd(48)} ${ms.toFixed(1).padStart(8)} ms  ${(ms / baseline).toFixed(0).padStart(6)}× baseline`,
    );
  }
  await store.close();
} finally {
  await rm(dir, { recursive: true, force: true });
}

/** The mean time of `rounds` runs, in ms. */
async function timed(rounds: number, run: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  for (let round = 0; round < rounds; round++) await run();
  return (performance.now() - started) / rounds;
}
