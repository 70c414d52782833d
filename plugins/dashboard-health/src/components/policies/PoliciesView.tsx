import { EmptyState, Progress } from '@backstage/core-components';
import { alertApiRef, useApi } from '@backstage/core-plugin-api';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import AddIcon from '@material-ui/icons/Add';
import { ValidationPolicy } from '@dashboard-health/plugin-dashboard-health-common';
import { useMemo, useState } from 'react';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { dashboardHealthApiRef } from '../../api';
import {
  environmentsOf,
  HealthUnavailableError,
  UnavailablePanel,
  useDashboardEntities,
} from '../center';
import { DeletePolicyDialog } from './DeletePolicyDialog';
import { PolicyEditorDialog } from './PolicyEditorDialog';
import { PolicyTable } from './PolicyTable';
import { usePolicyPermissions } from './usePolicyPermissions';

type Dialog =
  | { kind: 'edit'; policy?: ValidationPolicy }
  | { kind: 'delete'; policy: ValidationPolicy };

/** The Health Center's "Policies" tab: which dashboards are checked when, and the editor for it. */
export function PoliciesView() {
  const api = useApi(dashboardHealthApiRef);
  const alertApi = useApi(alertApiRef);
  const { canCreate, canUpdate, canDelete } = usePolicyPermissions();
  const policies = useAsyncRetry(async () => {
    try {
      const list = await api.listPolicies();
      return [...list].sort((a, b) => a.name.localeCompare(b.name));
    } catch (error) {
      throw new HealthUnavailableError(error as Error);
    }
  }, [api]);
  // The editor offers the catalog's dashboards; environments are the instances those dashboards belong to.
  const dashboards = useDashboardEntities();
  const environments = useMemo(
    () => environmentsOf(dashboards.value ?? []),
    [dashboards.value],
  );
  const [dialog, setDialog] = useState<Dialog>();

  const done = (message: string, warning?: string | null) => {
    setDialog(undefined);
    alertApi.post(
      warning
        ? { message: `${message}, but ${warning}`, severity: 'warning' }
        : { message, severity: 'success', display: 'transient' },
    );
    policies.retry();
  };

  if (policies.error) return <UnavailablePanel error={policies.error} />;
  // A reload after a save keeps showing the old list rather than flashing a spinner.
  if (!policies.value) return <Progress />;

  const editorReady = Boolean(dashboards.value);
  const createButton = canCreate && (
    <Button
      variant="contained"
      color="primary"
      startIcon={<AddIcon />}
      disabled={!editorReady}
      onClick={() => setDialog({ kind: 'edit' })}
    >
      New policy
    </Button>
  );

  return (
    <>
      {dashboards.error && (
        <Box mb={2}>
          <UnavailablePanel error={dashboards.error} />
        </Box>
      )}
      {policies.value.length === 0 ? (
        <EmptyState
          missing="data"
          title="No validation policies yet"
          description="A policy checks a set of dashboards once a day, spread evenly over a time window."
          action={createButton || undefined}
        />
      ) : (
        <>
          <Box display="flex" justifyContent="flex-end" mb={1}>
            {createButton}
          </Box>
          <PolicyTable
            policies={policies.value}
            canUpdate={canUpdate && editorReady}
            canDelete={canDelete}
            onEdit={policy => setDialog({ kind: 'edit', policy })}
            onDelete={policy => setDialog({ kind: 'delete', policy })}
          />
        </>
      )}
      {dialog?.kind === 'edit' && (
        <PolicyEditorDialog
          policy={dialog.policy}
          dashboards={dashboards.value ?? []}
          environments={environments}
          onClose={() => setDialog(undefined)}
          onSaved={saved =>
            done(
              dialog.policy
                ? `Policy ${saved.name} saved`
                : `Policy ${saved.name} created`,
              saved.warning,
            )
          }
        />
      )}
      {dialog?.kind === 'delete' && (
        <DeletePolicyDialog
          policy={dialog.policy}
          onClose={() => setDialog(undefined)}
          onDeleted={() => done(`Policy ${dialog.policy.name} deleted`)}
        />
      )}
    </>
  );
}
