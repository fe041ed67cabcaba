import type { Core } from '@strapi/strapi';

interface DemoConfig {
  createAdmin: boolean;
  adminEmail: string;
  adminPassword: string;
}

/** Creates the demo super admin when no admin exists yet; development only. */
export const ensureDemoAdmin = async (strapi: Core.Strapi) => {
  const config = strapi.config.get('demo') as DemoConfig;
  if (!config.createAdmin) {
    return;
  }
  const userService = strapi.service('admin::user');
  if ((await userService.count()) === 0) {
    const superAdmin = await strapi.service('admin::role').getSuperAdmin();
    await userService.create({
      email: config.adminEmail,
      firstname: 'Quản trị',
      lastname: 'Hệ thống',
      password: config.adminPassword,
      isActive: true,
      roles: superAdmin ? [superAdmin.id] : [],
    });
  }
  if (await userService.exists({ email: config.adminEmail })) {
    strapi.log.info(
      `Demo admin (development only): ${config.adminEmail} / ${config.adminPassword} at /admin`
    );
  }
};
