import unitMembershipSchema from './unit-membership/schema.json';
import auditEntrySchema from './audit-entry/schema.json';
import scheduledJobSchema from './scheduled-job/schema.json';
import socialPostSchema from './social-post/schema.json';

export default {
  'unit-membership': { schema: unitMembershipSchema },
  'audit-entry': { schema: auditEntrySchema },
  'scheduled-job': { schema: scheduledJobSchema },
  'social-post': { schema: socialPostSchema },
};
