/**
 * The captions file (说明.txt) of a unit folder: one line per photo, “文件名：说明”
 * (full-width or ASCII colon; the first colon splits, since file names cannot contain
 * one). Blank lines and lines starting with # are ignored. Pure.
 */
import { CAPTIONS_FILE, fileMessages as messages, type Problem } from './rules';

export interface CaptionsFile {
  /** Caption by file name as written in the file. */
  captions: Map<string, string>;
  problems: Problem[];
}

export function parseCaptions(text: string, fileLabel = CAPTIONS_FILE): CaptionsFile {
  const captions = new Map<string, string>();
  const problems: Problem[] = [];
  text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .forEach((raw, i) => {
      const line = raw.trim();
      if (line === '' || line.startsWith('#')) return;
      const m = /^([^:：]+)[:：](.*)$/s.exec(line);
      if (!m) {
        problems.push({ code: 'captions-line', file: fileLabel, message: messages.captionsLine(fileLabel, i + 1, line) });
        return;
      }
      const name = m[1].trim().normalize('NFC');
      if (captions.has(name)) {
        problems.push({ code: 'caption-duplicate', file: name, message: messages.captionDuplicate(name, fileLabel) });
        return;
      }
      captions.set(name, m[2].trim());
    });
  return { captions, problems };
}

const stem = (name: string) => name.replace(/\.[^.]+$/, '');

/**
 * The caption key for a photo: its exact name, else the same name ignoring case, else its
 * name without extension (“照片1：…” for 照片1.jpg). Undefined when none matches.
 */
export function captionKeyFor(photo: string, keys: Iterable<string>): string | undefined {
  const all = [...keys];
  const base = photo.split('/').pop()!.normalize('NFC');
  const candidates = [photo.normalize('NFC'), base];
  for (const c of candidates) if (all.includes(c)) return c;
  for (const c of candidates) {
    const hit = all.find((k) => k.toLowerCase() === c.toLowerCase());
    if (hit) return hit;
  }
  const hits = all.filter((k) => k.toLowerCase() === stem(base).toLowerCase());
  return hits.length === 1 ? hits[0] : undefined;
}
