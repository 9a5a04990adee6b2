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
});
