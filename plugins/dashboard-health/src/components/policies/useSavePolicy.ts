import { useApi } from '@backstage/core-plugin-api';
import {
  PolicyWriteResponse,
  ValidationPolicy,
} from '@dashboard-health/plugin-dashboard-health-common';
import { useState } from 'react';
import { dashboardHealthApiRef } from '../../api';
import { FieldErrors, NO_ERRORS, saveErrors } from './fieldErrors';
import { PolicyForm, toPolicyInput, validatePolicyInput } from './policyForm';

/**
 * Creates or replaces a policy. The form is checked against the shared schema first; whatever the server
 * still rejects comes back as per-field errors too, so both kinds show in the same place. A policy whose
 * night does not fit is saved all the same; the answer carries the forecast's warning.
 */
export function useSavePolicy(existing: ValidationPolicy | undefined) {
  const api = useApi(dashboardHealthApiRef);
  const [saving, setSaving] = useState(false);
  const [errors, setErrors] = useState<FieldErrors>(NO_ERRORS);

  const save = async (
    form: PolicyForm,
  ): Promise<PolicyWriteResponse | undefined> => {
    const input = toPolicyInput(form, existing);
    const invalid = validatePolicyInput(input);
    if (invalid) {
      setErrors(invalid);
      return undefined;
    }
    setSaving(true);
    setErrors(NO_ERRORS);
    try {
      return existing
        ? await api.updatePolicy(existing.id, input)
        : await api.createPolicy(input);
    } catch (error) {
      setErrors(saveErrors(error as Error));
      return undefined;
    } finally {
      setSaving(false);
    }
  };

  return { save, saving, errors, setErrors };
}
