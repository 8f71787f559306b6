/**
 * An XLSX reader that shares nothing with exceljs, the library the site writes and reads
 * workbooks with: the zip opened with fflate (exceljs uses jszip), the sheet XML parsed with
 * cheerio's XML mode (htmlparser2; exceljs uses saxes). The tests read the 汇总表 and the
 * inputs back with it, so a bug in how exceljs is used cannot hide itself.
 */
import * as cheerio from 'cheerio';
import { unzipSync, strFromU8 } from 'fflate';

/** Every file in a zip, by its path inside it. */
export function unzip(bytes: Uint8Array): Map<string, string> {
  return new Map(Object.entries(unzipSync(bytes)).map(([name, data]) => [name, strFromU8(data)]));
}

/** Column letters to a 1-based index: A → 1, AA → 27. */
const columnIndex = (letters: string) => [...letters].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0);

export type Value = string | number | null;

/** Every sheet by name, as rows of values (rows[0] is row 1). */
export function readXlsx(bytes: Uint8Array): Map<string, Value[][]> {
  const files = unzip(bytes);
  const xml = (name: string) => cheerio.load(files.get(name) ?? '', { xml: true });
  const shared = xml('xl/sharedStrings.xml');
  const strings = shared('si')
    .map((_, si) =>
      shared(si)
        .find('t')
        .map((__, t) => shared(t).text())
        .get()
        .join(''),
    )
    .get();
  const wb = xml('xl/workbook.xml');
  const rels = xml('xl/_rels/workbook.xml.rels');
  const sheets = new Map<string, Value[][]>();
  wb('sheet').each((_, el) => {
    const rid = wb(el).attr('r:id');
    const target = rels(`Relationship[Id="${rid}"]`)
      .attr('Target')!
      .replace(/^\/?(xl\/)?/, '');
    if (!files.has(`xl/${target}`)) throw new Error(`the workbook names xl/${target}, which the zip does not hold`);
    const $ = xml(`xl/${target}`);
    const rows: Value[][] = [];
    $('sheetData > row').each((__, row) => {
      const r = Number($(row).attr('r')) - 1;
      const cells: Value[] = [];
      $(row)
        .children('c')
        .each((___, c) => {
          const ref = $(c).attr('r')!;
          const col = columnIndex(ref.replace(/\d+/g, '')) - 1;
          const type = $(c).attr('t');
          const v = $(c).children('v').text();
          cells[col] =
            type === 's'
              ? strings[Number(v)]
              : type === 'inlineStr'
                ? $(c).find('t').text()
                : type === 'str'
                  ? v
                  : v === ''
                    ? null
                    : Number(v);
        });
      rows[r] = Array.from(cells, (x) => x ?? null);
    });
    sheets.set(
      wb(el).attr('name')!,
      Array.from(rows, (x) => x ?? []),
    );
  });
  return sheets;
}

/** The keywords of the workbook's document properties. */
export function keywordsOf(bytes: Uint8Array): string | undefined {
  const core = cheerio.load(unzip(bytes).get('docProps/core.xml') ?? '', { xml: true });
  const keywords = core('cp\\:keywords');
  return keywords.length ? keywords.text() : undefined;
}
