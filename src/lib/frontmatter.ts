/**
 * Markdown and MDX files in content/ start with YAML frontmatter between two `---` lines.
 * One reader for every tool that needs it outside Astro (the content check, the benches,
 * the tests). Values are read by js-yaml, the library Astro reads content with, so a value
 * means the same to the check as to the build (`2024-8-30` is text to both, not a date).
 * A file saved on Windows (UTF-8 BOM, CRLF line endings) reads the same as any other.
 */
import { load } from 'js-yaml';

/** A content YAML text's data, read as Astro reads it; throws js-yaml's YAMLException. */
export const readYaml = (text: string): unknown => load(normaliseText(text));

export interface FrontmatterParts {
  /** The YAML between the two `---` lines ('' when the file has none). */
  yaml: string;
  /** Everything after the closing `---` line. */
  body: string;
  /** The line of the file (1-based) that the YAML's first line is on. */
  firstLine: number;
  /** The line of the file (1-based) that the body's first line is on. */
  bodyLine: number;
  /** Whether the file has frontmatter at all. */
  present: boolean;
}

/** Text as read from disk, without a UTF-8 BOM and with LF line endings. */
export function normaliseText(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

/** The frontmatter and the body of a Markdown/MDX file's text (blank lines before the first `---` allowed, as Astro allows them). */
export function splitFrontmatter(text: string): FrontmatterParts {
  const lines = normaliseText(text).split('\n');
  let start = 0;
  while (start < lines.length - 1 && lines[start].trim() === '') start++;
  if (lines[start]?.trimEnd() !== '---') return { yaml: '', body: lines.join('\n'), firstLine: 1, bodyLine: 1, present: false };
  const end = lines.findIndex((line, i) => i > start && line.trimEnd() === '---');
  if (end < 0)
    return { yaml: lines.slice(start + 1).join('\n'), body: '', firstLine: start + 2, bodyLine: lines.length + 1, present: true };
  return {
    yaml: lines.slice(start + 1, end).join('\n'),
    body: lines.slice(end + 1).join('\n'),
    firstLine: start + 2,
    bodyLine: end + 2,
    present: true,
  };
}

/** The frontmatter of a Markdown/MDX file as data ({} when it has none). */
export function readFrontmatter(text: string): Record<string, unknown> {
  const { yaml } = splitFrontmatter(text);
  return (readYaml(yaml) as Record<string, unknown> | null) ?? {};
}
