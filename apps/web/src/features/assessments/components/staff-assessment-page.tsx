import { Anchor, Button, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from 'react-router';
import { notifySuccess } from '../../../components/ui/notify';
import { ProblemAlert } from '../../../components/ui/problem-alert';
import { RecordNotFound, RecordPageSkeleton } from '../../../components/ui/record-page-states';
import { toProblemError } from '../../../lib/problem-error';
import { partnerQueryOptions } from '../../partners/api/partners-queries';
import { assessmentItemsQueryOptions } from '../api/assessments-queries';
import { useAnswerAssessment } from '../api/use-assessment-mutations';
import { partnerAssessmentsPath } from '../assessment-paths';
import { AssessmentForm } from './assessment-form';

/** A staff member answers the partnership assessment for one partner, as themselves (the library's side). */
export function StaffAssessmentPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const partner = useQuery(partnerQueryOptions(id));
  const bank = useQuery(assessmentItemsQueryOptions());
  const answer = useAnswerAssessment(id);
  useDocumentTitle(partner.data ? `Assessment of ${partner.data.name} – Common Ground` : 'Partnership assessment – Common Ground');

  if (partner.isPending || bank.isPending) return <RecordPageSkeleton record="assessment" />;
  if (partner.isError && toProblemError(partner.error).status === 404) return <RecordNotFound record="partner" listPath="/partners" listName="partners" />;
  if (partner.isError || bank.isError) {
    const retry = () => void Promise.all([partner.refetch(), bank.refetch()]);
    return <ProblemAlert problem={toProblemError(partner.error ?? bank.error)} title="The assessment didn't load" onRetry={retry} />;
  }
  const back = `/partners/${id}`;

  return (
    <Stack gap="lg" maw={760}>
      <Anchor component={Link} to={back} size="sm">
        ← {partner.data.name}
      </Anchor>
      <div>
        <Title order={1}>Answer the partnership assessment</Title>
        <Text c="dimmed">
          Your own view of the partnership with {partner.data.name}. “The other organisation” means {partner.data.name}. Answer each statement
          from 1 (strongly disagree) to 5 (strongly agree), or choose “Don’t know”. Managers see your answers; other librarians see only the
          averages.
        </Text>
      </div>
      <AssessmentForm
        bank={bank.data}
        pending={answer.isPending}
        submitLabel="Save my answers"
        secondaryAction={
          <Button component={Link} to={back} variant="default">
            Cancel
          </Button>
        }
        onSubmit={async (body) => {
          await answer.mutateAsync(body);
          notifySuccess(`Your answers about ${partner.data.name} are saved.`);
          void navigate(partnerAssessmentsPath(id));
        }}
      />
    </Stack>
  );
}
