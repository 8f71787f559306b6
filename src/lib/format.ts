/** File sizes as Chinese government sites label attachments: 888 B, 10 KB, 1.2 MB. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** China Standard Time (UTC+8, no daylight saving), the plans' own time. */
const CHINA_OFFSET_MS = 8 * 3600_000;

/**
 * A day as Chinese documents write it (2024年8月30日), in China time: a commit's moment
 * falls on its Beijing day; a date-only field (read as UTC midnight) stays its own day.
 */
export function formatDate(date: Date): string {
  const d = new Date(date.getTime() + CHINA_OFFSET_MS);
  return `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日`;
}
