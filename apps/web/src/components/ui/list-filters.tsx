import { Button, Collapse, Group, NativeSelect, Stack } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { ReactNode } from 'react';
import type { ArchivedView } from '../../hooks/use-view-in-address';

interface ListFiltersProps {
  /** The id of the folding filters, named by the phone's "Filters" button. */
  id: string;
  isPhone: boolean;
  /** How many filters are on, shown on the phone's "Filters" button. */
  activeCount: number;
  /** The search box, and any quick toggles beside it. */
  search: ReactNode;
  /** The filter controls. */
  children: ReactNode;
}

/**
 * Search and filters above a list. Everything applies at once and lands in the address. On a phone the filters fold
 * away behind one button (showing how many are on), so the list starts near the top of the screen.
 */
export function ListFilters({ id, isPhone, activeCount, search, children }: ListFiltersProps) {
  const [opened, toggle] = useDisclosure(false);
  return (
    <Stack gap="sm">
      <Group align="flex-end" gap="sm" wrap="wrap">
        {search}
        {isPhone && (
          <Button variant="default" onClick={toggle.toggle} aria-expanded={opened} aria-controls={id}>
            {activeCount > 0 ? `Filters (${activeCount} on)` : 'Filters'}
          </Button>
        )}
      </Group>
      <Collapse expanded={!isPhone || opened} id={id}>
        {children}
      </Collapse>
    </Stack>
  );
}

interface ArchivedSelectProps {
  /** The records in the plural, as in "Only archived partners". */
  records: string;
  value: ArchivedView;
  onChange: (archived: ArchivedView) => void;
}

/** "Show archived": no (the default), yes with the others, or only the archived ones. */
export function ArchivedSelect({ records, value, onChange }: ArchivedSelectProps) {
  const options: { value: ArchivedView; label: string }[] = [
    { value: 'live', label: 'No' },
    { value: 'all', label: 'Yes, with the others' },
    { value: 'only', label: `Only archived ${records}` },
  ];
  return (
    <NativeSelect
      label="Show archived"
      data={options}
      value={value}
      onChange={(event) => {
        const archived = options.find((option) => option.value === event.currentTarget.value)?.value;
        if (archived) onChange(archived);
      }}
    />
  );
}
