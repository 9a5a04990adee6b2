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
const SEE_ALL_PROGRAMS = 'see-all-programs';

type ResultKind = SearchResult['kind'];

/** The groups, in the order they are listed (and so the order the arrow keys go through them). */
const GROUPS: readonly { kind: ResultKind; label: string; badge: string; color: string }[] = [
  { kind: 'partner', label: 'Partners', badge: 'Partner', color: 'indigo' },
  { kind: 'contact', label: 'Contacts', badge: 'Contact', color: 'gray' },
  { kind: 'program', label: 'Programs', badge: 'Program', color: 'blue' },
  { kind: 'communication', label: 'Conversations', badge: 'Conversation', color: 'green' },
  { kind: 'impact-note', label: 'Impact notes', badge: 'Note', color: 'orange' },
];

const optionValue = (item: SearchResult): string => `${item.kind}:${item.id}`;

/** The hits grouped by kind, in GROUPS order; kinds this version of the app does not know are left out. */
export function groupResults(items: readonly SearchResult[]) {
  return GROUPS.map((group) => ({ ...group, items: items.filter((item) => item.kind === group.kind) })).filter((group) => group.items.length > 0);
}

/**
 * Where a hit opens: a partner its page; a contact its partner's Contacts tab; a program its page; a conversation
 * its partner's timeline (conversations only); an impact note the Notes tab of its program, else of its partner.
 */
export function resultPath(item: SearchResult): string {
  switch (item.kind) {
    case 'partner':
      return `/partners/${item.id}`;
    case 'contact':
      return `/partners/${item.partnerId}?tab=contacts`;
    case 'program':
      return `/programs/${item.id}`;
    case 'communication':
      return `/partners/${item.partnerId}?tab=timeline&kind=communication`;
    case 'impact-note':
      return item.programId ? `/programs/${item.programId}?tab=notes` : `/partners/${item.partnerId}?tab=notes`;
  }
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
 * characters), grouped by kind (partners, contacts, programs, conversations, impact notes). Arrow keys move
 * through the results, Enter opens one (the first when none is highlighted), Escape closes the list.
 */
export function SearchCombobox({ inputRef, inOverlay = false, onChosen }: SearchComboboxProps) {
  const navigate = useNavigate();
  const [value, setValue] = useState('');
  const q = normaliseSearch(value);
  const [debounced] = useDebouncedValue(q, DEBOUNCE_MS);
  const results = useQuery(searchQueryOptions(debounced));
  const combobox = useCombobox({ onDropdownClose: () => combobox.resetSelectedOption() });
  const longEnough = q.length >= SEARCH_MIN_LENGTH;
  const groups = groupResults(longEnough ? (results.data?.items ?? []) : []);
  // In the order shown, so "the first" is the top of the list.
  const items = groups.flatMap((group) => group.items);
  // Results for an older query stay on screen, marked as updating, while the newest one loads.
  const settled = debounced === q && !results.isPlaceholderData && !results.isFetching;

  const choose = (chosen: string) => {
    const path =
      chosen === SEE_ALL
        ? `/partners?q=${encodeURIComponent(q)}`
        : chosen === SEE_ALL_PROGRAMS
          ? `/programs?q=${encodeURIComponent(q)}`
          : items.find((item) => optionValue(item) === chosen);
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
          placeholder="Find a partner, program or note"
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
            <Combobox.Empty>{results.data && settled ? NOTHING_FOUND : 'Searching…'}</Combobox.Empty>
          ) : (
            <>
              {groups.map((group) => (
                <Combobox.Group key={group.kind} label={group.label}>
                  {group.items.map((item) => (
                    <Combobox.Option key={optionValue(item)} value={optionValue(item)} className={classes.option}>
                      <ResultRow item={item} badge={group.badge} color={group.color} compact={inOverlay} />
                    </Combobox.Option>
                  ))}
                </Combobox.Group>
              ))}
              <Combobox.Group label="More">
                <Combobox.Option value={SEE_ALL} className={classes.option}>
                  <Text size="sm" c="indigo.8">
                    See all partners matching “{q}”
                  </Text>
                </Combobox.Option>
                {groups.some((group) => group.kind === 'program') && (
                  <Combobox.Option value={SEE_ALL_PROGRAMS} className={classes.option}>
                    <Text size="sm" c="indigo.8">
                      See all programs matching “{q}”
                    </Text>
                  </Combobox.Option>
                )}
              </Combobox.Group>
            </>
          )}
        </Combobox.Options>
      </Combobox.Dropdown>
      <VisuallyHidden role="status">
        {longEnough && settled && results.data
          ? items.length === 0
            ? NOTHING_FOUND
            : `${resultsInWords(groups)}; use the arrow keys to choose`
          : ''}
      </VisuallyHidden>
    </Combobox>
  );
}

const NOTHING_FOUND = 'Nothing matches';

/** "3 results: 1 partner, 2 programs", said when the results settle. */
function resultsInWords(groups: ReturnType<typeof groupResults>): string {
  const total = groups.reduce((sum, group) => sum + group.items.length, 0);
  const parts = groups.map((group) => `${group.items.length} ${group.items.length === 1 ? group.badge.toLowerCase() : `${group.badge.toLowerCase()}s`}`);
  return `${total} ${total === 1 ? 'result' : 'results'}: ${parts.join(', ')}`;
}

/** One hit: its title and subtitle, and its kind (on a phone, said only to screen readers: the group shows it). */
function ResultRow({ item, badge, color, compact }: { item: SearchResult; badge: string; color: string; compact: boolean }) {
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
      {compact ? (
        <VisuallyHidden>{badge}</VisuallyHidden>
      ) : (
        <Badge variant="light" color={color} style={{ flexShrink: 0 }}>
          {badge}
        </Badge>
      )}
    </Group>
  );
}
