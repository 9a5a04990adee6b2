import { Platform1764201600000 } from './1764201600000-platform';
import { Partners1764288000000 } from './1764288000000-partners';
import { StoredSearchDocuments1764374400000 } from './1764374400000-stored-search-documents';
import { Communications1764460800000 } from './1764460800000-communications';
import { Programs1764547200000 } from './1764547200000-programs';
import { ValueViewFigures1764633600000 } from './1764633600000-value-view-figures';
import { ProgramListIndexes1764720000000 } from './1764720000000-program-list-indexes';
import { PartnerLastContact1764806400000 } from './1764806400000-partner-last-contact';
import { Assessments1764892800000 } from './1764892800000-assessments';
import { Health1764979200000 } from './1764979200000-health';
import { ImpactReports1765065600000 } from './1765065600000-impact-reports';
import { ProgramListByEnd1765152000000 } from './1765152000000-program-list-by-end';
import { TimelineCounts1765238400000 } from './1765238400000-timeline-counts';
import { AttentionIndexes1765324800000 } from './1765324800000-attention-indexes';
import { ProgramTotals1765411200000 } from './1765411200000-program-totals';
import { ProgramListByAttendance1765497600000 } from './1765497600000-program-list-by-attendance';

/**
 * Every migration, oldest first. Listed explicitly rather than globbed so tsc, swc and jest all see the same set;
 * a test fails when a file in this folder is missing here. Never edit a migration once it has landed: add one.
 */
export const MIGRATIONS = [
  Platform1764201600000, Partners1764288000000, StoredSearchDocuments1764374400000, Communications1764460800000, Programs1764547200000,
  ValueViewFigures1764633600000,
  ProgramListIndexes1764720000000,
  PartnerLastContact1764806400000,
  Assessments1764892800000,
  Health1764979200000,
  ImpactReports1765065600000,
  ProgramListByEnd1765152000000,
  TimelineCounts1765238400000,
  AttentionIndexes1765324800000,
  ProgramTotals1765411200000,
  ProgramListByAttendance1765497600000,
];
