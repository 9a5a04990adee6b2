import { Button, Group } from '@mantine/core';
import { Link } from 'react-router';

/**
 * "List" and "Board": two links styled as a pair, the current one marked for assistive technology. Links, not
 * tabs, because each view has its own address.
 */
export function PartnersViewSwitch({ current }: { current: 'list' | 'board' }) {
  return (
    <Group gap={0} component="nav" aria-label="Partner views">
      <Button
        component={Link}
        to="/partners"
        variant={current === 'list' ? 'filled' : 'default'}
        aria-current={current === 'list' ? 'page' : undefined}
        style={{ borderTopRightRadius: 0, borderBottomRightRadius: 0 }}
      >
        List
      </Button>
      <Button
        component={Link}
        to="/partners/board"
        variant={current === 'board' ? 'filled' : 'default'}
        aria-current={current === 'board' ? 'page' : undefined}
        style={{ borderTopLeftRadius: 0, borderBottomLeftRadius: 0 }}
      >
        Board
      </Button>
    </Group>
  );
}
