/**
 * The built site (dist/): every poster of every slogan in
 * content/2024/slogans/ is published at its size, and /2024/slogans/ links each one with an
 * attachment-style label giving its real file size. Run after `astro build`.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { posterFormats, posterPath, posterSizes } from '../../../src/lib/posters/index';
import { formatBytes } from '../../../src/lib/format';
import { readFrontmatter } from '../../../src/lib/frontmatter';

import { distDir as dist } from '../../helpers/dist';
import { projectRoot as root } from '../../helpers/build-fixture';

const slogansDir = join(root, 'content/2024/slogans');
const postersDir = '/2024/posters/';

/** id and text of each slogan file, from its frontmatter. */
const slogans = readdirSync(slogansDir)
  .filter((f) => f.endsWith('.md') && !f.startsWith('_'))
  .map((f) => {
    const { text } = readFrontmatter(readFileSync(join(slogansDir, f), 'utf8'));
    if (typeof text !== 'string' || !text.trim()) throw new Error(`content/2024/slogans/${f}: no text`);
    return { id: f.replace(/\.md$/, ''), text };
  });

const page = () => readFileSync(join(dist, '2024/slogans/index.html'), 'utf8');
const decode = (s: string) => s.replace(/&#x([0-9a-f]+);/gi, (_, h) => String.fromCodePoint(parseInt(h, 16))).replace(/&amp;/g, '&');

describe('built site: posters', () => {
  it('has been built', () => {
    expect(existsSync(join(dist, '2024/slogans/index.html')), `no ${dist}/2024/slogans/index.html: run \`npx astro build\` first`).toBe(
      true,
    );
  });

  it('ships the two themes', () => {
    expect(slogans.map((s) => s.text)).toEqual(expect.arrayContaining(['加强质量支撑 推动质量强区', '加强质量支撑 共建质量强国']));
  });

  for (const slogan of slogans) {
    for (const size of posterSizes) {
      for (const format of posterFormats) {
        const url = posterPath({ id: slogan.id, postersDir }, size, format);
        it(`publishes ${url} at ${size.width}×${size.height} and links it with its label`, async () => {
          const file = join(dist, url);
          expect(existsSync(file), file).toBe(true);
          expect(statSync(file).isFile()).toBe(true);
          const data = readFileSync(file);
          const meta = await sharp(data).metadata();
          expect(meta.format).toBe(format === 'jpg' ? 'jpeg' : 'png');
          expect([meta.width, meta.height]).toEqual([size.width, size.height]);

          const label = `${size.width}×${size.height} ${format.toUpperCase()}（${formatBytes(data.length)}）`;
          const link = new RegExp(`<a href="${url.replace(/[.]/g, '\\.')}"[^>]*>\\s*([^<]*?)\\s*</a>`);
          const m = decode(page()).match(link);
          expect(m, `no link to ${url} on /slogans/`).not.toBeNull();
          expect(m![1]).toBe(label);
        });
      }
    }
  }

  it('shows each slogan as text', () => {
    const html = decode(page());
    for (const s of slogans) expect(html).toContain(s.text);
    expect(html).toContain('市场监管总局网站');
  });

  it('says where each slogan comes from', () => {
    const sources = [...decode(page()).matchAll(/class="slogan-source"[^>]*>出处：([^<]+)</g)].map((m) => m[1]);
    expect(sources).toHaveLength(slogans.length);
    expect(sources).toContain('本方案“1、 活动主题”');
  });

  it('publishes every preview the page refers to, in the format it claims', async () => {
    const html = page();
    const urls = new Set<string>();
    for (const m of html.matchAll(/\s(?:src|srcset)="([^"]+)"/g)) {
      for (const part of m[1].split(',')) urls.add(part.trim().split(/\s+/)[0]);
    }
    const previews = [...urls].filter((u) => u.startsWith('/2024/posters/'));
    expect(previews.length).toBe(slogans.length * posterSizes.length * 2 * 3);
    for (const u of previews) {
      const data = readFileSync(join(dist, u));
      const meta = await sharp(data).metadata();
      const ext = u.split('.').pop();
      expect(meta.format, u).toBe(ext === 'jpg' ? 'jpeg' : ext === 'avif' ? 'heif' : ext);
      expect(String(meta.width), u).toBe(u.match(/-w(\d+)\./)![1]);
    }
  });

  it('publishes the font licence next to the posters', () => {
    expect(readFileSync(join(dist, 'posters/OFL.txt'), 'utf8')).toContain('SIL Open Font License');
    expect(page()).toContain('href="/posters/OFL.txt"');
  });
});
