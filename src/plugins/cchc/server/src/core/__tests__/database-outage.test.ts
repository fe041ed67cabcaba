import { spawnSync } from 'child_process';
import path from 'path';
import { isDatabaseUnavailable, isMaskedRelationCheck } from '../database-outage';

const coded = (code: string, message = 'failed') => Object.assign(new Error(message), { code });

describe('what counts as the database being unreachable', () => {
  test.each([
    ['refused', coded('ECONNREFUSED')],
    ['reset', coded('ECONNRESET')],
    ['admin shutdown', coded('57P01', 'terminating connection due to administrator command')],
    ['crash shutdown', coded('57P02')],
    ['starting up', coded('57P03', 'the database system is starting up')],
    ['connection class', coded('08006')],
    ['too many connections', coded('53300')],
    ['SQLite busy', coded('SQLITE_BUSY')],
    [
      'pool timeout',
      Object.assign(new Error('Knex: Timeout acquiring a connection'), {
        name: 'KnexTimeoutError',
      }),
    ],
    ['pg, no code', new Error('Connection terminated unexpectedly')],
    [
      'dual-stack refusal',
      Object.assign(new Error(''), { errors: [coded('ECONNREFUSED'), coded('ECONNREFUSED')] }),
    ],
    ['wrapped', Object.assign(new Error('resolver failed'), { cause: coded('ECONNRESET') })],
    ['GraphQL-wrapped', Object.assign(new Error('x'), { originalError: coded('57P01') })],
  ])('%s', (_name, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  test.each([
    ['unique violation', coded('23505', 'duplicate key value violates unique constraint')],
    ['syntax error', coded('42601')],
    ['plain error', new Error('boom')],
    ['not an error', 'ECONNREFUSED'],
    ['nothing', undefined],
  ])('%s is not', (_name, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });

  test('only the validator’s catch-all relation message is masked, not a real missing relation', () => {
    const masked = Object.assign(new Error('Invalid relations'), { name: 'ValidationError' });
    const real = Object.assign(new Error('1 relation(s) of type api::unit.unit do not exist'), {
      name: 'ValidationError',
    });
    expect(isMaskedRelationCheck(masked)).toBe(true);
    expect(isMaskedRelationCheck(real)).toBe(false);
  });
});

describe('a rejection nobody awaits while the database is down', () => {
  // the compiled module (jest's global setup builds dist/), run in a process of its own
  const compiled = path.resolve(
    __dirname,
    '../../../../../../../dist/src/plugins/cchc/server/src/core/outage-rejections.js'
  );
  const run = (guarded: boolean, reason: string) =>
    spawnSync(
      process.execPath,
      [
        '-e',
        `${guarded ? `require(${JSON.stringify(compiled)}).guardAgainstOutageRejections((m) => console.log('LOGGED', m));` : ''}
         Promise.reject(${reason});
         setTimeout(() => console.log('ALIVE'), 100);`,
      ],
      { encoding: 'utf8', timeout: 10000 }
    );
  const outage = `Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' })`;

  test('ends the process without the guard (Node’s default)', () => {
    expect(run(false, outage).status).not.toBe(0);
  });

  test('is logged and the process lives on with the guard', () => {
    const result = run(true, outage);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(
      'LOGGED Background work failed while the database was unavailable'
    );
    expect(result.stdout).toContain('ALIVE');
  });

  test('any other unhandled rejection still ends the process', () => {
    const result = run(true, `new Error('a bug')`);
    expect(result.status).not.toBe(0);
    expect(result.stdout).not.toContain('ALIVE');
  });
});
