import { ConfigError, DEMO_SESSION_SECRET, loadConfig } from './app-config';

const strongSecret = 'k3v9-Jq8x!Zp2m7Lr4t6Wy1u0Hs5Bd8Nf3';

describe('Configuration', () => {
  it('runs the demo out of the box with the public demo secret', () => {
    const config = loadConfig({});
    expect(config.demoData).toBe(true);
    expect(config.sessionSecret).toBe(DEMO_SESSION_SECRET);
    expect(config.port).toBe(3000);
    expect(config.databaseUrl).toBeUndefined();
  });

  it.each([
    ['missing', {}],
    ['too short', { SESSION_SECRET: 'short-secret' }],
    ['a published default', { SESSION_SECRET: DEMO_SESSION_SECRET }],
  ])('refuses a production start without demo data when SESSION_SECRET is %s', (_label, env) => {
    expect(() => loadConfig({ DEMO_DATA: 'false', ...env })).toThrow(ConfigError);
    expect(() => loadConfig({ NODE_ENV: 'production', ...env })).toThrow(/SESSION_SECRET/);
  });

  it('accepts a production start with a strong secret and takes the first administrator from the environment', () => {
    const config = loadConfig({ NODE_ENV: 'production', SESSION_SECRET: strongSecret, ADMIN_EMAIL: 'dir@library.org', ADMIN_PASSWORD: 'a-long-admin-password' });
    expect(config.demoData).toBe(false);
    expect(config.cookieSecure).toBe(true);
    expect(config.initialAdmin).toEqual({ email: 'dir@library.org', password: 'a-long-admin-password', name: 'Administrator' });
  });

  it('names every problem at once', () => {
    try {
      loadConfig({ DEMO_DATA: 'false', PORT: 'eighty', ADMIN_EMAIL: 'dir@library.org' });
      throw new Error('expected a ConfigError');
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as ConfigError).problems).toHaveLength(3);
    }
  });

  describe('mail for the weekly digest', () => {
    it('is off without SMTP_URL, with a From address and links to localhost on the configured port', () => {
      const config = loadConfig({ PORT: '4100' });
      expect(config.smtpUrl).toBeUndefined();
      expect(config.mailFrom).toBe('Common Ground <no-reply@commonground.invalid>');
      expect(config.appUrl).toBe('http://localhost:4100');
      expect(loadConfig({ SMTP_URL: '  ' }).smtpUrl).toBeUndefined();
    });

    it.each(['smtp://mail.example.org:587', 'smtps://user:p%40ss@mail.example.org', 'smtp://127.0.0.1:2525'])('accepts SMTP_URL %s', (url) => {
      expect(loadConfig({ SMTP_URL: url }).smtpUrl).toBe(url);
    });

    it.each(['http://mail.example.org', 'mail.example.org:25', 'smtp//nope'])('refuses SMTP_URL %s without echoing it', (url) => {
      try {
        loadConfig({ SMTP_URL: url });
        throw new Error('expected a ConfigError');
      } catch (error) {
        expect(error).toBeInstanceOf(ConfigError);
        expect((error as ConfigError).problems).toEqual([expect.stringMatching(/^SMTP_URL must be an smtp:\/\/ or smtps:\/\/ URL/)]);
        expect((error as ConfigError).message).not.toContain(url);
      }
    });

    it('takes MAIL_FROM and APP_URL (without a trailing slash), and refuses an APP_URL that is not http(s)', () => {
      const config = loadConfig({ MAIL_FROM: 'Library Partnerships <partners@library.example>', APP_URL: 'https://crm.library.example/' });
      expect(config.mailFrom).toBe('Library Partnerships <partners@library.example>');
      expect(config.appUrl).toBe('https://crm.library.example');
      expect(() => loadConfig({ APP_URL: 'crm.library.example' })).toThrow(/APP_URL/);
    });
  });
});
