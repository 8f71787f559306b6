/**
 * The collections' loaders, wrapped so that a file whose frontmatter is not valid YAML
 * fails with a message an editor can act on (file, line, what is allowed) instead of a
 * parser stack trace.
 *
 * Every edition lives in content/<year>/; an entry's id is `<year>/<file name>` (or just
 * `<year>` for a file an edition has once, such as notice.mdx), so one collection holds
 * every year and `editionOf(entry)` tells them apart.
 */
import { globSync } from 'tinyglobby';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob, type Loader } from 'astro/loaders';
import { contentDir } from '../content-dir';
import { ContentError } from '../content-error';
import { readContent } from './read';
import { normaliseText, readYaml } from '../frontmatter';
import { entryId, sourcePattern, type CollectionSource } from './collections';

/**
 * Astro refusing a file (not valid YAML, a value the schema refuses…): the content check's
 * own reading of the files says what is wrong, in the same words as `npm run check` (file,
 * line, field, value, what is allowed), instead of Astro's message with its stack trace.
 * This matters for `npm run dev`, where a file saved with a mistake is read again while the
 * server runs, and for `astro build` or `astro check` run by themselves. An error the check
 * finds nothing behind is a bug, and goes on as it is.
 */
async function explain(error: unknown): Promise<unknown> {
  if (error instanceof ContentError) return error;
  const { problems } = await readContent();
  return problems.length > 0 ? new ContentError(problems) : error;
}

function explained(loader: Loader): Loader {
  return {
    ...loader,
    load: async (context) => {
      let loaded = false;
      const parseData: typeof context.parseData = async (props) => {
        try {
          return await context.parseData(props);
        } catch (error) {
          const explained = await explain(error);
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
        throw await explain(error);
      }
    },
  };
}

/** The loader of a collection's files (./collections.ts). */
export function loaderFor(source: CollectionSource): Loader {
  const pattern = sourcePattern(source);
  const generateId = ({ entry }: { entry: string }) => entryId(source, entry);
  switch (source.kind) {
    case 'list':
      return explained(listLoader(source.file));
    case 'object':
    case 'edition-file':
    case 'edition-folder':
      return explained(glob({ pattern, base: contentDir, generateId }));
    case 'edition-data':
      return optionalFolder(source, explained(glob({ pattern, base: contentDir, generateId })));
  }
}

/**
 * A YAML file that is a list (content/units.yaml): one entry per item, id from its `id`,
 * and its place in the file as `position`, since Astro hands entries back sorted by id and
 * the file's order is the order the site shows (the content check's reader adds the same).
 */
function listLoader(file: string): Loader {
  return {
    name: 'list-loader',
    load: async ({ store, parseData, config, logger, watcher }) => {
      const fullPath = path.resolve(contentDir, file);
      // As Astro's own loaders store it: relative to the project's root.
      const filePath = path.relative(fileURLToPath(config.root), fullPath).split(path.sep).join('/');
      const sync = async () => {
        const items = readYaml(normaliseText(readFileSync(fullPath, 'utf8')));
        if (!Array.isArray(items)) throw new Error(`${filePath} is not a list`);
        const entries = [];
        for (const [position, item] of items.entries()) {
          const id = String((item as { id?: unknown })?.id);
          const data = await parseData({ id, data: item as Record<string, unknown>, filePath });
          entries.push({ id, data: { ...data, position }, filePath });
        }
        store.clear();
        for (const entry of entries) store.set(entry);
      };
      await sync();
      // `npm run dev`: the file saved again is read again, as Astro's file() loader does; a
      // mistake in it is told in the check's words and the entries stay as they were.
      watcher?.add(fullPath);
      watcher?.on('change', async (changed) => {
        if (path.resolve(changed) !== fullPath) return;
        try {
          await sync();
          logger.info(`Reloaded data from ${file}`);
        } catch (error) {
          const explainedError = await explain(error);
          console.error(explainedError instanceof Error ? explainedError.message : String(explainedError));
        }
      });
    },
  };
}

/**
 * YAML files in a folder that an edition may have, content/<year>/<folder>/*.yaml (such as
 * returns/, which only exists once results are published). No edition having one is normal:
 * the collection is empty, without the glob loader's warning.
 */
function optionalFolder(source: CollectionSource, inner: Loader): Loader {
  return {
    ...inner,
    load: async (context) => {
      if (hasFiles(source)) await inner.load(context);
      else context.store.clear();
    },
  };
}

/** Whether the collection has any file (returns/ only exists once results are published). */
export function hasFiles(source: CollectionSource, dir: string = contentDir): boolean {
  return globSync(sourcePattern(source), { cwd: dir }).length > 0;
}
