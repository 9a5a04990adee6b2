import { Badge } from '@mantine/core';

// Never truncated to "ACTI…" when a table column is squeezed.
const FULL_WIDTH = { minWidth: 'max-content' };

/** Status in words as well as colour, so it never depends on seeing green. */
export function UserStatusBadge({ active }: { active: boolean }) {
  return active ? (
    <Badge color="green" variant="light" style={FULL_WIDTH}>
      Active
    </Badge>
  ) : (
    <Badge color="gray" variant="light" style={FULL_WIDTH}>
      Deactivated
    </Badge>
  );
}
