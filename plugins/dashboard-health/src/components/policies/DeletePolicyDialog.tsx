import { useApi } from '@backstage/core-plugin-api';
import Button from '@material-ui/core/Button';
import Dialog from '@material-ui/core/Dialog';
import DialogActions from '@material-ui/core/DialogActions';
import DialogContent from '@material-ui/core/DialogContent';
import DialogContentText from '@material-ui/core/DialogContentText';
import DialogTitle from '@material-ui/core/DialogTitle';
import Alert from '@material-ui/lab/Alert';
import { ValidationPolicy } from '@dashboard-health/plugin-dashboard-health-common';
import { useState } from 'react';
import { dashboardHealthApiRef } from '../../api';
import { errorMessage } from '../center';

/** Asks before deleting: a deleted policy's planned runs are cancelled and it cannot be restored. */
export function DeletePolicyDialog(props: {
  policy: ValidationPolicy;
  onClose: () => void;
  onDeleted: () => void;
}) {
  const { policy, onClose, onDeleted } = props;
  const api = useApi(dashboardHealthApiRef);
  const [deleting, setDeleting] = useState(false);
  const [error, setError] = useState<Error>();

  const confirm = async () => {
    setDeleting(true);
    setError(undefined);
    try {
      await api.deletePolicy(policy.id);
      onDeleted();
    } catch (e) {
      setError(e as Error);
      setDeleting(false);
    }
  };

  return (
    <Dialog open onClose={onClose}>
      <DialogTitle>Delete policy {policy.name}?</DialogTitle>
      <DialogContent>
        <DialogContentText>
          Its planned checks are cancelled. The dashboards' past results are
          kept.
        </DialogContentText>
        {error && (
          <Alert severity="error">
            Could not delete the policy: {errorMessage(error)}
          </Alert>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Cancel</Button>
        <Button color="secondary" onClick={confirm} disabled={deleting}>
          Delete
        </Button>
      </DialogActions>
    </Dialog>
  );
}
