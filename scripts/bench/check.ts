/**
 * How long `npm run check` (the content check an editor runs after each edit) takes:
 * run N times (--runs, default 3), the median and the fastest wall time against the goal
 * of 3 s, and each run's exit code (0: the content passed).
 */
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { median, root, seconds, type Bench } from './common';

const goalMs = 3000;
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

export const bench: Bench = {
  name: 'check',
  description: 'npm run check wall time (median, fastest of N runs; goal ≤ 3 s) and its exit code',
  async run({ runs = 3 }) {
    const samples: { ms: number; code: number; output: string }[] = [];
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      const result = spawnSync(npm, ['run', '--silent', 'check'], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
      const ms = performance.now() - start;
      samples.push({ ms, code: result.status ?? 1, output: `${result.stdout}${result.stderr}` });
      console.log(`  run ${i + 1}/${runs}: ${seconds(ms)} s, exit ${result.status}`);
    }
    const times = samples.map((s) => s.ms);
    const codes = [...new Set(samples.map((s) => s.code))];
    const failed = samples.find((s) => s.code !== 0);
    return {
      rows: [
        { figure: `median of ${runs} run(s) s`, value: seconds(median(times)), goal: `≤ ${goalMs / 1000}`, ok: median(times) <= goalMs },
        { figure: 'fastest run s', value: seconds(Math.min(...times)), goal: `≤ ${goalMs / 1000}`, ok: Math.min(...times) <= goalMs },
        { figure: 'exit code', value: codes.join(', '), goal: '0', ok: codes.length === 1 && codes[0] === 0 },
      ],
      notes: failed
        ? [`npm run check failed (exit ${failed.code}); its output ends:\n${failed.output.trim().split('\n').slice(-10).join('\n')}`]
        : [],
      data: { runs, goalMs, samples: samples.map(({ ms, code }) => ({ ms: Math.round(ms), code })) },
    };
  },
};
