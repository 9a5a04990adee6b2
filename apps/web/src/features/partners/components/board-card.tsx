import { PARTNER_STAGES, PARTNER_TYPES, type PartnerStage } from '@common-ground/domain';
import { Anchor, Badge, Button, Card, Group, Menu, Stack, Text } from '@mantine/core';
import { useEffect, useRef, type DragEvent } from 'react';
import { Link } from 'react-router';
import type { Partner } from '../../../lib/api-types';
import classes from './partners-board.module.css';

export const DRAG_TYPE = 'application/x-common-ground-partner';

interface BoardCardProps {
  partner: Partner;
  onMove: (partner: Partner, stage: PartnerStage) => void;
  onDragStart: (partner: Partner) => void;
  onDragEnd: () => void;
  /** True once, right after this partner was moved here: focus follows the card to its new column. */
  focusMove: boolean;
  onFocused: () => void;
}

/**
 * One partner on the board. Drag it to another column, or use "Move" (a menu, so it works from the keyboard, a
 * screen reader or a phone, where drag and drop does not).
 */
export function BoardCard({ partner, onMove, onDragStart, onDragEnd, focusMove, onFocused }: BoardCardProps) {
  const moveButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!focusMove) return;
    moveButton.current?.focus();
    onFocused();
  }, [focusMove, onFocused]);

  const handleDragStart = (event: DragEvent<HTMLLIElement>) => {
    event.dataTransfer.effectAllowed = 'move';
    event.dataTransfer.setData(DRAG_TYPE, partner.id);
    event.dataTransfer.setData('text/plain', partner.name);
    onDragStart(partner);
  };

  return (
    <Card
      component="li"
      withBorder
      padding="sm"
      draggable
      onDragStart={handleDragStart}
      onDragEnd={onDragEnd}
      className={classes.card}
    >
      <Stack gap={4}>
        <Anchor component={Link} to={`/partners/${partner.id}`} fw={600} size="sm" draggable={false}>
          {partner.name}
        </Anchor>
        <Text size="xs" c="dimmed">
          {PARTNER_TYPES.labels[partner.type]}
        </Text>
        <Text size="xs">{partner.liaison ? `Liaison: ${partner.liaison.name}` : 'No liaison'}</Text>
        <Group justify="space-between" gap="xs" wrap="nowrap" mt={4}>
          {partner.needsReview ? (
            <Badge color="red" variant="light" size="sm" style={{ minWidth: 'max-content' }}>
              Review due
            </Badge>
          ) : (
            <span />
          )}
          <Menu position="bottom-end" withinPortal>
            <Menu.Target>
              {/* At least 24 px tall (WCAG 2.2 target size); named with the partner so each card's button is distinct. */}
              <Button ref={moveButton} size="xs" variant="default" aria-label={`Move ${partner.name} to stage`}>
                Move <span aria-hidden="true">&nbsp;▾</span>
              </Button>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Label>Move to</Menu.Label>
              {PARTNER_STAGES.keys
                .filter((stage) => stage !== partner.stage)
                .map((stage) => (
                  <Menu.Item key={stage} onClick={() => onMove(partner, stage)}>
                    {PARTNER_STAGES.labels[stage]}
                  </Menu.Item>
                ))}
            </Menu.Dropdown>
          </Menu>
        </Group>
      </Stack>
    </Card>
  );
}
