import unitMembershipSchema from './unit-membership/schema.json';
import auditEntrySchema from './audit-entry/schema.json';

export default {
  'unit-membership': { schema: unitMembershipSchema },
  'audit-entry': { schema: auditEntrySchema },
};
