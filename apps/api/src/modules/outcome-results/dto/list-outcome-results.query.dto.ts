import { OmitType } from '@nestjs/swagger';
import { PageQueryDto } from '../../../common/pagination/page';
import { type ArchivedFilter, ArchivedFilterField } from '../../../common/records/archived-filter';

export class ListOutcomeResultsQueryDto extends OmitType(PageQueryDto, ['q'] as const) {
  @ArchivedFilterField('false: in use only; true: archived only; all: both.')
  archived?: ArchivedFilter;
}
