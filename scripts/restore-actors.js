'use strict';

// The audit trail names its actors by row id (admin accounts, API tokens, front-end users), and
// the review's four-eyes rule reads them back. A restore numbers the rows anew, so the ids in
// the trail are rewritten to the restored rows', matched by document id, and where that leaves
// an entry naming another account than its label, by the label (e-mail, token name).
const AUDIT_UID = 'plugin::cchc.audit-entry';
const ACTOR_TYPES = {
  admin: 'admin::user',
  'api-token': 'admin::api-token',
  user: 'plugin::users-permissions.user',
};

const actorIds = () => {
  // content type → document id → the row id it had in the backup
  const former = new Map(Object.values(ACTOR_TYPES).map((uid) => [uid, new Map()]));
  return {
    /** A transform of the transfer's entities stage that notes the ids as they pass. */
    transform: {
      map(entity) {
        const seen = former.get(entity.type);
        if (seen && entity.data && entity.data.documentId) {
          seen.set(entity.data.documentId, String(entity.id));
        }
        return entity;
      },
    },

    /** Rewrites the trail's actor ids; how many entries changed. */
    async rewrite(strapi) {
      const audit = strapi.db.metadata.get(AUDIT_UID);
      const idColumn = audit.attributes.actorId.columnName;
      const typeColumn = audit.attributes.actorType.columnName;
      const knex = strapi.db.connection;
      let changed = 0;
      for (const [actorType, uid] of Object.entries(ACTOR_TYPES)) {
        const byDocument = former.get(uid);
        if (!strapi.contentTypes[uid] || byDocument.size === 0) {
          continue;
        }
        const rows = await strapi.db.query(uid).findMany({ select: ['id', 'documentId'] });
        const renumbered = rows
          .map((row) => [byDocument.get(row.documentId), String(row.id)])
          .filter(([before, now]) => before !== undefined && before !== now);
        if (renumbered.length === 0) {
          continue;
        }
        // one statement: ids swapped between two rows are not rewritten twice
        const cases = renumbered.map(() => 'WHEN ? THEN ?').join(' ');
        changed += await knex(audit.tableName)
          .where(typeColumn, actorType)
          .whereIn(
            idColumn,
            renumbered.map(([before]) => before)
          )
          .update({
            [idColumn]: knex.raw(`CASE ?? ${cases} END`, [idColumn, ...renumbered.flat()]),
          });
      }
      return changed + (await byLabel(strapi));
    },
  };
};

// where an entry's actor id still names no account, or another one, than its label (the
// account's e-mail or the token's name, as they were when it acted): the account of that label
const LABELS = { admin: ['admin::user', 'email'], 'api-token': ['admin::api-token', 'name'] };

const byLabel = async (strapi) => {
  const audit = strapi.db.metadata.get(AUDIT_UID);
  const column = (name) => audit.attributes[name].columnName;
  const knex = strapi.db.connection;
  let changed = 0;
  for (const [actorType, [uid, field]] of Object.entries(LABELS)) {
    const accounts = strapi.db.metadata.get(uid);
    const label = accounts.attributes[field].columnName;
    const match = knex(accounts.tableName)
      .select(knex.raw('CAST(id AS TEXT)'))
      .where(label, knex.ref(`${audit.tableName}.${column('actorLabel')}`))
      .limit(1);
    changed += await knex(audit.tableName)
      .where(column('actorType'), actorType)
      .whereExists(match.clone())
      .whereNotExists(
        knex(accounts.tableName)
          .where(label, knex.ref(`${audit.tableName}.${column('actorLabel')}`))
          .where(knex.raw('CAST(id AS TEXT)'), knex.ref(`${audit.tableName}.${column('actorId')}`))
      )
      .update({ [column('actorId')]: match });
  }
  return changed;
};

module.exports = { actorIds };
