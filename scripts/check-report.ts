/**
 * Checks the material units sent in, before the office files it:
 *
 *   npm run check-report -- <材料文件夹>
 *
 * <材料文件夹> holds one subfolder per unit, named by the unit's name, alias or id as in
 * content/units.yaml (区市场监管局, 区文旅局, market-regulation …). In each: the photos and
 * 说明.txt, one line per photo, “文件名：说明”. Other files (统计表, 典型案例, videos) may be
 * there too and are listed, not checked. The rules and messages are src/lib/report/rules.ts,
 * the same as the report page's checker; sharp decodes every photo fully to find broken ones.
 *
 * Exit code: 0 everything passes; 1 something fails; 2 the folder cannot be read.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { CAPTIONS_FILE, fileMessages as messages, folderMessages, reportRules } from '../src/lib/report/rules';
import { chooseEdition } from './lib/choose-edition';
import { IGNORED, checkUnitFolder, failed, printUnit, type UnitReport } from './lib/report-folder';

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv.filter((a) => a !== '--'),
      allowPositionals: true,
      options: { edition: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (error) {
    console.error(`${(error as Error).message}\n用法：npm run check-report -- <材料文件夹> [--edition 年份]`);
    return 2;
  }
  const { values, positionals } = parsed;
  const chosen = await chooseEdition(values.edition);
  if (!chosen) return 2;
  const { year, editions, edition } = chosen;
  const checker = reportRules(edition.report.ruleSettings);
  if (positionals.length !== 1 || values.help) {
    console.log(
      `用法：npm run check-report -- <材料文件夹> [--edition 年份]\n\n按 ${year} 年度的要求检查（可用年度：${editions.join('、')}）。` +
        `材料文件夹内每个单位一个子文件夹（以单位名称命名），放照片和 ${CAPTIONS_FILE}（每行“文件名：说明”）。\n\n检查规则：`,
    );
    for (const line of checker.checklist) console.log(`  - ${line}`);
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
  const units = edition.plan.units;
  const folders = entries
    .filter((e) => e.isDirectory() && !IGNORED.test(e.name))
    .map((e) => e.name)
    .sort((a, b) => a.localeCompare(b, 'zh-CN'));
  const loose = entries.filter((e) => e.isFile() && !IGNORED.test(e.name)).map((e) => e.name);

  console.log(`检查 ${root}（${year} 年度）：${folders.length} 个单位文件夹。`);
  const reports: UnitReport[] = [];
  for (const folder of folders) {
    const report = await checkUnitFolder(checker, root, folder, units);
    reports.push(report);
    printUnit(report);
  }

  // Two folders for one unit (区文旅局 and 区文化和旅游局).
  const rootProblems: string[] = [];
  const byUnit = new Map<string, string[]>();
  for (const r of reports) if (r.unit) byUnit.set(r.unit.id, [...(byUnit.get(r.unit.id) ?? []), r.folder]);
  for (const [id, list] of byUnit) {
    if (list.length > 1) rootProblems.push(messages.duplicateUnit(list, units.find((u) => u.id === id)!.name));
  }

  const failedReports = reports.filter(failed);
  const missing = units.filter((u) => !byUnit.has(u.id)).map((u) => u.name);
  console.log('\n━━ 汇总');
  console.log(`  单位文件夹 ${reports.length} 个：通过 ${reports.length - failedReports.length} 个，未通过 ${failedReports.length} 个。`);
  if (failedReports.length > 0) {
    console.log(
      `  未通过：${failedReports.map((r) => `${r.unit?.name ?? `“${r.folder}”`}（${r.problems.length + r.photos.reduce((n, p) => n + p.problems.length, 0)} 个问题）`).join('、')}`,
    );
  }
  for (const p of rootProblems) console.log(`  ✗ ${p}`);
  for (const f of loose) console.log(`  提示：${folderMessages.looseFile(f)}`);
  if (missing.length > 0) console.log(`  提示：${folderMessages.noFolder(missing)}`);
  const ok = failedReports.length === 0 && rootProblems.length === 0 && reports.length > 0;
  console.log(ok ? '  结果：全部通过。' : reports.length === 0 ? '  结果：没有单位文件夹。' : '  结果：有未通过的项目，详见上文。');
  return ok ? 0 : 1;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error) => {
    console.error(`检查中断：${(error as Error).message}`);
    process.exit(2);
  },
);
