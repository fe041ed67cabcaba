import { createHmac, randomBytes } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { SITE_TOKEN_UID } from '../../core/constants';
import { adminRequest, canOn } from '../../core/admin-ability';
import { getService } from '../../core/get-service';
import type { SiteTokenCredentials } from '../../core/request-auth';
import { rowsOf } from '../../core/rows';
import { COMMON_SCOPE } from '../../public-reads/services/content-version';

/** Every site token key starts with this, so a leaked one is recognisable (and scannable). */
export const SITE_TOKEN_KEY_PREFIX = 'cchc_st_';
/** How much of the key is kept in clear to recognise it in the admin. */
const SHOWN_PREFIX_LENGTH = SITE_TOKEN_KEY_PREFIX.length + 6;
/** lastUsedAt is written at most this often per token, not on every request. */
const TOUCH_EVERY_MS = 10 * 60 * 1000;

interface StoredToken {
  id: number;
  documentId: string;
  name: string;
  canPreviewDrafts: boolean | null;
  expiresAt: string | Date | null;
  lastUsedAt: string | Date | null;
  keyPrefix?: string | null;
  unit: { id: number; slug?: string | null; name?: string | null } | null;
}

interface PublicRole {
  id: number;
}

interface PublicPermission {
  action: string;
}

const PUBLIC_ROLE_UID = 'plugin::users-permissions.role';
const PUBLIC_PERMISSION_UID = 'plugin::users-permissions.permission';
const READ_ACTION = /^api::[\w-]+\.[\w-]+\.(find|findOne)$/;

/**
 * Site tokens: a key bound to one unit's site. The key is generated here, shown once, and only
 * its HMAC (keyed with the server's API token salt) is stored.
 */
const siteTokensService = ({ strapi }: { strapi: Core.Strapi }) => {
  // what Public may read changes with its permissions, which bump the common content version
  let readable: { version: string; actions: string[] } | null = null;
  const tokens = () => rowsOf<StoredToken>(strapi, SITE_TOKEN_UID);
  return {
    hash(key: string) {
      const salt = strapi.config.get<string | undefined>('admin.apiToken.salt');
      if (!salt) {
        throw new Error('API_TOKEN_SALT is needed to hash site token keys.');
      }
      return createHmac('sha256', salt).update(key).digest('hex');
    },

    /**
     * Gives the token a new key and returns it: the only time the key leaves the server. The
     * previous key stops working at once. Checked against the caller's update permission.
     */
    async issueKey(documentId: string) {
      const admin = adminRequest(strapi);
      if (!admin) {
        throw new errors.UnauthorizedError();
      }
      const row = await tokens().findOne({
        where: { documentId },
        select: ['id', 'documentId', 'name', 'keyPrefix'],
        populate: { unit: { select: ['id', 'name'] } },
      });
      const entity = { unit: row?.unit ? { id: row.unit.id } : null };
      const may = (verb: 'read' | 'update') =>
        admin.isSuperAdmin || canOn(strapi, admin.ability, SITE_TOKEN_UID, verb, entity);
      if (!row || !may('read')) {
        throw new errors.NotFoundError('Không tìm thấy mã truy cập trang này.');
      }
      if (!may('update')) {
        throw new errors.ForbiddenError(
          'Tài khoản này không được tạo mã cho trang của đơn vị này.'
        );
      }
      if (!row.unit) {
        throw new errors.ValidationError('Mã truy cập trang phải thuộc một đơn vị.');
      }
      const key = `${SITE_TOKEN_KEY_PREFIX}${randomBytes(32).toString('base64url')}`;
      const keyPrefix = key.slice(0, SHOWN_PREFIX_LENGTH);
      const before = row.keyPrefix ?? null;
      await strapi.db.transaction(async () => {
        await tokens().update({
          where: { id: row.id },
          data: { keyHash: this.hash(key), keyPrefix, lastUsedAt: null },
        });
        await getService(strapi, 'lifecycle').emit('site-token-renewed', {
          documentId,
          row: { ...row, keyPrefix },
          before,
          after: keyPrefix,
          comment: 'Cấp mã mới',
        });
      });
      return { documentId, keyPrefix, key };
    },

    /** The credentials a key stands for, or why it does not authenticate. */
    async authenticate(
      key: string
    ): Promise<
      | { credentials: SiteTokenCredentials; error?: undefined }
      | { error: string; credentials?: undefined }
    > {
      const token = await tokens().findOne({
        where: { keyHash: this.hash(key) },
        select: ['id', 'documentId', 'name', 'canPreviewDrafts', 'expiresAt', 'lastUsedAt'],
        populate: { unit: { select: ['id', 'slug'] } },
      });
      if (!token?.unit?.slug) {
        return { error: 'Invalid credentials' };
      }
      if (token.expiresAt && new Date(token.expiresAt).getTime() <= Date.now()) {
        return { error: 'Token expired' };
      }
      const { own, above } = await getService(strapi, 'site').unitsOf(token.unit.slug);
      await this.touch(token);
      return {
        credentials: {
          type: 'site',
          id: token.id,
          name: token.name,
          unit: { id: token.unit.id, slug: token.unit.slug },
          canPreviewDrafts: token.canPreviewDrafts === true,
          own,
          above,
          actions: await this.readableActions(),
        },
      };
    },

    /** What the Public role may read (find/findOne of our types): a site token reads no more. */
    async readableActions(): Promise<string[]> {
      const { text } = await getService(strapi, 'content-version').fingerprint([COMMON_SCOPE]);
      if (readable?.version !== text) {
        readable = { version: text, actions: await this.publicReadActions() };
      }
      return readable.actions;
    },

    async publicReadActions(): Promise<string[]> {
      const role = await rowsOf<PublicRole>(strapi, PUBLIC_ROLE_UID).findOne({
        where: { type: 'public' },
        select: ['id'],
      });
      if (!role) {
        return [];
      }
      const permissions = await rowsOf<PublicPermission>(strapi, PUBLIC_PERMISSION_UID).findMany({
        where: { role: { id: role.id } },
        select: ['action'],
      });
      return permissions.map((p) => p.action).filter((action) => READ_ACTION.test(action));
    },

    async touch(token: StoredToken) {
      const last = token.lastUsedAt ? new Date(token.lastUsedAt).getTime() : 0;
      if (Date.now() - last >= TOUCH_EVERY_MS) {
        await tokens().update({ where: { id: token.id }, data: { lastUsedAt: new Date() } });
      }
    },
  };
};

export default siteTokensService;
export type SiteTokensService = ReturnType<typeof siteTokensService>;
