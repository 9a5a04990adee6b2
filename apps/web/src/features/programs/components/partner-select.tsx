import { Select, type ComboboxItem } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState, type ReactNode } from 'react';
import { partnerQueryOptions, partnersListQueryOptions } from '../../partners/api/partners-queries';

export interface PartnerChoice {
  id: string;
  name: string;
}

interface PartnerSelectProps {
  id?: string;
  label: string;
  description?: string;
  placeholder?: string;
  /** The chosen partner's id, or '' for none. */
  value: string;
  /** The chosen partner's name when the caller knows it (else it is looked up). */
  valueName?: string;
  onChange: (partner: PartnerChoice | null) => void;
  error?: ReactNode;
  clearable?: boolean;
  'data-autofocus'?: boolean;
}

const DEBOUNCE_MS = 200;
const RESULTS = 25;

/**
 * Find a partner by a few letters of its name (or a contact's, or a tag): the API searches, the list shows the
 * first matches, by name when nothing is typed. A partner chosen from a link (only its id known) is named from
 * its record.
 */
export function PartnerSelect({ id, label, description, placeholder = 'Type to find a partner', value, valueName, onChange, error, clearable = true, ...rest }: PartnerSelectProps) {
  // The name of the partner picked here, so the box does not go blank while a link-only choice is looked up.
  const [picked, setPicked] = useState<PartnerChoice | null>(null);
  const pickedName = picked && picked.id === value ? picked.name : undefined;
  const known = useQuery({ ...partnerQueryOptions(value), enabled: value !== '' && !valueName && !pickedName });
  const chosenName = value === '' ? '' : (valueName ?? pickedName ?? known.data?.name ?? '');
  const [search, setSearch] = useState(chosenName);
  const [debounced] = useDebouncedValue(search.trim(), DEBOUNCE_MS);
  const searching = debounced !== '' && debounced !== chosenName;
  // Partners are fetched when someone looks for one, not whenever a page with this box opens.
  const [opened, setOpened] = useState(false);
  const found = useQuery({
    ...partnersListQueryOptions(searching ? { q: debounced, limit: RESULTS } : { limit: RESULTS, sort: 'name' }),
    enabled: opened || searching,
  });

  // When the chosen partner's name arrives (or the choice is cleared from outside), the box shows it.
  useEffect(() => {
    setSearch(chosenName);
  }, [chosenName]);

  const items: ComboboxItem[] = (found.data?.items ?? []).map((partner) => ({ value: partner.id, label: partner.name }));
  if (value && !items.some((item) => item.value === value)) items.unshift({ value, label: chosenName || 'The chosen partner' });
  const names = new Map(items.map((item) => [item.value, item.label]));

  return (
    <Select
      id={id}
      label={label}
      description={description}
      placeholder={placeholder}
      searchable
      clearable={clearable}
      clearButtonProps={{ 'aria-label': `Clear ${label.toLowerCase()}` }}
      data={items}
      // The API has already matched the search; the box must not filter its answer again by name alone.
      filter={({ options }) => options}
      value={value || null}
      onChange={(partnerId) => {
        const choice = partnerId ? { id: partnerId, name: names.get(partnerId) ?? '' } : null;
        setPicked(choice);
        onChange(choice);
      }}
      searchValue={search}
      onSearchChange={setSearch}
      onDropdownOpen={() => setOpened(true)}
      nothingFoundMessage={found.isFetching ? 'Searching…' : 'No partners match'}
      error={error}
      maxDropdownHeight={280}
      comboboxProps={{ withinPortal: true }}
      autoComplete="off"
      {...rest}
    />
  );
}
