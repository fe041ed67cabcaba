import { UIDS } from '../src/constants';
import { startApp, stopApp, type TestApp } from './helpers/strapi';
import { http } from './helpers/http';
import {
  connect,
  makeArticle,
  makeBroadcastScript,
  makeLeaflet,
  makeTraining,
  type Doc,
} from './helpers/fixtures';
import { makeAdmin, makeDistrictTree } from './helpers/units';

/**
 * Roles × {own unit, parent, child, sibling commune} × content types × actions over the admin
 * content-manager API. Every cell asserts the exact outcome; the tally at the end shows that
 * no cell was skipped.
 */
type Role = 'editor' | 'head' | 'reviewer' | 'office' | 'super-admin';
type Position = 'own' | 'parent' | 'child' | 'sibling';
type Action = 'list' | 'read' | 'create' | 'update' | 'delete' | 'publish';

const ROLES: Record<Role, { code: string; member: 'A' | 'O' | null }> = {
  editor: { code: 'cchc-unit-editor', member: 'A' },
  head: { code: 'cchc-unit-head', member: 'A' },
  reviewer: { code: 'cchc-reviewer', member: 'A' },
  office: { code: 'cchc-office', member: 'O' },
  'super-admin': { code: 'strapi-super-admin', member: null },
};
/** Where each position is, relative to the role's own unit (the office sits beside the communes). */
const POSITIONS: Record<'A' | 'O', Partial<Record<Position, 'A' | 'D' | 'V' | 'B' | 'O'>>> = {
  A: { own: 'A', parent: 'D', child: 'V', sibling: 'B' },
  O: { own: 'O', parent: 'D', sibling: 'A' },
};
const TYPES = [
  [UIDS.article, makeArticle],
  [UIDS.leaflet, makeLeaflet],
  [UIDS.broadcastScript, makeBroadcastScript],
  [UIDS.training, makeTraining],
] as const;
const ACTIONS: Action[] = ['list', 'read', 'create', 'update', 'delete', 'publish'];

const expected = (role: Role, position: Position, action: Action): boolean => {
  switch (role) {
    case 'super-admin':
      return true;
    case 'editor':
    case 'head':
      return position === 'own' && action !== 'publish';
    case 'reviewer':
      return position === 'own' || position === 'child';
    case 'office':
      return action === 'list' || action === 'read';
  }
};

const cells = (Object.keys(ROLES) as Role[]).flatMap((role) =>
  Object.keys(POSITIONS[ROLES[role].member ?? 'A']).flatMap((position) =>
    TYPES.flatMap(([uid]) =>
      ACTIONS.map((action) => ({
        role,
        position: position as Position,
        uid,
        action,
        allow: expected(role, position as Position, action),
      }))
    )
  )
);

let app: TestApp;
let tree: Awaited<ReturnType<typeof makeDistrictTree>>;
const tokens = {} as Record<Role, string>;
const tally = { allowed: 0, denied: 0, unexpectedAllow: 0, unexpectedDeny: 0 };

beforeAll(async () => {
  app = await startApp();
  tree = await makeDistrictTree(app.strapi);
  for (const [role, { code, member }] of Object.entries(ROLES) as Array<
    [Role, (typeof ROLES)[Role]]
  >) {
    tokens[role] = (
      await makeAdmin(app.strapi, [code], member ? [{ unit: tree[member] }] : [])
    ).token;
  }
}, 120000);
afterAll(() => stopApp(app));

let serial = 0;

/** Runs one action and answers whether it was allowed, checking the store agrees. */
const attempt = async (role: Role, uid: string, unit: Doc, action: Action): Promise<boolean> => {
  const make = TYPES.find(([u]) => u === uid)![1];
  const base = `/content-manager/collection-types/${uid}`;
  const auth = { Authorization: `Bearer ${tokens[role]}` };
  serial += 1;
  const title = `Ô ma trận ${serial}`;
  // publishing is a question of permission here: the review gate has its own tests
  const stage = action === 'publish' ? { reviewStage: 'approved' } : {};
  const doc =
    action === 'create' ? null : await make(app.strapi, { title, unit: connect(unit), ...stage });
  const stored = () =>
    app.strapi.documents(uid as typeof UIDS.article).findOne({ documentId: doc!.documentId });

  switch (action) {
    case 'list': {
      const res = await http(app.strapi)
        .get(`${base}?page=1&pageSize=10&_q=${encodeURIComponent(title)}`)
        .set(auth);
      return (
        res.status === 200 && res.body.results.some((r: Doc) => r.documentId === doc!.documentId)
      );
    }
    case 'read': {
      const res = await http(app.strapi).get(`${base}/${doc!.documentId}`).set(auth);
      return res.status === 200 && res.body.data.documentId === doc!.documentId;
    }
    case 'create': {
      const before = await app.strapi.db.query(uid as typeof UIDS.article).count();
      const data: Record<string, unknown> = { title, unit: connect(unit) };
      if (uid === UIDS.broadcastScript) {
        data.script = 'Kính thưa bà con';
      }
      const res = await http(app.strapi).post(base).set(auth).send(data);
      const after = await app.strapi.db.query(uid as typeof UIDS.article).count();
      expect(after - before).toBe(res.status === 201 ? 1 : 0);
      return res.status === 201;
    }
    case 'update': {
      const res = await http(app.strapi)
        .put(`${base}/${doc!.documentId}`)
        .set(auth)
        .send({ title: `${title} đã sửa` });
      const changed = (await stored())?.title === `${title} đã sửa`;
      expect(changed).toBe(res.status === 200);
      return res.status === 200;
    }
    case 'delete': {
      const res = await http(app.strapi).delete(`${base}/${doc!.documentId}`).set(auth);
      const gone = (await stored()) === null;
      expect(gone).toBe(res.status === 200);
      return res.status === 200;
    }
    case 'publish': {
      const res = await http(app.strapi)
        .post(`${base}/${doc!.documentId}/actions/publish`)
        .set(auth)
        .send({});
      const published = await app.strapi.db
        .query(uid as typeof UIDS.article)
        .count({ where: { documentId: doc!.documentId, publishedAt: { $notNull: true } } });
      expect(published).toBe(res.status === 200 ? 1 : 0);
      return res.status === 200;
    }
  }
};

describe('admin content-manager permission matrix', () => {
  test.each(cells)(
    '$role × $position × $uid × $action → allowed: $allow',
    async ({ role, position, uid, action, allow }) => {
      const unitKey = POSITIONS[ROLES[role].member ?? 'A'][position]!;
      const allowed = await attempt(role, uid, tree[unitKey], action);
      if (allowed) {
        tally.allowed += 1;
      } else {
        tally.denied += 1;
      }
      if (allowed && !allow) {
        tally.unexpectedAllow += 1;
      }
      if (!allowed && allow) {
        tally.unexpectedDeny += 1;
      }
      expect(allowed).toBe(allow);
    }
  );

  test('every cell ran: zero unexpected allow, zero unexpected deny', () => {
    expect(cells).toHaveLength(4 * 4 * 4 * 6 + 3 * 4 * 6);
    expect(tally.allowed + tally.denied).toBe(cells.length);
    expect(tally).toMatchObject({ unexpectedAllow: 0, unexpectedDeny: 0 });
    expect(tally.allowed).toBe(cells.filter((c) => c.allow).length);
  });
});
