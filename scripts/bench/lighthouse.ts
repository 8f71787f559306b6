/**
 * Lighthouse (mobile, its default simulated slow 4G and mid-range phone) on one page of
 * each type, against dist/ served with gzip and the site's security headers, in Debian's
 * Chromium: the four category scores and FCP / LCP / TBT / CLS. The goal is 100 everywhere.
 * With several runs (--runs, default 1), each figure is the median.
 */
import { createRequire } from 'node:module';
import lighthouse from 'lighthouse';
import { pageTypes } from '../lib/page-types.mjs';
import { serveStatic } from '../lib/static-server.mjs';
import { distDir, ensureBuilt, launchChromiumWithPort, listOption, median, type Bench, type Row } from './common';

/** The installed Lighthouse's version, for the table's title. */
const lighthouseVersion = (createRequire(import.meta.url)('lighthouse/package.json') as { version: string }).version;

const categories = ['performance', 'accessibility', 'best-practices', 'seo'];

export const bench: Bench = {
  name: 'lighthouse',
  description: 'Lighthouse mobile scores and FCP/LCP/TBT/CLS, one page of each type (goal: 100 ×4)',
  options: { pages: { type: 'string' } },
  async run({ runs = 1, values }) {
    const only = listOption(values.pages);
    ensureBuilt();
    const server = await serveStatic(distDir);
    const chromium = await launchChromiumWithPort();
    const rows: Row[] = [];
    const failing: Record<string, string[]> = {};
    const retried: string[] = [];
    try {
      for (const { name, path } of pageTypes.filter((p) => !only || only.includes(p.name))) {
        const samples: Record<string, number[]> = {};
        const push = (key: string, value: number) => (samples[key] ??= []).push(value);
        for (let i = 0; i < runs; i++) {
          // A busy machine sometimes loses the trace (NO_NAVSTART): up to three tries.
          let lhr;
          for (let attempt = 1; ; attempt++) {
            const result = await lighthouse(server.url + path, {
              port: chromium.port,
              output: 'json',
              logLevel: 'error',
              onlyCategories: categories,
            });
            if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
            lhr = result.lhr;
            if (!lhr.runtimeError) break;
            const error = `${path}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`;
            if (attempt === 3) throw new Error(error);
            retried.push(`${error} (try ${attempt} of 3)`);
          }
          for (const c of categories) push(c, Math.round((lhr.categories[c]?.score ?? 0) * 100));
          push('fcp', lhr.audits['first-contentful-paint']?.numericValue ?? NaN);
          push('lcp', lhr.audits['largest-contentful-paint']?.numericValue ?? NaN);
          push('tbt', lhr.audits['total-blocking-time']?.numericValue ?? NaN);
          push('cls', lhr.audits['cumulative-layout-shift']?.numericValue ?? NaN);
          // Lighthouse's own CPU benchmark: lower means a slower (or busier) machine, and
          // higher TBT. Compare runs only at similar values.
          push('benchmarkIndex', lhr.environment?.benchmarkIndex ?? NaN);
          // What keeps a category below 100: its scored audits that did not pass.
          for (const c of categories) {
            for (const ref of lhr.categories[c]?.auditRefs ?? []) {
              const audit = lhr.audits[ref.id];
              if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) {
                const note = `${c}: ${ref.id} (${audit.displayValue ?? audit.score})`;
                if (!(failing[name] ??= []).includes(note)) failing[name].push(note);
              }
            }
          }
        }
        console.log(`  ${name}: ${categories.map((c) => median(samples[c])).join(' ')}`);
        rows.push({
          page: name,
          performance: median(samples.performance),
          accessibility: median(samples.accessibility),
          'best-practices': median(samples['best-practices']),
          seo: median(samples.seo),
          'FCP ms': Math.round(median(samples.fcp)),
          'LCP ms': Math.round(median(samples.lcp)),
          'TBT ms': Math.round(median(samples.tbt)),
          CLS: Number(median(samples.cls).toFixed(3)),
          'CPU index': Math.round(median(samples.benchmarkIndex)),
        });
      }
    } finally {
      await chromium.kill();
      await server.close();
    }
    const lowest = Math.min(...rows.flatMap((r) => categories.map((c) => Number(r[c]))));
    const below = rows.flatMap((r) => categories.filter((c) => r[c] !== 100).map((c) => `${r.page} ${c} ${r[c]}`));
    const highest = (key: string) => Math.max(...rows.map((r) => Number(r[key])));
    return {
      rows: [
        { figure: 'lowest score (any page, any category)', value: lowest, goal: '100', ok: lowest === 100 },
        { figure: 'highest LCP ms', value: highest('LCP ms') },
        { figure: 'highest TBT ms', value: highest('TBT ms') },
        { figure: 'highest CLS', value: highest('CLS') },
      ],
      notes: [
        ...retried.map((r) => `tried again: ${r}`),
        ...(below.length ? [`below 100: ${below.join('; ')}`] : []),
        ...Object.entries(failing).map(([page, list]) => `${page}: ${list.join('; ')}`),
      ],
      tables: [{ title: `Lighthouse ${lighthouseVersion}, mobile (simulated slow 4G), median of ${runs} run(s)`, rows }],
      data: { runs, rows, failing },
    };
  },
};
