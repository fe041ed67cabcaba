import type { Core } from '@strapi/strapi';
import { graphqlLimits, landingPage, operationLimits } from './graphql/operation-limits';
import { uploadStorage } from './upload/storage';

const allowedMediaTypes = [
  'image/*',
  'video/*',
  'audio/*',
  'application/pdf',
  'application/msword',
  'application/vnd.openxmlformats-officedocument.*',
  'text/plain',
  'text/csv',
];

const deniedTypes = [
  'image/svg+xml',
  'application/vnd.microsoft.portable-executable',
  'application/x-msdownload',
  'application/x-msdos-program',
  'application/x-executable',
  'application/x-dosexec',
  'application/x-sh',
  'text/x-shellscript',
  'application/x-mach-binary',
];

/**
 * The types that pass through review, in the order the admin lists them; every other list of
 * them (feeds, webhooks, social queue, default roles, review fields) is derived from this one.
 */
const reviewedTypes = [
  'api::article.article',
  'api::leaflet.leaflet',
  'api::broadcast-script.broadcast-script',
  'api::training.training',
];

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Plugin => {
  const isProduction = env('NODE_ENV') === 'production';
  const limits = graphqlLimits(env);
  return {
    cchc: {
      enabled: true,
      resolve: './src/plugins/cchc',
      config: {
        unitUid: 'api::unit.unit',
        scopedTypes: {
          ...Object.fromEntries(reviewedTypes.map((uid) => [uid, 'unit'])),
          'api::unit-report.unit-report': 'unit',
          'api::campaign.campaign': 'issuingUnit',
          'plugin::cchc.audit-entry': 'unit',
          'plugin::cchc.scheduled-job': 'unit',
          'api::social-channel.social-channel': 'unit',
          'plugin::cchc.social-post': 'unit',
          'api::station.station': 'unit',
          'api::rundown-item.rundown-item': 'unit',
          'plugin::cchc.speech-job': 'unit',
          'plugin::cchc.report-reminder': 'unit',
          'plugin::cchc.site-token': 'unit',
        },
        sharedFlag: 'sharedWithSubunits',
        selfGoverningKinds: ['people_committee'],
        audit: { enabled: env.bool('AUDIT_ENABLED', true) },
        review: { types: reviewedTypes },
        scheduler: {
          enabled: env.bool('SCHEDULER_ENABLED', true),
          periodSeconds: env.int('SCHEDULER_PERIOD_SECONDS', 30),
          leaseSeconds: env.int('SCHEDULER_LEASE_SECONDS', 120),
          maxAttempts: env.int('SCHEDULER_MAX_ATTEMPTS', 5),
          backoffSeconds: env.int('SCHEDULER_BACKOFF_SECONDS', 60),
          batchSize: 50,
        },
        timeZone: env('TIME_ZONE', 'Asia/Ho_Chi_Minh'),
        social: {
          leaseSeconds: env.int('SOCIAL_LEASE_SECONDS', 300),
          maxAttempts: env.int('SOCIAL_MAX_ATTEMPTS', 3),
          backoffSeconds: env.int('SOCIAL_BACKOFF_SECONDS', 300),
        },
        webhooks: {
          allowedHosts: env.array('WEBHOOK_ALLOWED_HOSTS', []),
          maxAttempts: env.int('WEBHOOK_MAX_ATTEMPTS', 6),
          backoffSeconds: env.int('WEBHOOK_BACKOFF_SECONDS', 30),
          timeoutMs: env.int('WEBHOOK_TIMEOUT_MS', 10000),
        },
        speech: {
          enabled: env.bool('SPEECH_ENABLED', true),
          provider: env('SPEECH_PROVIDER', 'espeak') as 'espeak' | 'http',
          wordsPerMinute: env.int('SPEECH_WORDS_PER_MINUTE', 160),
          maxAttempts: env.int('SPEECH_MAX_ATTEMPTS', 3),
          backoffSeconds: env.int('SPEECH_BACKOFF_SECONDS', 60),
          espeak: { voice: env('SPEECH_ESPEAK_VOICE', 'vi') },
          http: {
            url: env('SPEECH_HTTP_URL', ''),
            apiKey: env('SPEECH_HTTP_API_KEY', ''),
            voice: env('SPEECH_HTTP_VOICE', ''),
            timeoutMs: env.int('SPEECH_HTTP_TIMEOUT_MS', 60000),
          },
        },
        feeds: {
          defaultItemUrl: env(
            'FEED_ITEM_URL',
            `${env('PUBLIC_URL', '') || 'http://localhost:1337'}/{type}/{slug}`
          ),
          title: env('FEED_TITLE', 'Tuyên truyền cải cách hành chính'),
        },
        reports: {
          reminders: {
            // off until an SMTP server is configured: nowhere to send otherwise
            enabled: env.bool('REPORT_REMINDERS_ENABLED', Boolean(env('SMTP_HOST', ''))),
            offsetsDays: env
              .array('REPORT_REMINDER_DAYS', ['-3', '0', '3', '7'])
              .map((day) => Number(day)),
            fromHour: env.int('REPORT_REMINDER_HOUR', 8),
            maxAttempts: env.int('REPORT_REMINDER_MAX_ATTEMPTS', 4),
            backoffSeconds: env.int('REPORT_REMINDER_BACKOFF_SECONDS', 300),
          },
          adminUrl: env(
            'ADMIN_PUBLIC_URL',
            `${env('PUBLIC_URL', '') || 'http://localhost:1337'}/admin`
          ),
        },
        search: {
          defaultSort:
            env('SEARCH_DEFAULT_SORT', 'relevance') === 'newest' ? 'newest' : 'relevance',
        },
        rateLimits: {
          enabled: env.bool('RATE_LIMIT_ENABLED', true),
          anonymous: {
            points: env.int('RATE_LIMIT_ANONYMOUS_POINTS', 600),
            windowSeconds: env.int('RATE_LIMIT_ANONYMOUS_SECONDS', 60),
          },
          token: {
            points: env.int('RATE_LIMIT_TOKEN_POINTS', 6000),
            windowSeconds: env.int('RATE_LIMIT_TOKEN_SECONDS', 60),
          },
          login: {
            points: env.int('RATE_LIMIT_LOGIN_POINTS', 5),
            windowSeconds: env.int('RATE_LIMIT_LOGIN_SECONDS', 300),
          },
          exempt: env.array('RATE_LIMIT_EXEMPT', []),
        },
        metrics: { token: env('METRICS_TOKEN', '') },
        // on in development; in production only when asked for
        apiDocs: { ui: env.bool('API_DOCS_UI', env('NODE_ENV') !== 'production') },
        shutdown: { drainSeconds: env.int('SHUTDOWN_DRAIN_SECONDS', 10) },
        retention: {
          days: env.int('RETENTION_DAYS', 90),
          batchSize: env.int('RETENTION_BATCH_SIZE', 500),
          everyMinutes: env.int('RETENTION_EVERY_MINUTES', 60),
        },
        queries: {
          // the portal question needs 3 (unit → parent → children); each more multiplies the joins
          filterRelationDepth: env.int('FILTER_MAX_RELATION_DEPTH', 3),
        },
        outage: {
          retryAfterSeconds: env.int('OUTAGE_RETRY_AFTER_SECONDS', 5),
          readinessTimeoutMs: env.int('READINESS_TIMEOUT_MS', 2000),
          redisUrl: env('REDIS_URL', ''),
        },
        reads: {
          readModel: env.bool('READ_MODEL_ENABLED', true),
          versionTtlMs: env.int('CONTENT_VERSION_TTL_MS', 500),
          responseCache: {
            enabled: env.bool('RESPONSE_CACHE_ENABLED', true),
            maxMegabytes: env.int('RESPONSE_CACHE_MAX_MB', 64),
            redisTtlSeconds: env.int('RESPONSE_CACHE_TTL_SECONDS', 600),
            maxAgeSeconds: env.int('PUBLIC_CACHE_MAX_AGE', 0),
          },
        },
      },
    },
    email: {
      config: {
        provider: 'nodemailer',
        providerOptions: {
          host: env('SMTP_HOST', '127.0.0.1'),
          port: env.int('SMTP_PORT', 25),
          secure: env.bool('SMTP_SECURE', false),
          ...(env('SMTP_USERNAME', '')
            ? { auth: { user: env('SMTP_USERNAME'), pass: env('SMTP_PASSWORD', '') } }
            : {}),
          connectionTimeout: env.int('SMTP_TIMEOUT_MS', 10000),
        },
        settings: {
          defaultFrom: env('EMAIL_FROM', 'Phong VHTT <no-reply@cchc.local>'),
          defaultReplyTo: env('EMAIL_REPLY_TO', env('EMAIL_FROM', 'no-reply@cchc.local')),
        },
      },
    },
    'users-permissions': {
      config: {
        jwtManagement: 'refresh',
        sessions: {
          httpOnly: true,
        },
      },
    },
    upload: {
      config: {
        ...uploadStorage(env),
        security: {
          allowedTypes: allowedMediaTypes,
          deniedTypes,
        },
      },
    },
    graphql: {
      config: {
        endpoint: '/graphql',
        shadowCRUD: true,
        depthLimit: limits.depth,
        defaultLimit: 25,
        maxLimit: 100,
        landingPage: landingPage(env.bool('GRAPHQL_PLAYGROUND', !isProduction)),
        apolloServer: {
          introspection: env.bool('GRAPHQL_INTROSPECTION', !isProduction),
          ...operationLimits(limits, {
            fieldSuggestions: env.bool('GRAPHQL_FIELD_SUGGESTIONS', !isProduction),
          }),
        },
      },
    },
    documentation: {
      enabled: true,
      config: {
        openapi: '3.0.0',
        info: {
          version: '1.0.0',
          title: 'CCHC content API',
          description:
            'Nội dung tuyên truyền cải cách hành chính: tin bài, tài liệu, chương trình phát thanh, hội nghị, đơn vị, chuyên mục, chuyên đề, kế hoạch.',
        },
        'x-strapi-config': {
          // neither plugin offers Public anything; src/bootstrap/public-documentation.ts filters the rest
          plugins: [],
        },
      },
    },
  };
};

export default config;
