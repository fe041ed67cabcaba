import type { UID } from '@strapi/strapi';
import { z } from 'zod';
import { APP_UIDS } from './core/constants';

const UID_PATTERN = /^(api|plugin)::[\w-]+\.[\w-]+$/;
const uid = z.string().regex(UID_PATTERN, 'a content type uid');
/** A content type the plugin works on, named in config. */
const contentTypeUid = z.custom<UID.ContentType>(
  (value) => typeof value === 'string' && UID_PATTERN.test(value),
  'a content type uid'
);

const budget = z.strictObject({
  points: z.number().int().min(1),
  windowSeconds: z.number().int().min(1).max(86400),
});

export const pluginConfigSchema = z.strictObject({
  /** The content type that forms the unit tree. */
  unitUid: contentTypeUid,
  /** Content types owned by a unit, and the relation attribute that names the owner. */
  scopedTypes: z.record(uid, z.string().min(1)),
  /** Boolean attribute by which an item is shared with the units below its owner. */
  sharedFlag: z.string().min(1),
  /**
   * Unit kinds that speak for themselves (people's committees). A unit of any other kind
   * (office, centre, agency) speaks for its parent: its items are the parent's on a site.
   */
  selfGoverningKinds: z.array(z.string().min(1)),
  audit: z.strictObject({ enabled: z.boolean() }),
  /** Content types that pass through review stages before they can be published. */
  review: z.strictObject({ types: z.array(contentTypeUid) }),
  /** The scheduler that publishes and unpublishes at `publishAt` / `unpublishAt`. */
  scheduler: z.strictObject({
    enabled: z.boolean(),
    /** Seconds between ticks; a divisor of 60 so that it is a cron rule. */
    periodSeconds: z
      .number()
      .int()
      .min(1)
      .max(60)
      .refine((n) => 60 % n === 0, 'a divisor of 60'),
    /** How long a node holds a job it has claimed before another node may take it over. */
    leaseSeconds: z.number().int().min(10),
    maxAttempts: z.number().int().min(1),
    /** First retry delay; each further retry doubles it. */
    backoffSeconds: z.number().int().min(1),
    /** Jobs taken per tick. */
    batchSize: z.number().int().min(1),
  }),
  /** The social posting queue: how long a worker holds what it claimed, and retries. */
  social: z.strictObject({
    leaseSeconds: z.number().int().min(10),
    maxAttempts: z.number().int().min(1),
    backoffSeconds: z.number().int().min(1),
  }),
  /** Signed webhooks to subscribers. */
  webhooks: z.strictObject({
    /** Hosts (names or IP ranges such as 10.1.0.0/16) allowed although private or loopback. */
    allowedHosts: z.array(z.string().min(1)),
    maxAttempts: z.number().int().min(1),
    /** First retry delay; each further retry doubles it. */
    backoffSeconds: z.number().int().min(1),
    timeoutMs: z.number().int().min(100),
  }),
  /** Spoken audio of published broadcast scripts. */
  speech: z.strictObject({
    enabled: z.boolean(),
    provider: z.enum(['espeak', 'http']),
    /** Reading speed given to the voice, in words (Vietnamese: syllables) a minute. */
    wordsPerMinute: z.number().int().min(80).max(400),
    maxAttempts: z.number().int().min(1),
    backoffSeconds: z.number().int().min(1),
    espeak: z.strictObject({ voice: z.string().min(1) }),
    /** A cloud voice: POST {url} { text, voice, format: "mp3", speed } → audio/mpeg. */
    http: z.strictObject({
      url: z.string(),
      apiKey: z.string(),
      voice: z.string(),
      timeoutMs: z.number().int().min(100),
    }),
  }),
  feeds: z.strictObject({
    /** Item link when neither the site nor the item's unit has a URL pattern: {type} {slug} {documentId} {site}. */
    defaultItemUrl: z.string().regex(/^https?:\/\/.+/, 'an http(s) URL pattern'),
    /** Feed title when no site is asked for. */
    title: z.string().min(1),
  }),
  /** Results reporting: reminder e-mails to units whose report is missing or returned. */
  reports: z.strictObject({
    reminders: z.strictObject({
      enabled: z.boolean(),
      /** Days relative to a period's due date on which units are reminded: -3 is three days before. */
      offsetsDays: z.array(z.number().int().min(-60).max(90)),
      /** Local hour of the day from which that day's reminders go out. */
      fromHour: z.number().int().min(0).max(23),
      maxAttempts: z.number().int().min(1),
      backoffSeconds: z.number().int().min(1),
    }),
    /** The admin panel's public address, for links in reminder e-mails. */
    adminUrl: z.string().regex(/^https?:\/\/.+/, 'an http(s) URL'),
  }),
  /** Database outages: 503 with Retry-After, and the readiness check (GET /_ready). */
  outage: z.strictObject({
    /** Seconds a client is told to wait before retrying (Retry-After) while the database is down. */
    retryAfterSeconds: z.number().int().min(1).max(3600),
    /** How long the readiness check waits for the database (and Redis) to answer. */
    readinessTimeoutMs: z.number().int().min(100).max(60000),
    /**
     * Redis when set (redis://[user:password@]host:port, rediss:// for TLS): checked by readiness,
     * shared by the nodes' response caches and their content version announcements.
     */
    redisUrl: z.string(),
  }),
  /** The public read path: the read model, the content version and the shared response cache. */
  reads: z.strictObject({
    /** Public lists of published items from the read model (false: Strapi's own queries). */
    readModel: z.boolean(),
    /** How long a node trusts the content version it read: the most it lags another node's change. */
    versionTtlMs: z.number().int().min(0).max(60000),
    responseCache: z.strictObject({
      enabled: z.boolean(),
      /** Memory of this node's store of answers. */
      maxMegabytes: z.number().int().min(1).max(4096),
      /** How long Redis keeps an answer (answers of replaced versions are never asked for again). */
      redisTtlSeconds: z.number().int().min(1),
      /** `Cache-Control: max-age` of public answers, for caches in front (a CDN). */
      maxAgeSeconds: z.number().int().min(0),
    }),
  }),
  /** Public search (`/api/search`). */
  search: z.strictObject({
    /** Order when a request names none: by score with the newest first among equals, or newest first. */
    defaultSort: z.enum(['relevance', 'newest']),
  }),
  /**
   * Requests a client may make per window, counted across the nodes through Redis when
   * `outage.redisUrl` is set (per node otherwise, and while Redis is away).
   */
  rateLimits: z.strictObject({
    enabled: z.boolean(),
    /** Callers without a valid token, per IP address: the Content API, GraphQL and feeds. */
    anonymous: budget,
    /** Callers with a valid API or site token, per token, whatever their address. */
    token: budget,
    /** Sign-in, registration and password reset (admin and front-end accounts), per address and e-mail. */
    login: budget,
    /** Addresses or ranges (`10.0.0.0/8`) never limited: monitoring, the portal's own server. */
    exempt: z.array(z.string().min(1)),
  }),
  /**
   * Finished jobs, deliveries, speech jobs and reminders older than `days` are deleted by the job
   * runner (0: kept for ever), `batchSize` rows per statement, at most once every `everyMinutes`
   * per node. The audit trail is never deleted.
   */
  retention: z.strictObject({
    days: z.number().int().min(0),
    batchSize: z.number().int().min(1).max(10000),
    everyMinutes: z.number().int().min(1),
  }),
  /** How long a node that is told to stop lets the requests it is answering finish. */
  shutdown: z.strictObject({ drainSeconds: z.number().min(0).max(600) }),
  /** `GET /metrics` in Prometheus format, for a scraper that sends this token (empty: off). */
  metrics: z.strictObject({ token: z.string() }),
  /** Swagger UI at /documentation, served from this app's own files (no CDN). */
  apiDocs: z.strictObject({ ui: z.boolean() }),
  /** Query limits that hold for every caller, whatever the surface. */
  queries: z.strictObject({
    /** Relations a filter may go through from the queried type (`unit.parent.children.slug` is 3). */
    filterRelationDepth: z.number().int().min(1).max(20),
  }),
  /** IANA time zone of datetimes given without an offset (`2026-12-01T08:00`). */
  timeZone: z.string().refine((zone) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone });
      return true;
    } catch {
      return false;
    }
  }, 'an IANA time zone'),
});

