import type { Core } from '@strapi/strapi';
import { UIDS } from '../constants';

interface DemoConfig {
  createAdmin: boolean;
  adminEmail: string;
  adminPassword: string;
}

const MEMBERSHIP_UID = 'plugin::cchc.unit-membership';

/** One demo account per default role, each a member of the unit it works for. */
const DEMO_STAFF = [
  {
    email: 'bientap.sontay@cchc.local',
    firstname: 'Lan',
    lastname: 'Nguyễn Thị',
    role: 'cchc-unit-editor',
    unit: 'xa-son-tay',
  },
  {
    email: 'lanhdao.sontay@cchc.local',
    firstname: 'Hùng',
    lastname: 'Trần Văn',
    role: 'cchc-unit-head',
    unit: 'xa-son-tay',
  },
  {
    email: 'trungtam@cchc.local',
    firstname: 'Minh',
    lastname: 'Lê Quang',
    role: 'cchc-reviewer',
    unit: 'huyen-huong-son',
  },
  {
    email: 'phongvhtt@cchc.local',
    firstname: 'Hà',
    lastname: 'Phạm Thu',
    role: 'cchc-office',
    unit: 'phong-van-hoa-va-thong-tin',
  },
];

/**
 * Development only: a super admin, and one account per default role with its unit membership,
 * all with the demo password; existing accounts are left alone.
 */
export const ensureDemoAdmin = async (strapi: Core.Strapi) => {
  const config = strapi.config.get('demo') as DemoConfig;
  if (!config.createAdmin) {
    return;
  }
  const userService = strapi.service('admin::user');
  const roleService = strapi.service('admin::role');
  if (!(await userService.exists({ email: config.adminEmail }))) {
    const superAdmin = await roleService.getSuperAdmin();
    await userService.create({
      email: config.adminEmail,
      firstname: 'Quản trị',
      lastname: 'Hệ thống',
      password: config.adminPassword,
      isActive: true,
      roles: superAdmin ? [superAdmin.id] : [],
    });
  }
  for (const staff of DEMO_STAFF) {
    const role = await roleService.findOne({ code: staff.role });
    const unit = await strapi.db
      .query(UIDS.unit)
      .findOne({ where: { slug: staff.unit }, select: ['id'] });
    if (!role || !unit || (await userService.exists({ email: staff.email }))) {
      continue;
    }
    const user = await userService.create({
      email: staff.email,
      firstname: staff.firstname,
      lastname: staff.lastname,
      password: config.adminPassword,
      isActive: true,
      roles: [role.id],
    });
    await strapi.db.query(MEMBERSHIP_UID).create({ data: { user: user.id, unit: unit.id } });
  }
  strapi.log.info(
    `Demo logins (development only), password ${config.adminPassword}: ${config.adminEmail} (super admin), ` +
      DEMO_STAFF.map((s) => s.email).join(', ')
  );
};
