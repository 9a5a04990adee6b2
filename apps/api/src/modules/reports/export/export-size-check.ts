import { impactReportCsv } from './impact-report-csv';
import { largeFigures } from './impact-report-figures.fixture';
import { impactReportPdf } from './impact-report-pdf';

/*
 * Time and memory of both exports on a report of the bench's size (2,000 partners, 30 stories shown, 60 months),
 * printed, not asserted: a busy machine's timings are not a test failure. Target (issue 7): PDF ≤ 3 s and ≤ 200 MB
 * extra memory, CSV ≤ 1 s.
 *   npm run build -w @common-ground/api && node --expose-gc apps/api/dist/apps/api/src/modules/reports/export/export-size-check.js
 */

async function measure(label: string, work: () => Promise<Buffer> | Buffer): Promise<void> {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const before = process.memoryUsage();
  let peakRss = before.rss;
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }, 10);
  const started = process.hrtime.bigint();
  const cpuBefore = process.cpuUsage();
  const bytes = await work();
  const elapsedMs = Number(process.hrtime.bigint() - started) / 1e6;
  // CPU time too: on a busy 2-core machine the wall clock also counts other processes' turns.
  const cpu = process.cpuUsage(cpuBefore);
  clearInterval(sampler);
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
  const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
  console.log(
    `${label}: ${elapsedMs.toFixed(0)} ms (CPU ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms), ${mb(bytes.length)} MB out, peak RSS +${mb(peakRss - before.rss)} MB (from ${mb(before.rss)} MB)`,
  );
}

async function main(): Promise<void> {
  const figures = largeFigures();
  // A first small run loads the fonts and compiles the code paths, as a running server already has.
  await impactReportPdf(largeFigures({ partners: 5, stories: 2, months: 12 }), { logo: null, generatedAt: new Date() });
  await measure('CSV (2,000 partners, 60 months)', () => impactReportCsv(figures));
  await measure('PDF (2,000 partners, 30 stories, 60 months)', () => impactReportPdf(figures, { logo: null, generatedAt: new Date() }));
}

void main();