export type PluginConfig = z.infer<typeof pluginConfigSchema>;

export default {
  default: {
    unitUid: APP_UIDS.unit,
    scopedTypes: {},
    sharedFlag: 'sharedWithSubunits',
    selfGoverningKinds: ['people_committee'],
    audit: { enabled: true },
    review: { types: [] },
    scheduler: {
      enabled: true,
      periodSeconds: 30,
      leaseSeconds: 120,
      maxAttempts: 5,
      backoffSeconds: 60,
      batchSize: 50,
    },
    timeZone: 'Asia/Ho_Chi_Minh',
    social: { leaseSeconds: 300, maxAttempts: 3, backoffSeconds: 300 },
    webhooks: { allowedHosts: [], maxAttempts: 6, backoffSeconds: 30, timeoutMs: 10000 },
    speech: {
      enabled: true,
      provider: 'espeak',
      wordsPerMinute: 160,
      maxAttempts: 3,
      backoffSeconds: 60,
      espeak: { voice: 'vi' },
      http: { url: '', apiKey: '', voice: '', timeoutMs: 60000 },
    },
    reports: {
      reminders: {
        enabled: false,
        offsetsDays: [-3, 0, 3, 7],
        fromHour: 8,
        maxAttempts: 4,
        backoffSeconds: 300,
      },
      adminUrl: 'http://localhost:1337/admin',
    },
    outage: { retryAfterSeconds: 5, readinessTimeoutMs: 2000, redisUrl: '' },
    reads: {
      readModel: true,
      versionTtlMs: 500,
      responseCache: { enabled: true, maxMegabytes: 64, redisTtlSeconds: 600, maxAgeSeconds: 0 },
    },
    queries: { filterRelationDepth: 3 },
    metrics: { token: '' },
    apiDocs: { ui: true },
    shutdown: { drainSeconds: 10 },
    retention: { days: 90, batchSize: 500, everyMinutes: 60 },
    rateLimits: {
      enabled: true,
      anonymous: { points: 600, windowSeconds: 60 },
      token: { points: 6000, windowSeconds: 60 },
      login: { points: 5, windowSeconds: 300 },
      exempt: [],
    },
    search: { defaultSort: 'relevance' },
    feeds: {
      defaultItemUrl: 'http://localhost:1337/{type}/{slug}',
      title: 'Tuyên truyền cải cách hành chính',
    },
  } satisfies PluginConfig,
  validator(config: unknown) {
    const result = pluginConfigSchema.safeParse(config);
    if (!result.success) {
      throw new Error(`Invalid cchc plugin config: ${result.error.message}`);
    }
  },
};
