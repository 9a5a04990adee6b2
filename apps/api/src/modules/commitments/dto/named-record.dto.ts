import { ApiProperty } from '@nestjs/swagger';

/** A person or organisation someone can recognise and open: its id and its name. */
export class NamedRecordDto {
  @ApiProperty({ type: String, format: 'uuid' }) id: string;
  @ApiProperty({ type: String, example: 'Ana Ruiz' }) name: string;
}
