import type { RouteObject } from 'react-router';
import { RequireAuth } from '../features/auth/components/require-auth';
import { RequireRole } from '../features/auth/components/require-role';
import { SignInPage } from '../features/auth/components/sign-in-page';
import { AttentionPage } from '../features/attention/components/attention-page';
import { HomePage } from '../features/home/components/home-page';
import { PortfolioPage } from '../features/health/components/portfolio-page';
import { UsersPage } from '../features/users/components/users-page';
import { EditPartnerPage } from '../features/partners/components/edit-partner-page';
import { NewPartnerPage } from '../features/partners/components/new-partner-page';
import { PartnerPage } from '../features/partners/components/partner-page';
import { PartnersBoardPage } from '../features/partners/components/partners-board-page';
import { PartnersPage } from '../features/partners/components/partners-page';
import { EditProgramPage } from '../features/programs/components/edit-program-page';
import { NewProgramPage } from '../features/programs/components/new-program-page';
import { ProgramCalendarPage } from '../features/programs/components/program-calendar-page';
import { ProgramPage } from '../features/programs/components/program-page';
import { ProgramsPage } from '../features/programs/components/programs-page';
import { SettingsPage } from '../features/settings/components/settings-page';
import { EvidencePage } from '../features/reports/components/evidence-page';
import { ReportBuilderPage } from '../features/reports/components/report-builder-page';
import { ReportPrintPage } from '../features/reports/components/report-print-page';
import { ReportsPage } from '../features/reports/components/reports-page';
import { SavedReportPage } from '../features/reports/components/saved-report-page';
import { PartnerAssessmentsPage } from '../features/assessments/components/partner-assessments-page';
import { PublicAssessmentPage } from '../features/assessments/components/public-assessment-page';
import { StaffAssessmentPage } from '../features/assessments/components/staff-assessment-page';
import { useCurrentUser } from '../features/auth/hooks/use-me';
import { AppRoot } from './app-root';
import { AppLayout } from './layout/app-layout';
import { AppSkeleton } from './layout/app-skeleton';
import { NotFoundPage } from './not-found-page';
import { RouteErrorPage } from './route-error-page';

function SignedInLayout() {
  return <AppLayout me={useCurrentUser()} />;
}

/** One table of routes, shared by the browser router and by tests (through a memory router). */
export const routes: RouteObject[] = [
  {
    element: <AppRoot />,
    errorElement: <RouteErrorPage />,
    children: [
      { path: '/sign-in', element: <SignInPage /> },
      // A partner contact's one-time link: no sign-in, no app chrome.
      { path: '/assessment/:token', element: <PublicAssessmentPage /> },
      // A saved report alone on a plain page for printing: signed in, but without the app's navigation.
      {
        path: '/reports/:id/print',
        element: (
          <RequireAuth fallback={<AppSkeleton />}>
            <RequireRole minimum="manager">
              <ReportPrintPage />
            </RequireRole>
          </RequireAuth>
        ),
      },
      {
        element: (
          <RequireAuth fallback={<AppSkeleton />}>
            <SignedInLayout />
          </RequireAuth>
        ),
        children: [
          { index: true, element: <HomePage /> },
          { path: '/partners', element: <PartnersPage /> },
          { path: '/partners/board', element: <PartnersBoardPage /> },
          { path: '/partners/new', element: <NewPartnerPage /> },
          { path: '/partners/:id', element: <PartnerPage /> },
          { path: '/partners/:id/edit', element: <EditPartnerPage /> },
          { path: '/partners/:id/assessment', element: <StaffAssessmentPage /> },
          { path: '/partners/:id/assessments', element: <PartnerAssessmentsPage /> },
          { path: '/programs', element: <ProgramsPage /> },
          { path: '/programs/new', element: <NewProgramPage /> },
          { path: '/programs/calendar', element: <ProgramCalendarPage /> },
          { path: '/programs/:id', element: <ProgramPage /> },
          { path: '/programs/:id/edit', element: <EditProgramPage /> },
          { path: '/attention', element: <AttentionPage /> },
          {
            path: '/health',
            element: (
              <RequireRole minimum="manager">
                <PortfolioPage />
              </RequireRole>
            ),
          },
          // Funder summaries are the managers' and administrators' (DOMAIN.md permissions).
          { path: '/reports', element: <RequireRole minimum="manager"><ReportsPage /></RequireRole> },
          { path: '/reports/new', element: <RequireRole minimum="manager"><ReportBuilderPage /></RequireRole> },
          { path: '/reports/evidence', element: <RequireRole minimum="manager"><EvidencePage /></RequireRole> },
          { path: '/reports/:id', element: <RequireRole minimum="manager"><SavedReportPage /></RequireRole> },
          // Every staff member may read the settings; managers and administrators change them (the page decides).
          { path: '/settings', element: <SettingsPage /> },
          {
            path: '/admin/users',
            element: (
              <RequireRole minimum="admin">
                <UsersPage />
              </RequireRole>
            ),
          },
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
