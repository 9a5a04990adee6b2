import { Button, Group } from '@mantine/core';
import { Link } from 'react-router';
import { partnerAssessmentsPath, staffAssessmentPath } from '../assessment-paths';

/**
 * The partner page's way into the assessment: answer it yourself, or see the rounds (and, as a manager, send a
 * link). Its own component so the partner page mounts it with one line.
 */
export function PartnerAssessmentEntry({ partner }: { partner: { id: string; archivedAt: string | null } }) {
  return (
    <Group gap="sm">
      {partner.archivedAt === null && (
        <Button component={Link} to={staffAssessmentPath(partner.id)} variant="light" size="compact-md">
          Answer the partnership assessment
        </Button>
      )}
      <Button component={Link} to={partnerAssessmentsPath(partner.id)} variant="subtle" size="compact-md">
        Assessments and links
      </Button>
    </Group>
  );
}
