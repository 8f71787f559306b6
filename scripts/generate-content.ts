/**
 * Writes bench content by hand (scripts/lib/generate-content.ts), e.g. to look at it:
 *   npx tsx scripts/generate-content.ts <out-dir> [--times=10]   # the newest plan N times larger
 *   npx tsx scripts/generate-content.ts <out-dir> --editions=10   # ten editions
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { generateContent, generateEditions } from './lib/generate-content';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { times: { type: 'string', default: '10' }, editions: { type: 'string' } },
});
const [out] = positionals;
if (!out || positionals.length > 1) {
  console.error('usage: npx tsx scripts/generate-content.ts <out-dir> [--times=10 | --editions=10]');
  process.exit(2);
}
console.log(
  values.editions
    ? generateEditions(path.resolve(out), { editions: Number(values.editions) })
    : generateContent(path.resolve(out), { times: Number(values.times) }),
);
