/**
 * An XLSX reader that shares nothing with exceljs: the zip's central directory read by
 * hand, entries inflated with node:zlib, the sheet XML parsed with cheerio. The tests
 * read the 汇总表 and the inputs back with it, so a bug in how exceljs is used cannot
 * hide itself.
 */
import { inflateRawSync } from 'node:zlib';
import * as cheerio from 'cheerio';

export function unzip(bytes: Uint8Array): Map<string, Buffer> {
  const b = Buffer.from(bytes);
  let eocd = b.length - 22;
  while (eocd >= 0 && b.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  if (eocd < 0) throw new Error('not a zip');
  const count = b.readUInt16LE(eocd + 10);
  let p = b.readUInt32LE(eocd + 16);
  const files = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    const method = b.readUInt16LE(p + 10);
    const size = b.readUInt32LE(p + 20);
    const nameLen = b.readUInt16LE(p + 28);
    const extraLen = b.readUInt16LE(p + 30);
    const commentLen = b.readUInt16LE(p + 32);
    const local = b.readUInt32LE(p + 42);
    const name = b.toString('utf8', p + 46, p + 46 + nameLen);
    const start = local + 30 + b.readUInt16LE(local + 26) + b.readUInt16LE(local + 28);
    const data = b.subarray(start, start + size);
    files.set(name, method === 8 ? inflateRawSync(data) : Buffer.from(data));
    p += 46 + nameLen + extraLen + commentLen;
  }
  return files;
}

/** Column letters to a 1-based index: A → 1, AA → 27. */
const columnIndex = (letters: string) => [...letters].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0);

export type Value = string | number | null;

/** Every sheet by name, as rows of values (rows[0] is row 1). */
export function readXlsx(bytes: Uint8Array): Map<string, Value[][]> {
  const files = unzip(bytes);
  const xml = (name: string) => cheerio.load(files.get(name)?.toString('utf8') ?? '', { xml: true });
  const shared = xml('xl/sharedStrings.xml');
  const strings = shared('si')
    .map((_, si) => shared(si).find('t').map((__, t) => shared(t).text()).get().join(''))
    .get();
  const wb = xml('xl/workbook.xml');
  const rels = xml('xl/_rels/workbook.xml.rels');
  const sheets = new Map<string, Value[][]>();
  wb('sheet').each((_, el) => {
    const rid = wb(el).attr('r:id');
    const target = rels(`Relationship[Id="${rid}"]`).attr('Target')!.replace(/^\/?(xl\/)?/, '');
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
            type === 's' ? strings[Number(v)] : type === 'inlineStr' ? $(c).find('t').text() : type === 'str' ? v : v === '' ? null : Number(v);
        });
      rows[r] = Array.from(cells, (x) => x ?? null);
    });
    sheets.set(wb(el).attr('name')!, Array.from(rows, (x) => x ?? []));
  });
  return sheets;
}

/** The keywords of the workbook's document properties. */
export function keywordsOf(bytes: Uint8Array): string | undefined {
  const core = unzip(bytes).get('docProps/core.xml')?.toString('utf8') ?? '';
  return /<cp:keywords>([^<]*)<\/cp:keywords>/.exec(core)?.[1];
}
