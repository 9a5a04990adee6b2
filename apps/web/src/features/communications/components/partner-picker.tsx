import { Select, type ComboboxItem, type ComboboxParsedItem, type OptionsFilter } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { memo, useState } from 'react';
import { partnersListQueryOptions } from '../../partners/api/partners-queries';
import type { QuickLogPartner } from '../quick-log-context';

const SEARCH_MIN_LENGTH = 2;
const DEBOUNCE_MS = 150;
const MY_PARTNERS_GROUP = 'My partners';
const OTHER_PARTNERS_GROUP = 'Other partners';

interface PartnerPickerProps {
  id: string;
  value: QuickLogPartner | null;
  onChange: (partner: QuickLogPartner | null) => void;
  error?: React.ReactNode;
  autoFocus: boolean;
}

const matches = (label: string, search: string) => label.toLowerCase().includes(search.trim().toLowerCase());

/**
 * My partners narrow as I type; the others come from the search, which also matches a partner by its contacts and
 * tags, so they are shown as the API found them.
 */
const filterPartners: OptionsFilter = ({ options, search }) =>
  options.flatMap((option): ComboboxParsedItem[] => {
    if (!('group' in option)) return matches(option.label, search) ? [option] : [];
    if (option.group !== MY_PARTNERS_GROUP) return option.items.length > 0 ? [option] : [];
    const items = option.items.filter((item) => matches(item.label, search));
    return items.length > 0 ? [{ ...option, items }] : [];
  });

/** Which partner the conversation was with: the partners I am liaison for first, then any partner by search. */
export const PartnerPicker = memo(function PartnerPicker({ id, value, onChange, error, autoFocus }: PartnerPickerProps) {
  const [search, setSearch] = useState(value?.name ?? '');
  const [debounced] = useDebouncedValue(search.trim(), DEBOUNCE_MS);
  const mine = useQuery(partnersListQueryOptions({ liaisonId: 'me', limit: 100, sort: 'name' }));
  const searching = debounced.length >= SEARCH_MIN_LENGTH && debounced !== value?.name;
  const found = useQuery({ ...partnersListQueryOptions({ q: debounced, limit: 10 }), enabled: searching });

  const myItems: ComboboxItem[] = (mine.data?.items ?? []).map((partner) => ({ value: partner.id, label: partner.name }));
  const myIds = new Set(myItems.map((item) => item.value));
  const otherItems: ComboboxItem[] = searching
    ? (found.data?.items ?? []).filter((partner) => !myIds.has(partner.id)).map((partner) => ({ value: partner.id, label: partner.name }))
    : [];
  // The chosen partner stays in the list even when it is neither mine nor in the current results.
  if (value && !myIds.has(value.id) && !otherItems.some((item) => item.value === value.id)) {
    otherItems.unshift({ value: value.id, label: value.name });
  }
  const names = new Map([...myItems, ...otherItems].map((item) => [item.value, item.label]));

  return (
    <Select
      id={id}
      label="Partner"
      description={myItems.length > 0 ? 'Your partners are listed first; type to find any other partner' : 'Type a few letters of the partner’s name'}
      placeholder="Choose or search for a partner"
      searchable
      clearable
      data={[
        { group: MY_PARTNERS_GROUP, items: myItems },
        { group: OTHER_PARTNERS_GROUP, items: otherItems },
      ]}
      filter={filterPartners}
      value={value?.id ?? null}
      onChange={(partnerId) => onChange(partnerId ? { id: partnerId, name: names.get(partnerId) ?? '' } : null)}
      searchValue={search}
      onSearchChange={setSearch}
      nothingFoundMessage={searching && found.isFetching ? 'Searching…' : 'No partners match'}
      error={error}
      maxDropdownHeight={280}
      comboboxProps={{ withinPortal: true }}
      data-autofocus={autoFocus || undefined}
      autoComplete="off"
    />
  );
});
