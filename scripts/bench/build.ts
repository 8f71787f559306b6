/**
 * Build times: a cold build (empty Astro cache, empty poster cache), a rebuild with nothing
 * changed, a rebuild after one item's text changed and a rebuild without the poster cache,
 * for three kinds of content (scripts/lib/generate-content.ts; bench fixtures in temp
 * folders, never published):
 *
 *   real      content/ as it is: the real editions, items and units
 *   10x       the newest edition's plan ten times larger (250 items, 300 units)
 *   editions  one edition (the real content) and ten: the real 2024 plus generated
 *             editions 2015…2023 copied from it, each with its own document number
 *             (基准测试〔2015〕1号) and name. Build time must grow at most linearly with the
 *             number of editions: PASS when the N-edition build takes ≤ N × the one-edition
 *             build (cold and rebuild), with the time per edition, the ratio
 *             (N-edition time / 1-edition time ÷ N), the marginal cost of each extra edition
 *             and where the time goes (Astro's phases, the routes' render time). Also the
 *             page weight (gzip text per page, budget 20 KB) of both builds, and of a past
 *             edition's pages in the N-edition one.
 *
 * Each build runs `astro build` with its own content, output and cache folders in a temp
 * folder (QM_CONTENT_DIR, QM_OUT_DIR, QM_CACHE_DIR, QM_POSTER_CACHE_DIR): dist/ and the
 * project's caches are never touched.
 *
 *   npm run bench build -- [--sets=real,10x,editions] [--editions=5,10]
 *
 * --sets=editions builds the real content too (the one-edition baseline). --editions gives
 * the edition counts to build (each against the one-edition build); default 5,10 (two
 * counts: the cost of an edition early and late).
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { generateContent, generateEditions, listEditions } from '../lib/generate-content';
import { chromiumPath, editionsPageType } from '../lib/page-types.mjs';
import { buildDirsIn, buildSite, folderStats, kb, listOption, root, seconds, type Bench, type Figure, type Row } from './common';
import { editionVisits, measureWeight, standardVisits, textBudgetBytes, type WeightResult } from './weight';

type Ms = Record<'cold' | 'rebuild' | 'one edit' | 'no poster cache', number>;
interface ContentSet {
  name: string;
  editions: number;
  make: (dir: string) => { items: number; units: number };
}
interface Measured {
  row: Row;
  ms: Ms;
  pages: number;
  breakdown: { cold: Record<string, number>; rebuild: Record<string, number> };
  weight?: WeightResult;
}

/** "1.05s" / "118ms" → milliseconds */
const toMs = (n: string, unit: string) => Number(n) * (unit === 's' ? 1000 : 1);

/**
 * Where a build's time goes, from Astro's output: its phases, and the render time of each
 * route (the sum of its pages' “(+12ms)”), plus what came before Astro's own clock started.
 * Milliseconds by phase or route.
 */
