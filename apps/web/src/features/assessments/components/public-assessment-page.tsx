import { Box, Container, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useParams } from 'react-router';
import { ListSkeleton } from '../../../components/ui/list-skeleton';
import { ProblemAlert } from '../../../components/ui/problem-alert';
import { formatDate } from '../../../lib/format-date';
import { type ProblemError, toProblemError } from '../../../lib/problem-error';
import { publicAssessmentQueryOptions } from '../api/assessments-queries';
import { useSubmitPublicAssessment } from '../api/use-assessment-mutations';
import { AssessmentForm } from './assessment-form';

/**
 * The partner contact's form behind a one-time link: no app chrome, no sign-in, phone first. It shows the two
 * organisations' names and the statements, and calls only the public routes (which never answer 401, so the app
 * never sends the partner to the staff sign-in).
 */
export function PublicAssessmentPage() {
  const { token = '' } = useParams();
  const form = useQuery(publicAssessmentQueryOptions(token));
  const submit = useSubmitPublicAssessment(token);
  const [thanks, setThanks] = useState<string | null>(null);
  const [ended, setEnded] = useState<ProblemError | null>(null);
  useDocumentTitle(form.data ? `${form.data.libraryName} and ${form.data.partnerName}: partnership assessment` : 'Partnership assessment');

  return (
    <Container size={720} px="md" py="lg">
      <Stack gap="lg">{content()}</Stack>
    </Container>
  );

  function content() {
    if (thanks) return <ThankYou message={thanks} />;
    if (ended) return <LinkEnded problem={ended} />;
    if (form.isPending) return <ListSkeleton rows={6} label="Loading the assessment" />;
    if (form.isError) {
      const problem = toProblemError(form.error);
      if (problem.status === 404 || problem.status === 410) return <LinkEnded problem={problem} />;
      return <ProblemAlert problem={problem} title="The assessment didn't load" onRetry={() => void form.refetch()} />;
    }
    const data = form.data;
    return (
      <>
        <Box>
          <Title order={1}>
            {data.libraryName} and {data.partnerName}
          </Title>
          <Text mt="xs">
            Hello {data.contactName}. How is the partnership going, from your side? Answer each statement from 1 (strongly disagree) to 5
            (strongly agree), or choose “Don’t know”. It takes about five minutes. “The library” means {data.libraryName}.
          </Text>
          <Text size="sm" c="dimmed" mt="xs">
            This link works once, until {formatDate(data.expiresAt)}.
          </Text>
        </Box>
        <AssessmentForm
          bank={data}
          pending={submit.isPending}
          submitLabel="Send my answers"
          onSubmit={async (body) => setThanks((await submit.mutateAsync(body)).thanks)}
          onFatalProblem={(problem) => {
            if (problem.status !== 404 && problem.status !== 410) return false;
            setEnded(problem);
            return true;
          }}
        />
      </>
    );
  }
}

function ThankYou({ message }: { message: string }) {
  return (
    <Stack gap="sm" role="status">
      <Title order={1}>Thank you</Title>
      <Text>{message}</Text>
      <Text c="dimmed">You can close this page.</Text>
    </Stack>
  );
}

/** 404: the link is not valid; 410: the API's own words (already used, or expired on a day). */
function LinkEnded({ problem }: { problem: ProblemError }) {
  return (
    <Stack gap="sm">
      <Title order={1}>{problem.status === 404 ? 'This link is not valid' : problem.title}</Title>
      <Text>{problem.status === 404 ? 'Check that the whole link was copied, or ask the library for a new one.' : problem.detail}</Text>
    </Stack>
  );
}
