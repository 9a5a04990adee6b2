import { Anchor, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { Link } from 'react-router';
import { useCurrentUser } from '../../auth/hooks/use-me';
import { PartnerForm } from './partner-form';

export function NewPartnerPage() {
  useDocumentTitle('Add a partner – Common Ground');
  const me = useCurrentUser();
  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/partners" size="sm">
        ← All partners
      </Anchor>
      <div>
        <Title order={1}>Add a partner</Title>
        <Text c="dimmed">Only the name and type are needed now; the rest can be filled in later.</Text>
      </div>
      <PartnerForm me={me} />
    </Stack>
  );
}
