/**
 * One edition's plan as one model, built from the content collections: items in order
 * with their category and units, units with their items, and every cross-check the
 * schemas cannot express. Pure: it takes plain entries of one edition, so tests can feed
 * it fixtures (src/lib/get-plan.ts picks the entries of an edition).
 */
import { headingLabel } from './labels';
import { closest } from './suggest';
import type { CollectionEntry } from 'astro:content';
import { ContentError, type ContentProblem } from './content-error';
import { contentDir } from './content-dir';
import { editionPaths, reservedReportNames, type EditionPaths } from './paths';
import { localId } from './editions';
import { normaliseUnitName, unitForms } from './unit-names';
import type { EditionData } from '../schemas/edition';
import type { ReportData } from '../schemas/report';
import { fixedColumns } from './report/table';
import { tableWidthProblem } from './report/print';

type Entry<C extends 'notice' | 'plan' | 'categories' | 'items' | 'units'> = CollectionEntry<C>;

export interface PlanInput {
  /** The edition's year, its folder's name. */
  edition: string;
  /** content/<year>/edition.yaml; defaults apply when a test leaves it out. */
  settings?: EditionData;
  /** content/<year>/report.yaml. */
  report?: ReportData;
  /** Whether a newer edition exists (so this one is past whatever it says). */
  superseded?: boolean;
  notice: Entry<'notice'>[];
  plan: Entry<'plan'>[];
  categories: Entry<'categories'>[];
  items: Entry<'items'>[];
  /** The whole registry (content/units.yaml), shared by every edition. */
  units: Entry<'units'>[];
  /** The content folder the problems name (default: the build's, src/lib/content-dir.ts). */
  contentDir?: string;
}

export interface Edition {
  /** The year, as in content/<year>/ and the URLs. */
  year: string;
  name: string;
  fullName: string;
  description: string;
  footer: string;
  /** A past year's plan: marked past, or older than the newest edition. */
  past: boolean;
  /** Older than the newest edition (which the site's home shows). */
  superseded: boolean;
  /** Words of the plan's paragraph on slogans, quoted on the slogans page. */
  slogansMarker?: string;
  /** The office's note on the slogans page. */
  slogansNote?: string;
  /** The results page lists which units have reported (edition.yaml showReportStatus). */
  showReportStatus: boolean;
  paths: EditionPaths;
}

export interface Unit {
  id: string;
  name: string;
  aliases: string[];
  /** The name first, then every other form the source uses. */
  names: string[];
  url: string;
  items: Item[];
  /** Items this unit carries alone. */
  soleItems: Item[];
  /** Items it shares with other units. */
  sharedItems: Item[];
}

export interface Category {
  id: string;
  order: number;
  heading: string;
  /** The heading without its ordinal, for breadcrumbs and other labels (src/lib/labels.ts). */
  label: string;
  shortTitle: string;
  url: string;
  items: Item[];
}

export interface Item {
  number: number;
  id: string;
  title: string;
  url: string;
  category: Category;
  units: Unit[];
  /** The unit names as the item's own text writes them. */
  unitNamesAsWritten: string[];
  entry: Entry<'items'>;
  previous?: Item;
  next?: Item;
}

export interface Plan {
  edition: Edition;
  /** The reporting requirement and table settings of this edition. */
  report: ReportData | undefined;
  notice: Entry<'notice'>;
  /** The plan's title (its heading) and opening paragraph. */
  preamble: Entry<'plan'>;
  /** The sections after the preamble, in order; one of them (kind items) holds the items. */
  sections: Entry<'plan'>[];
  categories: Category[];
  items: Item[];
  units: Unit[];
  unitByName(name: string): Unit | undefined;
  itemByNumber(number: number): Item | undefined;
}

/** The 责任单位 note that ends an item's text: （责任单位：A、B） with either kind of bracket. */
export const UNITS_LINE = /[（(]责任单位：([^（）()]+)[）)]$/;

/** A registry entry's name and aliases in a given year: the latest renaming up to that year. */
export function namesInYear(data: Entry<'units'>['data'], year: string): { name: string; aliases: string[] } {
  const rename = [...(data.renamed ?? [])].filter((r) => r.from <= Number(year)).sort((a, b) => a.from - b.from).pop();
  return rename ? { name: rename.name, aliases: rename.aliases ?? [] } : { name: data.name, aliases: data.aliases ?? [] };
}
const fileOf = (entry: { filePath?: string }, fallback: string) => entry.filePath ?? fallback;
const quoted = (values: readonly string[]) => values.map((v) => `“${v}”`).join('、');

