import { UIDS } from '../src/constants';
import { startApp, stopApp, type TestApp } from './helpers/strapi';
import { http } from './helpers/http';
import { connect, makeUnit, type Doc } from './helpers/fixtures';
import { makeAdmin, makeDistrictTree } from './helpers/units';
import { makeReportingCampaign } from './helpers/reporting';
import { startSmtp } from './helpers/smtp';
import { startSecondNode, type SecondNode } from './helpers/second-node-client';

const REMINDER = 'plugin::cchc.report-reminder';

let app: TestApp;
let smtp: Awaited<ReturnType<typeof startSmtp>>;
let second: SecondNode;
let tree: Awaited<ReturnType<typeof makeDistrictTree>>;
let campaign: Doc;
let headOfB: string;
let noAddress: Doc;
const users = {} as Record<'office' | 'editor' | 'headB', string>;

const until = async (check: () => boolean | Promise<boolean>, ms = 15000) => {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) {
      throw new Error('timed out waiting');
    }
    await new Promise((r) => setTimeout(r, 100));
  }
};

const mailsTo = (address: string) =>
  smtp.received.filter((mail) =>
    [mail.to].flat().some((to) => to?.text.toLowerCase().includes(address.toLowerCase()))
  );

beforeAll(async () => {
  smtp = await startSmtp();
  Object.assign(process.env, {
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(smtp.port),
    EMAIL_FROM: 'Phòng VHTT <vhtt@huyen.test>',
    REPORT_REMINDERS_ENABLED: 'true',
    REPORT_REMINDER_DAYS: '0,3',
    REPORT_REMINDER_HOUR: '8',
  });
  app = await startApp();
  tree = await makeDistrictTree(app.strapi, 'đôn đốc');
  await app.strapi.documents(UIDS.unit).update({
    documentId: tree.A.documentId,
    data: { contact: { email: 'vanthu.xaa@xa.test' } },
  } as never);
  noAddress = await makeUnit(app.strapi, { name: 'Xã chưa có thư', parent: connect(tree.D) });
  campaign = await makeReportingCampaign(app.strapi, tree.D);
  users.office = (await makeAdmin(app.strapi, ['cchc-office'], [{ unit: tree.O }])).token;
  users.editor = (await makeAdmin(app.strapi, ['cchc-unit-editor'], [{ unit: tree.B }])).token;
  const head = await makeAdmin(app.strapi, ['cchc-unit-head'], [{ unit: tree.B }]);
  users.headB = head.token;
  headOfB = (await app.strapi.db.query('admin::user').findOne({ where: { id: head.id } })).email;
  second = await startSecondNode();
}, 180000);

afterAll(async () => {
  await second?.stop();
  await stopApp(app);
  await smtp.close();
}, 60000);

const remind = (who: keyof typeof users, body: object) =>
  http(app.strapi)
    .post('/cchc/reports/remind')
    .set('Authorization', `Bearer ${users[who]}`)
    .send(body);

describe('reminders on demand', () => {
  test('the office reminds every unit that owes the report, by e-mail over SMTP, and it is logged', async () => {
    const res = await remind('office', { campaign: campaign.documentId, period: 'Quý III/2026' });
    expect(res.status).toBe(200);
    const queued = res.body.queued.map((q: { unit: string }) => q.unit).sort();
    expect(queued).toEqual([tree.A.name, tree.B.name, noAddress.name].sort());
    // the office, the centre and the village have no target in this plan
    expect(res.body.skipped.map((s: { unit: string }) => s.unit)).toContain(tree.O.name);
    await until(
      async () =>
        (await app.strapi.db
          .query(REMINDER)
          .count({ where: { status: { $in: ['sent', 'failed'] } } })) === 3
    );
    const [toA] = mailsTo('vanthu.xaa@xa.test');
    expect(toA.subject).toBe(
      `[Đôn đốc] Báo cáo kết quả tuyên truyền CCHC Quý III/2026 – ${tree.A.name}`
    );
    expect(toA.text).toContain(`Kính gửi: ${tree.A.name}`);
    expect(toA.text).toContain('chưa gửi báo cáo');
    expect(toA.text).toContain('Hạn gửi: 05/10/2026');
    expect(toA.from?.text).toContain('vhtt@huyen.test');
    expect(mailsTo(headOfB)).toHaveLength(1);
    const logged = await app.strapi.db.query(REMINDER).findMany({ populate: { unit: true } });
    const byUnit = (unit: Doc) => logged.find((r: any) => r.unit?.id === unit.id);
    expect(byUnit(tree.A)).toMatchObject({
      status: 'sent',
      kind: 'manual',
      reason: 'missing',
      periodKey: '2026-Q3',
    });
    expect(byUnit(tree.B)!.recipients).toBe(headOfB.toLowerCase());
    expect(byUnit(noAddress)).toMatchObject({ status: 'failed' });
    expect(byUnit(noAddress)!.lastError).toContain('chưa có địa chỉ thư');
  });

  test('asking again within the hour sends nothing twice; units outside the office’s reach are refused', async () => {
    const before = smtp.received.length;
    const again = await remind('office', { campaign: campaign.documentId, period: '2026-Q3' });
    expect(again.status).toBe(200);
    expect(again.body.queued).toEqual([]);
    await new Promise((r) => setTimeout(r, 500));
    expect(smtp.received.length).toBe(before);
    expect((await remind('editor', { campaign: campaign.documentId })).status).toBe(403);
    const bad = await remind('office', { campaign: campaign.documentId, period: 'Quý 9/2026' });
    expect(bad.status).toBe(400);
  });
});

