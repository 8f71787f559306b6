import { z } from 'astro:content';
import { isoDate, text, textList } from './fields';

/** The covering notice (通知) that publishes the plan: content/notice/notice.mdx. */
export const noticeSchema = z.object({
  documentNumber: text(),
  title: text(),
  // The title as the original breaks it over lines; joined, it must equal `title`.
  titleLines: textList(1, '标题行'),
  recipients: text(),
  issuer: text(),
  // Where the issuing office sits, as the plan says it (“设在区市场监管局”).
  issuerSeat: text().optional(),
  dateText: text(),
  date: isoDate(),
  disclosureText: text(),
  disclosure: text(),
  attachments: z.array(
    z.object({
      label: text(),
      // Where on this site the attachment lives.
      href: z.string().regex(/^\/[a-z0-9/-]*$/, { message: '须为本站路径，例如 /slogans/' }),
    }),
  ),
});
