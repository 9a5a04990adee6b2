import { Anchor, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';

/** A report's address that leads nowhere: an unknown id, or a report this person may not see (librarians). */
export function ReportNotFound() {
  return (
    <Stack gap="sm" maw={640}>
      <Title order={1}>This report does not exist or you cannot see it</Title>
      <Text>
        The link may be mistyped or out of date. Funder summaries are open to managers and administrators; if you need
        this one, ask one of them.
      </Text>
      <Anchor component={Link} to="/reports">
        Go to saved reports
      </Anchor>
    </Stack>
  );
}
