import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { getService } from '../../core/get-service';
import { type HttpContext } from '../../core/http/context';
import type { MediaTargets } from '../services/media-scope';

export type MediaRoute =
  | 'upload'
  | 'upload-file'
  | 'upload-from-urls'
  | 'file'
  | 'files'
  | 'folder-create'
  | 'folder'
  | 'bulk-delete'
  | 'bulk-move'
  | 'bulk-update'
  | 'library';

/** An object of the request (its body, an entry of it), whose fields are read as they come. */
const isFields = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

const ids = (value: unknown): number[] =>
  (Array.isArray(value) ? value : [value]).flatMap((id) =>
    (typeof id === 'number' || typeof id === 'string') && /^\d+$/.test(String(id))
      ? [Number(id)]
      : []
  );

/** The folders a `fileInfo` (a JSON string, an object or a list of them) puts files into. */
const uploadFolders = (fileInfo: unknown): number[] =>
  (Array.isArray(fileInfo) ? fileInfo : [fileInfo]).flatMap((info) => {
    try {
      const parsed: unknown = typeof info === 'string' ? JSON.parse(info) : info;
      return ids((isFields(parsed) ? parsed.folder : undefined) ?? []);
    } catch {
      return [];
    }
  });

const targetsOf = (kind: MediaRoute, ctx: HttpContext): MediaTargets => {
  const body = isFields(ctx.request.body) ? ctx.request.body : {};
  // the policy context copies Koa's own properties only: the query is read from the request
  const { query } = ctx.request;
  switch (kind) {
    case 'upload':
      return query.id !== undefined
        ? { fileIds: ids(query.id), folderIds: uploadFolders(body.fileInfo) }
        : { folderIds: uploadFolders(body.fileInfo) };
    case 'upload-file':
      return { folderIds: uploadFolders(body.fileInfo) };
    case 'upload-from-urls':
      return { folderIds: ids(body.folderId ?? []) };
    case 'file':
      return { fileIds: ids(ctx.params.id), folderIds: uploadFolders(body.fileInfo ?? []) };
    case 'files':
      return { fileIds: ids(body.fileIds ?? []) };
    case 'folder-create':
      return { folderIds: ids(body.parent ?? []) };
    case 'folder':
      return { folderIds: [...ids(ctx.params.id), ...ids(body.parent ?? [])] };
    case 'bulk-delete':
      return { fileIds: ids(body.fileIds ?? []), folderTrees: ids(body.folderIds ?? []) };
    case 'bulk-move':
      return {
        fileIds: ids(body.fileIds ?? []),
        folderTrees: ids(body.folderIds ?? []),
        folderIds: ids(body.destinationFolderId ?? []),
      };
    case 'bulk-update': {
      const updates: unknown[] = Array.isArray(body.updates) ? body.updates : [];
      const entries = updates.map((update) => (isFields(update) ? update : {}));
      return {
        fileIds: ids(entries.map((update) => update.id)),
        folderIds: uploadFolders(entries.map((update) => update.fileInfo ?? null)),
      };
    }
    case 'library':
      return {};
  }
};

/**
 * Media library admin routes that change, replace, move or delete files and folders: only
 * those of the caller's units (see the media-scope service). Uploading stays open, reading and
 * picking files too.
 */
const mediaInMyUnits = async (
  ctx: HttpContext,
  config: { kind: MediaRoute },
  { strapi }: { strapi: Core.Strapi }
) => {
  const { user, userAbility } = ctx.state;
  if (!user) {
    return false;
  }
  const isSuperAdmin = (user.roles ?? []).some((role) => role.code === 'strapi-super-admin');
  if (config.kind === 'library' && !isSuperAdmin) {
    throw new errors.PolicyError('Chỉ quản trị viên cấp cao được xử lý cả thư viện tệp.');
  }
  await getService(strapi, 'media-scope').assertManageable(
    { userId: Number(user.id), ability: userAbility, isSuperAdmin },
    targetsOf(config.kind, ctx)
  );
  return true;
};

export default mediaInMyUnits;
