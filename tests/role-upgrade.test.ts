import { startApp, stopApp, type TestApp } from './helpers/strapi';
import { roleByCode } from './helpers/units';

const CM = 'plugin::content-manager.explorer';
const JOBS = 'plugin::cchc.scheduled-job';

let app: TestApp;

beforeAll(async () => {
  app = await startApp();
});
afterAll(() => stopApp(app));

interface Permission {
  id: number;
  action: string;
  subject: string | null;
  properties: { fields?: string[] };
}

const permissionsOf = async (code: string) =>
  (await app.strapi.db.query('admin::permission').findMany({
    where: { role: { id: (await roleByCode(app.strapi, code)).id } },
  })) as Permission[];

const upgrade = () =>
  app.strapi.plugin('cchc').service('default-roles').upgrade() as Promise<number>;

describe('default roles created by an earlier version', () => {
  test('gain the permissions and fields added since; what an administrator removed stays removed', async () => {
    const permissions = app.strapi.db.query('admin::permission');
    const store = app.strapi.store({ type: 'plugin', name: 'cchc', key: 'default-role-grants' });
    const editor = await permissionsOf('cchc-unit-editor');
    const jobRead = editor.find((p) => p.action === `${CM}.read` && p.subject === JOBS)!;
    const articleUpdate = editor.find(
      (p) => p.action === `${CM}.update` && p.subject === 'api::article.article'
    )!;
    expect(jobRead).toBeDefined();
    expect(articleUpdate.properties.fields).toContain('publishAt');

    // as a database set up before scheduling existed: no read on jobs, no publishAt field
    await permissions.delete({ where: { id: jobRead.id } });
    await permissions.update({
      where: { id: articleUpdate.id },
      data: {
        properties: {
          fields: articleUpdate.properties.fields!.filter((f) => f !== 'publishAt'),
        },
      },
    });
    await store.delete({});

    expect(await upgrade()).toBeGreaterThanOrEqual(2);
    let after = await permissionsOf('cchc-unit-editor');
    expect(after.some((p) => p.action === `${CM}.read` && p.subject === JOBS)).toBe(true);
    expect(
      after.find((p) => p.action === `${CM}.update` && p.subject === 'api::article.article')!
        .properties.fields
    ).toContain('publishAt');
    expect(await upgrade()).toBe(0);

    // an administrator removes the grant: the next start leaves it removed
    const granted = after.find((p) => p.action === `${CM}.read` && p.subject === JOBS)!;
    await permissions.delete({ where: { id: granted.id } });
    expect(await upgrade()).toBe(0);
    after = await permissionsOf('cchc-unit-editor');
    expect(after.some((p) => p.action === `${CM}.read` && p.subject === JOBS)).toBe(false);
  });

  test('an office role from before results reporting gains the report actions, with its unit condition', async () => {
    const permissions = app.strapi.db.query('admin::permission');
    const store = app.strapi.store({ type: 'plugin', name: 'cchc', key: 'default-role-grants' });
    const reportActions = (await permissionsOf('cchc-office')).filter((p) =>
      p.action.startsWith('plugin::cchc.reports.')
    );
    expect(reportActions.map((p) => p.action).sort()).toEqual([
      'plugin::cchc.reports.decide',
      'plugin::cchc.reports.remind',
      'plugin::cchc.reports.summary',
    ]);
    await permissions.deleteMany({ where: { id: { $in: reportActions.map((p) => p.id) } } });
    await store.delete({});

    expect(await upgrade()).toBeGreaterThanOrEqual(3);
    const regained = (await app.strapi.db.query('admin::permission').findMany({
      where: {
        role: { id: (await roleByCode(app.strapi, 'cchc-office')).id },
        action: { $startsWith: 'plugin::cchc.reports.' },
      },
    })) as Array<{ subject: string | null; conditions: string[] }>;
    expect(regained).toHaveLength(3);
    for (const permission of regained) {
      expect(permission).toMatchObject({
        subject: null,
        conditions: ['plugin::cchc.in-my-parent-unit-or-below'],
      });
    }
  });
});
