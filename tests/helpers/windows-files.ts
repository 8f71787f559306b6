/** Content files as saved on Windows: a UTF-8 BOM first, CRLF line ends. */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Every content file rewritten as Notepad saves it: a BOM first, CRLF line ends. */
export function saveAsOnWindows(contentDir: string): void {
  let converted = 0;
  for (const entry of readdirSync(contentDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !/\.(mdx?|ya?ml|txt)$/.test(entry.name)) continue;
    const file = path.join(entry.parentPath, entry.name);
    writeFileSync(file, '\uFEFF' + readFileSync(file, 'utf8').replace(/\r?\n/g, '\r\n'));
    converted++;
  }
  if (converted < 30) throw new Error(`only ${converted} files converted`);
}
