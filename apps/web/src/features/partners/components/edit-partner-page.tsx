import { Anchor, Skeleton, Stack, Title, VisuallyHidden } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { ProblemAlert } from '../../../components/ui/problem-alert';
import { toProblemError } from '../../../lib/problem-error';
import { useCurrentUser } from '../../auth/hooks/use-me';
import { partnerQueryOptions } from '../api/partners-queries';
import { PartnerForm } from './partner-form';

export function EditPartnerPage() {
  const { id = '' } = useParams();
  const me = useCurrentUser();
  const partner = useQuery(partnerQueryOptions(id));
  useDocumentTitle(partner.data ? `Edit ${partner.data.name} – Common Ground` : 'Edit partner – Common Ground');

  return (
    <Stack gap="lg">
      <Anchor component={Link} to={partner.data ? `/partners/${id}` : '/partners'} size="sm">
        ← {partner.data ? partner.data.name : 'All partners'}
      </Anchor>
      {partner.isPending ? (
        <Stack gap="md" aria-busy="true" maw={760}>
          <VisuallyHidden role="status">Loading the partner</VisuallyHidden>
          <Skeleton height={34} width="50%" />
          <Skeleton height={60} />
          <Skeleton height={60} />
          <Skeleton height={120} />
        </Stack>
      ) : partner.isError ? (
        <ProblemAlert problem={toProblemError(partner.error)} title="This partner didn't load" onRetry={() => void partner.refetch()} />
      ) : (
        <>
          <Title order={1} style={{ overflowWrap: 'anywhere' }}>
            Edit {partner.data.name}
          </Title>
          {/* Keyed by partner so a different partner's page never inherits this form's state. */}
          <PartnerForm key={partner.data.id} me={me} partner={partner.data} />
        </>
      )}
    </Stack>
  );
}
