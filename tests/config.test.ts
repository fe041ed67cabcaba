import pluginsConfig from '../config/plugins';
import databaseConfig from '../config/database';
import apiConfig from '../config/api';
import middlewaresConfig from '../config/middlewares';

/** Strapi's `env` helper, reading from a plain object instead of process.env. */
const envFrom = (vars: Record<string, string>) => {
  const env = ((key: string, fallback?: unknown) => vars[key] ?? fallback) as any;
  env.int = (key: string, fallback?: number) => (key in vars ? parseInt(vars[key], 10) : fallback);
  env.float = (key: string, fallback?: number) => (key in vars ? parseFloat(vars[key]) : fallback);
  env.bool = (key: string, fallback?: boolean) => (key in vars ? vars[key] === 'true' : fallback);
  env.array = (key: string, fallback?: string[]) => (key in vars ? vars[key].split(',') : fallback);
  return env;
};

describe('configuration', () => {
  test('production turns the GraphQL playground and introspection off; limits are explicit', () => {
    const prod = pluginsConfig({ env: envFrom({ NODE_ENV: 'production' }) }) as any;
    // a function returning Apollo's "landing page disabled" plugin: `false` would still serve one
    expect(typeof prod.graphql.config.landingPage).toBe('function');
    expect(prod.graphql.config).toMatchObject({
      apolloServer: { introspection: false },
      depthLimit: 8,
      defaultLimit: 25,
      maxLimit: 100,
    });
    const dev = pluginsConfig({ env: envFrom({ NODE_ENV: 'development' }) }) as any;
    expect(dev.graphql.config).toMatchObject({
      landingPage: true,
      apolloServer: { introspection: true },
    });
  });

  test('Swagger UI is on outside production, off in production unless API_DOCS_UI=true', () => {
    const ui = (vars: Record<string, string>) =>
      (pluginsConfig({ env: envFrom(vars) }) as any).cchc.config.apiDocs.ui;
    expect(ui({ NODE_ENV: 'development' })).toBe(true);
    expect(ui({ NODE_ENV: 'production' })).toBe(false);
    expect(ui({ NODE_ENV: 'production', API_DOCS_UI: 'true' })).toBe(true);
    expect(ui({ NODE_ENV: 'development', API_DOCS_UI: 'false' })).toBe(false);
  });

  test('REST limits are set in config, not left to defaults', () => {
    expect(apiConfig.rest).toMatchObject({ defaultLimit: 25, maxLimit: 100, strictParams: true });
  });

  test('SQLite by default; DATABASE_CLIENT=postgres with DATABASE_URL switches to PostgreSQL', () => {
    const sqlite = databaseConfig({ env: envFrom({}) }) as any;
    expect(sqlite.connection.client).toBe('sqlite');
    expect(sqlite.connection.connection.filename).toMatch(/\.tmp\/data\.db$/);
    const pg = databaseConfig({
      env: envFrom({
        DATABASE_CLIENT: 'postgresql',
        DATABASE_URL: 'postgres://u:p@db.example:5432/cchc',
      }),
    }) as any;
    expect(pg.connection.client).toBe('postgres');
    expect(pg.connection.connection.connectionString).toBe('postgres://u:p@db.example:5432/cchc');
    expect(() => databaseConfig({ env: envFrom({ DATABASE_CLIENT: 'oracle' }) })).toThrow(
      /Unsupported DATABASE_CLIENT/
    );
  });

  test('object storage: off by default; on, files keep /uploads/ addresses unless a public URL is given, which the admin may load', () => {
    const local = pluginsConfig({ env: envFrom({}) }) as any;
    expect(local.upload.config.provider).toBeUndefined();
    const s3 = {
      UPLOAD_PROVIDER: 's3',
      S3_ENDPOINT: 'http://10.0.0.9:9000',
      S3_BUCKET: 'cchc',
      S3_ACCESS_KEY_ID: 'k',
      S3_SECRET_ACCESS_KEY: 's',
    };
    const served = pluginsConfig({ env: envFrom(s3) }) as any;
    expect(served.upload.config).toMatchObject({
      provider: 'aws-s3',
      providerOptions: {
        baseUrl: '/uploads',
        s3Options: {
          endpoint: 'http://10.0.0.9:9000',
          forcePathStyle: true,
          params: { Bucket: 'cchc' },
        },
      },
      security: { deniedTypes: expect.arrayContaining(['image/svg+xml']) },
    });
    // no ACL header unless asked: buckets made since 2023 refuse them
    expect(served.upload.config.providerOptions.s3Options.params).toHaveProperty('ACL', undefined);
    expect(middlewaresConfig({ env: envFrom(s3) } as any)).toContain('strapi::security');

    const cdn = { ...s3, S3_PUBLIC_URL: 'https://tep.cchc.example.vn/cchc' };
    expect(
      (pluginsConfig({ env: envFrom(cdn) }) as any).upload.config.providerOptions.baseUrl
    ).toBe('https://tep.cchc.example.vn/cchc');
    const security = (middlewaresConfig({ env: envFrom(cdn) } as any) as any[]).find(
      (m) => m?.name === 'strapi::security'
    );
    const directives = security.config.contentSecurityPolicy.directives;
    expect(directives['img-src']).toEqual(
      expect.arrayContaining(["'self'", 'https://tep.cchc.example.vn'])
    );
    expect(directives['media-src']).toContain('https://tep.cchc.example.vn');

    // a mistyped setting stops the boot with a message naming it
    for (const S3_PUBLIC_URL of ['tep.cchc.example.vn/cchc', 'javascript:alert(1)']) {
      expect(() => pluginsConfig({ env: envFrom({ ...s3, S3_PUBLIC_URL }) })).toThrow(
        /S3_PUBLIC_URL must be an http\(s\) address/
      );
      expect(() => middlewaresConfig({ env: envFrom({ ...s3, S3_PUBLIC_URL }) } as any)).toThrow(
        /S3_PUBLIC_URL/
      );
    }
    const { S3_BUCKET: _bucket, ...noBucket } = s3;
    expect(() => pluginsConfig({ env: envFrom(noBucket) })).toThrow(/needs S3_BUCKET/);
  });
});
