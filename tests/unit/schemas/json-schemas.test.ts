// The JSON Schemas the editors use (src/schemas/json/, .vscode/settings.json) are the build's
// zod schemas: up to date with them, true of every real content file, and as strict as
// they are on the mistakes staff make. Checked with ajv, a validator of its own.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { readFrontmatter, readYaml, splitFrontmatter } from '../../../src/lib/frontmatter';
import {
  contentJsonSchemas,
  JSON_SCHEMA_DIR,
  jsonSchemaFile,
  jsonSchemaText,
  vscodeYamlSchemas,
  type ContentJsonSchema,
} from '../../../src/schemas/json-schema';
import { projectRoot } from '../../helpers/build-fixture';

const read = (rel: string) => readFileSync(path.join(projectRoot, rel), 'utf8');

const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true });
addFormats(ajv);
// Annotations for the editors (hover text, the message shown for a wrong value).
ajv.addVocabulary(['markdownDescription', 'errorMessage']);
const validators = new Map<string, ValidateFunction>(
  contentJsonSchemas.map((entry) => [entry.name, ajv.compile(JSON.parse(read(jsonSchemaFile(entry))))]),
);

/** As the YAML extension matches a `yaml.schemas` glob: `*` is any run of characters, the rest literal. */
const globMatches = (glob: string, file: string) =>
  new RegExp(`(^|/)${glob.replace(/[-\\{}+?|^$.,[\]()#\s]/g, '\\$&').replace(/[*]/g, '.*')}$`).test(file);

const schemaOf = (file: string) => contentJsonSchemas.filter((entry) => entry.files.some((glob) => globMatches(glob, file)));

const contentFiles = (readdirSync(path.join(projectRoot, 'content'), { recursive: true }) as string[])
  .map((f) => `content/${f.replace(/\\/g, '/')}`)
  .filter((f) => /\.(ya?ml|mdx?)$/.test(f))
  .sort();

/** A file's data as the build reads it (dates as dates, like Astro) and as an editor reads it (YAML 1.2: a date is text). */
function readBoth(entry: ContentJsonSchema, text: string): { build: unknown; editor: unknown } {
  if (entry.frontmatter) return { build: readFrontmatter(text), editor: parse(splitFrontmatter(text).yaml) ?? {} };
  return { build: readYaml(text), editor: parse(text, { merge: true }) };
}

const entryNamed = (name: string) => contentJsonSchemas.find((entry) => entry.name === name)!;

/** Both readings of `file` with `from` replaced by `to` (the replacement must happen). */
function altered(file: string, from: string | RegExp, to: string) {
  const text = read(file);
  const changed = text.replace(from, to);
  expect(changed, `${file}: ${from} not found`).not.toBe(text);
  const entry = schemaOf(file)[0];
  return { entry, ...readBoth(entry, changed) };
}

