import { PROGRAM_ROLES } from '@common-ground/domain';
import { Anchor, Badge, Button, Card, Group, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { Link } from 'react-router';
import { ConfirmArchiveModal } from '../../../components/ui/confirm-archive-modal';
import { Fact, FactList } from '../../../components/ui/fact-list';
import { notifySuccess } from '../../../components/ui/notify';
import { RecordCardActions } from '../../../components/ui/record-card-actions';
import { RecordList, RecordSection } from '../../../components/ui/record-section';
import { useRecordListActions } from '../../../hooks/use-record-list-actions';
import { formatDay } from '../../../lib/calendar-day';
import { toProblemError, type ProblemError } from '../../../lib/problem-error';
import { archivedLast } from '../../../lib/records';
import { programCommitmentsQueryOptions } from '../../commitments/api/commitments-queries';
import type { Commitment } from '../../commitments/api/types';
import { useMayArchive } from '../../partners/hooks/use-may-archive';
import { programRolesQueryOptions, programsKeys } from '../api/programs-queries';
import type { Program, ProgramRoleRecord } from '../api/types';
import { useArchiveProgramRole, useRestoreProgramRole } from '../api/use-program-role-mutations';
import { ProgramRoleForm } from './program-role-form';
import { RoleDuties, type DutiesState } from './role-duties';

/**
 * Duties belong to a partner in the program, not to one of its roles: they are listed under the partner's first
 * role in use, and its other roles point there.
 */
function dutiesHosts(roles: readonly ProgramRoleRecord[]): Map<string, ProgramRoleRecord> {
  const hosts = new Map<string, ProgramRoleRecord>();
  for (const role of roles) if (role.archivedAt === null && !hosts.has(role.partner.id)) hosts.set(role.partner.id, role);
  return hosts;
}

/**
 * "Partners & roles": which partner plays which role, what they do, who owns it on their side since when, and the
 * duties each partner has taken on for the program.
 */
export function ProgramRolesTab({ program }: { program: Program }) {
  const [showArchived, setShowArchived] = useState(false);
  const roles = useQuery(programRolesQueryOptions(program.id, showArchived ? 'all' : 'false'));
  const [adding, setAdding] = useState(false);
  const [editingId, setEditingId] = useState<string | null>(null);
  const actions = useRecordListActions<ProgramRoleRecord, ProgramRoleRecord>({
    listKey: programsKeys.roles(program.id),
    archive: useArchiveProgramRole(program.id),
    onArchived: (saved) => notifySuccess(`${saved.partner.name} is no longer ${PROGRAM_ROLES.labels[saved.role].toLowerCase()}`),
  });
  const mayArchive = useMayArchive();
  const editable = program.archivedAt === null;
  const items = roles.data ? archivedLast(roles.data.items) : [];
  const hosts = dutiesHosts(items);
  const duties = useQuery({ ...programCommitmentsQueryOptions(program.id), enabled: hosts.size > 0 });
  const dutiesOf = (partnerId: string) => (duties.data?.items ?? []).filter((duty) => duty.partnerId === partnerId);

  return (
    <RecordSection
      title="Partners & roles"
      action={
        editable &&
        !adding && (
          <Button variant="default" onClick={() => setAdding(true)}>
            Add a partner’s role
          </Button>
        )
      }
      addForm={adding && <ProgramRoleForm programId={program.id} onDone={() => setAdding(false)} />}
      actionProblem={actions.problem}
      onReload={actions.reload}
      onDismissProblem={() => actions.setProblem(null)}
      query={roles}
      skeletonRows={2}
      loadingLabel="Loading partners and roles"
      errorTitle="Partners and roles didn't load"
      empty={items.length === 0}
      emptyText={showArchived ? 'No roles, in use or archived.' : 'No partners have a role yet — add who leads, hosts, presents or promotes.'}
      renderList={(headingId) => (
        <RecordList labelledBy={headingId}>
          {items.map((role) =>
            editingId === role.id ? (
              <li key={role.id}>
                <ProgramRoleForm programId={program.id} role={role} onDone={() => setEditingId(null)} />
              </li>
            ) : (
              <RoleCard
                key={role.id}
                programId={program.id}
                role={role}
                editable={editable}
                mayArchive={mayArchive(role)}
                onEdit={() => setEditingId(role.id)}
                onArchive={() => actions.openArchive(role)}
                onProblem={actions.setProblem}
                duties={
                  hosts.get(role.partner.id)?.id === role.id
                    ? { items: dutiesOf(role.partner.id), state: duties }
                    : role.archivedAt === null
                      ? { listedUnder: hosts.get(role.partner.id) ?? null }
                      : null
                }
              />
            ),
          )}
        </RecordList>
      )}
      archivedToggle={{ label: 'Show archived roles', checked: showArchived, onChange: setShowArchived }}
    >
      <ConfirmArchiveModal {...actions.archiveDialog} title="Archive this role?" confirmLabel="Archive role">
        {actions.archiving
          ? `${actions.archiving.partner.name} will no longer be listed as ${PROGRAM_ROLES.labels[actions.archiving.role].toLowerCase()} of ${program.title}.`
          : ''}
      </ConfirmArchiveModal>
    </RecordSection>
  );
}

interface RoleCardProps {
  programId: string;
  role: ProgramRoleRecord;
  editable: boolean;
  mayArchive: boolean;
  onEdit: () => void;
  onArchive: () => void;
  onProblem: (problem: ProblemError) => void;
  /** The partner's duties (on its first role in use), a pointer to them (its other roles), or none (archived). */
  duties: { items: Commitment[]; state: DutiesState } | { listedUnder: ProgramRoleRecord | null } | null;
}

function RoleCard({ programId, role, editable, mayArchive, onEdit, onArchive, onProblem, duties }: RoleCardProps) {
  const titleId = useId();
  const restore = useRestoreProgramRole(programId);
  const archived = role.archivedAt !== null;
  return (
    <Card component="li" withBorder padding="md" aria-labelledby={titleId}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
          <Text id={titleId} fw={600}>
            <Anchor component={Link} to={`/partners/${role.partner.id}`} inherit>
              {role.partner.name}
            </Anchor>{' '}
            · {PROGRAM_ROLES.labels[role.role]}
          </Text>
          {archived && (
            <Badge color="gray" variant="outline" tt="none">
              Archived
            </Badge>
          )}
        </Group>
        {role.responsibilities && <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{role.responsibilities}</Text>}
        <FactList>
          <Fact label="Owner at the partner">{role.ownerContact?.name ?? 'Nobody named yet'}</Fact>
          {role.ownerNamedOn && <Fact label="Owner named on">{formatDay(role.ownerNamedOn)}</Fact>}
        </FactList>
        <RecordCardActions
          archived={archived}
          editable={editable}
          mayArchive={mayArchive}
          describedBy={titleId}
          restoring={restore.isPending}
          onRestore={() =>
            restore.mutate(
              { id: role.id, version: role.version },
              { onSuccess: () => notifySuccess(`${role.partner.name}’s role is restored`), onError: (error) => onProblem(toProblemError(error)) },
            )
          }
          onEdit={onEdit}
          onArchive={onArchive}
        />
        {duties && 'items' in duties && (
          <RoleDuties programId={programId} partner={role.partner} duties={duties.items} state={duties.state} editable={editable} />
        )}
        {duties && 'listedUnder' in duties && duties.listedUnder && (
          <Text size="sm" c="dimmed">
            {role.partner.name}’s duties are listed under its role as {PROGRAM_ROLES.labels[duties.listedUnder.role].toLowerCase()}.
          </Text>
        )}
      </Stack>
    </Card>
  );
}
