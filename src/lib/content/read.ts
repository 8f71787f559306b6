/**
 * content/ read straight from disk, without Astro: the same files (./collections.ts)
 * through the same schemas, into entries shaped as the collections give them. The content
 * check (`npm run check`) runs the model's checks on them (./edition.ts), so
 * a mistake is found in about a second instead of a whole build.
 *
 * Every problem is collected, not just the first: a file that is not valid YAML or MDX, a
 * field the schema refuses, a field name the schema does not know (a typo would otherwise
 * be dropped without a word).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { mdxjs } from 'micromark-extension-mdxjs';
import { z } from 'astro/zod';
import { glob } from 'tinyglobby';
import { collectionSpecs, entryId, schemaOf, sourcePattern, type CollectionName, type CollectionSpec } from './collections';
import type { Entries } from './model';
import type { ContentProblem } from '../content-error';
import { contentDir } from '../content-dir';
import { normaliseText, readYaml, splitFrontmatter } from '../frontmatter';
import { lineInYaml } from '../locate';
import { closest } from '../suggest';
import { contentErrors } from '../../schemas/errors';

/** What a frontmatter that is not valid YAML should look like. */
export const YAML_ALLOWED = '两行 --- 之间每行写“字段: 值”；值里有引号或冒号时整段用英文双引号括起，引号要成对';
const YAML_FILE_ALLOWED = '每行写“字段: 值”，下一级的行用空格缩进对齐；值里有引号或冒号时整段用英文双引号括起，引号要成对';
const MDX_ALLOWED =
  '正文只写原文的文字；< > { } 在 MDX 中有特殊含义，原文有这些符号时在前面加反斜杠（写作 \\< \\{）';
/** What MDX reads as code rather than text: an expression, a component or an import. */
const MDX_CODE = new Set(['mdxFlowExpression', 'mdxTextExpression', 'mdxJsxFlowElement', 'mdxJsxTextElement', 'mdxjsEsm']);

interface MdxNode {
  type: string;
  position?: { start: { line: number; offset?: number }; end: { offset?: number } };
  children?: MdxNode[];
}

/** Code in an MDX body (which the build would try to run: {责任单位} is a variable), each with its line in the body. */
function mdxCode(body: string): { line: number; text: string }[] {
  const found: { line: number; text: string }[] = [];
  const walk = (node: MdxNode) => {
    if (MDX_CODE.has(node.type) && node.position) {
      found.push({ line: node.position.start.line, text: body.slice(node.position.start.offset, node.position.end.offset) });
      return;
    }
    node.children?.forEach(walk);
  };
  walk(fromMarkdown(body, { extensions: [mdxjs()], mdastExtensions: [mdxFromMarkdown()] }) as MdxNode);
  return found;
}

interface RawEntry {
  id: string;
  collection: CollectionName;
  data: Record<string, unknown>;
  body?: string;
  filePath: string;
}

export interface ContentRead {
  entries: Entries;
  problems: ContentProblem[];
  /** How many files were read. */
  files: number;
}

const posix = (p: string) => p.split(path.sep).join('/');
const shown = (value: unknown) => (value === undefined ? '（未填写）' : JSON.stringify(value));

/**
 * The line (1-based, within `yaml`) to look at for js-yaml's error: where it stopped, or,
 * for a quote left open (which it only notices at the end), the last line before that
 * with an odd number of that quote.
 */
function yamlSlipLine(yaml: string, e: { reason?: string; mark?: { line?: number } }): number {
  const stopped = (e.mark?.line ?? 0) + 1;
  const quote = /double quoted/.test(e.reason ?? '') ? '"' : /single quoted/.test(e.reason ?? '') ? "'" : undefined;
  if (!quote) return stopped;
  const lines = yaml.split('\n').slice(0, stopped);
  for (let i = lines.length - 1; i >= 0; i--) if (lines[i].split(quote).length % 2 === 0) return i + 1;
  return stopped;
}


