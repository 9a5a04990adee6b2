import { FOCUS_AREAS, LIBRARY_ROLES, PROGRAM_STATUSES } from '@common-ground/domain';
import { Button, Collapse, Group, MultiSelect, NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { DebouncedTextInput } from '../../partners/components/debounced-text-input';
import type { ArchivedView, ProgramsView } from '../hooks/use-programs-view';
import { LIBRARY_ROLE_OPTIONS, STATUS_OPTIONS, TOPIC_OPTIONS } from '../program-labels';
import { PartnerSelect } from './partner-select';

interface ProgramsFiltersProps {
  view: ProgramsView;
  onChange: (changes: Partial<ProgramsView>) => void;
  isPhone: boolean;
}

const ARCHIVED_OPTIONS: { value: ArchivedView; label: string }[] = [
  { value: 'live', label: 'No' },
  { value: 'all', label: 'Yes, with the others' },
  { value: 'only', label: 'Only archived programs' },
];

function activeFilterCount(view: ProgramsView): number {
  return [
    view.statuses.length > 0,
    view.partner !== '',
    view.topic !== '',
    view.from !== '' || view.to !== '',
    view.libraryRole !== '',
    view.archived !== 'live',
  ].filter(Boolean).length;
}

/**
 * Search and filters. Everything applies at once and lands in the address. On a phone the filters fold away
 * behind one button (showing how many are on), so the list starts near the top of the screen.
 */
export function ProgramsFilters({ view, onChange, isPhone }: ProgramsFiltersProps) {
  const [opened, toggle] = useDisclosure(false);
  const count = activeFilterCount(view);
  return (
    <Stack gap="sm">
      <Group align="flex-end" gap="sm" wrap="wrap">
        <DebouncedTextInput
          type="search"
          label="Search programs"
          description="A few letters of the title"
          value={view.q}
          onCommit={(q) => onChange({ q })}
          w={{ base: '100%', sm: 360 }}
          spellCheck={false}
        />
        {isPhone && (
          <Button variant="default" onClick={toggle.toggle} aria-expanded={opened} aria-controls="programs-filters">
            {count > 0 ? `Filters (${count} on)` : 'Filters'}
          </Button>
        )}
      </Group>
      <Collapse expanded={!isPhone || opened} id="programs-filters">
        <FilterControls view={view} onChange={onChange} />
      </Collapse>
    </Stack>
  );
}

function FilterControls({ view, onChange }: Omit<ProgramsFiltersProps, 'isPhone'>) {
  const datesBackwards = view.from !== '' && view.to !== '' && view.to < view.from;
  return (
    <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm" verticalSpacing="sm">
      <MultiSelect
        label="Status"
        placeholder={view.statuses.length ? undefined : 'Any status'}
        data={STATUS_OPTIONS}
        value={view.statuses}
        onChange={(values) => onChange({ statuses: values.filter(PROGRAM_STATUSES.has) })}
        clearable
        clearButtonProps={{ 'aria-label': 'Clear status filter' }}
      />
      <PartnerSelect
        label="Partner"
        placeholder="Any partner"
        value={view.partner}
        onChange={(partner) => onChange({ partner: partner?.id ?? '' })}
      />
      <NativeSelect
        label="Topic"
        data={[{ value: '', label: 'Any topic' }, ...TOPIC_OPTIONS]}
        value={view.topic}
        onChange={(event) => {
          const topic = event.currentTarget.value;
          onChange({ topic: FOCUS_AREAS.has(topic) ? topic : '' });
        }}
      />
      <NativeSelect
        label="Library's role"
        data={[{ value: '', label: 'Any role' }, ...LIBRARY_ROLE_OPTIONS]}
        value={view.libraryRole}
        onChange={(event) => {
          const role = event.currentTarget.value;
          onChange({ libraryRole: LIBRARY_ROLES.has(role) ? role : '' });
        }}
      />
      <TextInput
        type="date"
        label="Running on or after"
        value={view.from}
        onChange={(event) => onChange({ from: event.currentTarget.value })}
      />
      <TextInput
        type="date"
        label="Running on or before"
        value={view.to}
        onChange={(event) => onChange({ to: event.currentTarget.value })}
        error={datesBackwards ? 'Choose a date after the first one' : undefined}
      />
      <NativeSelect
        label="Show archived"
        data={ARCHIVED_OPTIONS}
        value={view.archived}
        onChange={(event) => {
          const archived = ARCHIVED_OPTIONS.find((option) => option.value === event.currentTarget.value)?.value;
          if (archived) onChange({ archived });
        }}
      />
    </SimpleGrid>
  );
}