/** The 责任单位 list at the end of an item's text, as written; null when there is none. */
export function unitsLineOf(body: string): string[] | null {
  const match = body.trim().match(UNITS_LINE);
  return match ? match[1].split('、').map((name) => name.trim()) : null;
}

/** A paragraph of the plan's own text, quoted word for word, and the section it stands in. */
export interface PlanQuote {
  text: string;
  heading: string;
  anchor: string;
}

/**
 * The paragraph of the plan's sections that contains `marker`, for pages that quote the
 * plan (the slogans page, the report page) instead of keeping their own copy of it.
 * Throws when no paragraph has it, rather than quoting something else.
 */
export function quotePlan(
  plan: Pick<Plan, 'preamble' | 'sections'> & { edition?: Pick<Edition, 'year'> },
  marker: string,
  root: string = contentDir,
): PlanQuote {
  for (const section of [plan.preamble, ...plan.sections]) {
    const paragraph = section.body?.split(/\n\s*\n/).find((p) => p.includes(marker));
    if (paragraph) return { text: paragraph.trim(), heading: section.data.heading, anchor: section.data.anchor };
  }
  throw new ContentError([
    {
      file: `${root}/${plan.edition?.year ?? '<年份>'}/plan/`,
      field: '正文',
      value: `没有含“${marker}”的段落，而网站要逐字引用这一段`,
      allowed: '保留方案原文中的这一段',
    },
  ]);
}

/** A date written in words in `text` (2024年10月9日), if there is one. */
function writtenDate(text: string): { y: number; m: number; d: number } | undefined {
  const m = text.match(/(\d{4})年(\d{1,2})月(\d{1,2})日/);
  return m ? { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) } : undefined;
}

const ymd = (date: Date) => `${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, '0')}-${String(date.getUTCDate()).padStart(2, '0')}`;

/**
 * A date field of an edition: in the edition's year (a folder copied from last year keeps
 * last year's dates), and the same day as the words beside it say.
 */
function dateProblems(file: string, field: string, date: Date, text: string, year: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  if (String(date.getUTCFullYear()) !== year) {
    problems.push({
      file,
      field,
      value: `${ymd(date)} 不在 ${year} 年`,
      allowed: `${year} 年度的日期（复制上一年度的文件夹后，请改为本年度的日期）`,
    });
  }
  const words = writtenDate(text);
  if (words && (words.y !== date.getUTCFullYear() || words.m !== date.getUTCMonth() + 1 || words.d !== date.getUTCDate())) {
    problems.push({
      file,
      field,
      value: `${ymd(date)} 与文字“${text}”说的不是同一天`,
      allowed: `与文字一致：${words.y}-${String(words.m).padStart(2, '0')}-${String(words.d).padStart(2, '0')}`,
    });
  }
  return problems;
}

