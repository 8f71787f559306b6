// `npm run dev`: a content mistake gets the same plain message as `npm run check`, both
// when the server starts and when a file is saved while it runs, and no stack trace.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contentWithFixture, projectRoot, shellEnv } from '../../helpers/build-fixture';
import { noise } from '../../helpers/check-fixture';

const fixtures = path.resolve(__dirname, '../../fixtures/bad-content');

mkdirSync(path.join(projectRoot, '.cache'), { recursive: true });
const work = mkdtempSync(path.join(projectRoot, '.cache', 'qm-dev-'));
const children: ChildProcess[] = [];
afterAll(() => {
  // The whole group: npm, and the astro it started.
  for (const child of children) {
    try {
      process.kill(-child.pid!, 'SIGTERM');
    } catch {
      // already gone
    }
  }
  rmSync(work, { recursive: true, force: true });
});


/** `npm run dev` on `contentDir`; `output()` is what it printed so far. */
function dev(contentDir: string, port: number) {
  const child = spawn('npm', ['run', 'dev', '--', '--port', String(port), '--host', '127.0.0.1'], {
    cwd: projectRoot,
    env: { ...shellEnv(), QM_CONTENT_DIR: contentDir, NO_COLOR: '1', FORCE_COLOR: '0', ASTRO_TELEMETRY_DISABLED: '1' },
    detached: true,
  });
  children.push(child);
  let output = '';
  child.stdout!.on('data', (c) => (output += c));
  child.stderr!.on('data', (c) => (output += c));
  const exited = new Promise<number>((resolve) => child.on('close', (code) => resolve(code ?? 1)));
  return { output: () => output, exited };
}

async function until(test: () => boolean, ms: number): Promise<void> {
  const end = Date.now() + ms;
  while (!test()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 250));
  }
}

describe('npm run dev', () => {
  it('does not start on content with a mistake, and says what it is', { timeout: 120_000 }, async () => {
    const content = contentWithFixture(path.join(fixtures, 'near-miss-unit'), path.join(work, 'bad'));
    const server = dev(content, 4391);
    expect(await server.exited).not.toBe(0);
    expect(server.output()).toContain('items/03.mdx（第 5 行）的 units 字段');
    expect(server.output()).toContain('是不是要写“区市场监管局”？');
    for (const pattern of noise) expect(server.output()).not.toMatch(pattern);
  });

  it('says what is wrong with a file saved while it runs, keeps running, and takes the fix', { timeout: 240_000 }, async () => {
    const content = contentWithFixture(undefined, path.join(work, 'good'));
    const server = dev(content, 4392);
    await until(() => /watching for file changes/.test(server.output()), 180_000);
    const page = 'http://127.0.0.1:4392/2024/items/3/';
    // Vite may still be optimising dependencies for the first request (Astro 7 answers 500 then).
    const ready = Date.now() + 60_000;
    let status = (await fetch(page)).status;
    while (status !== 200 && Date.now() < ready) {
      await new Promise((r) => setTimeout(r, 1000));
      status = (await fetch(page)).status;
    }
    expect(status).toBe(200);

    const item = path.join(content, '2024', 'items', '03.mdx');
    const original = readFileSync(item, 'utf8');
    const title = original.match(/^title: "(.+)"$/m)![1];
    // A shorter title, still words of the item's text (as a title must be).
    const shorter = title.slice(0, -2);
    // The page as served once Vite has settled (it answers 500 while it reloads a module).
    const served = async () => {
      const end = Date.now() + 20_000;
      let response = await fetch(page);
      while (response.status >= 500 && Date.now() < end) {
        await new Promise((r) => setTimeout(r, 500));
        response = await fetch(page);
      }
      return response.text();
    };
    const shows = async (text: string) => (await served()).includes(`>${text}<`);
    expect(await shows(title)).toBe(true);

    const before = server.output().length;
    writeFileSync(item, original.replace(/^units:$/m, 'unitz:').replace(title, shorter));
    await until(() => server.output().includes('内容检查未通过', before), 60_000);
    await new Promise((r) => setTimeout(r, 1000));
    const said = server.output().slice(before);
    expect(said).toContain('items/03.mdx（第 5 行）的 unitz 字段');
    expect(said).toContain('是不是要写“units”？');
    for (const pattern of noise) expect(said).not.toMatch(pattern);
    // Still serving the item as it last was.
    expect(await shows(title)).toBe(true);

    // The fix is taken: the page shows the new title.
    writeFileSync(item, original.replace(title, shorter));
    await until(() => /Reloaded data from .*03\.mdx/.test(server.output().slice(before + said.length)), 60_000);
    const end = Date.now() + 30_000;
    while (!(await shows(shorter)) && Date.now() < end) await new Promise((r) => setTimeout(r, 500));
    expect(await shows(shorter)).toBe(true);
  });
});
