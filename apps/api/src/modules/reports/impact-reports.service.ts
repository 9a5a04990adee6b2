import { Injectable, NotImplementedException } from '@nestjs/common';
import type { StaffMember } from '../../common/auth/staff-member';
import type { PageQueryDto } from '../../common/pagination/page';
import type { EvidenceQueryDto } from './dto/evidence.query.dto';
import type { ImpactReportDefinitionDto } from './dto/impact-report-definition.dto';
import type { EvidencePageDto, ImpactReportDto, ImpactReportFiguresDto, ImpactReportPageDto } from './dto/impact-report.response.dto';

/** CONTRACT STUB: implemented by the reports helper. */
@Injectable()
export class ImpactReportsService {
  preview(_staff: StaffMember, _dto: ImpactReportDefinitionDto): Promise<ImpactReportFiguresDto> {
    throw new NotImplementedException();
  }
  evidence(_query: EvidenceQueryDto): Promise<EvidencePageDto> {
    throw new NotImplementedException();
  }
  list(_query: PageQueryDto): Promise<ImpactReportPageDto> {
    throw new NotImplementedException();
  }
  create(_staff: StaffMember, _dto: ImpactReportDefinitionDto): Promise<ImpactReportDto> {
    throw new NotImplementedException();
  }
  /** 404 (not_found) when it does not exist or the staff member may not see reports (librarians). */
  get(_staff: StaffMember, _id: string): Promise<ImpactReportDto> {
    throw new NotImplementedException();
  }
  archive(_staff: StaffMember, _id: string, _version: number): Promise<ImpactReportDto> {
    throw new NotImplementedException();
  }
  restore(_staff: StaffMember, _id: string, _version: number): Promise<ImpactReportDto> {
    throw new NotImplementedException();
  }
}
