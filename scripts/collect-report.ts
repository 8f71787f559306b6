/**
 * The office's one command for a folder of returns:
 *
 *   npm run collect-report -- <材料文件夹> [--edition 年份] [--out 汇总表.xlsx] [--publish]
 *
 * The folder is laid out as check-report expects (one subfolder per unit, named by its
 * name, alias or id). For each unit it runs check-report's photo and caption checks
 * (scripts/lib/report-folder.ts), then reads its statistics table (the XLSX the site gave
 * it, or the CSV) and checks every cell (src/lib/returns/). It writes one 汇总表 (default
 * <材料文件夹>/汇总表.xlsx) of what passed, marked as incomplete when anything did not.
 * With --publish it writes each unit whose table passed into content/<year>/returns/:
 * <unit-id>.yaml (figures, captions, alt text) and its passing photos, upright, at most
 * 2000 px, without any metadata; a unit's earlier record is replaced.
 *
 * Input files are never changed. Exit code: 0 everything passes; 1 problems (the summary
 * is still written); 2 the folder cannot be read.
 */
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { captionKeyFor, parseCaptions } from '../src/lib/report/captions';
import { CAPTIONS_FILE, fileMessages, folderMessages, reportRules } from '../src/lib/report/rules';
import { readTableFile, isTableFile } from '../src/lib/returns/read-table';
import { readReturn, type ReturnEdition } from '../src/lib/returns/validate';
import { returnMessages, type ReturnProblem } from '../src/lib/returns/messages';
import { summarise, type UnitOutcome } from '../src/lib/returns/summary';
import { summaryWorkbook } from '../src/lib/returns/summary-xlsx';
import { ALT_FILE, RETURNS_FOLDER, photoFileName, photoItem, recordYaml, type ReturnRecord } from '../src/lib/returns/record';
import { cleanPhoto } from '../src/lib/returns/photos';
import { chooseEdition } from './lib/choose-edition';
import { contentDir } from '../src/lib/content-dir';
import type { Unit } from '../src/lib/content/plan';
import { IGNORED, checkUnitFolder, decodeText, failed, printUnit, type UnitReport } from './lib/report-folder';

const USAGE = '用法：npm run collect-report -- <材料文件夹> [--edition 年份] [--out 汇总表.xlsx] [--publish]';
export const SUMMARY_FILE = '汇总表.xlsx';

interface Collected {
  report: UnitReport;
  unit?: Unit;
  outcome?: UnitOutcome;
}

async function collectUnit(
  edition: ReturnEdition,
  checker: ReturnType<typeof reportRules>,
  root: string,
  folder: string,
  units: Unit[],
): Promise<Collected> {
  const report = await checkUnitFolder(checker, root, folder, units);
  const unit = units.find((u) => u.id === report.unit?.id);
  if (!unit) return { report };
  const problems: ReturnProblem[] = [];
  const tables = report.others.filter(isTableFile);
  report.others = report.others.filter((f) => !isTableFile(f));
  let file: string | undefined;
  let rows: UnitOutcome['rows'] = [];
  let accepted = false;
  if (tables.length === 0) {
    problems.push(returnMessages.noTable({ unit: unit.name, file: `文件夹“${folder}”` }));
  } else {
    file = tables[0];
    if (tables.length > 1) problems.push(returnMessages.severalTables({ unit: unit.name, file: `文件夹“${folder}”` }, tables));
    const bytes = new Uint8Array(await readFile(path.join(root, folder, file)));
    const read = await readTableFile(file, bytes, unit.name);
    if (read.problem) problems.push(read.problem);
    else {
      const result = readReturn(read.sheet, edition, unit);
      rows = result.rows;
      problems.push(...result.problems);
      accepted = problems.length === 0;
    }
  }
  const outcome: UnitOutcome = {
    unit,
    file,
    accepted,
    rows,
    photos: { total: report.photos.length, passed: report.photos.filter((p) => p.ok).length },
    problems,
    photoProblems: [...report.problems, ...report.photos.flatMap((p) => p.problems)].map((p) => ({ file: p.file, message: p.message })),
  };
  return { report, unit, outcome };
}

