/**
 * A published return's photos are files beside it; Astro's image() reads them in the
 * build, the check (which reads the field as a path) looks that each is there.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { CollectionEntry } from 'astro:content';
import type { ContentProblem } from '../../content-error';

export function missingPhotos(entry: CollectionEntry<'returns'>, dir: string): ContentProblem[] {
  const file = entry.filePath ?? `${dir}/${entry.id}.yaml`;
  return entry.data.photos.flatMap((photo, i) =>
    typeof photo.file === 'string' && !existsSync(path.resolve(path.dirname(file), photo.file))
      ? [
          {
            file,
            field: `photos[${i}].file`,
            value: `照片“${photo.file}”不在这个文件旁边`,
            allowed: '与该文件放在同一文件夹中的照片（npm run collect-report -- --publish 写入时一并复制）：恢复照片，或删去这一条',
          },
        ]
      : [],
  );
}