/** `['units', 2, 'id']` → `units[2].id`. */
const fieldName = (segments: readonly (string | number)[]) =>
  segments.map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? s : `.${s}`)).join('') || '（整个文件）';

function valueAt(data: unknown, segments: readonly (string | number)[]): unknown {
  return segments.reduce<unknown>((v, s) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[s] : undefined), data);
}

/** A schema without its wrappers (optional, nullable, default, transforms), through Zod's public API. */
function unwrap(schema: z.ZodType): z.ZodType {
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodNullable || schema instanceof z.ZodDefault) {
    return unwrap(schema.unwrap() as z.ZodType);
  }
  if (schema instanceof z.ZodPipe) return unwrap(schema.in as z.ZodType);
  return schema;
}

/** Field names the schema does not know (zod drops them silently), each with the name it nearly is. */
function unknownFields(schema: z.ZodTypeAny, data: unknown, at: (string | number)[], out: { at: (string | number)[]; known: string[] }[]) {
  const s = unwrap(schema);
  if (s instanceof z.ZodObject && data && typeof data === 'object' && !Array.isArray(data)) {
    const shape = s.shape as Record<string, z.ZodTypeAny>;
    for (const [key, value] of Object.entries(data)) {
      if (key in shape) unknownFields(shape[key], value, [...at, key], out);
      else out.push({ at: [...at, key], known: Object.keys(shape) });
    }
  } else if (s instanceof z.ZodArray && Array.isArray(data)) {
    data.forEach((value, i) => unknownFields(s.element as z.ZodType, value, [...at, i], out));
  }
}

/** The schema's verdict on one entry, as problems of `file` (`prefix` leads the field names of a list's entries). */
function validate(schema: z.ZodTypeAny, data: unknown, file: string, lineOf: (p: string[]) => number | undefined, prefix: (string | number)[] = []) {
  const problems: ContentProblem[] = [];
  const result = schema.safeParse(data, { error: contentErrors });
  const place = (segments: (string | number)[]) => ({
    file,
    field: fieldName([...prefix, ...segments]),
    line: lineOf([...prefix, ...segments].map(String)),
  });
  if (!result.success) {
    for (const issue of result.error.issues) {
      const params = (issue as { params?: { allowed?: string; value?: string; suggestion?: string } }).params;
      const at = issue.path.map((key) => (typeof key === 'symbol' ? String(key) : key));
      const found = valueAt(data, at);
      problems.push({
        ...place(at),
        value: params?.value ?? shown(found),
        allowed: params?.allowed ?? issue.message,
        suggestion: params?.suggestion,
      });
    }
  }
  const unknown: { at: (string | number)[]; known: string[] }[] = [];
  unknownFields(schema, data, [], unknown);
  for (const { at, known } of unknown) {
    const name = String(at[at.length - 1]);
    problems.push({
      ...place(at),
      value: `没有“${name}”这个字段，这一行不会被读取`,
      allowed: `这里可写的字段：${known.join('、')}`,
      suggestion: closest(name, known),
    });
  }
  return { data: result.success ? result.data : undefined, problems };
}

