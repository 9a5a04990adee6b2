import { Button, Kbd } from '@mantine/core';
import { QUICK_LOG_SHORTCUT, useQuickLog } from '../quick-log-context';

/** The header's way into the quick log, on every page; the key hint shows where there is room for it. */
export function QuickLogButton() {
  const { openQuickLog } = useQuickLog();
  return (
    <Button
      size="compact-sm"
      onClick={() => openQuickLog()}
      aria-keyshortcuts={QUICK_LOG_SHORTCUT}
      title="Log a conversation (shortcut: L)"
      style={{ flexShrink: 0 }}
    >
      Log
      <Kbd size="xs" visibleFrom="sm" aria-hidden="true" c="dark" ml={6}>
        L
      </Kbd>
    </Button>
  );
}
