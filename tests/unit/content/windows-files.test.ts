// Files saved on Windows: a UTF-8 BOM and CRLF line endings in every content file are read
// the same by the check (tests/site/content/windows-files.test.ts: and build the same site).
import { describe, expect, it } from 'vitest';
import { checkWithFixture } from '../../helpers/check-fixture';
import { saveAsOnWindows } from '../../helpers/windows-files';

describe('content files saved on Windows (BOM, CRLF)', () => {
  it('pass the content check', async () => {
    const run = await checkWithFixture(undefined, saveAsOnWindows);
    try {
      expect(run.output).toContain('内容检查通过');
      expect(run.exitCode).toBe(0);
    } finally {
      run.cleanUp();
    }
  });
});
