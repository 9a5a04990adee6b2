import { Injectable } from '@nestjs/common';
import type { StaffMember } from '../../common/auth/staff-member';
import { Clock } from '../../common/clock/clock';
import { notFound } from '../../common/problem/domain-error';
import { PartnerReferenceRepository } from '../partners/partner-reference.repository';
import type { PartnerValueDto, ProgramValueDto } from './dto/value.response.dto';
import { foldFigures, foldNotes } from './value-figures';
import { type ValuePeriodBounds, ValueRepository, type ValueScope } from './value.repository';

/** The program view takes every record of the program, whenever dated: follow-up surveys come weeks after. */
const ALL_TIME: ValuePeriodBounds = { from: '-infinity', before: 'infinity' };

/** A calendar year as SQL compares it: from 1 January up to, not including, 1 January of the next. */
const yearBounds = (year: number): ValuePeriodBounds => ({ from: `${year}-01-01`, before: `${year + 1}-01-01` });
const yearPeriod = (year: number) => ({ from: `${year}-01-01`, to: `${year}-12-31` });

/**
 * The value view (NILPPA's value model) of a partner or a program: raw numbers with their n, never a score, and a
 * partner is compared only with its own previous year. Kept apart from health on purpose (SCORING.md): nothing
 * here feeds a health factor, so nobody chases big events to raise a score.
 */
@Injectable()
export class ValueService {
  constructor(
    private readonly value: ValueRepository,
    private readonly partners: PartnerReferenceRepository,
    private readonly clock: Clock,
  ) {}

  /** A partner's year and the year before (default: the current year by the injected clock, in UTC). */
  async partnerValue(_actor: StaffMember | null, partnerId: string, year?: number): Promise<PartnerValueDto> {
    // An archived partner's value can still be read, as its other records can.
    const partner = await this.partners.requireExisting(partnerId);
    const asked = year ?? this.clock.now().getUTCFullYear();
    const scope: ValueScope = { partnerId };
    // One statement after the other, not in parallel: a request holds one pool connection at a time, so under load
    // requests do not queue behind each other for connections.
    const groups = await this.value.figures(scope, [yearBounds(asked), yearBounds(asked - 1)]);
    const noteRows = await this.value.notes(scope, yearBounds(asked));
    return {
      partner,
      year: asked,
      period: yearPeriod(asked),
      previousPeriod: yearPeriod(asked - 1),
      ...foldFigures(groups, 0),
      ...foldNotes(noteRows),
      previous: foldFigures(groups, 1),
    };
  }

  /** One program's value: everything in use recorded for it. An archived program can still be read. */
  async programValue(_actor: StaffMember | null, programId: string): Promise<ProgramValueDto> {
    const program = await this.value.findProgram(programId);
    if (!program) throw notFound('program');
    const scope: ValueScope = { programId };
    const groups = await this.value.figures(scope, [ALL_TIME]);
    const noteRows = await this.value.notes(scope, ALL_TIME);
    return {
      program: { id: program.id, title: program.title, status: program.status, archived: program.archived },
      period: { from: program.starts_on, to: program.ends_on },
      ...foldFigures(groups, 0),
      ...foldNotes(noteRows),
    };
  }
}
