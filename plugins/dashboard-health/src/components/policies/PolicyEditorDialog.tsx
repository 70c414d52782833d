import Button from '@material-ui/core/Button';
import Dialog from '@material-ui/core/Dialog';
import DialogActions from '@material-ui/core/DialogActions';
import DialogContent from '@material-ui/core/DialogContent';
import DialogTitle from '@material-ui/core/DialogTitle';
import Alert from '@material-ui/lab/Alert';
import {
  PolicyWriteResponse,
  ValidationPolicy,
} from '@dashboard-health/plugin-dashboard-health-common';
import { useState } from 'react';
import { DashboardEntity } from '../center';
import { PolicyField } from './fieldErrors';
import { formFromPolicy, newPolicyForm, PolicyForm } from './policyForm';
import { PolicyFormFields } from './PolicyFormFields';
import { useSavePolicy } from './useSavePolicy';

export interface PolicyEditorDialogProps {
  /** The policy to edit; a new one is created without it. */
  policy?: ValidationPolicy;
  dashboards: DashboardEntity[];
  environments: string[];
  onClose: () => void;
  onSaved: (policy: PolicyWriteResponse) => void;
}

/** Creates or edits one policy. Mounted per opening, so every opening starts from a fresh form. */
export function PolicyEditorDialog(props: PolicyEditorDialogProps) {
  const { policy, dashboards, environments, onClose, onSaved } = props;
  const [form, setForm] = useState<PolicyForm>(() =>
    policy ? formFromPolicy(policy) : newPolicyForm(environments[0] ?? ''),
  );
  const { save, saving, errors, setErrors } = useSavePolicy(policy);

  const change = (next: Partial<PolicyForm>, fields: PolicyField[]) => {
    setForm(current => ({ ...current, ...next }));
    // An error is about the value it was raised for; once that value changes it no longer applies.
    if (fields.some(field => errors.fields[field])) {
      const remaining = { ...errors.fields };
      for (const field of fields) delete remaining[field];
      setErrors({ ...errors, fields: remaining });
    }
  };

  const submit = async () => {
    const saved = await save(form);
    if (saved) onSaved(saved);
  };

  return (
    <Dialog open onClose={onClose} maxWidth="md" fullWidth>
      <DialogTitle>
        {policy ? `Edit policy ${policy.name}` : 'New policy'}
      </DialogTitle>
      <DialogContent>
        {errors.other.length > 0 && (
          <Alert severity="error" style={{ marginBottom: 16 }}>
            {errors.other.map(message => (
              <div key={message}>{message}</div>
            ))}
          </Alert>
        )}
        <PolicyFormFields
          form={form}
          onChange={change}
          errors={errors}
          dashboards={dashboards}
          environments={environments}
          policy={policy}
        />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Cancel</Button>
        <Button
          color="primary"
          variant="contained"
          onClick={submit}
          disabled={saving}
        >
          {policy ? 'Save' : 'Create'}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
