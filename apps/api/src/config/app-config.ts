import { resolve } from 'node:path';
import { findProjectRoot } from './project-root';

/**
 * Typed configuration, read once from the environment and validated before anything starts.
 * Nothing else in the API reads process.env: pass an AppConfig instead, so tests can build one directly.
 */
export interface AppConfig {
  /** production refuses default secrets; development and test are lenient. */
  environment: 'development' | 'production' | 'test';
  port: number;
  /** Unset means: start the embedded PostgreSQL under dataDir. */
  databaseUrl: string | undefined;
  dataDir: string;
  /** Key for hashing session tokens (HMAC), so a leaked sessions table cannot be replayed. */
  sessionSecret: string;
  sessionIdleMinutes: number;
  /** Secure cookies need HTTPS; on by default in production, off for the local demo on http://localhost. */
  cookieSecure: boolean;
  demoData: boolean;
  /** Run pending migrations at start-up (the two-command local start); production runs them as a separate step. */
  migrateOnStart: boolean;
  initialAdmin: { email: string; password: string; name: string } | undefined;
  /** Built SPA to serve at `/`; absent in API-only tests. */
  webDistDir: string | undefined;
  /** smtp:// or smtps:// URL of the mail server for the weekly digest; unset: no digest, nothing sent, nothing fails. */
  smtpUrl: string | undefined;
  /** The digest's From header. */
  mailFrom: string;
  /** Where people open the app, for links in emails (no trailing slash). */
  appUrl: string;
}

export const DEFAULT_MAIL_FROM = 'Common Ground <no-reply@commonground.invalid>';

/** Secrets that ship in this repository or its docs. Never acceptable outside demo mode. */
export const KNOWN_DEFAULT_SECRETS: readonly string[] = [
  'common-ground-demo-session-secret-do-not-use-in-production',
  'change-me-to-a-long-random-string-of-at-least-32-characters',
  'changeme',
  'secret',
];
export const DEMO_SESSION_SECRET = KNOWN_DEFAULT_SECRETS[0]!;

export class ConfigError extends Error {
  constructor(public readonly problems: string[]) {
    super(`Common Ground cannot start:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

function flag(value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === '') return fallback;
  return ['1', 'true', 'yes', 'on'].includes(value.trim().toLowerCase());
}

function integer(env: Env, name: string, fallback: number, problems: string[], min = 1, max = 65535): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const parsed = Number(raw);
  if (!Number.isInteger(parsed) || parsed < min || parsed > max) {
    problems.push(`${name} must be a whole number between ${min} and ${max} (got "${raw}").`);
    return fallback;
  }
  return parsed;
}

/** The value as a URL when it parses and has one of `protocols`; undefined otherwise. */
function urlWith(raw: string, protocols: string[]): URL | undefined {
  try {
    const url = new URL(raw);
    return protocols.includes(url.protocol) ? url : undefined;
  } catch {
    return undefined;
  }
}

function smtpUrl(raw: string | undefined, problems: string[]): string | undefined {
  const value = raw?.trim();
  if (!value) return undefined;
  // The value may carry a password: name the problem, never echo it.
  if (!urlWith(value, ['smtp:', 'smtps:'])) problems.push('SMTP_URL must be an smtp:// or smtps:// URL, such as smtp://user:password@mail.example.org:587.');
  return value;
}

function appUrl(raw: string | undefined, port: number, problems: string[]): string {
  const value = raw?.trim();
  if (!value) return `http://localhost:${port}`;
  if (!urlWith(value, ['http:', 'https:'])) problems.push(`APP_URL must be an http:// or https:// URL (got "${value}").`);
  return value.replace(/\/+$/, '');
}

export function loadConfig(env: Env = process.env, projectRoot = findProjectRoot()): AppConfig {
  const problems: string[] = [];
  const nodeEnv = env.NODE_ENV === 'production' ? 'production' : env.NODE_ENV === 'test' ? 'test' : 'development';
  const demoData = flag(env.DEMO_DATA, nodeEnv !== 'production');

  let sessionSecret = env.SESSION_SECRET ?? '';
  if (!sessionSecret && demoData) {
    // The demo runs out of the box; its secret is public, which is why a start without demo data refuses it.
    sessionSecret = DEMO_SESSION_SECRET;
  }
  if (!demoData) {
    if (!sessionSecret) problems.push('SESSION_SECRET is required when DEMO_DATA=false (use 32+ random characters).');
    else if (sessionSecret.length < 32) problems.push('SESSION_SECRET must be at least 32 characters long.');
    else if (KNOWN_DEFAULT_SECRETS.includes(sessionSecret))
      problems.push('SESSION_SECRET is a published default; generate your own (for example: openssl rand -base64 48).');
  }

  const adminEmail = env.ADMIN_EMAIL?.trim();
  const adminPassword = env.ADMIN_PASSWORD;
  let initialAdmin: AppConfig['initialAdmin'];
  if (adminEmail || adminPassword) {
    if (!adminEmail || !adminPassword) problems.push('Set both ADMIN_EMAIL and ADMIN_PASSWORD, or neither.');
    else if (adminPassword.length < 12) problems.push('ADMIN_PASSWORD must be at least 12 characters long.');
    else initialAdmin = { email: adminEmail, password: adminPassword, name: env.ADMIN_NAME?.trim() || 'Administrator' };
  }

  const port = integer(env, 'PORT', 3000, problems, 0);
  const config: AppConfig = {
    environment: nodeEnv,
    port,
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: resolve(projectRoot, env.DATA_DIR || '.data'),
    sessionSecret,
    sessionIdleMinutes: integer(env, 'SESSION_IDLE_MINUTES', 120, problems, 1, 60 * 24 * 30),
    cookieSecure: flag(env.COOKIE_SECURE, nodeEnv === 'production'),
    demoData,
    migrateOnStart: flag(env.MIGRATE_ON_START, true),
    initialAdmin,
    webDistDir: env.WEB_DIST_DIR === '' ? undefined : resolve(projectRoot, env.WEB_DIST_DIR ?? 'apps/web/dist'),
    smtpUrl: smtpUrl(env.SMTP_URL, problems),
    mailFrom: env.MAIL_FROM?.trim() || DEFAULT_MAIL_FROM,
    appUrl: appUrl(env.APP_URL, port, problems),
  };
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}
