/**
 * The content's history from git, read once per build: one `git log` over the content
 * folder, in the repository that holds it (a temp copy with its own repository in tests).
 * Without a usable history (no git, not a repository, a shallow clone, content not
 * committed) there is no history at all, and a reason to say so: a date is never guessed.
 */
import { execFileSync } from 'node:child_process';

export interface Commit {
  hash: string;
  /** The committer date: when the change was committed. */
  date: Date;
  /** The first line of the message, as the staff wrote it. */
  subject: string;
  /** The files it changed, relative to the content folder, with forward slashes. */
  files: string[];
}

export type ContentHistory = { available: true; commits: Commit[] } | { available: false; reason: string };

const RECORD = '\x1e';
const FIELD = '\x1f';
/** One record per commit: hash, committer date (ISO), subject; then the file names. */
export const LOG_FORMAT = `${RECORD}%H${FIELD}%cI${FIELD}%s`;

/** `git log --format=LOG_FORMAT --name-only` output → commits, newest first as git prints them. */
export function parseGitLog(output: string): Commit[] {
  return output
    .split(RECORD)
    .filter((record) => record.trim() !== '')
    .map((record) => {
      const [head, ...rest] = record.split('\n');
      const [hash, date, subject = ''] = head.split(FIELD);
      return {
        hash,
        date: new Date(date),
        subject,
        files: rest.map((line) => line.trim()).filter(Boolean),
      };
    })
    .filter((commit) => commit.files.length > 0 && !Number.isNaN(commit.date.getTime()));
}

const git = (dir: string, args: string[]) =>
  execFileSync('git', ['-C', dir, '-c', 'core.quotepath=off', ...args], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
  });

/**
 * The commits that changed files in `contentDir`. Uncommitted changes do not count: a
 * date is that of a commit. Merges are left out (their changes come with the merged commits).
 */
export function readContentHistory(contentDir: string): ContentHistory {
  try {
    git(contentDir, ['rev-parse', '--is-inside-work-tree']);
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    return { available: false, reason: missing ? '找不到 git 命令' : '内容文件夹不在 git 仓库中' };
  }
  try {
    if (git(contentDir, ['rev-parse', '--is-shallow-repository']).trim() === 'true') {
      return { available: false, reason: '这是浅克隆（git clone --depth），历史不完整' };
    }
    const commits = parseGitLog(
      git(contentDir, ['log', '--no-merges', '--no-renames', '--relative', '--name-only', `--format=${LOG_FORMAT}`, '--', '.']),
    );
    if (commits.length === 0) return { available: false, reason: '内容文件夹还没有提交记录' };
    return { available: true, commits };
  } catch {
    return { available: false, reason: '读取 git 历史失败' };
  }
}
