import unitMembershipSchema from './unit-membership/schema.json';
import auditEntrySchema from './audit-entry/schema.json';
import scheduledJobSchema from './scheduled-job/schema.json';

export default {
  'unit-membership': { schema: unitMembershipSchema },
  'audit-entry': { schema: auditEntrySchema },
  'scheduled-job': { schema: scheduledJobSchema },
};
