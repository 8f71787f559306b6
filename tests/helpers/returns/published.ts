/**
 * A folder of passing returns for a few units, and publishing it into a content copy
 * with the real CLI (npm run collect-report -- --publish), for the site tests and the bench.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { projectRoot } from '../build-fixture';
import { writeTree } from '../report/photos';
import { edition, filledCsv, filledXlsx, gpsPhoto, unitById } from './fixtures';

/** Captions and alt texts the tests look for in the built pages and the search index. */
export const PUBLISHED = {
  caption: '检验人员在集市上为群众免费检测电子秤',
  alt: '两名检验人员在集市摊位前用砝码校准一台电子秤',
  captionNoAlt: '宣传台前群众领取质量月宣传资料',
} as const;

/** Units with returns: one XLSX with two photos (one EXIF-rotated, with alt text), one CSV. */
export const PUBLISHED_UNITS = ['market-regulation', 'water'] as const;

export async function writeReturnsFolder(dir: string): Promise<void> {
  const e = await edition();
  const market = unitById(e, 'market-regulation');
  const water = unitById(e, 'water');
  const first = market.items[0].number;
  await writeTree(dir, {
    [`区市场监管局/第${first}项-计量.jpg`]: await gpsPhoto(1600, 1200, 6),
    '区市场监管局/宣传.jpg': await gpsPhoto(2400, 1800, 1, '#9c4221'),
    '区市场监管局/说明.txt': `第${first}项-计量.jpg：${PUBLISHED.caption}\n宣传.jpg：${PUBLISHED.captionNoAlt}\n`,
    '区市场监管局/照片描述.txt': `第${first}项-计量.jpg：${PUBLISHED.alt}\n`,
    '区市场监管局/统计表.xlsx': await filledXlsx(e, market),
    '区水务局/a.jpg': await gpsPhoto(1280, 960, 1, '#2f855a'),
    '区水务局/说明.txt': `a.jpg：区水务局节水宣传进社区\n`,
    '区水务局/统计表.csv': filledCsv(e, water),
  });
}

/** Runs collect-report --publish on `folder` with its content pointed at `contentDir` (synchronously). */
export function publishInto(contentDir: string, folder: string): string {
  return execFileSync(
    path.join(projectRoot, 'node_modules/.bin/tsx'),
    ['scripts/collect-report.ts', '--', folder, '--publish', '--out', path.join(folder, '..', '汇总表.xlsx')],
    {
      cwd: projectRoot,
      env: { ...process.env, QM_CONTENT_DIR: contentDir },
      encoding: 'utf8',
    },
  );
}
