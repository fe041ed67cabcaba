import { REPORT_UID } from '../core/constants';
import { daysBetween, vnDate } from './period';
import { localDateIn } from '../core/local-time';

export type Reason = 'missing' | 'draft' | 'returned';

export interface Reminder {
  id: number;
  periodKey: string;
  periodLabel: string | null;
  dueOn: string | null;
  reason: Reason;
  attempts: number;
  campaign: { id: number; documentNumber: string; title: string } | null;
  unit: { id: number; name: string; contact?: { email?: string | null } | null } | null;
}

const REASON_TEXT: Record<Reason, string> = {
  missing: 'chưa gửi báo cáo',
  draft: 'đang soạn nhưng chưa gửi báo cáo',
  returned: 'có báo cáo bị trả lại, chưa gửi lại',
};

/** The e-mail that urges a unit to send its report: subject and plain text, in Vietnamese. */
export const reminderMessage = (
  reminder: Reminder,
  { adminUrl, timeZone, now }: { adminUrl: string; timeZone: string; now: Date }
) => {
  const unit = reminder.unit!;
  const label = reminder.periodLabel ?? reminder.periodKey;
  const lateDays = reminder.dueOn ? daysBetween(reminder.dueOn, localDateIn(timeZone, now)) : 0;
  const due = reminder.dueOn
    ? `Hạn gửi: ${vnDate(reminder.dueOn)}${lateDays > 0 ? ` (đã quá hạn ${lateDays} ngày)` : ''}.`
    : '';
  const basis = reminder.campaign
    ? `Thực hiện ${reminder.campaign.documentNumber} (${reminder.campaign.title}), `
    : '';
  const lines = [
    `Kính gửi: ${unit.name}`,
    '',
    `${basis}đến nay đơn vị ${REASON_TEXT[reminder.reason]} kết quả công tác tuyên truyền cải cách hành chính ${label}.`,
    due,
    `Đề nghị đơn vị hoàn thành và gửi báo cáo trên hệ thống: ${adminUrl}/content-manager/collection-types/${REPORT_UID}`,
    '',
    'Phòng Văn hóa và Thông tin',
    '(Thư gửi tự động từ hệ thống; vui lòng không trả lời thư này.)',
  ].filter((line, i, all) => line !== '' || all[i - 1] !== '');
  return {
    subject: `[Đôn đốc] Báo cáo kết quả tuyên truyền CCHC ${label} – ${unit.name}`.slice(0, 300),
    text: lines.join('\n'),
  };
};
