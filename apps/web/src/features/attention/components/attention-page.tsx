import { roleAtLeast } from '@common-ground/domain';
import { Anchor, Badge, Card, Group, Stack, Switch, Tabs, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { Link } from 'react-router';
import { PagedListPager } from '../../../components/ui/list-pager';
import { PageHeader } from '../../../components/ui/page-header';
import tabClasses from '../../../components/ui/scrolling-tabs.module.css';
import { ListSkeleton } from '../../../components/ui/list-skeleton';
import { ProblemAlert } from '../../../components/ui/problem-alert';
import { toProblemError } from '../../../lib/problem-error';
import { useCurrentUser } from '../../auth/hooks/use-me';
import { attentionQueryOptions } from '../api/attention-queries';
import type { AttentionFilterKind, AttentionItem, AttentionPage as AttentionPageData } from '../api/types';
import { ATTENTION_PAGE_SIZE, useAttentionView } from '../hooks/use-attention-view';

const ALL = 'all';

interface KindTab {
  value: AttentionFilterKind | typeof ALL;
  label: string;
  count: (counts: AttentionPageData['counts']) => number;
  empty: string;
}

const TABS: readonly KindTab[] = [
  {
    value: ALL,
    label: 'Everything',
    count: (counts) => counts.overdueCommitment + counts.quietPartner + counts.reviewDue + counts.partnerHealth,
    empty: 'Nothing needs attention: no follow-up is overdue, no partner has gone quiet, no review is due and no partnership’s health needs a look.',
  },
  { value: 'overdue-commitment', label: 'Overdue follow-ups', count: (counts) => counts.overdueCommitment, empty: 'No follow-up is overdue.' },
  { value: 'quiet-partner', label: 'Quiet partners', count: (counts) => counts.quietPartner, empty: 'Every active partner has had a two-way conversation within its agreed time.' },
  { value: 'review-due', label: 'Reviews due', count: (counts) => counts.reviewDue, empty: 'No agreement or shared goal is due for review in the next 30 days.' },
  {
    value: 'partner-health',
    label: 'Partnership health',
    count: (counts) => counts.partnerHealth,
    empty: 'No active partnership has a factor in concern, a declining factor or an assessment over a year old.',
  },
];

const KIND_LABELS: Record<AttentionItem['kind'], string> = {
  'overdue-commitment': 'Overdue follow-up',
  'quiet-partner': 'Quiet partner',
  'agreement-review': 'Agreement review',
  'goal-review': 'Goal review',
  'health-concern': 'Health concern',
  'health-declining': 'Health declining',
  'assessment-stale': 'Assessment over a year old',
};

const KIND_COLORS: Record<AttentionItem['kind'], string> = {
  'overdue-commitment': 'red',
  'quiet-partner': 'orange',
  'agreement-review': 'blue',
  'goal-review': 'blue',
  'health-concern': 'red',
  'health-declining': 'orange',
  'assessment-stale': 'gray',
};

const HEALTH_KINDS: readonly AttentionItem['kind'][] = ['health-concern', 'health-declining', 'assessment-stale'];

/** Where an item's record lives: a partner's page, or the tab of it that lists the record. */
export function attentionItemPath(item: AttentionItem): string {
  if (HEALTH_KINDS.includes(item.kind)) return `/partners/${item.partner.id}?tab=health`;
  if (item.record.type === 'partner') return `/partners/${item.record.id}`;
  if (item.record.type === 'commitment') return `/partners/${item.partner.id}?tab=follow-ups`;
  return `/partners/${item.partner.id}`;
}

/** "Lena Okafor", "Ana Ruiz at Riverside Food Bank", or the partner itself when nobody there was named. */
function ownerName(item: AttentionItem): string {
  const owner = item.owner;
  if (!owner) return 'nobody named';
  if (owner.side === 'partner') return owner.name ? `${owner.name} at ${item.partner.name}` : item.partner.name;
  return owner.name ?? 'the library';
}

function ownerKey(item: AttentionItem): string {
  const owner = item.owner;
  if (owner?.side === 'library') return `owner:library:${owner.userId ?? owner.name ?? ''}`;
  return `owner:partner:${item.partner.id}:${owner?.name ?? ''}`;
}

interface ItemGroup {
  key: string;
  heading: string | null;
  items: AttentionItem[];
}

const MIXED_HEADINGS: Record<string, string> = { quiet: 'Quiet partners', review: 'Reviews due', health: 'Partnership health' };

/** Overdue follow-ups under their owner (the API sorts them so); the rest under their kind in the mixed view. */
function groupItems(items: AttentionItem[], mixed: boolean): ItemGroup[] {
  const groups: ItemGroup[] = [];
  for (const item of items) {
    const overdue = item.kind === 'overdue-commitment';
    const key = overdue ? ownerKey(item) : item.kind === 'quiet-partner' ? 'quiet' : HEALTH_KINDS.includes(item.kind) ? 'health' : 'review';
    const heading = overdue ? `Owed by ${ownerName(item)}` : mixed ? (MIXED_HEADINGS[key] ?? null) : null;
    const last = groups.at(-1);
    if (last && last.key === key) last.items.push(item);
    else groups.push({ key, heading, items: [item] });
  }
  return groups;
}

/** Everything overdue, quiet or due for review, each with the reason it is here and a link to it. */
export function AttentionPage() {
  useDocumentTitle('Needs attention – Common Ground');
  const me = useCurrentUser();
  const mineOnly = !roleAtLeast(me.role, 'manager');
  const headingId = useId();
  const { view, update, query } = useAttentionView(mineOnly);
  const attention = useQuery(attentionQueryOptions(query));
  const current = TABS.find((tab) => tab.value === (view.kind ?? ALL)) ?? TABS[0]!;
  const content = attention.isPending ? (
    <ListSkeleton label="Loading what needs attention" />
  ) : attention.isError ? (
    <ProblemAlert problem={toProblemError(attention.error)} title="The attention list didn’t load" onRetry={() => void attention.refetch()} />
  ) : attention.data.items.length === 0 ? (
    <Text c="dimmed">{view.page > 1 ? 'There is nothing on this page.' : current.empty}</Text>
  ) : (
    <div aria-busy={attention.isPlaceholderData || undefined}>
      <Stack gap="lg">
        {groupItems(attention.data.items, view.kind === null).map((group, index) => (
          <AttentionGroup key={`${group.key}-${index}`} group={group} fallbackLabel={current.label} />
        ))}
      </Stack>
      <PagedListPager
        page={view.page}
        pageSize={ATTENTION_PAGE_SIZE}
        total={attention.data.total}
        itemLabel={attention.data.total === 1 ? 'item' : 'items'}
        onPageChange={(page) => update({ page })}
      />
    </div>
  );

  return (
    <Stack gap="lg" maw={1000}>
      <PageHeader
        title="Needs attention"
        titleId={headingId}
        description={
          <>
            {view.mine ? 'Your partners and the follow-ups you own' : 'Every partnership'}: what is overdue, quiet or due for review, and why.
          </>
        }
        actions={
          <Switch
            label="Mine only"
            description={mineOnly ? 'You see the partners you look after and your follow-ups' : undefined}
            checked={view.mine}
            disabled={mineOnly}
            onChange={(event) => update({ mine: event.currentTarget.checked })}
          />
        }
      />

      <Tabs
        value={current.value}
        onChange={(value) => update({ kind: value === ALL || !value ? null : (value as AttentionFilterKind) })}
        keepMounted={false}
        classNames={{ list: tabClasses.list, tab: tabClasses.tab }}
      >
        <Tabs.List aria-label="What needs attention">
          {TABS.map((tab) => {
            const count = attention.data ? tab.count(attention.data.counts) : null;
            return (
              <Tabs.Tab
                key={tab.value}
                value={tab.value}
                rightSection={
                  count === null ? undefined : (
                    <Badge variant="light" color="gray" size="sm">
                      {count}
                    </Badge>
                  )
                }
              >
                {tab.label}
              </Tabs.Tab>
            );
          })}
        </Tabs.List>
        {/* Only the chosen tab's panel is rendered (keepMounted off), so the list is fetched and drawn once. */}
        {TABS.map((tab) => (
          <Tabs.Panel key={tab.value} value={tab.value} pt="lg">
            {content}
          </Tabs.Panel>
        ))}
      </Tabs>
    </Stack>
  );
}

/** `fallbackLabel` names the list when the group has no heading (one kind shown: the tab says what it is). */
function AttentionGroup({ group, fallbackLabel }: { group: ItemGroup; fallbackLabel: string }) {
  const headingId = useId();
  return (
    <Stack gap="xs" component="section" aria-labelledby={group.heading ? headingId : undefined}>
      {group.heading && (
        <Title order={2} size="h4" id={headingId}>
          {group.heading}
        </Title>
      )}
      <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }} aria-labelledby={group.heading ? headingId : undefined} aria-label={group.heading ? undefined : fallbackLabel}>
        {group.items.map((item) => (
          <AttentionItemCard key={item.key} item={item} />
        ))}
      </Stack>
    </Stack>
  );
}

function AttentionItemCard({ item }: { item: AttentionItem }) {
  const recordIsPartner = item.record.type === 'partner';
  return (
    <Card component="li" withBorder padding="sm">
      <Stack gap={4}>
        <Group gap="xs" wrap="wrap">
          <Badge color={KIND_COLORS[item.kind]} variant="light" style={{ minWidth: 'max-content' }}>
            {KIND_LABELS[item.kind]}
          </Badge>
          <Anchor component={Link} to={attentionItemPath(item)} fw={600} style={{ overflowWrap: 'anywhere' }}>
            {recordIsPartner ? item.partner.name : item.record.label}
          </Anchor>
        </Group>
        <Text size="sm">{item.reason}</Text>
        <Text size="xs" c="dimmed">
          {!recordIsPartner && (
            <>
              <Anchor component={Link} to={`/partners/${item.partner.id}`} size="xs">
                {item.partner.name}
              </Anchor>
              {' · '}
            </>
          )}
          Liaison: {item.liaison?.name ?? 'none'}
        </Text>
      </Stack>
    </Card>
  );
}
