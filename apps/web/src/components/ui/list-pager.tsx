import { Button, Group, Text } from '@mantine/core';

interface ListPagerProps {
  offset: number;
  limit: number;
  total: number;
  itemLabel: string;
  onOffsetChange: (offset: number) => void;
}

/** "Showing 26–50 of 73" with Previous and Next: plain words instead of a row of numbered buttons. */
export function ListPager({ offset, limit, total, itemLabel, onOffsetChange }: ListPagerProps) {
  if (total === 0) return null;
  const first = offset + 1;
  const last = Math.min(offset + limit, total);
  return (
    <Group justify="space-between" mt="md" wrap="wrap">
      <Text size="sm" aria-live="polite">
        Showing {first}–{last} of {total} {itemLabel}
      </Text>
      {total > limit && (
        <Group gap="xs">
          <Button variant="default" disabled={offset === 0} onClick={() => onOffsetChange(Math.max(0, offset - limit))}>
            Previous
          </Button>
          <Button variant="default" disabled={last >= total} onClick={() => onOffsetChange(offset + limit)}>
            Next
          </Button>
        </Group>
      )}
    </Group>
  );
}

interface PagedListPagerProps {
  /** 1 for the first page. */
  page: number;
  pageSize: number;
  total: number;
  itemLabel: string;
  onPageChange: (page: number) => void;
}

/** ListPager for a list whose address names a page rather than an offset. */
export function PagedListPager({ page, pageSize, total, itemLabel, onPageChange }: PagedListPagerProps) {
  return (
    <ListPager
      offset={(page - 1) * pageSize}
      limit={pageSize}
      total={total}
      itemLabel={itemLabel}
      onOffsetChange={(offset) => onPageChange(Math.floor(offset / pageSize) + 1)}
    />
  );
}
