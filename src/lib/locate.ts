/**
 * The line of a content file that a problem is about, so a message can say where to look:
 * the line of the field (`units`, `deadline.date`, `columns[2].width`, `industry-it.name`
 * in a list of units) or, for `正文`, the first line of the text. Undefined when the
 * problem is not about one place in one file.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Node } from 'yaml';
import { normaliseText, splitFrontmatter } from './frontmatter';

/** `units[2].id` → ['units', '2', 'id']; `a.name/aliases` → ['a', 'name'] (the first of alternatives). */
export function fieldPath(field: string): string[] {
  const first = field.split(/\s*\/\s*/)[0].trim();
  return first
    .replace(/\[(\d+)\]/g, '.$1')
    .split('.')
    .filter(Boolean);
}

/** The line (1-based, within `yaml`) of the deepest part of `path` that the YAML has. */
export function lineInYaml(yaml: string, path: readonly string[]): number | undefined {
  // Read only when there is a problem to place, not by every check that passes.
  const { LineCounter, parseDocument, isMap, isSeq, isScalar } = createRequire(import.meta.url)('yaml') as typeof import('yaml');
  const counter = new LineCounter();
  const doc = parseDocument(yaml, { lineCounter: counter });
  const lineAt = (offset: number | undefined) => (offset === undefined ? undefined : counter.linePos(offset).line);
  let node: unknown = doc.contents;
  let line: number | undefined;
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === segment);
      if (!pair) break;
      line = lineAt((pair.key as Node).range?.[0]);
      node = pair.value;
    } else if (isSeq(node)) {
      const item = /^\d+$/.test(segment)
        ? node.items[Number(segment)]
        : node.items.find(
            (i) =>
              isMap(i) && i.items.some((p) => isScalar(p.key) && p.key.value === 'id' && isScalar(p.value) && p.value.value === segment),
          );
      if (!item) break;
      line = lineAt((item as Node).range?.[0]);
      node = item;
    } else break;
  }
  return line;
}

/** The line of `file` (a path from the working folder) that `field` is on. */
export function lineOf(file: string, field: string): number | undefined {
  if (!/\.(mdx?|ya?ml)$/.test(file) || !existsSync(file) || !statSync(file).isFile()) return undefined;
  const text = normaliseText(readFileSync(file, 'utf8'));
  if (/\.ya?ml$/.test(file)) return lineInYaml(text, fieldPath(field));
  const { yaml, firstLine, bodyLine } = splitFrontmatter(text);
  if (field === '正文') {
    const lines = text.split('\n');
    const firstText = lines.findIndex((l, i) => i + 1 >= bodyLine && l.trim() !== '');
    return firstText < 0 ? bodyLine : firstText + 1;
  }
  const line = lineInYaml(yaml, fieldPath(field));
  return line === undefined ? undefined : line + firstLine - 1;
}
