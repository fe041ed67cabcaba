import unitMembershipSchema from './unit-membership/schema.json';
import auditEntrySchema from './audit-entry/schema.json';
import scheduledJobSchema from './scheduled-job/schema.json';
import socialPostSchema from './social-post/schema.json';
import webhookSubscriptionSchema from './webhook-subscription/schema.json';
import webhookDeliverySchema from './webhook-delivery/schema.json';
import speechJobSchema from './speech-job/schema.json';
import reportReminderSchema from './report-reminder/schema.json';
import siteTokenSchema from './site-token/schema.json';

export default {
  'unit-membership': { schema: unitMembershipSchema },
  'audit-entry': { schema: auditEntrySchema },
  'scheduled-job': { schema: scheduledJobSchema },
  'social-post': { schema: socialPostSchema },
  'webhook-subscription': { schema: webhookSubscriptionSchema },
  'webhook-delivery': { schema: webhookDeliverySchema },
  'speech-job': { schema: speechJobSchema },
  'report-reminder': { schema: reportReminderSchema },
  'site-token': { schema: siteTokenSchema },
};
