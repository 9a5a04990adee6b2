import type { Logger } from '@nestjs/common';
import type { AppConfig } from '../config/app-config';
import { loadDemoData } from '../demo/load-demo-data';
import { DEMO_PASSWORD, DEMO_STAFF } from '../demo/demo-staff';
import type { UsersService } from '../modules/users/users.service';

/**
 * What an empty database needs before anyone can sign in: the demo library, or the first administrator from
 * ADMIN_EMAIL/ADMIN_PASSWORD. Does nothing once any account exists, so restarts keep the data as it is.
 */
export async function prepareFirstStart(config: AppConfig, users: UsersService, logger: Logger): Promise<void> {
  if ((await users.countUsers()) > 0) return;
  if (config.demoData) {
    logger.log('Empty database: loading the demo library.');
    await loadDemoData({ users });
    return;
  }
  if (config.initialAdmin) {
    await users.create(null, { ...config.initialAdmin, role: 'admin' });
    logger.log(`Created the first administrator, ${config.initialAdmin.email}.`);
    return;
  }
  logger.warn('No staff accounts exist. Set ADMIN_EMAIL and ADMIN_PASSWORD and restart to create the first administrator.');
}

export function demoLoginsBanner(url: string): string {
  const width = Math.max(...DEMO_STAFF.map((s) => s.email.length));
  const rows = DEMO_STAFF.map((s) => `    ${s.email.padEnd(width)}  ${DEMO_PASSWORD}   (${s.role})`);
  return [
    '',
    `  Common Ground is running at ${url}`,
    '',
    '  Demo logins (demo data only):',
    ...rows,
    '',
    '  Press Ctrl-C to stop.',
    '',
  ].join('\n');
}
