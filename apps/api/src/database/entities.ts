import { AgreementEntity } from '../modules/agreements/agreement.entity';
import { AuditEntryEntity } from '../modules/audit/audit-entry.entity';
import { StaffSessionEntity } from '../modules/auth/staff-session.entity';
import { CommitmentEntity } from '../modules/commitments/commitment.entity';
import { CommunicationFactorTagEntity } from '../modules/communications/communication-factor-tag.entity';
import { CommunicationEntity } from '../modules/communications/communication.entity';
import { ContactEntity } from '../modules/contacts/contact.entity';
import { DigestRunEntity } from '../modules/digest/digest-run.entity';
import { GoalEntity } from '../modules/goals/goal.entity';
import { PartnerEntity } from '../modules/partners/partner.entity';
import { UserEntity } from '../modules/users/user.entity';
import { ProgramEntity } from '../modules/programs/program.entity';
import { ProgramRoleEntity } from '../modules/program-roles/program-role.entity';
import { ProgramSessionEntity } from '../modules/program-sessions/program-session.entity';
import { ContributionEntity } from '../modules/contributions/contribution.entity';
import { OutcomeResultEntity } from '../modules/outcome-results/outcome-result.entity';
import { ImpactNoteEntity } from '../modules/impact-notes/impact-note.entity';
import { LibrarySettingsEntity } from '../modules/settings/library-settings.entity';

/** Every entity, listed explicitly (no globs) so the same list works under tsc, swc and jest. */
export const ENTITIES = [
  UserEntity, StaffSessionEntity, AuditEntryEntity, PartnerEntity, ContactEntity, GoalEntity, AgreementEntity,
  CommunicationEntity, CommunicationFactorTagEntity, CommitmentEntity, DigestRunEntity,
  LibrarySettingsEntity, ProgramEntity, ProgramRoleEntity, ProgramSessionEntity, ContributionEntity, OutcomeResultEntity, ImpactNoteEntity,
];
