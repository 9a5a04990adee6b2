import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { authKeys } from '../features/auth/api/auth-queries';
import { setUnauthorizedHandler, signInPathFor } from '../lib/api-client';

/**
 * Root route: teaches the API client how to react to an expired session (any 401 outside auth) using the
 * router, so the person lands on sign-in with `next` set and returns to the same page afterwards.
 */
export function AppRoot() {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  // The handler runs long after this render; read the location at that moment, not the one captured here.
  const location = useLocation();
  const locationRef = useRef(location);
  useEffect(() => {
    locationRef.current = location;
  }, [location]);

  useEffect(() => {
    setUnauthorizedHandler(() => {
      void navigate(signInPathFor(locationRef.current), { replace: true });
      queryClient.setQueryData(authKeys.me(), null);
    });
  }, [navigate, queryClient]);

  return <Outlet />;
}
