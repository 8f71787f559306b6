/**
 * The collections' loaders, wrapped so that a file whose frontmatter is not valid YAML
 * fails with a message an editor can act on (file, line, what is allowed) instead of a
 * parser stack trace.
 */
import path from 'node:path';
import { file, glob, type Loader } from 'astro/loaders';
import { contentDir } from './content-dir';
import { formatProblem } from './content-error';

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

/** Markdown and MDX files in a folder of content/ (files starting with _ are ignored). */
export const contentFolder = (folder: string) =>
  explained(glob({ pattern: '**/[^_]*.{md,mdx}', base: `${contentDir}/${folder}` }), `${contentDir}/${folder}/`);

/** A YAML data file in content/, one entry per list item. */
export const contentFile = (name: string) => explained(file(`${contentDir}/${name}`), `${contentDir}/${name}`);
