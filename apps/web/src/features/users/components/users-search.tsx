import { Checkbox, Group, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useEffect, useState } from 'react';

interface UsersSearchProps {
  q: string;
  showDeactivated: boolean;
  onSearch: (q: string) => void;
  onShowDeactivatedChange: (show: boolean) => void;
}

/** Filters as you type; the URL is updated after a short pause so each keystroke does not hit the API. */
export function UsersSearch({ q, showDeactivated, onSearch, onShowDeactivatedChange }: UsersSearchProps) {
  const [text, setText] = useState(q);
  const commit = useDebouncedCallback(onSearch, 300);
  // Mirrors the URL, but flips at once on click: the URL update is a router navigation, and a render in
  // between (e.g. search results arriving) would otherwise show the old value for a moment.
  const [checked, setChecked] = useState(showDeactivated);
  useEffect(() => setChecked(showDeactivated), [showDeactivated]);

  return (
    <Group align="flex-end" gap="md" wrap="wrap">
      <TextInput
        type="search"
        label="Search staff"
        description="Name or email"
        value={text}
        onChange={(event) => {
          setText(event.currentTarget.value);
          commit(event.currentTarget.value);
        }}
        w={{ base: '100%', sm: 320 }}
      />
      <Checkbox
        label="Show deactivated accounts"
        checked={checked}
        onChange={(event) => {
          setChecked(event.currentTarget.checked);
          onShowDeactivatedChange(event.currentTarget.checked);
        }}
        mb={{ base: 0, sm: 8 }}
      />
    </Group>
  );
}
