import { z } from 'astro/zod';
import { isoDate, oneOf, text, textList } from './fields';

/** Pages of an edition an attachment of the notice can point at. */
export const attachmentPages = ['slogans', 'report'] as const;

/** The covering notice (通知) that publishes the plan: content/<year>/notice.mdx. */
export const noticeSchema = z.object({
  documentNumber: text(),
  title: text(),
  // The title as the original breaks it over lines; joined, it must equal `title`.
  titleLines: textList(1, '标题行'),
  recipients: text(),
  issuer: text(),
  // Where the issuing office sits, as the plan says it (“设在……”).
  issuerSeat: text().optional(),
  dateText: text(),
  date: isoDate(),
  disclosureText: text(),
  disclosure: text(),
  // The 政府信息公开 catalogue's fields: shown when given, never made up.
  indexNumber: text().optional(),
  publisher: text().optional(),
  publishDate: isoDate().optional(),
  topic: text().optional(),
  validity: text().optional(),
  attachments: z.array(
    z.object({
      label: text(),
      // The page of this edition that provides the attachment.
      page: oneOf(attachmentPages),
    }),
  ),
});
