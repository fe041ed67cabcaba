import unitMembershipSchema from './unit-membership/schema.json';

export default {
  'unit-membership': { schema: unitMembershipSchema },
};
