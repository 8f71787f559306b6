/** scripts/check-report.ts on a folder of fixture photos made at test time. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runScript } from '../../helpers/cli';
import { caption50, caption51, makeFixtures, shortCaption, writeTree } from '../../helpers/report/photos';

const checkReport = (folder: string, ...flags: string[]) => runScript('scripts/check-report.ts', [folder, ...flags]);

let dir: string;
let passing: string;
let failing: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'check-report-'));
  const f = await makeFixtures();
  passing = path.join(dir, 'passing');
  failing = path.join(dir, 'failing');
  await writeTree(passing, {
    // Name, alias and id all identify a unit.
    '区市场监管局/活动1.jpg': f.good,
    '区市场监管局/活动2.JPG': f.rotatedOk,
    '区市场监管局/说明.txt': `\uFEFF活动1.jpg：${shortCaption}\r\n活动2.JPG:${caption50}\r\n`,
    '区文旅局/景区检查.jpeg': f.portrait,
    '区文旅局/说明.txt': `# 区文旅局报送\n景区检查：${shortCaption}\n`,
    'water/照片/a.jpg': f.good2,
    'water/说明.txt': `a.jpg：${shortCaption}\n`,
    'water/统计表.xlsx': 'not checked',
    'water/典型案例.pdf': '%PDF-1.7 a case report, not a photo',
  });
  await writeTree(failing, {
    '区市场监管局/small.jpg': f.small,
    '区市场监管局/fake.jpg': f.png,
    '区市场监管局/说明.txt': `small.jpg：${shortCaption}\nfake.jpg：${shortCaption}\nghost.jpg：${shortCaption}\n`,
    '区应急局/half.jpg': f.truncated,
    '区应急局/zero.jpg': f.empty,
    '区应急局/说明.txt': `half.jpg：${shortCaption}\nzero.jpg：${shortCaption}\n`,
    '区公安局/a.jpg': f.good,
    '区公安局/b.jpg': f.good2,
    '区公安局/c.jpg': f.portrait,
    '区公安局/说明.txt': `a.jpg：${shortCaption}\nb.jpg：${shortCaption}\nc.jpg：${shortCaption}\n`,
    '区工商联/long.jpg': f.good,
    '区工商联/turned.jpg': f.rotatedSmall,
    '区工商联/说明.txt': `long.jpg：${caption51}\n`,
    '区税务局/bomb.jpg': f.bomb,
    '区税务局/garbage.jpg': f.garbage,
    '区税务局/说明.txt': `bomb.jpg：${shortCaption}\ngarbage.jpg：${shortCaption}\n`,
    '区统计局/damaged.jpg': f.damaged,
    '区市场局/a.jpg': f.good,
    '区市场局/说明.txt': `a.jpg：${shortCaption}\n`,
    '区文化和旅游局/a.jpg': f.good,
    '区文化和旅游局/说明.txt': `a.jpg：${shortCaption}\n`,
    '区文旅局/b.jpg': f.good,
    '区文旅局/说明.txt': `b.jpg：${shortCaption}\n`,
    '散落.jpg': f.good,
  });
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('check-report CLI', () => {
  it('passes good material, matching folders by name, alias and id', async () => {
    const { code, out } = await checkReport(passing);
    expect(out).toContain('全部通过');
    expect(code).toBe(0);
    expect(out).toContain('■ 区市场监管局：通过');
    expect(out).toContain('■ 区文化和旅游局（文件夹“区文旅局”）：通过');
    expect(out).toContain('■ 区水务局（文件夹“water”）：通过');
    // EXIF orientation 6: stored 1024×768, shown and reported as 768×1024.
    expect(out).toMatch(/活动2\.JPG\s+JPG\s+768×1024\s+50\s+通过/);
    expect(out).toMatch(/照片\/a\.jpg\s+JPG\s+1600×1200/);
    expect(out).toMatch(/其他材料（未检查）：.*典型案例\.pdf/);
    expect(out).toMatch(/其他材料（未检查）：.*统计表\.xlsx/);
  });

  it('names every problem and exits non-zero', async () => {
    const { code, out } = await checkReport(failing);
    expect(code).toBe(1);
    const expected = [
      '照片 small.jpg 为 800×600 像素，小于 1024×768',
      '照片 fake.jpg 是 PNG 格式（文件名为 .jpg），请另存为 JPG',
      '说明.txt 里有照片 ghost.jpg 的说明，但文件夹里没有这张照片',
      '照片 half.jpg 不完整',
      '照片 zero.jpg 是空文件（0 字节）',
      '共有 3 张照片，只能报送1至2张：请精选后删去 1 张。',
      '照片 long.jpg 的说明有 51 个字，超过 50 字，请删减 1 个字。',
      '照片 turned.jpg 为 768×1000 像素（已按相机记录的方向旋转），小于 1024×768',
      '照片 turned.jpg 没有说明',
      '照片 bomb.jpg 标称 20000×20000 像素，超过 1 亿像素',
      '照片 garbage.jpg 已损坏（读不到图像尺寸）',
      '照片 damaged.jpg 已损坏，无法完整打开',
      '文件夹“区统计局”里没有 说明.txt',
      '照片 damaged.jpg 没有说明',
      '文件夹“区市场局”不是单位名录中的单位，是否应为 区市场监管局？',
      '文件夹 “区文化和旅游局”、“区文旅局” 都是 区文化和旅游局，请合并为一个文件夹。',
      '材料文件夹根目录下的 散落.jpg 不在任何单位文件夹里',
    ];
    for (const message of expected) expect(out).toContain(message);
    // Each file gets its own verdict: a bad file never stops the check of the others.
    expect(out).toMatch(/long\.jpg\s+JPG\s+1024×768\s+51\s+未通过/);
    expect(out).toContain('■ 区公安局：未通过');
    expect(out).toMatch(/未通过 7 个/);
  });

  it('explains usage and exits 2 when the folder cannot be read', async () => {
    const missing = await checkReport(path.join(dir, 'no-such-folder'));
    expect(missing.code).toBe(2);
    expect(missing.out).toContain('读不到文件夹');
  });

  it('checks by the rules of the edition asked for, and names the editions there are', async () => {
    const { code, out } = await checkReport(passing, '--edition', '2024');
    expect(code).toBe(0);
    expect(out).toContain('（2024 年度）');
    const unknown = await checkReport(passing, '--edition', '1999');
    expect(unknown.code).toBe(2);
    expect(unknown.out).toMatch(/没有 1999 年度：可用 (\d{4}、)*2024/);
    const bad = await checkReport(passing, '--year', '2024');
    expect(bad.code).toBe(2);
    expect(bad.out).toContain('用法：npm run check-report -- <材料文件夹> [--edition 年份]');
  });
});
