/**
 * The bench: `npm run bench [name…] [-- --runs=N] [--json] [bench options]`.
 * Each bench (scripts/bench/<name>.ts) measures one thing, prints its tables and figures
 * in one format and writes bench-results/<name>.json. Without a name: the list of benches,
 * then the fast ones (defaultSet). A figure that misses its goal makes the exit code 1.
 * --json prints every bench's results as one JSON document on stdout at the end.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { figureRows, printTable, writeResults, type Bench, type Row } from './common';
import { bench as build } from './build';
import { bench as check } from './check';
import { bench as lighthouse } from './lighthouse';
import { bench as posters } from './posters';
import { bench as returns } from './returns';
import { bench as search } from './search';
import { bench as weight } from './weight';

const benches: Bench[] = [check, weight, search, posters, lighthouse, build, returns];
/** Run when no name is given: the ones that take a minute or two, not many builds. */
const defaultSet = ['check', 'weight', 'search', 'posters'];

const options: NonNullable<ParseArgsConfig['options']> = {
  runs: { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
};
for (const b of benches) Object.assign(options, b.options);

function usage(): string {
  const lines = benches.map((b) => {
    const own = Object.entries(b.options ?? {}).map(([k, o]) => `--${k}${o.type === 'string' ? '=…' : ''}`);
    return `  ${b.name.padEnd(11)}${b.description}${own.length ? ` [${own.join(' ')}]` : ''}`;
  });
  return ['npm run bench [name…] [-- --runs=N --json …]', ...lines, `without a name: ${defaultSet.join(', ')}`].join('\n');
}

let parsed;
try {
  parsed = parseArgs({ options, allowPositionals: true, strict: true });
} catch (error) {
  console.error(`${(error as Error).message}\n\n${usage()}`);
  process.exit(2);
}
const { values, positionals } = parsed;
if (values.help) {
  console.log(usage());
  process.exit(0);
}
const unknown = positionals.filter((n) => !benches.some((b) => b.name === n));
if (unknown.length) {
  console.error(`no bench named ${unknown.join(', ')}\n\n${usage()}`);
  process.exit(2);
}
const runs = values.runs === undefined ? undefined : Number(values.runs);
if (runs !== undefined && !(Number.isInteger(runs) && runs > 0)) {
  console.error(`--runs: a whole number above 0, not ${values.runs}`);
  process.exit(2);
}
if (positionals.length === 0) console.log(`${usage()}\n\nrunning ${defaultSet.join(', ')}`);
const chosen = (positionals.length ? [...new Set(positionals)] : defaultSet).map((n) => benches.find((b) => b.name === n) as Bench);

const summary: Row[] = [];
const records: Record<string, unknown>[] = [];
let missed = 0;
for (const b of chosen) {
  console.log(`\n== ${b.name}: ${b.description} ==`);
  const started = Date.now();
  try {
    const result = await b.run({ runs, values: values as Record<string, string | boolean | undefined> });
    for (const table of result.tables ?? []) printTable(table.title, table.rows);
    printTable(`${b.name}: figures`, figureRows(result.rows));
    for (const note of result.notes) console.log(`note: ${note}`);
    missed += result.rows.filter((r) => r.ok === false).length;
    summary.push(...figureRows(result.rows, b.name));
    records.push(writeResults(b.name, { durationS: Math.round((Date.now() - started) / 1000), ...result }));
  } catch (error) {
    missed++;
    console.error(`${b.name} failed: ${(error as Error).stack ?? error}`);
    summary.push({ bench: b.name, figure: 'bench failed', value: (error as Error).message.split('\n')[0], goal: '', 'vs goal': 'MISSED' });
  }
}
if (chosen.length > 1) printTable('All benches', summary);
if (missed) console.log(`\n${missed} figure(s) missed the goal (or a bench failed): exit 1`);
if (values.json) console.log(JSON.stringify(records, null, 2));
process.exitCode = missed ? 1 : 0;
