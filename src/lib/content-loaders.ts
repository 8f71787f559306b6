/**
 * The collections' loaders, wrapped so that a file whose frontmatter is not valid YAML
 * fails with a message an editor can act on (file, line, what is allowed) instead of a
 * parser stack trace.
 *
 * Every edition lives in content/<year>/; an entry's id is `<year>/<file name>` (or just
 * `<year>` for a file an edition has once, such as notice.mdx), so one collection holds
 * every year and `editionOf(entry)` tells them apart.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { file, glob, type Loader } from 'astro/loaders';
import { contentDir } from './content-dir';
import { formatProblem } from './content-error';
import { EDITION_FOLDER } from './editions';

interface YamlLikeError {
  message?: string;
  reason?: string;
  mark?: { line?: number };
  loc?: { file?: string; line?: number };
  id?: string;
}

function explainYamlError(error: unknown, fallbackFile: string): Error | undefined {
  const e = error as YamlLikeError;
  const isYaml = e?.mark !== undefined || /YAML|yaml|scalar|mapping|indentation|stream/.test(e?.message ?? '');
  if (!isYaml) return undefined;
  const where = e.loc?.file ?? e.id ?? fallbackFile;
  const line = e.loc?.line ?? (e.mark?.line !== undefined ? e.mark.line + 1 : undefined);
  const message = formatProblem({
    file: path.relative(process.cwd(), where),
    field: 'frontmatter',
    value: `不是有效的 YAML（${(e.reason ?? e.message ?? '').split('\n')[0]}${line ? `，读到第 ${line} 行时发现` : ''}）`,
    allowed: '两行 --- 之间每行写“字段: 值”；值里有引号或冒号时整段用英文双引号括起，引号要成对',
  });
  return new Error(`内容检查未通过，网站未生成：\n  - ${message}`, { cause: error });
}

function explained(loader: Loader, fallbackFile: string): Loader {
  return {
    ...loader,
    load: async (context) => {
      try {
        await loader.load(context);
      } catch (error) {
        throw explainYamlError(error, fallbackFile) ?? error;
      }
    },
  };
}

/** `2024/items/01.mdx` → `2024/01`; `2024/notice.mdx` → `2024`. */
function editionEntryId({ entry }: { entry: string }): string {
  const parts = entry.replace(/\\/g, '/').split('/');
  const name = parts[parts.length - 1].replace(/\.(mdx?|ya?ml)$/, '');
  return parts.length > 2 ? `${parts[0]}/${name}` : parts[0];
}

/** Markdown and MDX files in a folder of every edition, content/<year>/<folder>/ (files starting with _ are ignored). */
export const editionFolder = (folder: string) =>
  explained(
    glob({ pattern: `${EDITION_FOLDER}/${folder}/**/[^_]*.{md,mdx}`, base: contentDir, generateId: editionEntryId }),
    `${contentDir}/<年份>/${folder}/`,
  );

/** A file each edition has once, content/<year>/<name> (Markdown, MDX or YAML). */
export const editionFile = (name: string) =>
  explained(glob({ pattern: `${EDITION_FOLDER}/${name}`, base: contentDir, generateId: editionEntryId }), `${contentDir}/<年份>/${name}`);

/** A YAML data file in content/ shared by every edition, one entry per list item. */
export const contentFile = (name: string) => explained(file(`${contentDir}/${name}`), `${contentDir}/${name}`);

/** A YAML file in content/ that is one object (content/site.yaml): one entry, id `site`. */
export const contentObject = (name: string) =>
  explained(glob({ pattern: name, base: contentDir, generateId: () => 'site' }), `${contentDir}/${name}`);

/**
 * YAML files in a folder that an edition may have, content/<year>/<folder>/*.yaml (such as
 * returns/, which only exists once results are published). No edition having one is normal:
 * the collection is empty, without the glob loader's warning.
 */
export const editionDataFolder = (folder: string): Loader => {
  const inner = explained(
    glob({ pattern: `${EDITION_FOLDER}/${folder}/[^_]*.{yaml,yml}`, base: contentDir, generateId: editionEntryId }),
    `${contentDir}/<年份>/${folder}/`,
  );
  const anyFile = () =>
    existsSync(contentDir) &&
    readdirSync(contentDir).some((year) => {
      const dir = path.join(contentDir, year, folder);
      return /^\d{4}$/.test(year) && existsSync(dir) && readdirSync(dir).some((f) => /^[^_].*\.ya?ml$/.test(f));
    });
  return {
    ...inner,
    load: async (context) => {
      if (anyFile()) await inner.load(context);
      else context.store.clear();
    },
  };
};