export function buildBreakdown(output: string, wallMs: number): Record<string, number> {
  const phases: Record<string, number> = {};
  const routes: Record<string, number> = {};
  let phase = '';
  let route = '';
  let astroTotal = 0;
  for (const line of output.split('\n')) {
    if (/Collecting build info/.test(line)) phase = 'collect build info';
    else if (/Building static entrypoints/.test(line)) phase = 'server bundle (vite)';
    else if (/generating static routes/.test(line)) phase = 'render routes';
    const generated = line.match(/\[types\] Generated ([\d.]+)(ms|s)/);
    if (generated) phases['content sync + types'] = toMs(generated[1], generated[2]);
    const completed = line.match(/✓ Completed in ([\d.]+)(ms|s)/);
    if (completed && phase) phases[phase] = (phases[phase] ?? 0) + toMs(completed[1], completed[2]);
    const client = line.match(/\[vite\] ✓ built in ([\d.]+)(ms|s)/);
    if (client && phase === 'server bundle (vite)' && phases['server bundle (vite)'] !== undefined) {
      phases['client bundle (vite)'] = toMs(client[1], client[2]);
    }
    const routeLine = line.match(/[▶λ] (src\/pages\/\S+)/);
    if (routeLine) route = routeLine[1].replace(/^src\/pages\//, '');
    const page = line.match(/[├└]─ .*\(\+([\d.]+)(ms|s)\)/);
    if (page && route) routes[route] = (routes[route] ?? 0) + toMs(page[1], page[2]);
    const total = line.match(/page\(s\) built in ([\d.]+)(ms|s)/);
    if (total) astroTotal = toMs(total[1], total[2]);
  }
  const counted = Object.entries(phases)
    .filter(([name]) => name !== 'content sync + types')
    .reduce((sum, [, ms]) => sum + ms, 0);
  return {
    'start (node, config, content sync)': Math.max(0, wallMs - astroTotal),
    ...(phases['content sync + types'] !== undefined ? { '  of which content sync + types': phases['content sync + types'] } : {}),
    ...Object.fromEntries(Object.entries(phases).filter(([name]) => name !== 'content sync + types')),
    'after routes (sitemap, Pagefind)': Math.max(0, astroTotal - counted),
    ...Object.fromEntries(Object.entries(routes).map(([r, ms]) => [`route ${r}`, ms])),
  };
}

/**
 * The four builds of one content folder, and its output's size (and page weight).
 */
async function measure(
  set: ContentSet,
  { weight }: { weight?: (outDir: string, editions: string[]) => Promise<WeightResult> },
): Promise<Measured> {
  const work = mkdtempSync(path.join(tmpdir(), `qm-bench-build-${set.name}-`));
  try {
    const dirs = buildDirsIn(work);
    const contentDir = dirs.contentDir;
    const size = set.make(contentDir);
    const editions = listEditions(contentDir);
    console.log(`building ${set.name} (${editions.length} edition(s), ${size.items} items, ${size.units} units): cold…`);
    const cold = await buildSite(dirs);
    const built = folderStats(dirs.outDir);
    const pagefind = folderStats(path.join(dirs.outDir, 'pagefind'));
    const weighed = weight ? await weight(dirs.outDir, editions) : undefined;
    console.log(`  rebuild, nothing changed…`);
    const warm = await buildSite(dirs);
    // One item of the newest edition edited (a word added), as an editor would.
    const itemsDir = path.join(contentDir, editions[0], 'items');
    const first = readdirSync(itemsDir).sort()[0];
    const itemFile = path.join(itemsDir, first);
    writeFileSync(itemFile, readFileSync(itemFile, 'utf8').replace(/。/, '，并做好记录。'));
    console.log(`  rebuild, one item edited…`);
    const edited = await buildSite(dirs);
    // Without the poster cache (Astro's content cache kept): what posters cost.
    rmSync(dirs.posterCacheDir, { recursive: true, force: true });
    console.log(`  rebuild, posters not cached…`);
    const noPosterCache = await buildSite(dirs);
    const ms = { cold: cold.ms, rebuild: warm.ms, 'one edit': edited.ms, 'no poster cache': noPosterCache.ms };
    console.log(
      `  ${Object.entries(ms)
        .map(([k, v]) => `${k} ${seconds(v)} s`)
        .join(', ')}`,
    );
    return {
      row: {
        content: set.name,
        editions: editions.length,
        items: size.items,
        units: size.units,
        pages: built.pages,
        files: built.files,
        'dist MB': (built.bytes / 1024 / 1024).toFixed(1),
        'pagefind KB': (pagefind.bytes / 1024).toFixed(0),
        'cold s': seconds(cold.ms),
        'rebuild s': seconds(warm.ms),
        'one edit s': seconds(edited.ms),
        'no poster cache s': seconds(noPosterCache.ms),
      },
      ms,
      pages: built.pages,
      breakdown: { cold: buildBreakdown(cold.output, cold.ms), rebuild: buildBreakdown(warm.output, warm.ms) },
      weight: weighed,
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/**
 * only: real, 10x, editions; editionCounts: the numbers of editions to compare with one;
 * weight: measure the page weight of the edition builds (needs Chromium)
 */
async function benchBuild({
  only,
  editionCounts = [5, 10],
  weight = true,
}: { only?: string[]; editionCounts?: number[]; weight?: boolean } = {}) {
  const wanted = (name: string) => !only || only.includes(name);
  const counts = [...new Set(editionCounts.filter((n) => Number.isInteger(n) && n > 1))].sort((a, b) => a - b);
  if (wanted('editions') && counts.length === 0) throw new Error('--editions: give numbers of editions above 1, e.g. --editions=10');
  const sets: ContentSet[] = [
    ...(wanted('real') || wanted('editions')
      ? [
          {
            name: 'real',
            editions: 1,
            make: (dir: string) => (cpSync(path.join(root, 'content'), dir, { recursive: true }), realSize(dir)),
          },
        ]
      : []),
    ...(wanted('10x') ? [{ name: '10x', editions: 1, make: (dir: string) => generateContent(dir, { times: 10 }) }] : []),
    ...(wanted('editions')
      ? counts.map((n) => ({ name: `editions-${n}`, editions: n, make: (dir: string) => generateEditions(dir, { editions: n }) }))
      : []),
  ];
  // Page weight of the real and the edition builds (not of the 10x plan, which no one publishes).
  const weighing = weight && wanted('editions') && existsSync(chromiumPath);
  const notes: string[] = [];
  if (weight && wanted('editions') && !weighing)
    notes.push(`page weight skipped: ${chromiumPath} is missing (apt-get install -y chromium)`);
  const weigh = async (outDir: string, editions: string[]) => {
    console.log(`  page weight…`);
    // A past edition: the newest but one.
    const past = editions[1];
    const visits = [...standardVisits(), ...(past ? editionVisits(past) : [{ ...editionsPageType, budget: true }])];
    return measureWeight({ dir: outDir, visits });
  };

  const measured = new Map<string, Measured>();
  for (const set of sets) {
    measured.set(set.name, await measure(set, { weight: weighing && set.name !== '10x' ? weigh : undefined }));
  }
  const rows = [...measured.values()].map((m) => m.row);

  // Editions: N editions against one.
  const linearity: Row[] = [];
  const breakdown: Row[] = [];
  const weightRows: Row[] = [];
  const failures: string[] = [];
  const one = measured.get('real');
  const growth: Row[] = [];
  if (wanted('editions') && one && counts.length >= 2) {
    // Linear means each further edition costs about the same: the cost of an edition
    // between the last two counts against its average cost from one edition on (a fixed
    // overhead in the one-edition build cannot hide growth this way; faster-than-linear
    // growth makes the late editions dearer than the average).
    const [a, b] = [counts[counts.length - 2], counts[counts.length - 1]];
    const ta = measured.get(`editions-${a}`);
    const tb = measured.get(`editions-${b}`);
    for (const metric of ['cold', 'rebuild'] as const) {
      if (!ta || !tb) break;
      const average = (tb.ms[metric] - one.ms[metric]) / (b - 1);
      const late = (tb.ms[metric] - ta.ms[metric]) / (b - a);
      const ok = late <= 1.5 * average + 1000;
      if (!ok)
        failures.push(
          `${metric}: an edition costs ${seconds(late)} s between ${a} and ${b}, ${seconds(average)} s on average from 1 to ${b}`,
        );
      growth.push({
        build: metric,
        [`s/ed. 1→${b}`]: seconds(average),
        [`s/ed. ${a}→${b}`]: seconds(late),
        'linear (≤ 1.5× + 1 s)': ok ? 'PASS' : 'FAIL',
      });
    }
  }
  if (wanted('editions') && one) {
    for (const n of counts) {
      const many = measured.get(`editions-${n}`);
      if (!many) continue;
      for (const metric of ['cold', 'rebuild', 'one edit', 'no poster cache'] as const) {
        const t1 = one.ms[metric];
        const tn = many.ms[metric];
        const linear = tn <= n * t1;
        // The two checks: cold and rebuild; the others are information.
        const checked = metric === 'cold' || metric === 'rebuild';
        if (checked && !linear) failures.push(`${n} editions: ${metric} ${seconds(tn)} s > ${n} × ${seconds(t1)} s`);
        linearity.push({
          build: metric,
          editions: n,
          '1 ed. s': seconds(t1),
          [`N ed. s`]: seconds(tn),
          'N ed. s/ed.': seconds(tn / n),
          'ratio (tN/t1)/N': (tn / t1 / n).toFixed(2),
          'extra ed. s': seconds((tn - t1) / (n - 1)),
          [`≤ N × 1 ed.`]: checked ? (linear ? 'PASS' : 'FAIL') : linear ? '(ok)' : '(over)',
        });
      }
      // Where the time goes: phases and routes, one edition against N, cold and rebuilt.
      if (n !== counts[counts.length - 1]) continue;
      const b1 = one.breakdown.cold;
      const bn = many.breakdown.cold;
      const r1 = one.breakdown.rebuild;
      const rn = many.breakdown.rebuild;
      const keys = [...new Set([...Object.keys(bn), ...Object.keys(b1), ...Object.keys(rn)])];
      const phaseKeys = keys.filter((k) => !k.startsWith('route '));
      const routeKeys = keys
        .filter((k) => k.startsWith('route '))
        .sort((a, b) => (bn[b] ?? 0) - (bn[a] ?? 0))
        .slice(0, 10);
      for (const key of [...phaseKeys, ...routeKeys]) {
        const a = b1[key] ?? 0;
        const b = bn[key] ?? 0;
        breakdown.push({
          'phase or route': key,
          editions: n,
          '1 ed. cold s': seconds(a),
          'N ed. cold s': seconds(b),
          'N / 1': a > 0 ? (b / a).toFixed(1) : '',
          'extra ed. s': seconds((b - a) / (n - 1)),
          '1 ed. rebuild s': seconds(r1[key] ?? 0),
          'N ed. rebuild s': seconds(rn[key] ?? 0),
        });
      }
      // Page weight: the same page in both builds, and a past edition's.
      const w1 = one.weight;
      const wn = many.weight;
      if (w1 && wn) {
        const past = Object.keys(wn.textBytes)
          .find((k) => /^edition home \(\d{4}\)$/.test(k))
          ?.match(/\d{4}/)?.[0];
        for (const name of Object.keys(w1.textBytes)) {
          const pastName = name === 'home' ? `edition home (${past})` : `${name} (${past})`;
          const budgeted = name !== 'search+query';
          const values = [w1.textBytes[name], wn.textBytes[name], wn.textBytes[pastName]].filter((v) => v !== undefined);
          const within = values.every((v) => v <= textBudgetBytes);
          if (budgeted && !within) failures.push(`page weight: ${name} over ${textBudgetBytes / 1024} KB`);
          weightRows.push({
            page: name,
            editions: n,
            '1 ed. KB': kb(w1.textBytes[name]),
            'N ed. KB': wn.textBytes[name] === undefined ? '' : kb(wn.textBytes[name]),
            'added B': wn.textBytes[name] === undefined ? '' : wn.textBytes[name] - w1.textBytes[name],
            [`past ed. KB`]: wn.textBytes[pastName] === undefined ? '' : kb(wn.textBytes[pastName]),
            budget: budgeted ? (within ? 'ok' : 'OVER') : '(info)',
          });
        }
        for (const problem of [...w1.over, ...wn.over])
          if (!failures.includes(`page weight: ${problem}`)) failures.push(`page weight: ${problem}`);
      }
    }
  }
  const editions = wanted('editions')
    ? { counts, linearity, growth, breakdown, weight: weightRows, pass: failures.length === 0, failures }
    : undefined;
  return { rows, ...(editions ? { editions } : {}), notes };
}

/** The items and units of content/ as it is. */
function realSize(dir: string): { items: number; units: number } {
  const items = listEditions(dir).reduce(
    (sum, year) => sum + readdirSync(path.join(dir, year, 'items')).filter((f) => /^[^_].*\.mdx?$/.test(f)).length,
    0,
  );
  const units = (readFileSync(path.join(dir, 'units.yaml'), 'utf8').match(/^- id:/gm) ?? []).length;
  return { items, units };
}

export const bench: Bench = {
  name: 'build',
  description: 'build times (cold, rebuild, one edit, no poster cache) of the real content, a 10× plan and N editions (linear in editions)',
  options: { sets: { type: 'string' }, editions: { type: 'string' } },
  async run({ values }) {
    const editionCounts = listOption(values.editions)?.map(Number);
    const result = await benchBuild({ only: listOption(values.sets), ...(editionCounts ? { editionCounts } : {}) });
    const tables = [{ title: 'Build times (astro build incl. posters and Pagefind; own temp caches)', rows: result.rows }];
    const rows: Figure[] = result.rows.flatMap((r) =>
      (['cold s', 'rebuild s', 'one edit s', 'no poster cache s'] as const).map((key) => ({
        figure: `${r.content}: ${key}`,
        value: String(r[key]),
      })),
    );
    const e = result.editions;
    if (e) {
      tables.push({
        title:
          'Build time with N editions against one (s/ed. = time per edition; extra ed. = marginal cost of each edition after the first)',
        rows: e.linearity,
      });
      if (e.growth.length) tables.push({ title: 'Cost of each further edition: early against late (linear: about equal)', rows: e.growth });
      tables.push({
        title: 'Where the build time goes (Astro phases; routes: sum of their pages’ render times, the 10 slowest cold)',
        rows: e.breakdown,
      });
      if (e.weight.length) {
        tables.push({
          title: `Page weight, 1 edition and N (text = HTML+CSS+JS, gzip; budget ${textBudgetBytes / 1024} KB; past ed. = the same page of a past edition)`,
          rows: e.weight,
        });
      }
      for (const row of e.linearity.filter((r) => r.build === 'cold' || r.build === 'rebuild')) {
        rows.push({
          figure: `${row.editions} editions, ${row.build}: (tN/t1)/N`,
          value: String(row['ratio (tN/t1)/N']),
          goal: '≤ 1',
          ok: row['≤ N × 1 ed.'] === 'PASS',
        });
      }
      for (const row of e.growth) {
        rows.push({
          figure: `${row.build}: cost of a late edition against the average`,
          value: `${row[Object.keys(row)[2]]} s / ${row[Object.keys(row)[1]]} s`,
          goal: '≤ 1.5× + 1 s',
          ok: row['linear (≤ 1.5× + 1 s)'] === 'PASS',
        });
      }
      if (e.weight.length) {
        const over = e.weight.filter((r) => r.budget === 'OVER').length;
        rows.push({ figure: 'pages over the weight budget (1 and N editions)', value: over, goal: '0', ok: over === 0 });
      }
    }
    return { rows, notes: [...result.notes, ...(e?.failures ?? [])], tables, data: result };
  },
};
