import { applyDecorators } from '@nestjs/common';
import {
  CHANNELS,
  COMMUNICATION_SUMMARY_MAX_LENGTH,
  FACTOR_TAG_NOTE_MAX_LENGTH,
  FACTOR_TAG_SIGNS,
  FACTORS,
  FOLLOW_UPS_MAX,
  SIDES,
} from '@common-ground/domain';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsISO8601,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  ValidateBy,
  ValidateNested,
} from 'class-validator';
import { OptionalTextField } from '../../../common/validation/text-fields';

export const PARTICIPANTS_MAX = 50;
export const FACTOR_TAGS_MAX = FACTORS.keys.length;

/** An instant with its time zone (as `Date.prototype.toISOString` writes it), so it means the same everywhere. */
export const DATE_TIME_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;
const OCCURRED_AT_SHAPE = 'Enter when it happened as a date and time with its time zone, like 2026-03-01T14:30:00Z.';

export const OccurredAtField = () =>
  applyDecorators(
    IsString({ message: OCCURRED_AT_SHAPE }),
    Matches(DATE_TIME_PATTERN, { message: OCCURRED_AT_SHAPE }),
    IsISO8601({ strict: true }, { message: 'Enter a real date and time for when it happened, like 2026-03-01T14:30:00Z.' }),
  );

export const ChannelField = () =>
  IsIn(CHANNELS.keys, { message: `Choose how it happened: ${CHANNELS.keys.map((key) => CHANNELS.labels[key].toLowerCase()).join(', ')}.` });

export const InitiatedByField = () => IsIn(SIDES.keys, { message: `Say who started it: ${SIDES.keys.join(' or ')}.` });

export const TwoWayField = () => IsBoolean({ message: 'twoWay must be true (both sides spoke) or false.' });

export const SubstantiveField = () => IsBoolean({ message: 'substantive must be true or false.' });

/** A list of distinct ids of people who took part. */
export const ParticipantIdsField = (who: 'staff members' | 'contacts') =>
  applyDecorators(
    IsArray({ message: `List the ${who} who took part.` }),
    ArrayMaxSize(PARTICIPANTS_MAX, { message: `List at most ${PARTICIPANTS_MAX} ${who}.` }),
    IsUUID('all', { each: true, message: `Each of the ${who} must be chosen from the list (an id).` }),
    ArrayUnique(undefined, { message: `Each of the ${who} can be listed only once.` }),
  );

/** Summary text: kept as typed apart from surrounding blanks; null means none. */
export const SummaryField = () =>
  applyDecorators(
    Transform(({ value }: { value: unknown }) => (value === null ? '' : typeof value === 'string' ? value.trim() : value)),
    IsString({ message: 'Write the summary as text.' }),
    MaxLength(COMMUNICATION_SUMMARY_MAX_LENGTH, {
      message: `The summary must be ${COMMUNICATION_SUMMARY_MAX_LENGTH.toLocaleString('en-US')} characters or fewer. Keep the key points here and link to longer notes.`,
    }),
  );

/** The factor tags (a set: each factor at most once). */
export const FactorTagsField = (tagClass: () => new () => object) =>
  applyDecorators(
    IsArray({ message: 'List the factor tags.' }),
    ArrayMaxSize(FACTOR_TAGS_MAX, { message: `Tag at most the ${FACTOR_TAGS_MAX} factors, each once.` }),
    ValidateBy({
      name: 'oneTagPerFactor',
      validator: {
        validate: (value: unknown) => {
          if (!Array.isArray(value)) return true;
          const factors = value.map((tag: { factor?: unknown } | null) => tag?.factor).filter((factor) => typeof factor === 'string');
          return new Set(factors).size === factors.length;
        },
        defaultMessage: () => 'Tag each factor at most once: mark it positive or negative, not both.',
      },
    }),
    ValidateNested({ each: true, message: 'Each factor tag needs a factor and a sign.' }),
    Type(tagClass),
  );

export const FactorField = () =>
  IsIn(FACTORS.keys, {
    message: `Choose one of the five factors: ${FACTORS.keys.map((key) => `${key} (${FACTORS.labels[key]})`).join(', ')}.`,
  });

export const FactorSignField = () =>
  IsIn(FACTOR_TAG_SIGNS.keys, { message: `Mark the factor ${FACTOR_TAG_SIGNS.keys.join(' or ')}.` });

export const FactorNoteField = () =>
  OptionalTextField(FACTOR_TAG_NOTE_MAX_LENGTH, {
    notText: 'Write the note as text.',
    tooLong: `A factor note must be ${FACTOR_TAG_NOTE_MAX_LENGTH.toLocaleString('en-US')} characters or fewer.`,
  });

export const FollowUpsField = (followUpClass: () => new () => object) =>
  applyDecorators(
    IsArray({ message: 'List the follow-ups.' }),
    ArrayMaxSize(FOLLOW_UPS_MAX, { message: `Add at most ${FOLLOW_UPS_MAX} follow-ups at once.` }),
    ValidateNested({ each: true, message: 'Each follow-up needs at least a description.' }),
    Type(followUpClass),
  );
