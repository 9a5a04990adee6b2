import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { ProblemAlert } from '../../../components/ui/problem-alert';
import { signInPathFor } from '../../../lib/api-client';
import { toProblemError } from '../../../lib/problem-error';
import { useMe } from '../hooks/use-me';

interface RequireAuthProps {
  children: ReactNode;
  /** Shown while we find out who is signed in: a skeleton of the page, not a spinner that jumps. */
  fallback: ReactNode;
}

/** Renders its children only for a signed-in person; everyone else goes to sign-in and comes back after. */
export function RequireAuth({ children, fallback }: RequireAuthProps) {
  const location = useLocation();
  const me = useMe();

  if (me.isPending) return fallback;
  if (me.isError) {
    return (
      <main id="main-content" style={{ padding: 16 }}>
        <ProblemAlert problem={toProblemError(me.error)} title="Common Ground didn't load" onRetry={() => void me.refetch()} />
      </main>
    );
  }
  if (me.data === null) return <Navigate to={signInPathFor(location)} replace />;
  return children;
}
