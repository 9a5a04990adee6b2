import { NullableDayField } from './program-fields';

/**
 * The admin checklist: the date each item was done, null while it is not. SCORING.md "Admin readiness" compares the
 * dates with the program's start, so a date is kept rather than a tick.
 */
export class ProgramChecklistInputDto {
  @NullableDayField('date the agreement was in place') agreement?: string | null;
  @NullableDayField('date the branding was approved') brandingApproved?: string | null;
  @NullableDayField('date the volunteers were cleared') volunteersCleared?: string | null;
  @NullableDayField('date the space was booked') spaceBooked?: string | null;
  @NullableDayField('date the timing was confirmed') timingConfirmed?: string | null;
}
