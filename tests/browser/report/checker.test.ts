/**
 * The photo checker on the built report page, in Debian chromium: the same fixtures as
 * the CLI test, chosen with setInputFiles; results read from the aria-live region.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireBuild } from '../../helpers/report/built';
import { caption50, caption51, makeFixtures, shortCaption, writeTree } from '../../helpers/report/photos';
import { axeViolations } from '../../helpers/axe';
import { useServedSite } from '../../helpers/site';

const site = useServedSite();
let dir: string;
const file = (name: string) => path.join(dir, name);

beforeAll(async () => {
  requireBuild();
  dir = await mkdtemp(path.join(tmpdir(), 'photo-checker-'));
  const f = await makeFixtures();
  await writeTree(dir, {
    'good.jpg': f.good,
    'big.jpg': f.good2,
    'turned-ok.jpg': f.rotatedOk,
    'turned-small.jpg': f.rotatedSmall,
    'portrait.jpg': f.portrait,
    'small.jpg': f.small,
    'fake.jpg': f.png,
    'half.jpg': f.truncated,
    'zero.jpg': f.empty,
    'bomb.jpg': f.bomb,
    'garbage.jpg': f.garbage,
  });
});

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function openChecker(): Promise<Page> {
  // Its requests to other hosts fail the test (useServedSite).
  const page = await site.newPage();
  await page.goto(`${site.url}/2024/report/`);
  return page;
}

/** Chooses files, types captions (undefined: leave empty), presses 检查, returns the result text. */
async function check(page: Page, photos: [string, string | undefined][]): Promise<string> {
  await page.getByLabel('选择照片（1至2张 JPG）').setInputFiles(photos.map(([name]) => file(name)));
  for (const [name, caption] of photos) {
    if (caption !== undefined) await page.getByLabel(`照片 ${name} 的说明`).fill(caption);
  }
  await page.getByRole('button', { name: '检查' }).click();
  const status = page.getByRole('status');
  await expect.poll(() => status.textContent(), { timeout: 10_000 }).toMatch(/检查(通过|未通过)/);
  return (await status.textContent()) ?? '';
}

describe('photo checker in chromium', () => {
  it('passes good photos, counting the emoji caption as 50 characters, and shows the turned size', async () => {
    const page = await openChecker();
    await expect.poll(() => page.locator('#photo-checker [aria-live="polite"]').count()).toBe(1);
    const text = await check(page, [
      ['good.jpg', shortCaption],
      ['turned-ok.jpg', caption50],
    ]);
    expect(text).toContain('检查通过');
    expect(text).toContain('照片 turned-ok.jpg：JPG，768×1024 像素，说明 50 字，符合要求。');
    expect(await page.getByText('已输入 50 字。').count()).toBe(1);
    await page.close();
  });

  // Photos that fail, each case with what the checker must say of them.
  it.each([
    [
      'names a small photo and a PNG named .jpg',
      ['small.jpg', 'fake.jpg'],
      ['检查未通过', '照片 small.jpg 为 800×600 像素，小于 1024×768', '照片 fake.jpg 是 PNG 格式（文件名为 .jpg），请另存为 JPG'],
    ],
    ['names a truncated and an empty file', ['half.jpg', 'zero.jpg'], ['照片 half.jpg 不完整', '照片 zero.jpg 是空文件（0 字节）']],
    ['refuses three photos', ['good.jpg', 'big.jpg', 'portrait.jpg'], ['共有 3 张照片，只能报送1至2张']],
    [
      'refuses a pixel bomb without decoding it, and a file that only starts like a JPEG',
      ['bomb.jpg', 'garbage.jpg'],
      ['照片 bomb.jpg 标称 20000×20000 像素，超过 1 亿像素', '照片 garbage.jpg 已损坏'],
    ],
  ])('%s', async (_, photos, said) => {
    const page = await openChecker();
    const text = await check(
      page,
      photos.map((name) => [name, shortCaption]),
    );
    for (const words of said) expect(text).toContain(words);
    await page.close();
  });

  it('names a caption of 51 characters and a missing caption; the turned photo is too small', async () => {
    const page = await openChecker();
    const text = await check(page, [
      ['good.jpg', caption51],
      ['turned-small.jpg', undefined],
    ]);
    expect(text).toContain('照片 good.jpg 的说明有 51 个字，超过 50 字');
    expect(text).toContain('照片 turned-small.jpg 没有说明');
    expect(text).toContain('照片 turned-small.jpg 为 768×1000 像素（已按相机记录的方向旋转），小于 1024×768');
    expect(await page.getByText('已输入 51 字，超出 1 字。').count()).toBe(1);
    await page.close();
  });

  it('works from the keyboard and passes axe', async () => {
    const page = await openChecker();
    await page.getByLabel('选择照片（1至2张 JPG）').setInputFiles([file('good.jpg')]);
    await page.getByLabel('照片 good.jpg 的说明').focus();
    await page.keyboard.type(shortCaption);
    await page.keyboard.press('Tab');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('检查');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('status').textContent()).toContain('检查通过');
    expect(await axeViolations(page, '#photo-checker')).toEqual([]);
    await page.close();
  });

  it('without JavaScript, shows the rules and a note instead of the form', async () => {
    const context = await site.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.url}/2024/report/`);
    await expect.poll(() => page.getByText('2024年10月9日（周三）下班前').first().isVisible()).toBe(true);
    expect(await page.getByText('自查工具需要浏览器启用 JavaScript').isVisible()).toBe(true);
    expect(await page.locator('form[data-photo-checker]').isVisible()).toBe(false);
    await context.close();
  });
});
