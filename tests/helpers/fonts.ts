/**
 * A fontconfig file for tests that lay out Chinese text in a real program (Chromium's PDF,
 * LibreOffice): the system's fonts plus Noto Sans SC from node_modules, so CJK text has a
 * real CJK font on any machine, as on the readers' and clerks' computers. QM_OFFICE_FONTS
 * may name more font folders. Point a program at it with FONTCONFIG_FILE.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from './build-fixture';

const notoSansSc = path.join(projectRoot, 'node_modules/@expo-google-fonts/noto-sans-sc');

export function cjkFontConfig(dir: string): string {
  const extra = (process.env.QM_OFFICE_FONTS ?? '').split(path.delimiter).filter(Boolean);
  const fonts = notoSansSc;
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

/**
 * A fontconfig file with Noto Sans SC from node_modules as the only font, for every family
 * a page asks for (the site's system-ui, PingFang SC, Microsoft YaHei … all land on it): the
 * browser tier lays pages out with it, so a test that measures layout (a button on the
 * first screen, a header's height) gives the same answer on any machine, with or without
 * a system CJK font, and the answer a reader's phone, which has a CJK font, would give.
 */
export function pinnedFontConfig(dir: string): string {
  const file = path.join(dir, 'fonts-pinned.conf');
  const alias = (family: string) =>
    `  <alias binding="same"><family>${family}</family><prefer><family>Noto Sans SC</family></prefer></alias>\n`;
  writeFileSync(
    file,
    `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <dir>${path.join(notoSansSc, '400Regular')}</dir>
  <dir>${path.join(notoSansSc, '700Bold')}</dir>
${['sans-serif', 'serif', 'monospace', 'system-ui'].map(alias).join('')}  <cachedir>${path.join(dir, 'fontconfig-cache')}</cachedir>
</fontconfig>
`,
  );
  return file;
}
