import { FOCUS_AREAS, PARTNER_STAGES, PARTNER_TYPES } from '@common-ground/domain';
import { Button, Checkbox, MultiSelect, NativeSelect, SimpleGrid } from '@mantine/core';
import { DebouncedTextInput } from '../../../components/ui/debounced-text-input';
import { ArchivedSelect, ListFilters } from '../../../components/ui/list-filters';
import type { Me } from '../../../lib/api-types';
import type { PartnersView } from '../hooks/use-partners-view';
import { useStaffOptions } from '../hooks/use-staff-options';
import { FOCUS_AREA_OPTIONS, STAGE_OPTIONS, TYPE_OPTIONS } from '../partner-labels';

interface PartnersFiltersProps {
  me: Me;
  view: PartnersView;
  onChange: (changes: Partial<PartnersView>) => void;
  isPhone: boolean;
}

function activeFilterCount(view: PartnersView): number {
  return [
    view.stages.length > 0,
    view.types.length > 0,
    view.focusAreas.length > 0,
    view.liaison !== '',
    view.tag !== '',
    view.needsReview,
    view.archived !== 'live',
  ].filter(Boolean).length;
}

/** Search and filters for the partners list (see ListFilters), with "My partners" one press away. */
export function PartnersFilters({ me, view, onChange, isPhone }: PartnersFiltersProps) {
  const mine = view.liaison === 'me';
  return (
    <ListFilters
      id="partners-filters"
      isPhone={isPhone}
      activeCount={activeFilterCount(view)}
      search={
        <>
          <DebouncedTextInput
            type="search"
            label="Search partners"
            description="Name, description, tags or a contact's name or email"
            value={view.q}
            onCommit={(q) => onChange({ q })}
            w={{ base: '100%', sm: 360 }}
            spellCheck={false}
          />
          <Button variant={mine ? 'filled' : 'default'} aria-pressed={mine} onClick={() => onChange({ liaison: mine ? '' : 'me' })}>
            My partners
          </Button>
        </>
      }
    >
      <FilterControls me={me} view={view} onChange={onChange} />
    </ListFilters>
  );
}

function FilterControls({ me, view, onChange }: Omit<PartnersFiltersProps, 'isPhone'>) {
  const staff = useStaffOptions(me);
  const liaisonOptions = [
    { value: '', label: 'Anyone' },
    { value: 'me', label: 'Me' },
    ...staff.options.filter((option) => option.value !== me.id),
  ];
  // A link from an administrator may name someone this person cannot look up: keep it selectable and honest.
  if (view.liaison && !liaisonOptions.some((option) => option.value === view.liaison)) {
    liaisonOptions.push({ value: view.liaison, label: staff.isPending ? 'Loading…' : 'A chosen staff member' });
  }

  return (
    <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm" verticalSpacing="sm">
      <MultiSelect
        label="Stage"
        placeholder={view.stages.length ? undefined : 'Any stage'}
        data={STAGE_OPTIONS}
        value={view.stages}
        onChange={(values) => onChange({ stages: values.filter(PARTNER_STAGES.has) })}
        clearable
        clearButtonProps={{ 'aria-label': 'Clear stage filter' }}
      />
      <MultiSelect
        label="Type"
        placeholder={view.types.length ? undefined : 'Any type'}
        data={TYPE_OPTIONS}
        value={view.types}
        onChange={(values) => onChange({ types: values.filter(PARTNER_TYPES.has) })}
        clearable
        searchable
        clearButtonProps={{ 'aria-label': 'Clear type filter' }}
      />
      <MultiSelect
        label="Focus area"
        placeholder={view.focusAreas.length ? undefined : 'Any focus area'}
        data={FOCUS_AREA_OPTIONS}
        value={view.focusAreas}
        onChange={(values) => onChange({ focusAreas: values.filter(FOCUS_AREAS.has) })}
        clearable
        searchable
        clearButtonProps={{ 'aria-label': 'Clear focus area filter' }}
      />
      <NativeSelect
        label="Liaison"
        data={liaisonOptions}
        value={view.liaison}
        onChange={(event) => onChange({ liaison: event.currentTarget.value })}
      />
      <DebouncedTextInput label="Tag" placeholder="Any tag" value={view.tag} onCommit={(tag) => onChange({ tag: tag.trim() })} />
      <ArchivedSelect records="partners" value={view.archived} onChange={(archived) => onChange({ archived })} />
      <Checkbox
        label="Needs review"
        description="A goal or agreement review is due within 30 days"
        checked={view.needsReview}
        onChange={(event) => onChange({ needsReview: event.currentTarget.checked })}
        mt={{ base: 0, xs: 'lg' }}
      />
    </SimpleGrid>
  );
}