describe('scheduled reminders', () => {
  test('on the due date, two nodes ticking at once send each late unit one e-mail; units that sent theirs are left alone', async () => {
    // B's head sends B's report; A keeps a draft
    const b = await app.strapi.documents(UIDS.unitReport).create({
      data: { unit: tree.B.id, campaign: campaign.id, periodLabel: 'Quý III/2026' },
    } as never);
    const sent = await http(app.strapi)
      .post(`/cchc/reports/${b.documentId}/submit`)
      .set('Authorization', `Bearer ${users.headB}`)
      .send({});
    expect(sent.status).toBe(200);
    await app.strapi.documents(UIDS.unitReport).create({
      data: { unit: tree.A.id, campaign: campaign.id, periodLabel: 'Quý III/2026' },
    } as never);
    const before = mailsTo('vanthu.xaa@xa.test').length;
    const beforeB = mailsTo(headOfB).length;
    // 2026-10-05 is Q3's due date; 09:00 in Hà Nội, after the 08:00 start
    const at = new Date('2026-10-05T02:00:00.000Z');
    const jobs = app.strapi.plugin('cchc').service('jobs') as {
      tick(at: Date): Promise<unknown>;
    };
    for (let round = 0; round < 2; round += 1) {
      await Promise.all([jobs.tick(at), second.tick(at)]);
    }
    await until(
      async () =>
        (await app.strapi.db
          .query(REMINDER)
          .count({ where: { kind: 'scheduled', status: { $in: ['pending', 'running'] } } })) === 0
    );
    // the rows first: when a mail is missing, they say which node took it and what became of it
    const scheduled = await app.strapi.db
      .query(REMINDER)
      .findMany({ where: { kind: 'scheduled' }, populate: { unit: true } });
    expect(scheduled.filter((r: any) => r.unit?.id === tree.A.id)).toEqual([
      expect.objectContaining({
        status: 'sent',
        reason: 'draft',
        recipients: 'vanthu.xaa@xa.test',
      }),
    ]);
    expect(scheduled.some((r: any) => r.unit?.id === tree.B.id)).toBe(false);
    expect(mailsTo('vanthu.xaa@xa.test').length).toBe(before + 1);
    expect(mailsTo(headOfB).length).toBe(beforeB);
  });

  test('a day that is not a reminder day, or before the morning hour, sends nothing', async () => {
    const count = () => app.strapi.db.query(REMINDER).count({ where: { kind: 'scheduled' } });
    const before = await count();
    const reminders = app.strapi.plugin('cchc').service('report-reminders') as {
      plan(at: Date): Promise<number>;
    };
    expect(await reminders.plan(new Date('2026-10-06T02:00:00.000Z'))).toBe(0);
    // 07:00 in Hà Nội on a reminder day (due + 3)
    expect(await reminders.plan(new Date('2026-10-08T00:00:00.000Z'))).toBe(0);
    expect(await count()).toBe(before);
    expect(await reminders.plan(new Date('2026-10-08T02:00:00.000Z'))).toBeGreaterThan(0);
    await until(
      async () =>
        (await app.strapi.db
          .query(REMINDER)
          .count({ where: { status: { $in: ['pending', 'running'] } } })) === 0
    );
  });
});
