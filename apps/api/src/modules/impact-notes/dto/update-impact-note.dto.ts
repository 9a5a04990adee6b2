import type { ImpactNoteKind, ValueDimension } from '@common-ground/domain';
import { VersionDto } from '../../../common/validation/version.dto';
import {
  AttributionField,
  ConsentToQuoteField,
  KindField,
  NotedOnField,
  NotePartnerIdField,
  NoteProgramIdField,
  NoteTextField,
  SourceUrlField,
  ValueDimensionField,
} from './impact-note-fields';

/** Every field optional (absent = unchanged; null clears attribution, sourceUrl, and one of partnerId/programId). */
export class UpdateImpactNoteDto extends VersionDto {
  @KindField('optional')
  kind?: ImpactNoteKind;

  @NoteTextField('optional')
  text?: string;

  @AttributionField()
  attribution?: string | null;

  @ValueDimensionField('optional')
  valueDimension?: ValueDimension;

  @ConsentToQuoteField()
  consentToQuote?: boolean;

  @NotePartnerIdField()
  partnerId?: string | null;

  @NoteProgramIdField()
  programId?: string | null;

  @NotedOnField()
  notedOn?: string;

  @SourceUrlField()
  sourceUrl?: string | null;
}
