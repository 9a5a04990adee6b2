import { Button, Group } from '@mantine/core';
import { Link } from 'react-router';
import { ViewSwitch, type ViewSwitchOption } from '../../../components/ui/view-switch';

const PARTNER_VIEWS: readonly ViewSwitchOption<'list' | 'board'>[] = [
  { value: 'list', label: 'List', to: '/partners' },
  { value: 'board', label: 'Board', to: '/partners/board' },
];

/** "List" and "Board", each with its own address. */
export function PartnersViewSwitch({ current }: { current: 'list' | 'board' }) {
  return <ViewSwitch label="Partner views" views={PARTNER_VIEWS} current={current} />;
}

/** The actions at the top of every partner view: switch view, or add a partner. */
export function PartnersPageActions({ current }: { current: 'list' | 'board' }) {
  return (
    <Group gap="sm">
      <PartnersViewSwitch current={current} />
      <Button component={Link} to="/partners/new">
        Add a partner
      </Button>
    </Group>
  );
}