export function buildPlan(input: PlanInput): Plan {
  const problems: ContentProblem[] = [];
  const year = input.edition;
  const root = input.contentDir ?? contentDir;
  const dir = `${root}/${year}`;
  const unitsFile = `${root}/units.yaml`;
  const paths = editionPaths(year);
  const settings = input.settings;
  const edition: Edition = {
    year,
    name: settings?.name ?? year,
    fullName: settings?.fullName ?? year,
    description: settings?.description ?? '',
    footer: settings?.footer ?? '',
    past: Boolean(settings?.past || input.superseded),
    superseded: Boolean(input.superseded),
    slogansMarker: settings?.slogansMarker,
    slogansNote: settings?.slogansNote,
    showReportStatus: settings?.showReportStatus ?? false,
    paths,
  };

  // Units: every name and alias of this year must point at exactly one unit.
  const unitByName = new Map<string, Unit>();
  const registry: Unit[] = input.units.map((entry) => {
    const { name, aliases } = namesInYear(entry.data, year);
    const unit: Unit = {
      id: entry.id,
      name,
      aliases,
      names: unitForms({ name, aliases }),
      url: paths.unit(entry.id),
      items: [],
      soleItems: [],
      sharedItems: [],
    };
    if ((reservedReportNames as readonly string[]).includes(entry.id)) {
      problems.push({
        file: fileOf(entry, unitsFile),
        field: `${entry.id}.id`,
        value: `“${entry.id}”是报送文件的名称（如 ${entry.id}.xlsx），用作单位 id 会与它冲突`,
        allowed: `另取一个 id（不能是 ${reservedReportNames.join('、')}）`,
      });
    }
    for (const form of unit.names) {
      const taken = unitByName.get(normaliseUnitName(form));
      if (taken) {
        problems.push({
          file: fileOf(entry, unitsFile),
          field: `${entry.id}.name/aliases`,
          value: `名称“${form}”已属于单位 ${taken.id}（${year}年）`,
          allowed: '每个名称（含简称）只能属于一个单位',
        });
      } else {
        unitByName.set(normaliseUnitName(form), unit);
      }
    }
    return unit;
  });
  const allUnitNames = registry.flatMap((unit) => unit.names);

  const categories: Category[] = input.categories
    .map((entry) => ({
      id: localId(entry),
      order: entry.data.order,
      heading: entry.data.heading,
      label: headingLabel(entry.data.heading),
      shortTitle: entry.data.shortTitle,
      url: paths.category(localId(entry)),
      items: [] as Item[],
    }))
    .sort((a, b) => a.order - b.order);
  const categoryById = new Map(categories.map((c) => [c.id, c]));

  // Items: category and units must exist, the text must carry its own number and units.
  const items: Item[] = [];
  for (const entry of input.items) {
    const file = fileOf(entry, `${dir}/items/${localId(entry)}`);
    const { number, title } = entry.data;
    const body = (entry.body ?? '').trim();

    const category = categoryById.get(entry.data.category);
    if (!category) {
      problems.push({
        file,
        field: 'category',
        value: `“${entry.data.category}”不是已有的类别`,
        suggestion: closest(entry.data.category, categories.map((c) => c.id)),
        allowed: `${quoted(categories.map((c) => c.id))}（${dir}/categories/ 下的文件名）`,
      });
    }

    const resolved: Unit[] = [];
    for (const name of entry.data.units) {
      const unit = unitByName.get(normaliseUnitName(name));
      if (!unit) {
        // A near miss gets its suggestion instead of the whole list of names.
        const suggestion = closest(name, allUnitNames);
        problems.push({
          file,
          field: 'units',
          value: `“${name}”不在单位名录中`,
          suggestion,
          allowed: suggestion
            ? `${unitsFile} 中登记的${year}年名称或简称（共 ${allUnitNames.length} 个）`
            : `${unitsFile} 中登记的${year}年名称或简称：${allUnitNames.join('、')}`,
        });
      } else if (resolved.includes(unit)) {
        problems.push({
          file,
          field: 'units',
          value: `单位 ${unit.name} 列了两次（“${name}”）`,
          allowed: '每个责任单位只列一次',
        });
      } else {
        resolved.push(unit);
      }
    }

    if (body === '') {
      problems.push({ file, field: '正文', value: '正文是空的', allowed: '该项的原文，以“编号.”开头，以“（责任单位：……）”结尾' });
    } else {
      if (!body.startsWith(`${number}.`)) {
        problems.push({
          file,
          field: 'number',
          value: `number 是 ${number}，正文却以“${body.slice(0, 4)}”开头`,
          allowed: `正文以“${number}.”开头，与 number 一致`,
        });
      }
      if (!body.includes(title)) {
        problems.push({
          file,
          field: 'title',
          value: `“${title}”不在该项原文中`,
          allowed: '从该项原文中逐字摘取的一段（通常是第一句），不另拟标题',
        });
      }
      const written = unitsLineOf(body);
      if (!written) {
        problems.push({
          file,
          field: '正文',
          value: '正文末尾没有“（责任单位：……）”',
          allowed: '照原文保留该项末尾的责任单位括注',
        });
      } else if (written.join('、') !== entry.data.units.join('、')) {
        problems.push({
          file,
          field: 'units',
          value: `units 是 ${quoted(entry.data.units)}，正文的责任单位是 ${quoted(written)}`,
          allowed: '两者一致（名称、顺序都相同）',
        });
      }
    }

    if (category) {
      items.push({
        number,
        id: localId(entry),
        title,
        url: paths.item(number),
        category,
        units: resolved,
        unitNamesAsWritten: entry.data.units,
        entry,
      });
    }
  }

  // Numbering runs 1..N without repeats or gaps, whatever N is.
  const byNumber = new Map<number, Entry<'items'>[]>();
  for (const entry of input.items) {
    byNumber.set(entry.data.number, [...(byNumber.get(entry.data.number) ?? []), entry]);
  }
  for (const [number, entries] of byNumber) {
    if (entries.length > 1) {
      problems.push({
        file: entries.map((e) => fileOf(e, e.id)).join('、'),
        field: 'number',
        value: `编号 ${number} 重复出现 ${entries.length} 次`,
        allowed: '每个编号只用一次',
      });
    }
  }
  const count = input.items.length;
  for (let n = 1; n <= count; n++) {
    if (!byNumber.has(n)) {
      problems.push({
        file: `${dir}/items/`,
        field: 'number',
        value: `共 ${count} 项，但没有编号为 ${n} 的一项`,
        allowed: `编号从 1 到 ${count} 连续，不跳号`,
      });
    }
  }
  for (const number of byNumber.keys()) {
    if (number > count) {
      problems.push({
        file: byNumber.get(number)!.map((e) => fileOf(e, e.id)).join('、'),
        field: 'number',
        value: `编号 ${number} 超出了项目总数 ${count}`,
        allowed: `编号从 1 到 ${count} 连续，不跳号`,
      });
    }
  }

  const [notice, ...extraNotices] = input.notice;
  if (!notice || extraNotices.length > 0) {
    problems.push({
      file: `${dir}/notice.mdx`,
      field: '文件',
      value: `找到 ${input.notice.length} 个通知文件`,
      allowed: '每个年度恰好一个通知文件 notice.mdx',
    });
  } else {
    if (notice.data.titleLines.join('') !== notice.data.title) {
      problems.push({
        file: fileOf(notice, 'notice'),
        field: 'titleLines',
        value: `连起来是“${notice.data.titleLines.join('')}”`,
        allowed: `与 title “${notice.data.title}”逐字相同`,
      });
    }
    problems.push(...dateProblems(fileOf(notice, `${dir}/notice.mdx`), 'date', notice.data.date, notice.data.dateText, year));
  }
  if (input.report) {
    const { deadline } = input.report;
    problems.push(...dateProblems(`${dir}/report.yaml`, 'deadline.date', deadline.date, deadline.text, year));
  }

  // The plan page needs exactly one preamble (first) and one place for the items.
  const sections = [...input.plan].sort((a, b) => a.data.order - b.data.order);
  for (const kind of ['preamble', 'items'] as const) {
    const found = sections.filter((s) => s.data.kind === kind);
    if (found.length !== 1) {
      problems.push({
        file: `${dir}/plan/`,
        field: 'kind',
        value: `kind 为 ${kind} 的部分有 ${found.length} 个`,
        allowed: `恰好一个（${kind === 'preamble' ? '方案标题和开头段落，order 最小' : '活动内容的位置'}）`,
      });
    }
  }
  if (sections.length > 0 && sections[0].data.kind !== 'preamble') {
    problems.push({
      file: fileOf(sections[0], `${dir}/plan/`),
      field: 'order',
      value: `排在最前的是 ${sections[0].data.kind}`,
      allowed: 'kind 为 preamble 的部分 order 最小',
    });
  }

  if (input.report) {
    const { photos } = input.report;
    if (photos.min > photos.max) {
      problems.push({
        file: `${dir}/report.yaml`,
        field: 'photos.min',
        value: `最少 ${photos.min} 张，多于最多的 ${photos.max} 张`,
        allowed: 'min 不大于 max',
      });
    }
    if (photos.minShortSide > photos.minLongSide) {
      problems.push({
        file: `${dir}/report.yaml`,
        field: 'photos.minShortSide',
        value: `短边 ${photos.minShortSide} 大于长边 ${photos.minLongSide}`,
        allowed: 'minShortSide 不大于 minLongSide（如 1024×768 写 minLongSide: 1024、minShortSide: 768）',
      });
    }
    const tooWide = tableWidthProblem(`${dir}/report.yaml`, fixedColumns.map((c) => c.width), input.report.columns.map((c) => c.width));
    if (tooWide) problems.push(tooWide);
  }

  if (problems.length > 0) throw new ContentError(problems);

  items.sort((a, b) => a.number - b.number);
  items.forEach((item, i) => {
    item.previous = items[i - 1];
    item.next = items[i + 1];
    item.category.items.push(item);
    for (const unit of item.units) {
      unit.items.push(item);
      (item.units.length === 1 ? unit.soleItems : unit.sharedItems).push(item);
    }
  });

  // An edition's units are the registry's units that carry its items, in registry order.
  const units = registry.filter((unit) => unit.items.length > 0);

  return {
    edition,
    report: input.report,
    notice: notice!,
    preamble: sections[0],
    sections: sections.slice(1),
    categories,
    items,
    units,
    unitByName: (name) => unitByName.get(normaliseUnitName(name)),
    itemByNumber: (number) => items.find((item) => item.number === number),
  };
}