describe('JSON Schemas for the editors', () => {
  it('are up to date with the zod schemas (run npm run schemas after changing src/schemas/)', () => {
    for (const entry of contentJsonSchemas) expect(read(jsonSchemaFile(entry)), jsonSchemaFile(entry)).toBe(jsonSchemaText(entry));
    const files = readdirSync(path.join(projectRoot, JSON_SCHEMA_DIR)).sort();
    expect(files).toEqual(contentJsonSchemas.map((entry) => path.basename(jsonSchemaFile(entry))).sort());
    const settings = JSON.parse(read('.vscode/settings.json')) as Record<string, unknown>;
    expect(settings['yaml.schemas']).toEqual(vscodeYamlSchemas());
  });

  it('give every field a rule, not “anything” (a new field type needs its JSON Schema in fields.ts)', () => {
    const blank: string[] = [];
    const walk = (node: Record<string, unknown>, where: string) => {
      if (Object.keys(node).length === 0 || (!node.type && !node.enum && !node.anyOf)) blank.push(where);
      for (const [key, child] of Object.entries((node.properties ?? {}) as Record<string, Record<string, unknown>>))
        walk(child, `${where}.${key}`);
      if (node.items && typeof node.items === 'object') walk(node.items as Record<string, unknown>, `${where}[]`);
      if (node.additionalProperties && typeof node.additionalProperties === 'object')
        walk(node.additionalProperties as Record<string, unknown>, `${where}.*`);
      for (const option of (node.anyOf ?? []) as Record<string, unknown>[]) walk(option, `${where}|`);
    };
    for (const entry of contentJsonSchemas) walk(JSON.parse(read(jsonSchemaFile(entry))), entry.name);
    expect(blank).toEqual([]);
  });

  it('cover every YAML, Markdown and MDX file in content/, each by one schema', () => {
    expect(contentFiles.length).toBeGreaterThan(40);
    const unmatched = contentFiles.filter((file) => schemaOf(file).length !== 1);
    expect(unmatched).toEqual([]);
  });

  it('accept every real content file, as the zod schemas do', () => {
    const problems: string[] = [];
    for (const file of contentFiles) {
      const entry = schemaOf(file)[0];
      const { build, editor } = readBoth(entry, read(file));
      const validate = validators.get(entry.name)!;
      if (!validate(editor)) problems.push(`${file}: ${ajv.errorsText(validate.errors)}`);
      const zod = entry.schema.safeParse(build);
      if (!zod.success) problems.push(`${file} (zod): ${zod.error.message}`);
    }
    expect(problems).toEqual([]);
  });

  const mistakes: [string, string, string | RegExp, string][] = [
    ['a misspelt scope word', 'content/2024/slogans/district-theme.md', /^scope: district$/m, 'scope: distrct'],
    ['a negative number of photos', 'content/2024/report.yaml', /^ {2}min: 1$/m, '  min: -1'],
    ['a number written as text', 'content/2024/items/09.mdx', /^number: 9$/m, 'number: 九'],
    ['a missing title', 'content/2024/items/09.mdx', /^title: .*\n/m, ''],
    ['a date written in Chinese', 'content/2024/report.yaml', /^ {2}date: 2024-10-09$/m, '  date: 2024年10月9日'],
    ['a column too wide for Excel', 'content/2024/report.yaml', /^ {4}width: 24$/m, '    width: 90'],
    ['a slogan with two spaces between phrases', 'content/2024/slogans/district-theme.md', '加强质量支撑 推动', '加强质量支撑  推动'],
    ['a unit id in capitals', 'content/units.yaml', '- id: water', '- id: Water'],
    ['an empty unit name in an item', 'content/2024/items/09.mdx', '  - 区市场监管局', '  - " "'],
    ['an attachment page that does not exist', 'content/2024/notice.mdx', /page: report/, 'page: reports'],
  ];

  it.each(mistakes)('reject %s, as the zod schemas do', (_what, file, from, to) => {
    const { entry, build, editor } = altered(file, from, to);
    const validate = validators.get(entry.name)!;
    expect(validate(editor), 'JSON Schema').toBe(false);
    expect(entry.schema.safeParse(build).success, 'zod').toBe(false);
  });

  // Astro's YAML reader (js-yaml) reads 2024-8-30 as text, which the build rejects; the `yaml`
  // package's timestamp tag (src/lib/frontmatter.ts) reads it as a date. 2024-09-31 both read as
  // 1 October. The editor rejects both, as the format “年-月-日, 两位” says.
  it.each([
    ['a date without leading zeros', 'date: 2024-8-30'],
    ['a day that does not exist', 'date: 2024-09-31'],
  ])('reject %s', (_what, to) => {
    const { entry, editor } = altered('content/2024/notice.mdx', /^date: 2024-08-30$/m, to);
    expect(validators.get(entry.name)!(editor)).toBe(false);
  });

  it('flag a misspelt field name, which the build would silently ignore', () => {
    const { entry, build, editor } = altered('content/2024/edition.yaml', /^showReportStatus:/m, 'showReportStatis:');
    expect(validators.get(entry.name)!(editor)).toBe(false);
    expect(entry.schema.safeParse(build).success).toBe(true);
  });

  it('carry the allowed text of the build’s messages for the editor to show', () => {
    const slogans = JSON.parse(read(jsonSchemaFile(entryNamed('slogans'))));
    expect(slogans.properties.scope).toMatchObject({ enum: ['district', 'national'], errorMessage: '只能是 district、national 之一' });
    const items = JSON.parse(read(jsonSchemaFile(entryNamed('items'))));
    expect(items.properties.number).toMatchObject({ type: 'integer', minimum: 1, description: '须为正整数，例如 3' });
    expect(items.required).toEqual(expect.arrayContaining(['number', 'category', 'title', 'units']));
  });
});
