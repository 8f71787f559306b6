/**
 * The posters depend on no font installed on the machine: a render in a process whose
 * fontconfig knows no fonts at all gives exactly the same pixels.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderPoster } from '../../../src/lib/posters/index';
import { projectRoot as root } from '../../helpers/build-fixture';
import { districtTheme } from '../../helpers/posters/slogans';
import { rgba } from '../../helpers/posters/images';

describe('no system fonts', () => {
  it('renders identical RGBA pixels in a child process whose fontconfig has no fonts', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'qm-nofonts-'));
    const conf = join(dir, 'fonts.conf');
    // No <dir>, no <include>: fontconfig finds nothing, not even the system's fonts.
    writeFileSync(
      conf,
      `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig><cachedir>${dir}/cache</cachedir></fontconfig>\n`,
    );
    const out = join(dir, 'poster.raw');
    const control = join(dir, 'control.raw');
    const size = '1024x768';
    execFileSync(
      process.execPath,
      [join(root, 'node_modules/tsx/dist/cli.mjs'), 'tests/helpers/posters/render-child.ts', size, out, control],
      {
        cwd: root,
        env: { ...process.env, FONTCONFIG_FILE: conf, FONTCONFIG_PATH: dir, QM_POSTER_CACHE: 'off' },
        stdio: ['ignore', 'pipe', 'pipe'],
        timeout: 120_000,
      },
    );

    // The control: in the child, SVG <text> comes out blank, so it really had no fonts.
    const ctl = readFileSync(control);
    let dark = 0;
    for (let i = 0; i < ctl.length; i += 4) if (ctl[i] < 128) dark++;
    expect(dark, 'the child process could still draw SVG <text>: fontconfig was not empty').toBe(0);

    const here = await rgba((await renderPoster(districtTheme, size, { cache: false })).png);
    const there = readFileSync(out);
    expect(there.length).toBe(here.data.length);
    expect(there.equals(here.data)).toBe(true);
  });
});
