/**
 * A fontconfig file for tests that lay out Chinese text in a real program (Chromium's PDF,
 * LibreOffice): the system's fonts plus Noto Sans SC from node_modules, so CJK text has a
 * real CJK font on any machine, as on the readers' and clerks' computers. QM_OFFICE_FONTS
 * may name more font folders. Point a program at it with FONTCONFIG_FILE.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from './build-fixture';

export function cjkFontConfig(dir: string): string {
  const extra = (process.env.QM_OFFICE_FONTS ?? '').split(path.delimiter).filter(Boolean);
  const fonts = path.join(projectRoot, 'node_modules/@expo-google-fonts/noto-sans-sc');
  const file = path.join(dir, 'fonts.conf');
  writeFileSync(
    file,
    `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <dir>${path.join(fonts, '400Regular')}</dir>
  <dir>${path.join(fonts, '700Bold')}</dir>
${extra.map((d) => `  <dir>${d}</dir>\n`).join('')}  <cachedir>${path.join(dir, 'fontconfig-cache')}</cachedir>
</fontconfig>
`,
  );
  return file;
}
