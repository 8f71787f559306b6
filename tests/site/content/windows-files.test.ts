// Files saved on Windows: a UTF-8 BOM and CRLF line endings in every content file build
// the same site, byte for byte, as the files saved anywhere else (the check reads them the
// same: tests/unit/content/windows-files.test.ts).
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildWithFixture } from '../../helpers/build-fixture';
import { saveAsOnWindows } from '../../helpers/windows-files';

/** Every file of a built site by its path; workbooks are zip files with their time of writing inside, so left out. */
function siteFiles(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || entry.name.endsWith('.xlsx')) continue;
    const full = path.join(entry.parentPath, entry.name);
    files.set(path.relative(dir, full), readFileSync(full));
  }
  return files;
}

describe('content files saved on Windows (BOM, CRLF)', () => {
  it('build the same site', { timeout: 300_000 }, async () => {
    // One after the other: two Astro builds of one project at once share its cache folders.
    const plain = await buildWithFixture(undefined);
    const windows = await buildWithFixture(undefined, { patch: saveAsOnWindows });
    try {
      expect(plain.exitCode, plain.output).toBe(0);
      expect(windows.exitCode, windows.output).toBe(0);
      const a = siteFiles(plain.outDir);
      const b = siteFiles(windows.outDir);
      expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
      expect([...a.keys()].filter((f) => f.endsWith('.html')).length).toBeGreaterThan(50);
      const differing = [...a].filter(([file, bytes]) => !bytes.equals(b.get(file)!)).map(([file]) => file);
      expect(differing).toEqual([]);
    } finally {
      plain.cleanUp();
      windows.cleanUp();
    }
  });
});
