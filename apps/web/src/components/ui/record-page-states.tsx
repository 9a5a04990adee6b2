import { Anchor, Skeleton, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { Link } from 'react-router';

/** A record page's outline while it loads, announced in words ("Loading the partner"). */
export function RecordPageSkeleton({ record }: { record: string }) {
  return (
    <Stack gap="md" aria-busy="true" maw={1100}>
      <VisuallyHidden role="status">Loading the {record}</VisuallyHidden>
      <Skeleton height={14} width={100} />
      <Skeleton height={34} width="60%" />
      <Skeleton height={20} width={220} />
      <Skeleton height={80} />
      <Skeleton height={36} width={320} />
      <Skeleton height={160} />
    </Stack>
  );
}

interface RecordNotFoundProps {
  /** The kind of record, lower case: "partner". */
  record: string;
  /** The list's address and name, for the way back: "/partners", "partners". */
  listPath: string;
  listName: string;
}

/** The page for a record's address when there is no such record (a mistyped or out-of-date link). */
export function RecordNotFound({ record, listPath, listName }: RecordNotFoundProps) {
  const title = `${record.charAt(0).toUpperCase()}${record.slice(1)} not found`;
  return (
    <Stack gap="sm" maw={640}>
      <Title order={1}>{title}</Title>
      <Text>There is no {record} at this address. It may have been mistyped, or the link may be out of date.</Text>
      <Anchor component={Link} to={listPath}>
        Go to all {listName}
      </Anchor>
    </Stack>
  );
}
