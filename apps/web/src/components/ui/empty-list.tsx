import { Button, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';

interface EmptyListProps {
  /** The records in the plural: "partners". */
  records: string;
  /** How many match over every page: more than none means only this page is empty (a link to a page past the end). */
  total: number;
  filtered: boolean;
  onFirstPage: () => void;
  onClearFilters: () => void;
  /** When there is nothing at all: what to say, and where to add the first one. */
  nothingYet: string;
  addLabel: string;
  addTo: string;
}

/** Why a paged, filtered list shows nothing, with the one thing to do about it. */
export function EmptyList({ records, total, filtered, onFirstPage, onClearFilters, nothingYet, addLabel, addTo }: EmptyListProps) {
  if (total > 0) {
    return (
      <Stack gap="sm" align="flex-start">
        <Text>There are no {records} on this page.</Text>
        <Button variant="default" onClick={onFirstPage}>
          Go to the first page
        </Button>
      </Stack>
    );
  }
  if (filtered) {
    return (
      <Stack gap="sm" align="flex-start">
        <Text>No {records} match these filters.</Text>
        <Button variant="default" onClick={onClearFilters}>
          Clear filters
        </Button>
      </Stack>
    );
  }
  return (
    <Stack gap="sm" align="flex-start">
      <Text>{nothingYet}</Text>
      <Button component={Link} to={addTo}>
        {addLabel}
      </Button>
    </Stack>
  );
}
