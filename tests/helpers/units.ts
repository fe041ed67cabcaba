import type { Core } from '@strapi/strapi';
import { http } from './http';
import { connect, makeUnit, type Doc } from './fixtures';

export const MEMBERSHIP_UID = 'plugin::cchc.unit-membership';

/**
 * Province P → district D → commune A → village V; D → commune B (A's sibling),
 * D → office O (Phòng VHTT) and centre C (Trung tâm VH-TT).
 */
export const makeDistrictTree = async (strapi: Core.Strapi, tag = '') => {
  const P = await makeUnit(strapi, { name: `Tỉnh thử ${tag}`, level: 'province' });
  const D = await makeUnit(strapi, {
    name: `Huyện thử ${tag}`,
    level: 'district',
    parent: connect(P),
  });
  const A = await makeUnit(strapi, { name: `Xã A ${tag}`, parent: connect(D) });
  const V = await makeUnit(strapi, {
    name: `Thôn V ${tag}`,
    level: 'other',
    kind: 'other',
    parent: connect(A),
  });
  const B = await makeUnit(strapi, { name: `Xã B ${tag}`, parent: connect(D) });
  const O = await makeUnit(strapi, {
    name: `Phòng VHTT ${tag}`,
    level: 'district',
    kind: 'office',
    parent: connect(D),
  });
  const C = await makeUnit(strapi, {
    name: `Trung tâm VH-TT ${tag}`,
    level: 'district',
    kind: 'culture_communication_center',
    parent: connect(D),
  });
  return { P, D, A, V, B, O, C };
};

export const roleByCode = async (strapi: Core.Strapi, code: string) => {
  const role =
    code === 'strapi-super-admin'
      ? await strapi.service('admin::role').getSuperAdmin()
      : await strapi.service('admin::role').findOne({ code });
  if (!role) {
    throw new Error(`No role ${code}`);
  }
  return role as { id: number };
};

let admins = 0;

/** An admin user with the given roles and unit memberships, logged in. */
export const makeAdmin = async (
  strapi: Core.Strapi,
  roleCodes: string[],
  memberships: Array<{ unit: Doc; roleCode?: string }>
) => {
  admins += 1;
  const email = `bien-tap-${admins}-${Date.now()}@cchc.test`;
  const password = 'Secret-pass-123';
  const roles = await Promise.all(roleCodes.map((code) => roleByCode(strapi, code)));
  const user = await strapi.service('admin::user').create({
    email,
    firstname: 'Biên',
    lastname: 'Tập',
    password,
    isActive: true,
    roles: roles.map((r) => r.id),
  });
  for (const membership of memberships) {
    await addMembership(strapi, user.id, membership.unit, membership.roleCode);
  }
  const res = await http(strapi).post('/admin/login').send({ email, password });
  if (res.status !== 200) {
    throw new Error(`login failed: ${res.status}`);
  }
  return { id: user.id as number, token: res.body.data.token as string };
};

export const addMembership = async (
  strapi: Core.Strapi,
  userId: number,
  unit: Doc,
  roleCode?: string
) => {
  const role = roleCode ? await roleByCode(strapi, roleCode) : null;
  return strapi.db
    .query(MEMBERSHIP_UID)
    .create({ data: { user: userId, unit: unit.id, role: role?.id ?? null } });
};
