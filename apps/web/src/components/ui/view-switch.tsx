import { Button, Group } from '@mantine/core';
import { Link } from 'react-router';

export interface ViewSwitchOption<View extends string> {
  value: View;
  label: string;
  to: string;
}

interface ViewSwitchProps<View extends string> {
  /** Names the nav landmark, e.g. "Partner views". */
  label: string;
  views: readonly ViewSwitchOption<View>[];
  current: View;
}

/**
 * A list's views ("List" and "Board", "List" and "Calendar"): links styled as one row of buttons, the current one
 * marked for assistive technology. Links, not tabs, because each view has its own address.
 */
export function ViewSwitch<View extends string>({ label, views, current }: ViewSwitchProps<View>) {
  return (
    <Group gap={0} component="nav" aria-label={label}>
      {views.map((view, index) => (
        <Button
          key={view.value}
          component={Link}
          to={view.to}
          variant={current === view.value ? 'filled' : 'default'}
          aria-current={current === view.value ? 'page' : undefined}
          // Square the inner corners so the buttons read as one control.
          style={{
            ...(index > 0 ? { borderTopLeftRadius: 0, borderBottomLeftRadius: 0 } : {}),
            ...(index < views.length - 1 ? { borderTopRightRadius: 0, borderBottomRightRadius: 0 } : {}),
          }}
        >
          {view.label}
        </Button>
      ))}
    </Group>
  );
}
