// The content pipeline's edge: src/lib/content/ (reading, checking, the Edition) imports no
// output (report, posters, returns, search, pages, components), directly or through the
// modules it uses; and the project's own modules import one another without a cycle.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../helpers/build-fixture';

const rel = (file: string) => path.relative(projectRoot, file).split(path.sep).join('/');
const sourceFile = /\.(ts|mjs|astro)$/;

/** Every source file under `dir` (relative to the project). */
function filesUnder(dir: string): string[] {
  return (readdirSync(path.join(projectRoot, dir), { recursive: true }) as string[])
    .map((f) => `${dir}/${f.split(path.sep).join('/')}`)
    .filter((f) => sourceFile.test(f) && !f.endsWith('.d.ts'));
}

/** The project files `file` imports (relative specifiers only), with whether only types are imported. */
function importsOf(file: string): { target: string; typeOnly: boolean }[] {
  const text = readFileSync(path.join(projectRoot, file), 'utf8');
  const found: { target: string; typeOnly: boolean }[] = [];
  const pattern = /(?:^|\n)\s*(import|export)\s+(type\s+)?(?:[^'";]*?\s+from\s+)?['"](\.{1,2}\/[^'"]+)['"]/g;
  for (const m of text.matchAll(pattern)) {
    const base = path.resolve(path.dirname(path.join(projectRoot, file)), m[3]);
    const candidates = [base, `${base}.ts`, `${base}.mjs`, path.join(base, 'index.ts')];
    const hit = candidates.find((c) => {
      try {
        return readFileSync(c) && true;
      } catch {
        return false;
      }
    });
    if (hit) found.push({ target: rel(hit), typeOnly: Boolean(m[2]) });
  }
  return found;
}

const contentLayer = (f: string) => f.startsWith('src/lib/content/');
/** Outputs: what is made of an Edition. */
const outputs = [
  /^src\/lib\/(report|posters|returns)\//,
  /^src\/lib\/search-vocabulary\.ts$/,
  /^src\/lib\/open-data\.ts$/,
  /^src\/lib\/navigation\.ts$/,
  /^src\/(pages|components|layouts|integrations)\//,
];
const isOutput = (f: string) => outputs.some((p) => p.test(f));

describe('the content layer', () => {
  it('imports no output, directly or through the modules it uses', () => {
    const seen = new Set<string>();
    const bad: string[] = [];
    const queue = filesUnder('src/lib/content');
    expect(queue.length).toBeGreaterThan(10);
    while (queue.length > 0) {
      const file = queue.shift()!;
      if (seen.has(file)) continue;
      seen.add(file);
      for (const { target } of importsOf(file)) {
        const edge = `${file} → ${target}`;
        if (isOutput(target)) {
          bad.push(edge);
          continue;
        }
        queue.push(target);
      }
    }
    // The walk follows imports out of the folder (so an import it failed to read would show).
    expect(seen.has('src/lib/content-error.ts')).toBe(true);
    expect(seen.has('src/schemas/fields.ts')).toBe(true);
    expect(bad).toEqual([]);
  });

  it('is where every reader of content/ lives: nothing else reads the collections', () => {
    const readers = [...filesUnder('src'), ...filesUnder('scripts')]
      .filter((f) => !contentLayer(f) && f !== 'src/content.config.ts')
      .filter((f) => /getCollection\(|from ['"]js-yaml['"]|from ['"]yaml['"]/.test(readFileSync(path.join(projectRoot, f), 'utf8')));
    // Not readers of the content: the reader's own YAML helper (frontmatter.ts) and the
    // line finder of its messages (locate.ts); a record written (returns/record.ts); the
    // original's converter (scripts/lib/generate-content.ts, which reads source.txt).
    const notReaders = ['src/lib/frontmatter.ts', 'src/lib/locate.ts', 'src/lib/returns/record.ts', 'scripts/lib/generate-content.ts'];
    expect(readers.filter((f) => !notReaders.includes(f))).toEqual([]);
  });
});

describe('the modules', () => {
  it('import one another without a cycle (type-only imports aside)', () => {
    const files = [...filesUnder('src'), ...filesUnder('scripts')];
    const graph = new Map(
      files.map((f) => [
        f,
        importsOf(f)
          .filter((i) => !i.typeOnly)
          .map((i) => i.target),
      ]),
    );
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const visit = (file: string, trail: string[]) => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'open') {
        cycles.push([...trail.slice(trail.indexOf(file)), file].join(' → '));
        return;
      }
      state.set(file, 'open');
      for (const next of graph.get(file) ?? []) visit(next, [...trail, file]);
      state.set(file, 'done');
    };
    for (const file of files) visit(file, []);
    expect(cycles).toEqual([]);
  });
});
