import { Button, Group } from '@mantine/core';
import { Link } from 'react-router';

/**
 * "List" and "Calendar": two links styled as a pair, the current one marked for assistive technology. Links, not
 * tabs, because each view has its own address.
 */
export function ProgramsViewSwitch({ current }: { current: 'list' | 'calendar' }) {
  return (
    <Group gap={0} component="nav" aria-label="Program views">
      <Button
        component={Link}
        to="/programs"
        variant={current === 'list' ? 'filled' : 'default'}
        aria-current={current === 'list' ? 'page' : undefined}
        style={{ borderTopRightRadius: 0, borderBottomRightRadius: 0 }}
      >
        List
      </Button>
      <Button
        component={Link}
        to="/programs/calendar"
        variant={current === 'calendar' ? 'filled' : 'default'}
        aria-current={current === 'calendar' ? 'page' : undefined}
        style={{ borderTopLeftRadius: 0, borderBottomLeftRadius: 0 }}
      >
        Calendar
      </Button>
    </Group>
  );
}
