import type { Core } from '@strapi/strapi';
import { messageOf } from '../core/error-message';
import { retryAt } from '../core/jobs/leases';
import type { Outcome } from '../core/jobs/kind';
import { pluginConfig } from '../core/plugin-config';
import { reminderMessage, type Reminder } from './reminder-message';

export interface Delivery {
  reminder: Reminder;
  recipients: string[];
  now: Date;
  /** records the claimed reminder's new state, if the claim still holds */
  finish: (data: Record<string, unknown>, outcome: Outcome) => Promise<Outcome>;
  mail: (message: { to: string; subject: string; text: string }) => Promise<void>;
}

/** Mails a reminder and records it sent, or to be retried with backoff. */
export const deliverReminder = async (
  strapi: Core.Strapi,
  { reminder, recipients, now, finish, mail }: Delivery
): Promise<Outcome> => {
  const { reports, timeZone } = pluginConfig(strapi);
  const { subject, text } = reminderMessage(reminder, {
    adminUrl: reports.adminUrl,
    timeZone,
    now,
  });
  const attempts = reminder.attempts + 1;
  try {
    await mail({ to: recipients.join(', '), subject, text });
    return await finish(
      {
        status: 'sent',
        sentAt: new Date(),
        recipients: recipients.join(', '),
        subject,
        attempts,
        lastError: null,
      },
      'done'
    );
  } catch (error) {
    const { maxAttempts, backoffSeconds } = reports.reminders;
    const final = attempts >= maxAttempts;
    const outcome = await finish(
      {
        status: final ? 'failed' : 'pending',
        attempts,
        recipients: recipients.join(', '),
        subject,
        lastError: messageOf(error).slice(0, 2000),
        nextAttemptAt: final ? null : retryAt(now, backoffSeconds, attempts),
      },
      final ? 'failed' : 'retrying'
    );
    if (outcome !== 'lost') {
      strapi.log.warn(
        `Reminder to ${reminder.unit?.name} failed (attempt ${attempts}): ${messageOf(error)}`
      );
    }
    return outcome;
  }
};
