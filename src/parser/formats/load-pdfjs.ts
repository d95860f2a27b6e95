// pdfjs-dist is imported on first use, not when the parser loads. Its legacy build is large (about 200 MB
// resident and 0.3 s to load on a 2-core machine) and installs core-js polyfills globally: on Node 20 its
// JSON.stringify replacement (for JSON.rawJSON) runs 15–25× slower than the native one, and every store write
// of every command that imports the parser would pay for it (`npm run bench` measured it).
export type Pdfjs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

let loading: Promise<Pdfjs> | undefined;

/** pdfjs-dist's legacy build and its worker, imported once, with the native JSON functions put back. */
export function loadPdfjs(): Promise<Pdfjs> {
  loading ??= importPdfjs();
  return loading;
}

async function importPdfjs(): Promise<Pdfjs> {
  const { parse, stringify } = JSON;
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  // The worker bundle carries the same polyfills. pdfjs would import it on the first getDocument; imported
  // here and handed over as globalThis.pdfjsWorker (pdfjs's own hook for a main-thread worker), it loads
  // before JSON is restored.
  (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
  // pdfjs serializes only plain values, which the native functions handle as the polyfills do.
  Object.assign(JSON, { parse, stringify });
  return pdfjs;
}
