import { Button, Group } from '@mantine/core';
import { Link } from 'react-router';
import { ViewSwitch, type ViewSwitchOption } from '../../../components/ui/view-switch';

const PROGRAM_VIEWS: readonly ViewSwitchOption<'list' | 'calendar'>[] = [
  { value: 'list', label: 'List', to: '/programs' },
  { value: 'calendar', label: 'Calendar', to: '/programs/calendar' },
];

/** "List" and "Calendar", each with its own address. */
export function ProgramsViewSwitch({ current }: { current: 'list' | 'calendar' }) {
  return <ViewSwitch label="Program views" views={PROGRAM_VIEWS} current={current} />;
}

/** The actions at the top of every program view: switch view, or add a program. */
export function ProgramsPageActions({ current }: { current: 'list' | 'calendar' }) {
  return (
    <Group gap="sm">
      <ProgramsViewSwitch current={current} />
      <Button component={Link} to="/programs/new">
        Add a program
      </Button>
    </Group>
  );
}
