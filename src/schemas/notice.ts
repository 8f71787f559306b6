import { z } from 'astro:content';
import { allowed } from './messages';

/** The covering notice (通知) that publishes the plan: content/notice/notice.mdx. */
export const noticeSchema = z.object({
  documentNumber: z.string().trim().min(1),
  title: z.string().trim().min(1),
  // The title as the original breaks it over lines; joined, it must equal `title`.
  titleLines: z.array(z.string().min(1)).min(1),
  recipients: z.string().trim().min(1),
  issuer: z.string().trim().min(1),
  dateText: z.string().trim().min(1),
  date: z.coerce.date({ message: `date ${allowed.date}` }),
  disclosureText: z.string().trim().min(1),
  disclosure: z.string().trim().min(1),
  attachments: z.array(
    z.object({
      label: z.string().min(1),
      // Where on this site the attachment lives.
      href: z.string().regex(/^\/[a-z0-9/-]*$/),
    }),
  ),
});
