import { Paper, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle, useMediaQuery } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { EmptyList } from '../../../components/ui/empty-list';
import { PagedListPager } from '../../../components/ui/list-pager';
import { ListSkeleton } from '../../../components/ui/list-skeleton';
import { PageHeader } from '../../../components/ui/page-header';
import { ProblemAlert } from '../../../components/ui/problem-alert';
import { toProblemError } from '../../../lib/problem-error';
import { useCurrentUser } from '../../auth/hooks/use-me';
import { portfolioQueryOptions } from '../api/health-queries';
import { PORTFOLIO_PAGE_SIZE, hasPortfolioFilters, usePortfolioView } from '../hooks/use-portfolio-view';
import { BandDistributionChart } from './band-distribution-chart';
import { PortfolioFilters } from './portfolio-filters';
import { PortfolioPanels } from './portfolio-panels';
import { PortfolioCards, PortfolioTable } from './portfolio-table';
import { useSendAssessmentLink } from './send-assessment-link';

/** Which partnerships need attention, on which factor, and why (UX.md: the manager's portfolio). */
export function PortfolioPage() {
  useDocumentTitle('Portfolio health – Common Ground');
  const me = useCurrentUser();
  const headingId = useId();
  const chartHeadingId = useId();
  const { view, update, clearFilters, query } = usePortfolioView();
  const portfolio = useQuery(portfolioQueryOptions(query));
  const sendLink = useSendAssessmentLink();
  const isPhone = useMediaQuery('(max-width: 47.99em)', false, { getInitialValueInEffect: false });

  return (
    <Stack gap="lg">
      <PageHeader
        title="Portfolio health"
        titleId={headingId}
        description="Every partnership on the five factors: which need attention, on which factor, and why."
        actions={null}
      />
      <PortfolioFilters me={me} view={view} onChange={update} isPhone={isPhone} />

      {portfolio.isPending ? (
        <ListSkeleton rows={8} label="Loading the portfolio" />
      ) : portfolio.isError ? (
        <ProblemAlert problem={toProblemError(portfolio.error)} title="The portfolio didn't load" onRetry={() => void portfolio.refetch()} />
      ) : (
        <Stack gap="lg" aria-busy={portfolio.isPlaceholderData || undefined}>
          <PortfolioPanels portfolio={portfolio.data} onSendLink={sendLink.open} />

          <Paper component="section" aria-labelledby={chartHeadingId} withBorder p="md" radius="md">
            <Title order={2} size="h4" mb={4} id={chartHeadingId}>
              Bands by factor
            </Title>
            <Text size="sm" c="dimmed" mb="sm">
              Over the {portfolio.data.total === 1 ? '1 partner' : `${portfolio.data.total} partners`} these filters match.
            </Text>
            <BandDistributionChart distribution={portfolio.data.distribution} />
          </Paper>

          {portfolio.data.items.length === 0 ? (
            <EmptyList
              records="partners"
              total={portfolio.data.total}
              filtered={hasPortfolioFilters(view)}
              onFirstPage={() => update({ page: 1 })}
              onClearFilters={clearFilters}
              nothingYet="No partners have a health score yet: add a partner, and its health is scored monthly and after every assessment."
              addLabel="Add a partner"
              addTo="/partners/new"
            />
          ) : (
            <div>
              {isPhone ? (
                <PortfolioCards items={portfolio.data.items} labelledBy={headingId} onSendLink={sendLink.open} />
              ) : (
                <PortfolioTable items={portfolio.data.items} labelledBy={headingId} onSendLink={sendLink.open} />
              )}
              <PagedListPager
                page={view.page}
                pageSize={PORTFOLIO_PAGE_SIZE}
                total={portfolio.data.total}
                itemLabel={portfolio.data.total === 1 ? 'partner' : 'partners'}
                onPageChange={(page) => update({ page })}
              />
            </div>
          )}
        </Stack>
      )}
      {sendLink.dialog}
    </Stack>
  );
}
