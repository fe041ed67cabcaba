/**
 * Every HTTP response the suite receives passes through here: none may carry a password,
 * a password hash, a reset or registration token, or an API token secret.
 */
const secrets = new Set<string>();
const leaks: string[] = [];
let scanned = 0;

const PATTERNS: Array<[string, RegExp]> = [
  ['bcrypt hash', /\$2[aby]\$\d\d\$[./A-Za-z0-9]{53}/],
  ['password value', /"password"\s*:\s*"/],
  ['reset password token', /"resetPasswordToken"\s*:\s*"/],
  ['registration token', /"registrationToken"\s*:\s*"/],
  ['confirmation token', /"confirmationToken"\s*:\s*"/],
  ['site token key hash', /"keyHash"\s*:\s*"/],
];

/** A site token key (`cchc_st_` + 43 characters): answered only by the route that issues it. */
const SITE_TOKEN_KEY = /cchc_st_[A-Za-z0-9_-]{43}/;
const ISSUES_SITE_TOKEN_KEY = /^POST \/cchc\/site-tokens\/[^/]+\/key$/;

/** Example values in the users-permissions OpenAPI document, not anyone's password. */
const DOCUMENTED_EXAMPLES = /"password"\s*:\s*"(Test1234|foo-password)"/g;

export const rememberSecret = (secret: string) => {
  secrets.add(secret);
};

export const scanResponse = (where: string, text: string | undefined) => {
  scanned += 1;
  if (!text) {
    return;
  }
  text = text.replace(DOCUMENTED_EXAMPLES, '');
  for (const [name, pattern] of PATTERNS) {
    if (pattern.test(text)) {
      leaks.push(`${where}: ${name}`);
    }
  }
  if (SITE_TOKEN_KEY.test(text) && !ISSUES_SITE_TOKEN_KEY.test(where)) {
    leaks.push(`${where}: a site token key`);
  }
  for (const secret of secrets) {
    if (text.includes(secret)) {
      leaks.push(`${where}: an API token secret`);
    }
  }
};

export const scanReport = () => ({ scanned, leaks: [...leaks] });
