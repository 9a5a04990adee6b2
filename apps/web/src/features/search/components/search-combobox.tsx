import { Badge, Combobox, Group, Kbd, Loader, Text, TextInput, VisuallyHidden, useCombobox } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState, type KeyboardEvent, type Ref } from 'react';
import { useNavigate } from 'react-router';
import { normaliseSearch, SEARCH_MIN_LENGTH, searchQueryOptions } from '../api/search-queries';
import type { SearchResult } from '../api/types';
import classes from './search-combobox.module.css';
import { SearchIcon } from './search-icon';

const DEBOUNCE_MS = 150;
const SEE_ALL = 'see-all';
const KIND_LABELS: Record<SearchResult['kind'], string> = { partner: 'Partner', contact: 'Contact' };

const optionValue = (item: SearchResult): string => `${item.kind}:${item.id}`;

/** A partner opens its page; a contact opens its partner's Contacts tab. */
export function resultPath(item: SearchResult): string {
  return item.kind === 'partner' ? `/partners/${item.id}` : `/partners/${item.partnerId}?tab=contacts`;
}

interface SearchComboboxProps {
  inputRef?: Ref<HTMLInputElement>;
  /** In the phone overlay: the list opens under the box, full width, inside the dialog. */
  inOverlay?: boolean;
  /** Called after a result has been chosen (the overlay closes itself). */
  onChosen?: () => void;
}

/**
 * The search box and its results: an ARIA combobox whose listbox fills as you type (after a short pause, from two
 * characters). Arrow keys move through the results, Enter opens one (the first when none is highlighted),
 * Escape closes the list.
 */
export function SearchCombobox({ inputRef, inOverlay = false, onChosen }: SearchComboboxProps) {
  const navigate = useNavigate();
  const [value, setValue] = useState('');
  const q = normaliseSearch(value);
  const [debounced] = useDebouncedValue(q, DEBOUNCE_MS);
  const results = useQuery(searchQueryOptions(debounced));
  const combobox = useCombobox({ onDropdownClose: () => combobox.resetSelectedOption() });
  const longEnough = q.length >= SEARCH_MIN_LENGTH;
  const items = longEnough ? (results.data?.items ?? []) : [];
  // Results for an older query stay on screen, marked as updating, while the newest one loads.
  const settled = debounced === q && !results.isPlaceholderData && !results.isFetching;

  const choose = (chosen: string) => {
    const path = chosen === SEE_ALL ? `/partners?q=${encodeURIComponent(q)}` : items.find((item) => optionValue(item) === chosen);
    if (!path) return;
    setValue('');
    combobox.closeDropdown();
    void navigate(typeof path === 'string' ? path : resultPath(path));
    onChosen?.();
  };

  const handleKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    // Enter with nothing highlighted opens the best match, as in other command menus.
    if (event.key === 'Enter' && combobox.dropdownOpened && combobox.getSelectedOptionIndex() === -1 && items[0]) {
      event.preventDefault();
      choose(optionValue(items[0]));
    }
  };

  return (
    <Combobox
      store={combobox}
      onOptionSubmit={choose}
      withinPortal={!inOverlay}
      position="bottom-start"
      width={inOverlay ? 'target' : 420}
      offset={4}
    >
      <Combobox.Target withExpandedAttribute>
        <TextInput
          ref={inputRef}
          aria-label="Search"
          aria-autocomplete="list"
          aria-keyshortcuts={inOverlay ? undefined : '/ Control+K Meta+K'}
          placeholder="Find a partner or contact"
          type="search"
          autoComplete="off"
          spellCheck={false}
          enterKeyHint="go"
          data-autofocus={inOverlay || undefined}
          value={value}
          leftSection={<SearchIcon size={16} />}
          rightSection={
            !longEnough || settled ? (
              inOverlay ? null : (
                <Kbd size="xs" aria-hidden="true">
                  /
                </Kbd>
              )
            ) : (
              <Loader size={14} aria-hidden="true" />
            )
          }
          rightSectionPointerEvents="none"
          onChange={(event) => {
            const next = event.currentTarget.value;
            setValue(next);
            combobox.resetSelectedOption();
            if (normaliseSearch(next).length >= SEARCH_MIN_LENGTH) combobox.openDropdown();
            else combobox.closeDropdown();
          }}
          onFocus={() => {
            if (longEnough) combobox.openDropdown();
          }}
          onBlur={() => combobox.closeDropdown()}
          onKeyDown={handleKeyDown}
          w="100%"
        />
      </Combobox.Target>

      <Combobox.Dropdown hidden={!longEnough} aria-label="Search results">
        <Combobox.Options mah={inOverlay ? undefined : 420} style={{ overflowY: 'auto' }}>
          {results.isError && items.length === 0 ? (
            <Combobox.Empty>Search isn't working just now. Try again in a moment.</Combobox.Empty>
          ) : items.length === 0 ? (
            <Combobox.Empty>{results.data && settled ? 'No partners or contacts match' : 'Searching…'}</Combobox.Empty>
          ) : (
            <>
              {items.map((item) => (
                <Combobox.Option key={optionValue(item)} value={optionValue(item)} className={classes.option}>
                  <ResultRow item={item} />
                </Combobox.Option>
              ))}
              <Combobox.Option value={SEE_ALL} className={classes.option}>
                <Text size="sm" c="indigo.8">
                  See all partners matching “{q}”
                </Text>
              </Combobox.Option>
            </>
          )}
        </Combobox.Options>
      </Combobox.Dropdown>
      <VisuallyHidden role="status">
        {longEnough && settled && results.data
          ? items.length === 0
            ? 'No partners or contacts match'
            : `${items.length} ${items.length === 1 ? 'result' : 'results'}; use the arrow keys to choose`
          : ''}
      </VisuallyHidden>
    </Combobox>
  );
}

function ResultRow({ item }: { item: SearchResult }) {
  return (
    <Group justify="space-between" wrap="nowrap" gap="sm">
      <div style={{ minWidth: 0 }}>
        <Text size="sm" fw={600} truncate="end">
          {item.title}
          {item.archived && (
            <Text span size="xs" c="dimmed" fw={400}>
              {' '}
              (archived)
            </Text>
          )}
        </Text>
        <Text size="xs" c="dimmed" truncate="end">
          {item.subtitle}
        </Text>
      </div>
      <Badge variant="light" color={item.kind === 'partner' ? 'indigo' : 'gray'} style={{ flexShrink: 0 }}>
        {KIND_LABELS[item.kind]}
      </Badge>
    </Group>
  );
}
