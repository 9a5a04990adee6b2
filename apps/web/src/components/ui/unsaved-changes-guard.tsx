import { useUnsavedChanges } from '../../hooks/use-unsaved-changes';
import { UnsavedChangesModal } from './unsaved-changes-modal';

const alwaysDirty = () => true;

/**
 * For inline forms on the partner page (contacts, goals, agreements): asks before leaving, including for another
 * tab of the page. Render it only while the form is dirty: react-router consults one blocker at a time (the
 * newest), so mounting it only when needed leaves any other blocker in charge the rest of the time.
 */
export function UnsavedChangesGuard() {
  const blocker = useUnsavedChanges(alwaysDirty, { holdQueryChanges: true });
  return <UnsavedChangesModal blocker={blocker} />;
}
