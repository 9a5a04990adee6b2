import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { managerMe } from '../../../test/mock-api';
import { renderInApp } from '../../../test/render-app';
import { emptyFiguresFixture, figuresFixture } from '../test/fixtures';
import { ReportView } from './report-view';

const evidenceHref = (source: string) => `/reports/evidence?${source}`;
const counted = 'from=2025-01-01&to=2025-12-31&scope=all&libraryRole=sponsor&libraryRole=co-sponsor';

describe('Report view', () => {
  it('links every figure with a source to its evidence, saying what the link opens', () => {
    renderInApp(<ReportView figures={figuresFixture()} />, { me: managerMe, path: '/reports/r-1' });

    expect(screen.getByRole('link', { name: '12 programs — show the programs' })).toHaveAttribute('href', evidenceHref(`kind=programs&${counted}`));
    expect(screen.getByRole('link', { name: '56 sessions — show the 56 sessions' })).toHaveAttribute('href', evidenceHref(`kind=sessions&${counted}`));
    expect(screen.getByRole('link', { name: '1,234 attending — show the 56 sessions' })).toHaveAttribute('href', evidenceHref(`kind=sessions&${counted}`));
    expect(screen.getByRole('link', { name: '340 recorded views — show the 5 recorded sessions' })).toHaveAttribute(
      'href',
      evidenceHref(`kind=sessions&${counted}&format=recorded`),
    );
    expect(screen.getByRole('link', { name: '100 attending live virtual — show the 5 sessions' })).toHaveAttribute(
      'href',
      evidenceHref(`kind=sessions&${counted}&format=live-virtual`),
    );
    expect(screen.getByRole('link', { name: '1 program promoted only — show the 1 program' })).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'Knowledge, immediate: 78% agree (n = 41) — show the 4 survey results' }),
    ).toHaveAttribute('href', evidenceHref(`kind=outcome-results&${counted}&measure=knowledge&timing=immediate`));
    expect(screen.getByRole('link', { name: 'Riverside Food Bank: $2,500.50 — show the 4 contributions' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Partner, volunteers: $1,391.60 — show the 2 contributions' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '40 volunteer hours at $34.79 an hour: $1,391.60 — show the 2 contributions' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '1 partner with a health score — show the health scores read' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '1 story or quote with consent — show it' })).toBeInTheDocument();
  });

  it('shows shares with their n, non-responses, bands in words and the valuation’s rate and source', () => {
    renderInApp(<ReportView figures={figuresFixture()} />, { me: managerMe, path: '/reports/r-1' });

    const answers = screen.getByRole('table', { name: 'Survey answers by measure and timing' });
    const row = within(answers).getByRole('rowheader', { name: 'Knowledge' }).closest('tr')!;
    expect([...row.children].map((cell) => cell.textContent)).toEqual(['Knowledge', 'Immediate', '78% agree (n = 41)', '1', '2', '6', '20', '12', '4']);
    const health = screen.getByRole('table', { name: 'Health by factor at the end of the period, and its change' });
    expect(within(health).getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual([
      'Factor',
      'Mean at the end',
      '✓ Strength',
      '! Borderline',
      '✕ Concern',
      '? Not enough evidence',
      'Change over the period',
    ]);
    expect(within(health).getByRole('rowheader', { name: 'Strategic Alignment' }).closest('tr')).toHaveTextContent('3.50 (n = 1)0101+0.40 (n = 1): 1 partner improved, 0 declined');
    const valuation = screen.getByRole('table', { name: 'Volunteer hours and the rate they were valued at' });
    expect(valuation).toHaveTextContent('$34.79 an hourIndependent Sector, national value of volunteer time, 202440$1,391.60');
    expect(screen.getByRole('img', { name: /^Share agreeing by measure\. Knowledge, immediate: 78% agree \(n = 41\)$/ })).toBeInTheDocument();
    expect(screen.getByRole('img', { name: /busiest month was March 2025 with 300 attending/ })).toBeInTheDocument();
    expect(screen.queryByText('Nothing was found for this scope and period')).not.toBeInTheDocument();
    // Wide tables scroll sideways on a phone inside a region named after them, reachable by keyboard.
    const region = screen.getByRole('region', { name: 'Attendance by age band and format' });
    expect(region).toHaveAttribute('tabindex', '0');
    expect(within(region).getByRole('table', { name: 'Attendance by age band and format' })).toBeInTheDocument();
  });

  it('says nothing was found above the zeros when the scope matched nothing', () => {
    renderInApp(<ReportView figures={emptyFiguresFixture()} />, { me: managerMe, path: '/reports/r-1' });

    const notice = screen.getByText('Nothing was found for this scope and period');
    const outputs = screen.getByRole('heading', { name: 'Outputs' });
    // The notice comes before the (zero) figures.
    expect(notice.compareDocumentPosition(outputs) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(screen.getByRole('link', { name: '0 sessions — show the 0 sessions' })).toBeInTheDocument();
    expect(screen.getByText('No survey results were recorded for these programs in this period.')).toBeInTheDocument();
    expect(screen.getByText('No story or quote with consent to share was noted in this period.')).toBeInTheDocument();
  });
});
