import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { FACTOR_TAG_NOTE_MAX_LENGTH, FACTOR_TAG_SIGNS, FACTORS, type Factor, type FactorTagSign } from '@common-ground/domain';
import { FactorField, FactorNoteField, FactorSignField } from './communication-fields';

/** "This communication was evidence of good (or poor) <factor>". */
export class FactorTagDto {
  @ApiProperty({ enum: FACTORS.keys, description: 'SCORING.md’s factor codes.' })
  @FactorField()
  factor: Factor;

  @ApiProperty({ enum: FACTOR_TAG_SIGNS.keys })
  @FactorSignField()
  sign: FactorTagSign;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: FACTOR_TAG_NOTE_MAX_LENGTH, example: 'They raised the budget problem early' })
  @FactorNoteField()
  note?: string | null;
}

export class FactorTagResponseDto {
  @ApiProperty({ enum: FACTORS.keys }) factor: Factor;
  @ApiProperty({ enum: FACTOR_TAG_SIGNS.keys }) sign: FactorTagSign;
  @ApiProperty({ type: String, nullable: true }) note: string | null;
}
