import {
  PlanPreviewRequest,
  planWindow,
  PolicyWriteResponse,
  ValidationPolicy,
  ValidationPolicyInput,
} from '@dashboard-health/plugin-dashboard-health-common';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { toDashboardEntity } from '../center/dashboardEntities';
import {
  dashboardEntity,
  mockDashboardHealthApi,
  policy,
  refOf,
} from '../center/__testUtils__/fixtures';
import { renderWithApis } from '../center/__testUtils__/renderWithApis';
import { PolicyEditorDialog } from './PolicyEditorDialog';

// A full MUI dialog with user-event interactions in jsdom takes seconds, more than jest's default 5 s.
jest.setTimeout(30_000);

const names = ['sales-overview', 'web-traffic', 'ops-latency'];
const dashboards = names.map(name => toDashboardEntity(dashboardEntity(name)));
const refs = names.map(refOf);

/** The backend's answer for the spacing asked, from the planner it uses (costs: 1, 2 and 3 min). */
async function previewPlan(request: PlanPreviewRequest) {
  const date = request.date ?? '2026-06-02';
  const spacing = request.spacing ?? 'even';
  const costs =
    spacing === 'weighted'
      ? new Map(request.entityRefs.map((ref, i) => [ref, (i + 1) * 60]))
      : undefined;
  return {
    date,
    spacing,
    ...planWindow({
      window: request.window,
      date,
      entityRefs: request.entityRefs,
      costs,
    }),
  };
}

function saved(input: ValidationPolicyInput) {
  return {
    ...policy({ name: input.name }),
    forecast: null,
    warning: null,
  } as PolicyWriteResponse;
}

async function renderEditor(stored?: ValidationPolicy) {
  const api = mockDashboardHealthApi({
    previewPlan: jest.fn(previewPlan),
    createPolicy: jest.fn(async (input: ValidationPolicyInput) => saved(input)),
    updatePolicy: jest.fn(async (_id: string, input: ValidationPolicyInput) =>
      saved(input),
    ),
  });
  const onSaved = jest.fn();
  await renderWithApis(
    <PolicyEditorDialog
      policy={stored}
      dashboards={dashboards}
      environments={['prod']}
      onClose={jest.fn()}
      onSaved={onSaved}
    />,
    { api },
  );
  await screen.findByRole('dialog');
  return { api, onSaved, user: userEvent.setup() };
}

const weighted = () =>
  screen.getByRole('radio', {
    name: "Weighted by each dashboard's expected duration",
  });
const even = () => screen.getByRole('radio', { name: 'Even' });

describe('PolicyEditorDialog spacing', () => {
  it('starts a new policy evenly spaced and says what weighted spacing does', async () => {
    await renderEditor();

    expect(even()).toBeChecked();
    expect(weighted()).not.toBeChecked();
    expect(
      screen.getByRole('radiogroup', { name: 'Spacing' }),
    ).toHaveAccessibleDescription(
      /in proportion to how long it usually takes.*a slot moves only when its dashboard's cost changes materially/,
    );
  });

  it('previews and creates a weighted policy once Weighted is chosen', async () => {
    const { api, onSaved, user } = await renderEditor();
    await user.type(screen.getByLabelText(/^Name/), 'Weighted night');
    await user.click(screen.getByRole('button', { name: 'Select all (3)' }));
    await waitFor(() =>
      expect(api.previewPlan).toHaveBeenLastCalledWith(
        expect.objectContaining({ spacing: 'even' }),
      ),
    );

    await user.click(weighted());

    await waitFor(() =>
      expect(api.previewPlan).toHaveBeenLastCalledWith(
        expect.objectContaining({
          entityRefs: expect.arrayContaining(refs),
          environment: 'prod',
          spacing: 'weighted',
        }),
      ),
    );
    // The preview shows the weighted answer: the gap is a mean, longer after the heavier dashboards.
    await waitFor(() =>
      expect(screen.getByTestId('slot-preview')).toHaveTextContent(
        /^3 dashboards → one every 1 h 20 min on average, longer after heavier ones: /,
      ),
    );

    await user.click(screen.getByRole('button', { name: 'Create' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledTimes(1));
    expect(api.createPolicy).toHaveBeenCalledWith(
      expect.objectContaining({
        name: 'Weighted night',
        spacing: 'weighted',
      }),
    );
  });

  it('shows an edited policy’s stored spacing, previews with it and saves a change back to even', async () => {
    const stored = policy({ entityRefs: refs, spacing: 'weighted' });
    const { api, onSaved, user } = await renderEditor(stored);

    expect(weighted()).toBeChecked();
    await waitFor(() =>
      expect(api.previewPlan).toHaveBeenLastCalledWith(
        expect.objectContaining({ policyId: 'policy-1', spacing: 'weighted' }),
      ),
    );

    await user.click(even());
    await waitFor(() =>
      expect(api.previewPlan).toHaveBeenLastCalledWith(
        expect.objectContaining({ spacing: 'even' }),
      ),
    );
    await user.click(screen.getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(onSaved).toHaveBeenCalledTimes(1));
    expect(api.updatePolicy).toHaveBeenCalledWith(
      'policy-1',
      expect.objectContaining({ spacing: 'even' }),
    );
  });
});
