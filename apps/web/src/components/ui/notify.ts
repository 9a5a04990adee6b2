import { notifications } from '@mantine/notifications';

/**
 * A brief confirmation (UX.md: every state is designed, success included). Announced politely as a status,
 * not as an alert: it confirms what the person just did, so it must not interrupt or compete with real alerts.
 */
export function notifySuccess(message: string): void {
  notifications.show({ color: 'green', message, role: 'status', closeButtonProps: { 'aria-label': 'Dismiss message' } });
}

/** Something failed outside any form (e.g. signing out): said at once, as an alert. */
export function notifyFailure(title: string, message: string): void {
  notifications.show({ color: 'red', title, message, role: 'alert', autoClose: 10_000, closeButtonProps: { 'aria-label': 'Dismiss message' } });
}
