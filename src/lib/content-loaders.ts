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
import { ContentError } from './content-error';
import { YAML_ALLOWED } from './content-read';
import { entryId, sourcePattern, type CollectionSource } from './collections';

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
  return new ContentError([
    {
      file: path.relative(process.cwd(), where),
      field: 'frontmatter',
      value: `不是有效的 YAML（${(e.reason ?? e.message ?? '').split('\n')[0]}）`,
      allowed: YAML_ALLOWED,
      line,
    },
  ]);
}

/**
 * An entry the schema refuses: the content check's own reading of the files says what is
 * wrong, in the same words as `npm run check` (file, line, field, value, what is allowed),
 * instead of Astro's message with its stack trace. This matters in `npm run dev`, where a
 * file saved with a mistake is read again while the server runs.
 */
async function explainSchemaError(error: unknown): Promise<unknown> {
  const { readContent } = await import('./content-read');
  const { problems } = await readContent();
  return problems.length > 0 ? new ContentError(problems) : error;
}

function explained(loader: Loader, fallbackFile: string): Loader {
  return {
    ...loader,
    load: async (context) => {
      let loaded = false;
      const parseData: typeof context.parseData = async (props) => {
        try {
          return await context.parseData(props);
        } catch (error) {
          const explained = await explainSchemaError(error);
          // A file saved while `npm run dev` runs: say what is wrong and keep serving the
          // entry as it last was, rather than stopping the server with a stack trace.
          const previous = context.store.get(props.id)?.data;
          if (loaded && explained instanceof ContentError && previous) {
            console.error(`${explained.message}\n（页面仍显示改动前的内容，改好后保存即更新。）`);
            return previous as typeof props.data;
          }
          throw explained;
        }
      };
      try {
        await loader.load({ ...context, parseData });
        loaded = true;
      } catch (error) {
        throw explainYamlError(error, fallbackFile) ?? error;
      }
    },
  };
}

/** The loader of a collection's files (src/lib/collections.ts). */
export function loaderFor(source: CollectionSource): Loader {
  const pattern = sourcePattern(source);
  const generateId = ({ entry }: { entry: string }) => entryId(source, entry);
  switch (source.kind) {
    case 'list':
      return explained(file(`${contentDir}/${source.file}`), `${contentDir}/${source.file}`);
    case 'object':
    case 'edition-file':
    case 'edition-folder':
      return explained(glob({ pattern, base: contentDir, generateId }), `${contentDir}/${pattern}`);
    case 'edition-data':
      return optionalFolder(source.folder, explained(glob({ pattern, base: contentDir, generateId }), `${contentDir}/${pattern}`));
  }
}

/**
 * YAML files in a folder that an edition may have, content/<year>/<folder>/*.yaml (such as
 * returns/, which only exists once results are published). No edition having one is normal:
 * the collection is empty, without the glob loader's warning.
 */
function optionalFolder(folder: string, inner: Loader): Loader {
  return {
    ...inner,
    load: async (context) => {
      if (anyEditionHas(folder)) await inner.load(context);
      else context.store.clear();
    },
  };
}

/** Whether any edition has YAML files in content/<year>/<folder>/ (an optional folder such as returns/). */
export function anyEditionHas(folder: string): boolean {
  return (
    existsSync(contentDir) &&
    readdirSync(contentDir).some((year) => {
      const dir = path.join(contentDir, year, folder);
      return /^\d{4}$/.test(year) && existsSync(dir) && readdirSync(dir).some((f) => /^[^_].*\.ya?ml$/.test(f));
    })
  );
}
