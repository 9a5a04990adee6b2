import { Anchor, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { ListSkeleton } from '../../../components/ui/list-skeleton';
import { partnerQueryOptions } from '../../partners/api/partners-queries';
import { ProgramForm } from './program-form';

/** Add a program; `?partnerId=` (from a partner's page) starts it with that partner. */
export function NewProgramPage() {
  useDocumentTitle('Add a program – Common Ground');
  const [searchParams] = useSearchParams();
  const partnerId = searchParams.get('partnerId') ?? '';
  const partner = useQuery({ ...partnerQueryOptions(partnerId), enabled: partnerId !== '' });
  const waiting = partnerId !== '' && partner.isPending;
  const initialPartner = partner.data && !partner.data.archivedAt ? { id: partner.data.id, name: partner.data.name } : undefined;

  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/programs" size="sm">
        ← All programs
      </Anchor>
      <div>
        <Title order={1}>Add a program</Title>
        <Text c="dimmed">The title, topic, kind, main outcome and start date are needed now; the rest can wait.</Text>
      </div>
      {waiting ? <ListSkeleton label="Loading the partner" rows={3} /> : <ProgramForm initialPartner={initialPartner} />}
    </Stack>
  );
}
