import type { INestApplicationContext, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Clock } from '../common/clock/clock';
import type { AppConfig } from '../config/app-config';
import { type DemoServices, loadDemoData } from '../demo/load-demo-data';
import { DEMO_PASSWORD, DEMO_STAFF } from '../demo/demo-staff';
import { AgreementsService } from '../modules/agreements/agreements.service';
import { ContactsService } from '../modules/contacts/contacts.service';
import { GoalsService } from '../modules/goals/goals.service';
import { PartnersService } from '../modules/partners/partners.service';
import { UsersService } from '../modules/users/users.service';
import { HealthSnapshotsService } from '../modules/health/health-snapshots.service';
import { ImpactReportsService } from '../modules/reports/impact-reports.service';
import { SettingsService } from '../modules/settings/settings.service';

/** The services demo data is loaded through, from the running app (a capability adding demo records adds its own). */
export function demoServices(app: INestApplicationContext): DemoServices {
  return {
    users: app.get(UsersService),
    partners: app.get(PartnersService),
    contacts: app.get(ContactsService),
    goals: app.get(GoalsService),
    agreements: app.get(AgreementsService),
    clock: app.get(Clock),
    dataSource: app.get(DataSource),
    healthSnapshots: app.get(HealthSnapshotsService),
    impactReports: app.get(ImpactReportsService),
    settings: app.get(SettingsService),
  };
}

/**
 * What an empty database needs before anyone can sign in: the demo library, or the first administrator from
 * ADMIN_EMAIL/ADMIN_PASSWORD. Does nothing once any account exists, so restarts keep the data as it is.
 */
export async function prepareFirstStart(config: AppConfig, services: DemoServices, logger: Logger): Promise<void> {
  const { users } = services;
  if ((await users.countUsers()) > 0) return;
  if (config.demoData) {
    logger.log('Empty database: loading the demo library.');
    const loaded = await loadDemoData(services);
    logger.log(
      `Demo library loaded: ${loaded.staff.size} staff accounts, ${loaded.partners.size} partners, ` +
        `${loaded.history.communications} communications, ${loaded.history.commitments} follow-ups, ` +
        `${loaded.programs.programs} programs with ${loaded.programs.sessions} sessions, ` +
        `${loaded.assessments.responses} assessment answers in ${loaded.assessments.waves} rounds, ` +
        `a saved funder summary for ${loaded.report.funderName}.`,
    );
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
