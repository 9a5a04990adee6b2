import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '../../common/problem/problem.dto';
import { SearchQueryDto, SearchResultsDto } from './dto/search.dto';
import { SearchService } from './search.service';

@ApiProblems()
@ApiTags('Search')
@Controller('v1/search')
export class SearchController {
  constructor(private readonly search: SearchService) {}

  @Get()
  @ApiOperation({
    summary: 'Find partners, contacts, programs, communications and impact notes as you type (each word matches the start of a word).',
  })
  @ApiOkResponse({ type: SearchResultsDto })
  searchRecords(@Query() query: SearchQueryDto): Promise<SearchResultsDto> {
    return this.search.search(query);
  }
}
