import { Anchor, Skeleton, Stack, Title, VisuallyHidden } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { ProblemAlert } from '../../../components/ui/problem-alert';
import { toProblemError } from '../../../lib/problem-error';
import { programQueryOptions } from '../api/programs-queries';
import { ProgramForm } from './program-form';

export function EditProgramPage() {
  const { id = '' } = useParams();
  const program = useQuery(programQueryOptions(id));
  useDocumentTitle(program.data ? `Edit ${program.data.title} – Common Ground` : 'Edit program – Common Ground');

  return (
    <Stack gap="lg">
      <Anchor component={Link} to={program.data ? `/programs/${id}` : '/programs'} size="sm">
        ← {program.data ? program.data.title : 'All programs'}
      </Anchor>
      {program.isPending ? (
        <Stack gap="md" aria-busy="true" maw={820}>
          <VisuallyHidden role="status">Loading the program</VisuallyHidden>
          <Skeleton height={34} width="50%" />
          <Skeleton height={60} />
          <Skeleton height={60} />
          <Skeleton height={120} />
        </Stack>
      ) : program.isError ? (
        <ProblemAlert problem={toProblemError(program.error)} title="This program didn't load" onRetry={() => void program.refetch()} />
      ) : (
        <>
          <Title order={1} style={{ overflowWrap: 'anywhere' }}>
            Edit {program.data.title}
          </Title>
          {/* Keyed by program so a different program's page never inherits this form's state. */}
          <ProgramForm key={program.data.id} program={program.data} />
        </>
      )}
    </Stack>
  );
}
