import path from 'path';
import type { Core } from '@strapi/strapi';

type ClientKind = 'sqlite' | 'postgres';

const CLIENT_ALIASES: Record<string, ClientKind> = {
  sqlite: 'sqlite',
  'better-sqlite3': 'sqlite',
  postgres: 'postgres',
  postgresql: 'postgres',
  pg: 'postgres',
};

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Database => {
  const requested = env('DATABASE_CLIENT', 'sqlite');
  const client = CLIENT_ALIASES[requested];
  if (!client) {
    throw new Error(
      `Unsupported DATABASE_CLIENT "${requested}": use "sqlite" (default) or "postgres".`
    );
  }

  const pool = { min: env.int('DATABASE_POOL_MIN', 2), max: env.int('DATABASE_POOL_MAX', 10) };

  const connection: Core.Config.Database['connection'] =
    client === 'postgres'
      ? {
          client: 'postgres',
          connection: {
            connectionString: env('DATABASE_URL'),
            host: env('DATABASE_HOST', '127.0.0.1'),
            port: env.int('DATABASE_PORT', 5432),
            database: env('DATABASE_NAME', 'cchc'),
            user: env('DATABASE_USERNAME', 'postgres'),
            password: env('DATABASE_PASSWORD', ''),
            ssl: env.bool('DATABASE_SSL', false) && {
              rejectUnauthorized: env.bool('DATABASE_SSL_REJECT_UNAUTHORIZED', true),
            },
            schema: env('DATABASE_SCHEMA', 'public'),
            // JIT compiling pays off for long analytic queries; the public reads' page statements
            // look costly to the planner and lost a quarter of a second to it at 1M rows
            options: env('DATABASE_PG_OPTIONS', '-c jit=off'),
          },
          pool,
        }
      : {
          client: 'sqlite',
          connection: {
            // Compiled config runs from dist/config: resolve the file from the project root.
            filename: path.resolve(__dirname, '..', '..', env('DATABASE_FILENAME', '.tmp/data.db')),
          },
          useNullAsDefault: true,
        };

  return {
    connection: {
      ...connection,
      // a request waits this long for a connection before it is answered 503 (database outage)
      acquireConnectionTimeout: env.int('DATABASE_CONNECTION_TIMEOUT', 10000),
    },
  };
};

export default config;
