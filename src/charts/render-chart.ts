// A chart spec → PNG bytes: ECharts renders SVG on the server, resvg rasterizes it with the bundled Noto Sans SC.
// Both libraries and the font are loaded on the first chart only, so questions without one pay nothing.
import { access } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { ChartError } from '../errors.js';
import { buildChartOption, type ChartSize, chartSize, FONT_FAMILY } from './chart-option.js';
import type { ChartSpec } from './chart-spec.js';

/** A rendered chart: PNG bytes and their pixel size. */
export interface ChartImage {
  readonly png: Buffer;
  readonly width: number;
  readonly height: number;
}

/** Pixels per CSS pixel: chat apps show pictures on phone screens, where 1× looks blurred. */
export const CHART_SCALE = 2;

/** The bundled TTFs: regular for labels, bold for titles. */
const FONT_FILES = [
  '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
  '@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf',
] as const;

interface Renderer {
  readonly echarts: typeof import('echarts');
  readonly Resvg: typeof import('@resvg/resvg-js').Resvg;
  readonly fontFiles: readonly string[];
}

let renderer: Promise<Renderer> | undefined;

/** Loads ECharts, resvg and the font paths once; a failed load is retried by the next chart. */
function loadRenderer(): Promise<Renderer> {
  renderer ??= (async () => {
    const require = createRequire(import.meta.url);
    const fontFiles = FONT_FILES.map((name) => require.resolve(name));
    await Promise.all(fontFiles.map((file) => access(file)));
    const [echarts, { Resvg }] = await Promise.all([import('echarts'), import('@resvg/resvg-js')]);
    return { echarts, Resvg, fontFiles };
  })().catch((error: unknown) => {
    renderer = undefined;
    throw new ChartError(
      `cannot load the chart renderer (echarts, @resvg/resvg-js, @expo-google-fonts/noto-sans-sc): ${(error as Error).message}. Run npm ci.`,
      { cause: error },
    );
  });
  return renderer;
}

/** Renders a spec to SVG text (ECharts' server-side renderer). */
export async function renderChartSvg(spec: ChartSpec, size: ChartSize = chartSize(spec)): Promise<string> {
  const { echarts } = await loadRenderer();
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: size.width, height: size.height });
  try {
    chart.setOption(buildChartOption(spec));
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

/** Renders a spec to a PNG at CHART_SCALE, with the bundled font only (no system font is looked up). */
export async function renderChart(spec: ChartSpec): Promise<ChartImage> {
  const { Resvg, fontFiles } = await loadRenderer();
  const svg = await renderChartSvg(spec);
  const rasterize = (): ChartImage => {
    // Font files, not buffers: resvg maps a file in ~40 ms, but copies a 10 MB buffer in about a second.
    const image = new Resvg(svg, {
      fitTo: { mode: 'zoom', value: CHART_SCALE },
      font: { fontFiles: [...fontFiles], loadSystemFonts: false, defaultFontFamily: FONT_FAMILY },
    }).render();
    return { png: image.asPng(), width: image.width, height: image.height };
  };
  const drawn = rasterize();
  await collectGarbage();
  return drawn;
}

let collect: (() => void) | undefined;

/**
 * A full garbage collection after each chart, which frees its pixels. resvg-js keeps a render's pixels (5.8 MB at
 * 1600×900) in native memory until V8 collects its JS objects, and V8 does not count that memory, so it rarely
 * collects them: a bot's resident memory grew by about 6 MB a chart (30 charts: 179 → 359 MB); with this it stays
 * within about 15 MB of the first chart's (30 charts: 180 → 191 MB). A collection takes 30–100 ms (load 7) beside a
 * render's 500–2,500. `gc` is not exposed without --expose-gc; setting the flag at run time exposes it to a new
 * context.
 */
async function collectGarbage(): Promise<void> {
  if (collect === undefined) {
    setFlagsFromString('--expose-gc');
    collect = runInNewContext('gc') as () => void;
  }
  await new Promise((resolve) => setImmediate(resolve)); // the render's objects out of every frame
  collect();
  await new Promise((resolve) => setImmediate(resolve)); // their native finalizers run
}
