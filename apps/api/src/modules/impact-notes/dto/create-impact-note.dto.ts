import type { ImpactNoteKind, ValueDimension } from '@common-ground/domain';
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

export class CreateImpactNoteDto {
  @KindField('required')
  kind: ImpactNoteKind;

  @NoteTextField('required')
  text: string;

  @AttributionField()
  attribution?: string | null;

  @ValueDimensionField('required')
  valueDimension: ValueDimension;

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
