import { ActionIcon, Modal } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { useEffect, useRef } from 'react';
import { isInsideDialog, isTypingTarget } from '../../../lib/keyboard';
import { SearchCombobox } from './search-combobox';
import { SearchIcon } from './search-icon';

/**
 * "/" (outside a text field) and Ctrl+K / Cmd+K (anywhere) open the search. Neither reaches past an open dialog,
 * whose focus trap would otherwise be broken.
 */
function useSearchShortcuts(open: () => void) {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey) return;
      if (isInsideDialog(event.target)) return;
      const commandK = (event.ctrlKey || event.metaKey) && !event.shiftKey && event.key.toLowerCase() === 'k';
      const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !isTypingTarget(event.target);
      if (!commandK && !slash) return;
      event.preventDefault();
      open();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [open]);
}

/**
 * Find any partner, contact, program, conversation or impact note from every page (UX.md: the frequent thing is one action away). A search box in
 * the header on wider screens; on a phone, a "Search" button that opens the same search full screen.
 */
export function GlobalSearch() {
  const isPhone = useMediaQuery('(max-width: 47.99em)', false, { getInitialValueInEffect: false });
  const [overlayOpened, overlay] = useDisclosure(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const { open: openOverlay, close: closeOverlay } = overlay;

  // Widening the window past the phone breakpoint swaps the overlay for the header box.
  useEffect(() => {
    if (!isPhone) closeOverlay();
  }, [isPhone, closeOverlay]);

  const focusSearch = useRef(() => {
    inputRef.current?.focus();
    inputRef.current?.select();
  }).current;
  useSearchShortcuts(isPhone ? openOverlay : focusSearch);

  if (!isPhone) {
    return (
      <div style={{ flex: '1 1 auto', maxWidth: 400, minWidth: 0 }}>
        <SearchCombobox inputRef={inputRef} />
      </div>
    );
  }

  return (
    <>
      <ActionIcon variant="default" size="lg" aria-label="Search" onClick={openOverlay} style={{ flexShrink: 0 }}>
        <SearchIcon />
      </ActionIcon>
      <Modal opened={overlayOpened} onClose={closeOverlay} fullScreen title="Search" transitionProps={{ duration: 0 }}>
        <SearchCombobox inOverlay onChosen={closeOverlay} />
      </Modal>
    </>
  );
}
