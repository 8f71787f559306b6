// What VS Code shows while a YAML file in content/ is edited: the language server of the
// Red Hat YAML extension (yaml-language-server), set up as .vscode/settings.json sets it up,
// checks the real files and a few mistakes. Only .vscode/settings.json and the schema
// files are read, as the extension reads them.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { getLanguageService } from 'yaml-language-server';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../helpers/build-fixture';

const rootUrl = pathToFileURL(`${projectRoot}${path.sep}`);
const settings = JSON.parse(readFileSync(path.join(projectRoot, '.vscode/settings.json'), 'utf8')) as {
  'yaml.schemas': Record<string, string[]>;
};

const service = getLanguageService({
  schemaRequestService: async (uri: string) => readFileSync(fileURLToPath(uri), 'utf8'),
  workspaceContext: { resolveRelativePath: (relative: string, resource: string) => new URL(relative, resource).href },
});
service.configure({
  validate: true,
  hover: true,
  schemas: Object.entries(settings['yaml.schemas']).map(([schema, fileMatch]) => ({ uri: new URL(schema, rootUrl).href, fileMatch })),
});

let version = 0;
/** The editor's problems for `file` with `from` replaced by `to`, as [line, message]. */
async function problems(file: string, from?: string, to = '') {
  const original = readFileSync(path.join(projectRoot, file), 'utf8');
  const text = from === undefined ? original : original.replace(from, to);
  if (from !== undefined) expect(text, `${file}: “${from}” not found`).not.toBe(original);
  const document = TextDocument.create(new URL(file, rootUrl).href, 'yaml', ++version, text);
  const diagnostics = await service.doValidation(document, false);
  return diagnostics.map((d) => [d.range.start.line + 1, d.message] as const);
}

describe('the YAML extension, as .vscode/settings.json sets it up', () => {
  it.each([
    'content/site.yaml',
    'content/search-terms.yaml',
    'content/units.yaml',
    'content/2024/edition.yaml',
    'content/2024/report.yaml',
  ])('finds nothing wrong in %s', async (file) => {
    expect(await problems(file)).toEqual([]);
  });

  it('marks a unit id in capitals on its line, with what is allowed', async () => {
    const found = await problems('content/units.yaml', '- id: water', '- id: Water');
    const line = readFileSync(path.join(projectRoot, 'content/units.yaml'), 'utf8').split('\n').indexOf('- id: water') + 1;
    expect(found).toEqual([[line, '只能用小写英文字母、数字和连字符，例如 market-regulation']]);
  });

  it('marks a misspelt word, a date without leading zeros and a figure in words', async () => {
    expect(await problems('content/2024/report.yaml', '    kind: number', '    kind: nmber')).toEqual([
      [expect.any(Number), '只能是 text、number 之一'],
    ]);
    expect((await problems('content/2024/report.yaml', 'date: 2024-10-09', 'date: 2024-10-9'))[0]?.[1]).toMatch(/^须为日期（不写时刻）/);
    expect(await problems('content/2024/report.yaml', 'captionMaxLength: 50', 'captionMaxLength: 五十')).toEqual([
      [expect.any(Number), '须为正整数，例如 3'],
    ]);
  });

  it('marks a negative number and a misspelt field name', async () => {
    expect(await problems('content/2024/report.yaml', '  min: 1', '  min: -1')).toHaveLength(1);
    expect((await problems('content/2024/edition.yaml', 'showReportStatus:', 'showReportStatis:'))[0]?.[1]).toContain('showReportStatis');
  });

  it('shows what a field allows on hover', async () => {
    const text = readFileSync(path.join(projectRoot, 'content/2024/report.yaml'), 'utf8');
    const document = TextDocument.create(new URL('content/2024/report.yaml', rootUrl).href, 'yaml', ++version, text);
    const offset = text.indexOf('captionMaxLength');
    const hover = await service.doHover(document, document.positionAt(offset + 2));
    expect(JSON.stringify(hover?.contents)).toContain('须为正整数');
  });
});