/** Reads one collection's files into entries and problems. */
async function readCollection(name: CollectionName, spec: CollectionSpec, dir: string, problems: ContentProblem[]) {
  const entries: RawEntry[] = [];
  const schema = schemaOf(spec);
  const files = (await glob(sourcePattern(spec.source), { cwd: dir })).sort();
  for (const rel of files) {
    const full = path.join(dir, rel);
    const file = posix(path.relative(process.cwd(), full));
    const text = normaliseText(readFileSync(full, 'utf8'));
    const markdown = /\.mdx?$/.test(rel);
    const parts = markdown ? splitFrontmatter(text) : { yaml: text, body: undefined, firstLine: 1, bodyLine: 1, present: true };
    let data: unknown;
    try {
      data = readYaml(parts.yaml) ?? {};
    } catch (error) {
      const e = error as { reason?: string; message?: string; mark?: { line?: number } };
      problems.push({
        file,
        field: markdown ? 'frontmatter' : '（整个文件）',
        // The reader notices a slip where it can no longer go on: that line or one above it.
        value: `不是有效的 YAML（${e.reason ?? String(e.message).split('\n')[0]}），问题在这一行或它上面几行`,
        allowed: markdown ? YAML_ALLOWED : YAML_FILE_ALLOWED,
        line: yamlSlipLine(parts.yaml, e) + parts.firstLine - 1,
      });
      continue;
    }
    const lineOf = (segments: string[]) => {
      const line = lineInYaml(parts.yaml, segments);
      return line === undefined ? undefined : line + parts.firstLine - 1;
    };
    if (rel.endsWith('.mdx') && parts.body !== undefined) {
      const { bodyLine } = parts;
      try {
        // MDX's own reading (micromark with the MDX extensions, as @mdx-js/mdx reads it), without compiling.
        for (const code of mdxCode(parts.body)) {
          problems.push({
            file,
            field: '正文',
            value: `“${code.text.slice(0, 30)}”在 MDX 中是代码，不是文字，生成网站时会出错`,
            allowed: MDX_ALLOWED,
            line: bodyLine + code.line - 1,
          });
        }
      } catch (error) {
        const e = error as { reason?: string; message?: string; line?: number };
        problems.push({
          file,
          field: '正文',
          value: `MDX 无法读取（${e.reason ?? e.message}）`,
          allowed: MDX_ALLOWED,
          line: e.line ? bodyLine + e.line - 1 : bodyLine,
        });
        continue;
      }
    }
    if (spec.source.kind === 'list') {
      if (!Array.isArray(data)) {
        problems.push({ file, field: '（整个文件）', value: '不是列表', allowed: '每个条目以“- id: ……”开头', line: 1 });
        continue;
      }
      const seen = new Map<string, number>();
      data.forEach((item, i) => {
        const id = item && typeof item === 'object' ? (item as { id?: unknown }).id : undefined;
        const prefix = typeof id === 'string' && id !== '' ? [id] : [i];
        const checked = validate(schema, item, file, lineOf, prefix);
        problems.push(...checked.problems);
        if (typeof id === 'string' && seen.has(id)) {
          problems.push({
            file,
            field: `[${i}].id`,
            value: `“${id}”已用于第 ${seen.get(id)! + 1} 个条目`,
            allowed: '每个条目的 id 只用一次',
            line: lineOf([String(i), 'id']),
          });
        }
        if (typeof id === 'string') seen.set(id, i);
        // Its place in the file, as Astro's loader gives it (loaders.ts).
        if (checked.data) entries.push({ id: String(id), collection: name, data: { ...checked.data, position: i }, filePath: file });
      });
      continue;
    }
    const checked = validate(schema, data, file, lineOf);
    problems.push(...checked.problems);
    if (checked.data) {
      // A schema's output is an object (every collection's schema is z.object).
      entries.push({ id: entryId(spec.source, posix(rel)), collection: name, data: checked.data as Record<string, unknown>, body: parts.body, filePath: file });
    }
  }
  if (files.length === 0 && spec.source.kind === 'list') {
    problems.push({ file: posix(path.join(path.relative(process.cwd(), dir), spec.source.file)), field: '文件', value: '文件不存在', allowed: '恢复这个文件（可从 git 历史中找回）' });
  }
  return { entries, files: files.length };
}

/** Every collection of content/ (or `dir`), read and validated. */
export async function readContent(dir: string = contentDir): Promise<ContentRead> {
  const problems: ContentProblem[] = [];
  const entries = {} as Record<CollectionName, RawEntry[]>;
  let files = 0;
  for (const [name, spec] of Object.entries(collectionSpecs) as [CollectionName, CollectionSpec][]) {
    const read = await readCollection(name, spec, dir, problems);
    entries[name] = read.entries;
    files += read.files;
  }
  return { entries: entries as unknown as Entries, problems, files };
}
