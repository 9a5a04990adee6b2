import { FOCUS_AREAS, LIBRARY_ROLES, PROGRAM_STATUSES } from '@common-ground/domain';
import { MultiSelect, NativeSelect, SimpleGrid, TextInput } from '@mantine/core';
import { DebouncedTextInput } from '../../../components/ui/debounced-text-input';
import { ArchivedSelect, ListFilters } from '../../../components/ui/list-filters';
import type { ProgramsView } from '../hooks/use-programs-view';
import { LIBRARY_ROLE_OPTIONS, STATUS_OPTIONS, TOPIC_OPTIONS } from '../program-labels';
import { PartnerSelect } from './partner-select';

interface ProgramsFiltersProps {
  view: ProgramsView;
  onChange: (changes: Partial<ProgramsView>) => void;
  isPhone: boolean;
}

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

/** Search and filters for the programs list (see ListFilters). */
export function ProgramsFilters({ view, onChange, isPhone }: ProgramsFiltersProps) {
  return (
    <ListFilters
      id="programs-filters"
      isPhone={isPhone}
      activeCount={activeFilterCount(view)}
      search={
        <DebouncedTextInput
          type="search"
          label="Search programs"
          description="A few letters of the title"
          value={view.q}
          onCommit={(q) => onChange({ q })}
          w={{ base: '100%', sm: 360 }}
          spellCheck={false}
        />
      }
    >
      <FilterControls view={view} onChange={onChange} />
    </ListFilters>
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
      <ArchivedSelect records="programs" value={view.archived} onChange={(archived) => onChange({ archived })} />
    </SimpleGrid>
  );
}
