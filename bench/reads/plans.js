'use strict';

// The SQL a request ran (counted by the forked server) and its plans, with the bindings inlined.
const { send } = require('./http');
const { dbUrl, withClient } = require('./servers');

const literal = (value) => {
  if (value === null || value === undefined) {
    return 'NULL';
  }
  if (typeof value === 'number' || typeof value === 'bigint') {
    return String(value);
  }
  if (typeof value === 'boolean') {
    return value ? 'true' : 'false';
  }
  if (value instanceof Date) {
    return `'${value.toISOString()}'`;
  }
  if (Array.isArray(value)) {
    return `ARRAY[${value.map(literal).join(', ')}]`;
  }
  if (typeof value === 'object') {
    return `'${JSON.stringify(value).replace(/'/g, "''")}'`;
  }
  return `'${String(value).replace(/'/g, "''")}'`;
};
/** The driver's `$n` placeholders (knex reports them so on PostgreSQL) replaced by literals, outside quotes. */
const inline = (sql, bindings) => {
  let out = '';
  let quote = null;
  for (let k = 0; k < sql.length; k += 1) {
    const ch = sql[k];
    if (quote) {
      if (ch === quote) {
        quote = null;
      }
      out += ch;
    } else if (ch === "'" || ch === '"') {
      quote = ch;
      out += ch;
    } else if (ch === '$' && /[0-9]/.test(sql[k + 1] ?? '')) {
      let n = '';
      while (/[0-9]/.test(sql[k + 1] ?? '')) {
        n += sql[k + 1];
        k += 1;
      }
      out += literal(bindings[Number(n) - 1]);
    } else {
      out += ch;
    }
  }
  return out;
};

const statementsOf = async (server, request) => {
  const before = await server.stats(0);
  const response = await send(server.port, request);
  await new Promise((resolve) => setTimeout(resolve, 100));
  const after = await server.stats(200);
  const count = after.count - before.count;
  return {
    status: response.status,
    count,
    statements: after.last.slice(Math.max(0, after.last.length - count)),
    response,
  };
};

const explain = async (database, statements) => {
  const plans = [];
  await withClient(dbUrl(database), async (client) => {
    for (const { sql, bindings } of statements) {
      if (!/^\s*(select|with)\b/i.test(sql)) {
        continue;
      }
      const text = inline(sql, bindings);
      try {
        const { rows } = await client.query(`EXPLAIN (ANALYZE, BUFFERS) ${text}`);
        plans.push({ sql: text, plan: rows.map((r) => r['QUERY PLAN']) });
      } catch (error) {
        plans.push({ sql: text, error: error.message });
      }
    }
  });
  return plans;
};

module.exports = { inline, statementsOf, explain };
