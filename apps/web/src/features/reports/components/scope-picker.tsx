import { MAX_REPORT_SCOPE_IDS } from '@common-ground/domain';
import { MultiSelect, type ComboboxItem } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQueries, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { partnerQueryOptions, partnersListQueryOptions } from '../../partners/api/partners-queries';
import { programQueryOptions, programsListQueryOptions } from '../../programs/api/programs-queries';
import type { ScopeChoice } from '../report-definition';

const DEBOUNCE_MS = 200;
const RESULTS = 25;

type PickerKind = 'partners' | 'programs';

interface ScopePickerProps {
  kind: PickerKind;
  id: string;
  value: ScopeChoice[];
  onChange: (value: ScopeChoice[]) => void;
  error?: string;
}

const WORDS: Record<PickerKind, { label: string; placeholder: string; none: string }> = {
  partners: { label: 'Partners', placeholder: 'Type to find a partner', none: 'No partners match' },
  programs: { label: 'Programs', placeholder: 'Type to find a program', none: 'No programs match' },
};

/** Search results for the picker: the API matches the typed words (the first few by name when nothing is typed). */
function useFound(kind: PickerKind, search: string, enabled: boolean): ComboboxItem[] {
  const partners = useQuery({
    ...partnersListQueryOptions(search ? { q: search, limit: RESULTS } : { limit: RESULTS, sort: 'name' }),
    enabled: enabled && kind === 'partners',
  });
  const programs = useQuery({
    ...programsListQueryOptions(search ? { q: search, limit: RESULTS } : { limit: RESULTS, sort: 'title' }),
    enabled: enabled && kind === 'programs',
  });
  if (kind === 'partners') return (partners.data?.items ?? []).map((partner) => ({ value: partner.id, label: partner.name }));
  return (programs.data?.items ?? []).map((program) => ({ value: program.id, label: program.title }));
}

/** Names for chosen ids that arrived without one (a report duplicated from its saved scope), read from each record. */
function useChosenNames(kind: PickerKind, value: ScopeChoice[]): Map<string, string> {
  const unnamed = value.filter((choice) => choice.name === '').map((choice) => choice.id);
  const looked = useQueries({
    queries: unnamed.map((id) => (kind === 'partners' ? { ...partnerQueryOptions(id), select: (partner: { name: string }) => partner.name } : { ...programQueryOptions(id), select: (program: { title: string }) => program.title })),
  });
  const names = new Map(value.filter((choice) => choice.name !== '').map((choice) => [choice.id, choice.name]));
  unnamed.forEach((id, index) => {
    const name = looked[index]?.data;
    if (typeof name === 'string') names.set(id, name);
  });
  return names;
}

/**
 * Choose several partners or programs by a few letters of their names. The API searches; the chosen ones stay
 * listed (with their names) whatever the search shows.
 */
export function ScopePicker({ kind, id, value, onChange, error }: ScopePickerProps) {
  const words = WORDS[kind];
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), DEBOUNCE_MS);
  // Records are fetched when someone looks for one, not whenever the builder opens.
  const [opened, setOpened] = useState(false);
  const found = useFound(kind, debounced, opened || debounced !== '');
  const names = useChosenNames(kind, value);

  const chosen: ComboboxItem[] = value.map((choice) => ({ value: choice.id, label: names.get(choice.id) || 'Looking up the name…' }));
  const data = [...chosen, ...found.filter((item) => !value.some((choice) => choice.id === item.value))];
  const labels = new Map(data.map((item) => [item.value, item.label]));

  return (
    <MultiSelect
      id={id}
      label={words.label}
      description={`Choose one or more ${kind}; the report covers ${kind === 'partners' ? 'the programs they have a role in' : 'these programs'}.`}
      placeholder={value.length ? undefined : words.placeholder}
      searchable
      data={data}
      // The API has already matched the search; the box must not filter its answer again by name alone.
      filter={({ options }) => options}
      value={value.map((choice) => choice.id)}
      onChange={(ids) => onChange(ids.map((chosenId) => value.find((choice) => choice.id === chosenId) ?? { id: chosenId, name: labels.get(chosenId) ?? '' }))}
      searchValue={search}
      onSearchChange={setSearch}
      onDropdownOpen={() => setOpened(true)}
      nothingFoundMessage={words.none}
      error={error}
      clearable
      // The API's limit: an evidence link carrying the chosen ids must fit in an address.
      maxValues={MAX_REPORT_SCOPE_IDS}
      clearButtonProps={{ 'aria-label': `Clear the chosen ${kind}` }}
      maxDropdownHeight={280}
      comboboxProps={{ withinPortal: true }}
      autoComplete="off"
    />
  );
}
