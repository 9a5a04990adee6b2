import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { StaffMember } from '../../common/auth/staff-member';
import { MODEL_VERSION, DEFAULT_POLICY, modelVersionOf } from '@common-ground/scoring';
import { DomainError, notFound, staleVersion } from '../../common/problem/domain-error';
import { AuditLogService } from '../audit/audit-log.service';
import type { SettingsResponseDto } from './dto/settings.response.dto';
import type { UpdateSettingsDto } from './dto/update-settings.dto';
import { settingsAuditSnapshot, toSettingsResponse } from './settings.mapper';
import { type LogoSummary, SettingsRepository } from './settings.repository';
import type { LibraryLogo } from './logo-upload';
import { type EffectivePolicy, scoringPolicyProblems } from './scoring-policy';

/**
 * The settings are one row with a smallint key, but audit entries name their record by uuid: this fixed id stands
 * for "the library's settings" in the audit log (entityType 'settings').
 */
export const SETTINGS_AUDIT_ID = '00000000-0000-0000-0000-000000000001';

/** A volunteer-hour rate as it is copied onto a valued contribution. */
export interface VolunteerHourRate {
  rate: number;
  source: string;
  year: number;
}

/** The library's own settings: readable by every staff member, changed by managers and administrators (audited). */
@Injectable()
export class SettingsService {
  constructor(
    private readonly settings: SettingsRepository,
    private readonly audit: AuditLogService,
  ) {}

  async get(): Promise<SettingsResponseDto> {
    return toSettingsResponse(await this.settings.find());
  }

  /** The rate volunteer hours are valued at now, read inside the caller's transaction. */
  async volunteerHourRate(db: EntityManager): Promise<VolunteerHourRate> {
    const settings = await this.settings.find(db);
    return { rate: settings.volunteerHourRate, source: settings.volunteerRateSource, year: settings.volunteerRateYear };
  }

  /** The scoring policy health is computed with: the library's own, or the default (SCORING.md). */
  async scoringPolicy(db?: EntityManager): Promise<EffectivePolicy> {
    const { policy, modelVersion } = await this.settings.scoringPolicy(db);
    return policy ? { policy, modelVersion } : { policy: DEFAULT_POLICY, modelVersion: MODEL_VERSION };
  }

  async update(actor: StaffMember, dto: UpdateSettingsDto): Promise<SettingsResponseDto> {
    if (dto.scoringPolicy) {
      const problems = scoringPolicyProblems(dto.scoringPolicy);
      if (problems.length > 0) throw new DomainError('validation_failed', 'Some settings of the scoring policy need correcting.', problems);
    }
    return this.settings.transaction(async (db) => {
      const settings = await this.settings.findForUpdate(db);
      if (settings.version !== dto.version) throw staleVersion('settings');
      const before = settingsAuditSnapshot(settings);
      if (dto.libraryName !== undefined) settings.libraryName = dto.libraryName;
      if (dto.volunteerHourRate !== undefined) settings.volunteerHourRate = dto.volunteerHourRate;
      if (dto.volunteerRateSource !== undefined) settings.volunteerRateSource = dto.volunteerRateSource;
      if (dto.volunteerRateYear !== undefined) settings.volunteerRateYear = dto.volunteerRateYear;
      if (dto.scoringPolicy !== undefined) {
        // Old snapshots keep the version they were taken under; new ones record this one.
        settings.scoringPolicy = dto.scoringPolicy;
        settings.scoringModelVersion = modelVersionOf(dto.scoringPolicy ?? DEFAULT_POLICY);
      }
      // Saving what is already stored makes no new version and no audit entry.
      if (JSON.stringify(before) === JSON.stringify(settingsAuditSnapshot(settings))) return toSettingsResponse(settings);
      settings.updatedBy = actor.id;
      const saved = await this.settings.save(settings, db);
      await this.audit.record(db, {
        actorId: actor.id,
        entityType: 'settings',
        entityId: SETTINGS_AUDIT_ID,
        action: 'update',
        partnerId: null,
        before,
        after: settingsAuditSnapshot(saved),
      });
      return toSettingsResponse(saved);
    });
  }

  /** The library's logo for the reports, or null when none was uploaded. */
  logo(): Promise<LibraryLogo | null> {
    return this.settings.findLogo();
  }

  /** The logo to serve; 404 when the library has none. */
  async requireLogo(): Promise<LibraryLogo> {
    const logo = await this.settings.findLogo();
    if (!logo) throw notFound('logo');
    return logo;
  }

  /** Replaces the logo (managers and administrators), audited like any other change of the settings. */
  replaceLogo(actor: StaffMember, logo: LibraryLogo): Promise<SettingsResponseDto> {
    const after: LogoSummary = { mediaType: logo.mediaType, bytes: logo.data.length, sha256: createHash('sha256').update(logo.data).digest('hex') };
    return this.changeLogo(actor, logo, after);
  }

  /** Removes the logo; removing none is not an error (the result is the same). */
  removeLogo(actor: StaffMember): Promise<SettingsResponseDto> {
    return this.changeLogo(actor, null, null);
  }

  private changeLogo(actor: StaffMember, logo: LibraryLogo | null, after: LogoSummary | null): Promise<SettingsResponseDto> {
    return this.settings.transaction(async (db) => {
      const before = await this.settings.logoSummaryForUpdate(db);
      // The same image again (or removing none) changes nothing: no write and no audit entry.
      if (before?.sha256 !== after?.sha256 || before?.mediaType !== after?.mediaType) {
        await this.settings.writeLogo(db, logo, actor.id);
        await this.audit.record(db, {
          actorId: actor.id,
          entityType: 'settings',
          entityId: SETTINGS_AUDIT_ID,
          action: 'update',
          partnerId: null,
          before: { logo: before },
          after: { logo: after },
        });
      }
      return toSettingsResponse(await this.settings.find(db));
    });
  }
}
