import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthGuard } from './common/auth/auth.guard';
import type { Clock } from './common/clock/clock';
import { ProblemFilter } from './common/problem/problem.filter';
import { createValidationPipe } from './common/validation/validation.pipe';
import type { AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { dataSourceOptions } from './database/data-source';
import { AuditModule } from './modules/audit/audit.module';
import { AuthModule } from './modules/auth/auth.module';
import { SessionsModule } from './modules/auth/sessions.module';
import { StatusModule } from './modules/status/status.module';
import { UsersModule } from './modules/users/users.module';
import { PartnersModule } from './modules/partners/partners.module';
import { TimelineModule } from './modules/timeline/timeline.module';
import { SearchModule } from './modules/search/search.module';
import { PartnerReferenceModule } from './modules/partners/partner-reference.module';
import { ContactsModule } from './modules/contacts/contacts.module';
import { GoalsModule } from './modules/goals/goals.module';
import { AgreementsModule } from './modules/agreements/agreements.module';
import { CommunicationsModule } from './modules/communications/communications.module';
import { CommitmentsModule } from './modules/commitments/commitments.module';
import { AttentionModule } from './modules/attention/attention.module';
import { MyDayModule } from './modules/my-day/my-day.module';
import { DigestModule } from './modules/digest/digest.module';
import { ProgramReferenceModule } from './modules/programs/program-reference.module';
import { ProgramsModule } from './modules/programs/programs.module';
import { ProgramRolesModule } from './modules/program-roles/program-roles.module';
import { ProgramSessionsModule } from './modules/program-sessions/program-sessions.module';
import { SettingsModule } from './modules/settings/settings.module';
import { ContributionsModule } from './modules/contributions/contributions.module';
import { OutcomeResultsModule } from './modules/outcome-results/outcome-results.module';
import { ImpactNotesModule } from './modules/impact-notes/impact-notes.module';
import { ValueModule } from './modules/value/value.module';
import { HealthModule } from './modules/health/health.module';
import { AssessmentsModule } from './modules/assessments/assessments.module';
import { ReportsModule } from './modules/reports/reports.module';

export interface AppModuleOptions {
  config: AppConfig;
  databaseUrl: string;
  clock?: Clock;
  /** false only to describe the API (OpenAPI) without a database. */
  connectDatabase?: boolean;
}

@Module({})
export class AppModule {
  static register({ config, databaseUrl, clock, connectDatabase = true }: AppModuleOptions): DynamicModule {
    const imports: DynamicModule['imports'] = [
      ConfigModule.register(config, clock),
      TypeOrmModule.forRoot({ ...dataSourceOptions(databaseUrl), manualInitialization: !connectDatabase }),
      SessionsModule,
      AuditModule,
      UsersModule,
      AuthModule,
      StatusModule,
      PartnersModule,
      TimelineModule,
      SearchModule,
      PartnerReferenceModule,
      ContactsModule,
      GoalsModule,
      AgreementsModule,
      CommunicationsModule,
      CommitmentsModule,
      AttentionModule,
      MyDayModule,
      DigestModule,
      ProgramReferenceModule,
      ProgramsModule,
      ProgramRolesModule,
      ProgramSessionsModule,
      SettingsModule,
      ContributionsModule,
      OutcomeResultsModule,
      ImpactNotesModule,
      ValueModule,
      HealthModule,
      AssessmentsModule,
      ReportsModule,
    ];
    // The built SPA (config.webDistDir) is served by createApp, outside Nest's routing.
    return {
      module: AppModule,
      imports,
      providers: [
        { provide: APP_PIPE, useFactory: createValidationPipe },
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_FILTER, useClass: ProblemFilter },
      ],
    };
  }
}
