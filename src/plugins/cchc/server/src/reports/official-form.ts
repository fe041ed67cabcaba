import { z } from 'zod';
import { summaryQuerySchema } from './summary-input';
import type { ReportSummary } from './metrics';

/** What the person exporting may set on the document; the rest follows from the root unit. */
export const formQuerySchema = z.strictObject({
  number: z.string().trim().max(20).optional(),
  place: z.string().trim().max(60).optional(),
  date: z.iso.date('Ngày văn bản phải có dạng YYYY-MM-DD.').optional(),
  signer: z.string().trim().max(120).optional(),
  signerTitle: z.string().trim().max(60).optional(),
  recipients: z.string().trim().max(2000).optional(),
});
export type FormQuery = z.infer<typeof formQuerySchema>;

/** An export's query: the summary's, and what the document says of itself. */
export const exportQuerySchema = summaryQuerySchema.extend(formQuerySchema.shape);

export interface FormUnit {
  name: string;
  kind: string;
  parent?: { name: string } | null;
}

export interface CampaignRecipient {
  name: string;
  purpose?: string | null;
}

const PREFIXES = /^(ủy ban nhân dân|uỷ ban nhân dân|ubnd)\s+/i;
const ADMINISTRATIVE = /^(tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn|đặc khu)\s+/i;
const PURPOSE_NOTE: Record<string, string> = { report: ' (để b/c)', information: ' (để biết)' };

/** `UBND huyện Hương Sơn` → `Ủy ban nhân dân huyện Hương Sơn`. */
export const officialName = (name: string) => name.replace(PREFIXES, 'Ủy ban nhân dân ');

/** The place named in the date line: `UBND huyện Hương Sơn` → `Hương Sơn`. */
export const placeOf = (name: string) =>
  name.replace(PREFIXES, '').replace(ADMINISTRATIVE, '').trim() || name;

/**
 * The parts of a Decree 30/2020 document for the summary of a root unit: a people's committee
 * reports in its own name, signed "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH"; an office or other body
 * reports under its parent's name.
 */
export const officialForm = (
  summary: ReportSummary,
  root: FormUnit,
  campaignRecipients: CampaignRecipient[],
  query: FormQuery,
  timeZone: string,
  now: Date
) => {
  const committee = root.kind === 'people_committee';
  const place = query.place || placeOf(root.parent && !committee ? root.parent.name : root.name);
  const listed = query.recipients
    ? query.recipients
        .split(/[;\n]/)
        .map((r) => r.trim())
        .filter(Boolean)
    : campaignRecipients
        .filter((r) => r.purpose === 'report' || r.purpose === 'information')
        .map((r) => `${r.name}${PURPOSE_NOTE[r.purpose ?? ''] ?? ''}`);
  return {
    parentBody: committee
      ? null
      : root.parent
        ? officialName(root.parent.name).toUpperCase()
        : null,
    issuingBody: officialName(root.name).toUpperCase(),
    number: query.number || null,
    symbol: committee ? 'BC-UBND' : 'BC-VHTT',
    place,
    date: query.date ? new Date(`${query.date}T12:00:00Z`) : now,
    subject: `Báo cáo kết quả tuyên truyền cải cách hành chính ${summary.period.label}`,
    recipients:
      listed.length > 0
        ? listed
        : [
            'Sở Nội vụ (để b/c)',
            `Chủ tịch, các PCT UBND ${place} (để b/c)`,
            'Các cơ quan, đơn vị, địa phương',
          ],
    signerAuthority: committee
      ? 'TM. ỦY BAN NHÂN DÂN'
      : `TL. ${officialName(root.parent?.name ?? root.name).toUpperCase()}`,
    signerDeputy: committee ? 'KT. CHỦ TỊCH' : null,
    signerTitle: (query.signerTitle || (committee ? 'Phó Chủ tịch' : 'Trưởng phòng')).toUpperCase(),
    signerName: query.signer || null,
    timeZone,
  };
};
