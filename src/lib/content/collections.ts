/**
 * What content/ holds: each collection's files and the schema they must follow. One table
 * for both readers of content/: Astro's loaders (./loaders.ts, for the build) and the
 * disk reader (./read.ts, for `npm run check` and the scripts), so the two
 * always read the same files with the same schemas.
 */
import { z } from 'astro/zod';
import type { SchemaContext } from 'astro:content';
import { EDITION_FOLDER } from '../editions';
import { itemSchema } from '../../schemas/items';
import { categorySchema } from '../../schemas/categories';
import { unitSchema } from '../../schemas/units';
import { planSectionSchema } from '../../schemas/plan';
import { noticeSchema } from '../../schemas/notice';
import { sloganSchema } from '../../schemas/slogans';
import { reportSchema } from '../../schemas/report';
import { editionSchema, siteSchema } from '../../schemas/edition';
import { returnsSchema } from '../../schemas/returns';
import { searchTermsSchema } from '../../schemas/search-terms';

export type CollectionSource =
  /** One YAML file in content/ that is one object; one entry, id `site`. */
  | { kind: 'object'; file: string }
  /** One YAML file in content/ that is a list; one entry per item, id from its `id`. */
  | { kind: 'list'; file: string }
  /** A file each edition has once, content/<year>/<name>; id `<year>`. */
  | { kind: 'edition-file'; name: string }
  /** Markdown/MDX files in content/<year>/<folder>/ (not starting with _); id `<year>/<name>`. */
  | { kind: 'edition-folder'; folder: string }
  /** YAML files an edition may have in content/<year>/<folder>/; id `<year>/<name>`. */
  | { kind: 'edition-data'; folder: string };

export interface CollectionSpec {
  source: CollectionSource;
  /** The schema, or for a collection with images, the schema given Astro's image() (or a stand-in). */
  schema: z.ZodTypeAny | ((context: SchemaContext) => z.ZodTypeAny);
}

// Everything the office edits lives in content/; these schemas say what each file may hold.
// content/units.yaml, site.yaml and search-terms.yaml are shared; the rest is one folder per year.
export const collectionSpecs = {
  site: { source: { kind: 'object', file: 'site.yaml' }, schema: siteSchema },
  searchTerms: { source: { kind: 'object', file: 'search-terms.yaml' }, schema: searchTermsSchema },
  units: { source: { kind: 'list', file: 'units.yaml' }, schema: unitSchema },
  editions: { source: { kind: 'edition-file', name: 'edition.yaml' }, schema: editionSchema },
  notice: { source: { kind: 'edition-file', name: 'notice.mdx' }, schema: noticeSchema },
  plan: { source: { kind: 'edition-folder', folder: 'plan' }, schema: planSectionSchema },
  categories: { source: { kind: 'edition-folder', folder: 'categories' }, schema: categorySchema },
  items: { source: { kind: 'edition-folder', folder: 'items' }, schema: itemSchema },
  slogans: { source: { kind: 'edition-folder', folder: 'slogans' }, schema: sloganSchema },
  report: { source: { kind: 'edition-file', name: 'report.yaml' }, schema: reportSchema },
  // What units reported, published with npm run collect-report -- --publish (none until then).
  returns: { source: { kind: 'edition-data', folder: 'returns' }, schema: returnsSchema },
} as const satisfies Record<string, CollectionSpec>;

export type CollectionName = keyof typeof collectionSpecs;

/** Where a source's files lie for one edition (`year`: a year or a pattern for one), relative to content/: a file, or a folder ending in `/`. */
function sourceLocation(source: CollectionSource, year: string): string {
  switch (source.kind) {
    case 'object':
    case 'list':
      return source.file;
    case 'edition-file':
      return `${year}/${source.name}`;
    case 'edition-folder':
    case 'edition-data':
      return `${year}/${source.folder}/`;
  }
}

/** The file extensions a source's files may have. */
export function sourceExtensions(source: CollectionSource): string[] {
  if (source.kind === 'edition-folder') return ['md', 'mdx'];
  if (source.kind === 'edition-data') return ['yaml', 'yml'];
  return [(source.kind === 'edition-file' ? source.name : source.file).split('.').pop()!];
}

/** Whether a source's files are Markdown/MDX (with YAML frontmatter) rather than YAML files. */
export const isMarkdown = (source: CollectionSource): boolean => sourceExtensions(source).some((e) => /^mdx?$/.test(e));

/** The glob (relative to content/) of a collection's files (files starting with _ are left out). */
export function sourcePattern(source: CollectionSource): string {
  const where = sourceLocation(source, EDITION_FOLDER);
  if (source.kind === 'edition-folder') return `${where}**/[^_]*.{${sourceExtensions(source).join(',')}}`;
  if (source.kind === 'edition-data') return `${where}[^_]*.{${sourceExtensions(source).join(',')}}`;
  return where;
}

/**
 * A collection's schema as zod; for returns, whose photos Astro's image() reads in the
 * build, a photo's file is a path (what an editor writes, and what the check reads).
 */
export function schemaOf(spec: CollectionSpec): z.ZodTypeAny {
  return typeof spec.schema === 'function' ? spec.schema({ image: () => z.string() } as never) : spec.schema;
}

/**
 * An entry of a list file's place in that file (0 for the first): both readers add it
 * (loaders.ts, read.ts), since Astro hands entries back sorted by id, and the file's
 * order is the order the site shows.
 */
export const listPosition = (entry: { data: object }): number => (entry.data as { position?: number }).position ?? 0;

/** Entries of a list file in the file's order. */
export const inListOrder = <E extends { data: object }>(entries: readonly E[]): E[] =>
  [...entries].sort((a, b) => listPosition(a) - listPosition(b));

/** An entry's id from its file (relative to content/): `2024/items/01.mdx` → `2024/01`; `2024/notice.mdx` → `2024`. */
export function entryId(source: CollectionSource, relativeFile: string): string {
  if (source.kind === 'object') return 'site';
  const parts = relativeFile.replace(/\\/g, '/').split('/');
  const name = parts[parts.length - 1].replace(/\.(mdx?|ya?ml)$/, '');
  return parts.length > 2 ? `${parts[0]}/${name}` : parts[0];
}

/** Where a collection's files lie (for one edition), relative to content/: a file, or a folder ending in `/`. */
export const collectionPath = (name: CollectionName, year = '<年份>'): string => sourceLocation(collectionSpecs[name].source, year);
