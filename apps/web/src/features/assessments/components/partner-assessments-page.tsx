import { Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { useDisclosure, useDocumentTitle } from '@mantine/hooks';
import { roleAtLeast } from '@common-ground/domain';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { ListSkeleton } from '../../../components/ui/list-skeleton';
import { PageHeader } from '../../../components/ui/page-header';
import { ProblemAlert } from '../../../components/ui/problem-alert';
import { RecordNotFound, RecordPageSkeleton } from '../../../components/ui/record-page-states';
import { toProblemError } from '../../../lib/problem-error';
import { useCurrentUser } from '../../auth/hooks/use-me';
import { partnerQueryOptions } from '../../partners/api/partners-queries';
import { assessmentItemsQueryOptions, partnerAssessmentsQueryOptions } from '../api/assessments-queries';
import { staffAssessmentPath } from '../assessment-paths';
import { AssessmentWaveCard } from './assessment-wave-card';
import { SendAssessmentLinkModal } from './send-assessment-link-modal';

/**
 * A partner's assessment rounds, newest first: every response with its factor averages, and for managers the
 * answers themselves, the links sent out with their status, and "Send an assessment link".
 */
export function PartnerAssessmentsPage() {
  const { id = '' } = useParams();
  const me = useCurrentUser();
  const partner = useQuery(partnerQueryOptions(id));
  const assessments = useQuery(partnerAssessmentsQueryOptions(id));
  const bank = useQuery(assessmentItemsQueryOptions());
  const [sendOpened, sendModal] = useDisclosure(false);
  const manager = roleAtLeast(me.role, 'manager');
  useDocumentTitle(partner.data ? `Assessments of ${partner.data.name} – Common Ground` : 'Assessments – Common Ground');

  if (partner.isPending) return <RecordPageSkeleton record="partner" />;
  if (partner.isError) {
    const problem = toProblemError(partner.error);
    if (problem.status === 404) return <RecordNotFound record="partner" listPath="/partners" listName="partners" />;
    return <ProblemAlert problem={problem} title="This partner didn't load" onRetry={() => void partner.refetch()} />;
  }
  const live = partner.data.archivedAt === null;

  return (
    <Stack gap="lg" maw={1100}>
      <Anchor component={Link} to={`/partners/${id}`} size="sm">
        ← {partner.data.name}
      </Anchor>
      <PageHeader
        title="Partnership assessments"
        description={`How both sides see the partnership with ${partner.data.name}, round by round.`}
        actions={
          live && (
            <Group gap="sm">
              <Button component={Link} to={staffAssessmentPath(id)}>
                Answer the partnership assessment
              </Button>
              {manager && (
                <Button variant="default" onClick={sendModal.open}>
                  Send an assessment link
                </Button>
              )}
            </Group>
          )
        }
      />
      {!manager && (
        <Text size="sm" c="dimmed">
          You see each response’s averages, and your own answers in full. Managers see every answer and send links to the partner.
        </Text>
      )}
      {assessments.isPending && <ListSkeleton label="Loading the assessments" />}
      {assessments.isError && (
        <ProblemAlert problem={toProblemError(assessments.error)} title="The assessments didn't load" onRetry={() => void assessments.refetch()} />
      )}
      {assessments.data?.waves.length === 0 && (
        <Text>
          No one has answered the assessment for this partner yet. Answer it yourself{manager ? ', or send a link to a contact at the partner' : ''}.
        </Text>
      )}
      {assessments.data?.waves.map((wave) => <AssessmentWaveCard key={wave.id} wave={wave} bank={bank.data} />)}
      {manager && (
        <SendAssessmentLinkModal partner={partner.data} opened={sendOpened} onClose={sendModal.close} emailEnabled={assessments.data?.emailEnabled} />
      )}
    </Stack>
  );
}
