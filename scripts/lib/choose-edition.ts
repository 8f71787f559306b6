/**
 * The edition an office command works on, read from the content folder as the build reads
 * it (src/lib/content/disk.ts): `--edition` when given, else the newest.
 */
import { ContentError } from '../../src/lib/content-error';
import { loadEditions } from '../../src/lib/content/disk';
import type { Edition } from '../../src/lib/content/edition';

/**
 * Undefined (and the reason printed) when there is no such edition or the content does
 * not pass the content check, so the command exits with 2.
 */
export async function chooseEdition(
  asked: string | undefined,
  dir?: string,
): Promise<{ year: string; editions: string[]; edition: Edition } | undefined> {
  let all: Map<string, Edition>;
  try {
    all = (await loadEditions(dir)).editions;
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    console.error(`${error.message}\n\n请先按上面每一条修改内容（npm run check 检查）。`);
    return undefined;
  }
  const editions = [...all.keys()];
  const year = asked ?? editions[0];
  const edition = year === undefined ? undefined : all.get(year);
  if (!year || !edition) {
    console.error(`没有 ${year ?? '任何'} 年度：可用 ${editions.join('、') || '（content/ 下没有年度文件夹）'}。`);
    return undefined;
  }
  return { year, editions, edition };
}