/** Writes one unit's record and photos into content/<year>/returns/, replacing its earlier one. */
async function publishUnit(root: string, year: string, c: Collected, maxPhotos: number): Promise<string> {
  const { report, unit, outcome } = c as Required<Collected>;
  const dir = path.join(contentDir, year, RETURNS_FOLDER);
  await mkdir(dir, { recursive: true });
  await rm(path.join(dir, unit.id), { recursive: true, force: true });
  const altPath = path.join(root, report.folder, ALT_FILE);
  let alts = new Map<string, string>();
  try {
    alts = parseCaptions(decodeText(await readFile(altPath)).text, ALT_FILE).captions;
  } catch {
    // No alt text file: the site uses the captions (README).
  }
  const photos: ReturnRecord['photos'] = [];
  // The passing photos, no more than the plan asks for (the count is said as a problem above).
  for (const photo of report.photos.filter((p) => p.ok).slice(0, maxPhotos)) {
    const file = photoFileName(unit.id, photos.length);
    await mkdir(path.join(dir, unit.id), { recursive: true });
    await writeFile(path.join(dir, file), await cleanPhoto(new Uint8Array(await readFile(path.join(root, report.folder, photo.name)))));
    const altKey = captionKeyFor(photo.name, alts.keys());
    const item = photoItem(photo.name, unit);
    photos.push({
      file: `./${file}`,
      caption: report.captionOf.get(photo.name)!.trim(),
      ...(altKey !== undefined && alts.get(altKey) ? { alt: alts.get(altKey)!.trim() } : {}),
      ...(item !== undefined ? { item } : {}),
    });
  }
  const record: ReturnRecord = { unit: unit.id, table: outcome.file!, rows: outcome.rows, photos };
  const target = path.join(dir, `${unit.id}.yaml`);
  await writeFile(target, recordYaml(record));
  const rel = path.relative(process.cwd(), target);
  return rel.startsWith('..') ? target : rel;
}

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv.filter((a) => a !== '--'),
      allowPositionals: true,
      options: {
        edition: { type: 'string' },
        out: { type: 'string' },
        publish: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const chosen = await chooseEdition(values.edition);
  if (!chosen) return 2;
  const { year } = chosen;
  const { plan, report } = chosen.edition;
  const checker = reportRules(report.ruleSettings);
  if (positionals.length !== 1 || values.help) {
    console.log(
      `${USAGE}\n\n按 ${year} 年度的要求检查各单位的照片、${CAPTIONS_FILE} 和统计表（.xlsx 或 .csv），` +
        `写出汇总表（默认 <材料文件夹>/${SUMMARY_FILE}）；加 --publish 把通过的单位写入 content/${year}/${RETURNS_FOLDER}/。`,
    );
    return positionals.length === 1 ? 0 : 2;
  }
  const root = path.resolve(positionals[0]);
  let entries;
  try {
    entries = await readdir(root, { withFileTypes: true });
  } catch {
    console.error(`读不到文件夹 ${root}：请确认路径正确。`);
    return 2;
  }
  const out = path.resolve(values.out ?? path.join(root, SUMMARY_FILE));
  const folders = entries
    .filter((e) => e.isDirectory() && !IGNORED.test(e.name))
    .map((e) => e.name)
    .sort((a, b) => a.localeCompare(b, 'zh-CN'));
  // The summary never overwrites a unit's file.
  if (folders.some((f) => out.startsWith(path.join(root, f) + path.sep))) {
    console.error(`汇总表 ${out} 在单位文件夹里：请用 --out 另选位置，输入文件不能被改写。`);
    return 2;
  }
  const loose = entries.filter((e) => e.isFile() && !IGNORED.test(e.name) && path.join(root, e.name) !== out).map((e) => e.name);
  const edition: ReturnEdition = { year, tableName: report.tableName, columns: report.columns, units: plan.units, items: plan.items };

  console.log(`汇总 ${root}（${year} 年度）：${folders.length} 个单位文件夹。`);
  const collected: Collected[] = [];
  const rootProblems: string[] = [];
  const firstFolder = new Map<string, string[]>();
  for (const folder of folders) {
    const c = await collectUnit(edition, checker, root, folder, plan.units);
    const o = c.outcome;
    printUnit(c.report, [
      ...(o?.file ? [{ line: `统计表：${o.file}${o.accepted ? `，${o.rows.length} 行，通过` : '，未通过'}`, problem: false }] : []),
      ...(o?.problems ?? []).map((p) => ({ line: p.message, problem: true })),
    ]);
    const id = c.unit?.id;
    if (id) {
      firstFolder.set(id, [...(firstFolder.get(id) ?? []), folder]);
      if (firstFolder.get(id)!.length > 1) continue; // a second folder of one unit: said below, not summed twice
    }
    collected.push(c);
  }
  for (const [id, list] of firstFolder) {
    if (list.length > 1) rootProblems.push(fileMessages.duplicateUnit(list, plan.units.find((u) => u.id === id)!.name));
  }

  const outcomes = collected.flatMap((c) => (c.outcome ? [c.outcome] : []));
  const unknownFolders = collected.flatMap((c) =>
    c.unit ? [] : c.report.problems.filter((p) => p.code === 'unknown-unit').map((p) => p.message),
  );
  const summary = summarise(edition, outcomes, [...unknownFolders, ...rootProblems]);
  await mkdir(path.dirname(out), { recursive: true });
  await writeFile(out, await summaryWorkbook(summary, { creator: 'npm run collect-report', date: new Date() }));

  const bad = collected.filter((c) => failed(c.report) || !c.outcome || c.outcome.problems.length > 0);
  console.log('\n━━ 汇总');
  console.log(
    `  单位文件夹 ${folders.length} 个：通过 ${collected.length - bad.length} 个，有问题 ${bad.length} 个；汇总了 ${outcomes.filter((o) => o.accepted).length} 个单位的统计表。`,
  );
  for (const p of rootProblems) console.log(`  ✗ ${p}`);
  for (const f of loose) console.log(`  提示：${folderMessages.looseFile(f)}`);
  if (summary.missing.rows.length > 0) console.log(`  提示：${folderMessages.noFolder(summary.missing.rows.map((r) => String(r[0])))}`);
  console.log(`  汇总表：${out}${summary.incomplete ? '（不完整，见“各单位情况”和“问题”两页）' : ''}`);

  if (values.publish) {
    for (const c of collected) {
      if (!c.outcome?.accepted) {
        if (c.unit) console.log(`  未发布：${c.unit.name}（统计表未通过，原有记录保持不变）`);
        continue;
      }
      console.log(`  已发布：${c.unit!.name} → ${await publishUnit(root, year, c, checker.rules.photos.max)}`);
    }
  }
  const ok = bad.length === 0 && rootProblems.length === 0 && folders.length > 0;
  console.log(ok ? '  结果：全部通过。' : folders.length === 0 ? '  结果：没有单位文件夹。' : '  结果：有问题，详见上文。');
  return ok ? 0 : 1;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error) => {
    console.error(`汇总中断：${(error as Error).message}`);
    process.exit(2);
  },
);
