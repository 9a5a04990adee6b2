import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentStaff } from '../../common/auth/auth.decorators';
import type { StaffMember } from '../../common/auth/staff-member';
import { ApiProblems } from '../../common/problem/problem.dto';
import { ParseIdPipe } from '../../common/validation/parse-id.pipe';
import { VersionDto } from '../../common/validation/version.dto';
import { ContactsService } from './contacts.service';
import { ContactPageDto, ContactResponseDto } from './dto/contact.response.dto';
import { CreateContactDto } from './dto/create-contact.dto';
import { ListContactsQueryDto } from './dto/list-contacts.query.dto';
import { UpdateContactDto } from './dto/update-contact.dto';

@ApiProblems()
@ApiTags('Contacts')
@Controller('v1')
export class ContactsController {
  constructor(private readonly contacts: ContactsService) {}

  @Get('partners/:id/contacts')
  @ApiOperation({ summary: 'A partner’s contacts: the primary first, then by name. In use only unless archived is given.' })
  @ApiOkResponse({ type: ContactPageDto })
  listPartnerContacts(@CurrentStaff() staff: StaffMember, @Param('id', ParseIdPipe) id: string, @Query() query: ListContactsQueryDto): Promise<ContactPageDto> {
    return this.contacts.list(staff, id, query);
  }

  @Post('partners/:id/contacts')
  @ApiOperation({ summary: 'Add a contact to a partner in use; isPrimary=true replaces the current primary contact.' })
  @ApiCreatedResponse({ type: ContactResponseDto })
  createContact(@CurrentStaff() staff: StaffMember, @Param('id', ParseIdPipe) id: string, @Body() dto: CreateContactDto): Promise<ContactResponseDto> {
    return this.contacts.create(staff, id, dto);
  }

  @Get('contacts/:id')
  @ApiOkResponse({ type: ContactResponseDto })
  getContact(@CurrentStaff() staff: StaffMember, @Param('id', ParseIdPipe) id: string): Promise<ContactResponseDto> {
    return this.contacts.get(staff, id);
  }

  @Patch('contacts/:id')
  @ApiOperation({ summary: 'Change a contact; needs the version you read.' })
  @ApiOkResponse({ type: ContactResponseDto })
  updateContact(@CurrentStaff() staff: StaffMember, @Param('id', ParseIdPipe) id: string, @Body() dto: UpdateContactDto): Promise<ContactResponseDto> {
    return this.contacts.update(staff, id, dto);
  }

  @Post('contacts/:id/archive')
  @HttpCode(200)
  @ApiOperation({ summary: 'Archive a contact (librarians: only contacts they added).' })
  @ApiOkResponse({ type: ContactResponseDto })
  archiveContact(@CurrentStaff() staff: StaffMember, @Param('id', ParseIdPipe) id: string, @Body() dto: VersionDto): Promise<ContactResponseDto> {
    return this.contacts.archive(staff, id, dto.version);
  }

  @Post('contacts/:id/restore')
  @HttpCode(200)
  @ApiOperation({ summary: 'Restore an archived contact; it comes back not primary when the partner has another primary contact.' })
  @ApiOkResponse({ type: ContactResponseDto })
  restoreContact(@CurrentStaff() staff: StaffMember, @Param('id', ParseIdPipe) id: string, @Body() dto: VersionDto): Promise<ContactResponseDto> {
    return this.contacts.restore(staff, id, dto.version);
  }
}
