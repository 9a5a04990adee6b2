import { Injectable } from '@nestjs/common';
import type { StaffMember } from '../../common/auth/staff-member';
import { Clock } from '../../common/clock/clock';
import { pageRequest, toPage } from '../../common/pagination/page';
import { notFound } from '../../common/problem/domain-error';
import type { ImpactNotePageDto } from '../impact-notes/dto/impact-note.response.dto';
import { toImpactNoteResponse } from '../impact-notes/impact-note.mapper';
import { PARTNER_NOTES_SHOWN, type PartnerValueDto, type ProgramValueDto } from './dto/value.response.dto';
import type { ValueNotesQueryDto } from './dto/value-notes.query.dto';
import { PartnerValueRepository } from './partner-value.repository';
import { ProgramValueRepository } from './program-value.repository';
import { foldFigures, foldNotes } from './value-figures';

const yearPeriod = (year: number) => ({ from: `${year}-01-01`, to: `${year}-12-31` });

/**
 * The value view (NILPPA's value model) of a partner or a program: raw numbers with their n, never a score, and a
 * partner is compared only with its own previous year. Kept apart from health on purpose (SCORING.md): nothing
 * here feeds a health factor, so nobody chases big events to raise a score.
 */
@Injectable()
export class ValueService {
  constructor(
    private readonly partnerValues: PartnerValueRepository,
    private readonly programValues: ProgramValueRepository,
    private readonly clock: Clock,
  ) {}

  /** The current year by the injected clock, in UTC, when none is asked for. */
  private yearOr(year: number | undefined): number {
    return year ?? this.clock.now().getUTCFullYear();
  }

  /**
   * A partner's year and the year before (default: the current year). An archived partner's value can still be
   * read, as its other records can.
   */
  async partnerValue(_actor: StaffMember | null, partnerId: string, year?: number): Promise<PartnerValueDto> {
    const asked = this.yearOr(year);
    const row = await this.partnerValues.partnerValue(partnerId, asked, PARTNER_NOTES_SHOWN);
    if (!row) throw notFound('partner');
    return {
      partner: { id: row.id, name: row.name, archived: row.archived },
      year: asked,
      period: yearPeriod(asked),
      previousPeriod: yearPeriod(asked - 1),
      ...foldFigures(row, 0),
      ...foldNotes(row.notes, row.note_counts),
      previous: foldFigures(row, 1),
    };
  }

  /** The notes of one value dimension in a partner's year, a page at a time, newest first. */
  async partnerNotes(_actor: StaffMember | null, partnerId: string, query: ValueNotesQueryDto): Promise<ImpactNotePageDto> {
    const page = pageRequest(query);
    const found = await this.partnerValues.partnerNotes(partnerId, this.yearOr(query.year), query.dimension, page);
    if (!found) throw notFound('partner');
    return toPage(found.rows.map(toImpactNoteResponse), found.total, page);
  }

  /** One program's value: everything in use recorded for it. An archived program can still be read. */
  async programValue(_actor: StaffMember | null, programId: string): Promise<ProgramValueDto> {
    const program = await this.programValues.findProgram(programId);
    if (!program) throw notFound('program');
    const groups = await this.programValues.figures(programId);
    const notes = await this.programValues.notes(programId);
    return {
      program: { id: program.id, title: program.title, status: program.status, archived: program.archived },
      period: { from: program.starts_on, to: program.ends_on },
      ...foldFigures(groups, 0),
      ...foldNotes(notes.rows, notes.counts),
    };
  }
}
