import {
  nextWindowDate,
  planWindow,
  PlanPreviewRequest,
  ValidationPolicyInput,
  PolicyWriteResponse,
} from '@dashboard-health/plugin-dashboard-health-common';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  dashboardEntity,
  mockDashboardHealthApi,
  policy,
  refOf,
  responseError,
} from '../center/__testUtils__/fixtures';
import { renderWithApis } from '../center/__testUtils__/renderWithApis';
import { PoliciesView } from './PoliciesView';

// Full MUI dialogs with user-event interactions in jsdom take seconds, more than jest's default 5 s.
jest.setTimeout(30_000);

const NOW = new Date('2026-06-01T12:00:00Z');

/** 15 prod dashboards ("Sales Overview" and "Prod 02".."Prod 15") and two of staging. */
const prodNames = Array.from({ length: 15 }, (_, i) =>
  i === 0 ? 'sales-overview' : `prod-${String(i + 1).padStart(2, '0')}`,
);
const titleOf = (name: string) =>
  name === 'sales-overview'
    ? 'Sales Overview'
    : `Prod ${name.slice('prod-'.length)}`;
const entities = [
  ...prodNames.map(name =>
    dashboardEntity(name, { title: titleOf(name), environment: 'prod' }),
  ),
  dashboardEntity('staging-a', { title: 'Staging A', environment: 'staging' }),
  dashboardEntity('staging-b', { title: 'Staging B', environment: 'staging' }),
];
const prodRefs = prodNames.map(refOf);

/** The backend's answer, from the planner the backend itself uses. */
async function plan(request: PlanPreviewRequest) {
  const window = request.window;
  const date = request.date ?? nextWindowDate(window, NOW);
  return {
    date,
    spacing: 'even' as const,
    ...planWindow({ window, date, entityRefs: request.entityRefs }),
  };
}

function firstSlot(request: PlanPreviewRequest, timezone: string) {
  const first = planWindow({
    window: request.window,
    date: request.date ?? nextWindowDate(request.window, NOW),
    entityRefs: request.entityRefs,
  }).slots[0];
  const time = new Intl.DateTimeFormat('en-GB', {
    timeZone: timezone,
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(first.plannedAt));
  return `${time} ${titleOf(first.entityRef.replace('resource:default/', ''))}`;
}

async function renderPolicies(
  overrides: Parameters<typeof mockDashboardHealthApi>[0] = {},
) {
  const api = mockDashboardHealthApi({
    listPolicies: jest.fn(async () => [
      policy({
        entityRefs: prodRefs,
        maxConcurrency: 2,
        maxStaleness: '36h',
      }),
    ]),
    previewPlan: jest.fn(plan),
    ...overrides,
  });
  await renderWithApis(<PoliciesView />, { api, entities, allow: true });
  await screen.findByText('Nightly prod');
  return api;
}

async function openNewPolicy() {
  const user = userEvent.setup();
  const create = await screen.findByRole('button', { name: 'New policy' });
  await waitFor(() => expect(create).toBeEnabled());
  await user.click(create);
  await screen.findByRole('dialog');
  return user;
}

async function chooseTimeZone(
  user: ReturnType<typeof userEvent.setup>,
  zone: string,
) {
  const input = screen.getByLabelText('Time zone');
  await user.clear(input);
  await user.type(input, zone.slice(0, -2));
  await user.click(await screen.findByRole('option', { name: zone }));
}

describe('PoliciesView', () => {
  it('lists policies with environment, window, dashboard count and state', async () => {
    await renderPolicies();

    const row = screen.getByText('Nightly prod').closest('tr')!;
    const cells = within(row).getAllByRole('cell');
    expect(cells.slice(0, 5).map(c => c.textContent)).toEqual([
      'Nightly prod',
      'prod',
      '01:00–05:00 Europe/Berlin',
      '15',
      'Yes',
    ]);
  });

  it('previews the slots live and creates a policy with the form as body', async () => {
    const api = await renderPolicies({
      createPolicy: jest.fn(
        async (input: ValidationPolicyInput) =>
          ({
            ...policy({ id: 'policy-2', name: input.name }),
            forecast: null,
            warning: null,
          } as PolicyWriteResponse),
      ),
    });
    const user = await openNewPolicy();

    await user.type(screen.getByLabelText(/^Name/), 'Night shift');
    await user.click(screen.getByRole('button', { name: 'Select all (15)' }));
    expect(screen.getByText('15 selected')).toBeInTheDocument();
    await chooseTimeZone(user, 'Europe/Berlin');

    const request = {
      window: { start: '01:00', end: '05:00', timezone: 'Europe/Berlin' },
      entityRefs: prodRefs,
    };
    // The window's times read the same in any zone, so wait for the answer planned in Berlin.
    expect(
      await screen.findByText(
        /^Times in Europe\/Berlin on \d{4}-\d{2}-\d{2}\.$/,
      ),
    ).toBeInTheDocument();
    expect(screen.getByTestId('slot-preview')).toHaveTextContent(
      `15 dashboards → one every 16 min: ${firstSlot(
        request,
        'Europe/Berlin',
      )},`,
    );
    expect(firstSlot(request, 'Europe/Berlin')).toMatch(/^01:08 /);
    // With the environment, so the answer carries the capacity forecast.
    expect(api.previewPlan).toHaveBeenLastCalledWith({
      window: request.window,
      entityRefs: expect.arrayContaining(prodRefs),
      environment: 'prod',
      spacing: 'even',
    });

    await user.click(screen.getByRole('checkbox', { name: 'Sat' }));
    await user.click(screen.getByRole('checkbox', { name: 'Mon' }));
    await user.click(screen.getByRole('button', { name: 'Create' }));

    await waitFor(() => expect(api.createPolicy).toHaveBeenCalledTimes(1));
    const body = api.createPolicy.mock.calls[0][0];
    expect(body).toEqual({
      name: 'Night shift',
      environment: 'prod',
      entityRefs: expect.arrayContaining(prodRefs),
      window: {
        start: '01:00',
        end: '05:00',
        timezone: 'Europe/Berlin',
        days: ['mon', 'sat'],
      },
      enabled: true,
      spacing: 'even',
    });
    expect(body.entityRefs).toHaveLength(15);
    await waitFor(() =>
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument(),
    );
    expect(api.listPolicies).toHaveBeenCalledTimes(2);
  });

  it('notes a daylight-saving change on the preview date', async () => {
    const api = await renderPolicies();
    const user = userEvent.setup();
    // The editor waits for the catalog's dashboards.
    await user.click(
      await screen.findByRole('button', { name: 'Edit Nightly prod' }),
    );
    await screen.findByRole('dialog');

    const dateInput = screen.getByLabelText('Preview date');
    await user.type(dateInput, '2026-03-29');

    expect(
      await screen.findByText(
        'On 2026-03-29 this window lasts 3 h instead of 4 h (daylight-saving change)',
      ),
    ).toBeInTheDocument();
    expect(screen.getByTestId('slot-preview')).toHaveTextContent(
      '15 dashboards → one every 12 min: 01:06 ',
    );
    expect(api.previewPlan).toHaveBeenLastCalledWith(
      expect.objectContaining({ date: '2026-03-29' }),
    );
  });

  it('shows the server’s 400 under the fields it names', async () => {
    const api = await renderPolicies({
      createPolicy: jest.fn(async () => {
        throw await responseError(
          400,
          'Invalid request body: window.timezone: is not a known IANA time zone (e.g. Europe/Berlin, America/New_York, UTC); ' +
            "entityRefs: 2 are not dashboards of environment 'prod': resource:default/prod-02 (not in the catalog), " +
            'resource:default/prod-03 (not in the catalog); selector: matches no dashboards and entityRefs is empty',
        );
      }),
    });
    const user = await openNewPolicy();
    await user.type(screen.getByLabelText(/^Name/), 'Broken');
    await user.click(screen.getByRole('button', { name: 'Select all (15)' }));
    await user.click(screen.getByRole('button', { name: 'Create' }));

    await waitFor(() =>
      expect(screen.getByLabelText('Time zone')).toHaveAccessibleDescription(
        'is not a known IANA time zone (e.g. Europe/Berlin, America/New_York, UTC)',
      ),
    );
    expect(screen.getByLabelText('Dashboards')).toHaveAccessibleDescription(
      "2 are not dashboards of environment 'prod': resource:default/prod-02 (not in the catalog), resource:default/prod-03 (not in the catalog)",
    );
    expect(
      screen.getByText(
        'selector: matches no dashboards and entityRefs is empty',
      ),
    ).toBeInTheDocument();
    expect(api.createPolicy).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('dialog')).toBeInTheDocument();
  });

  it('catches an empty name before asking the server', async () => {
    const api = await renderPolicies();
    const user = await openNewPolicy();
    await user.click(screen.getByRole('button', { name: 'Select all (15)' }));
    await user.click(screen.getByRole('button', { name: 'Create' }));

    expect(screen.getByLabelText(/^Name/)).toHaveAccessibleDescription(
      'must not be empty',
    );
    expect(api.createPolicy).not.toHaveBeenCalled();
  });

  it('updates a policy, keeping the fields the editor does not show', async () => {
    const api = await renderPolicies({
      updatePolicy: jest.fn(
        async (id: string, input: ValidationPolicyInput) =>
          ({
            ...policy({ id, name: input.name }),
            forecast: null,
            warning: null,
          } as PolicyWriteResponse),
      ),
    });
    const user = userEvent.setup();
    // The editor waits for the catalog's dashboards.
    await user.click(
      await screen.findByRole('button', { name: 'Edit Nightly prod' }),
    );
    await screen.findByRole('dialog');
    expect(screen.getByText('15 selected')).toBeInTheDocument();

    await user.type(screen.getByLabelText(/^Name/), ' (EU)');
    await user.clear(screen.getByLabelText('Max concurrency'));
    await user.type(screen.getByLabelText('Max concurrency'), '4');
    await user.click(screen.getByRole('checkbox', { name: 'Enabled' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(api.updatePolicy).toHaveBeenCalledTimes(1));
    expect(api.updatePolicy).toHaveBeenCalledWith('policy-1', {
      name: 'Nightly prod (EU)',
      environment: 'prod',
      entityRefs: prodRefs,
      window: { start: '01:00', end: '05:00', timezone: 'Europe/Berlin' },
      enabled: false,
      maxConcurrency: 4,
      maxStaleness: '36h',
      spacing: 'even',
    });
  });

  it('deletes a policy after confirmation', async () => {
    const api = await renderPolicies({
      deletePolicy: jest.fn(async () => undefined),
    });
    const user = userEvent.setup();
    await user.click(
      screen.getByRole('button', { name: 'Delete Nightly prod' }),
    );
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent('Delete policy Nightly prod?');
    expect(api.deletePolicy).not.toHaveBeenCalled();

    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));

    await waitFor(() =>
      expect(api.deletePolicy).toHaveBeenCalledWith('policy-1'),
    );
    await waitFor(() => expect(api.listPolicies).toHaveBeenCalledTimes(2));
  });

  it('says Dashboard Health is unavailable when policies cannot be listed', async () => {
    const api = mockDashboardHealthApi({
      listPolicies: jest.fn(async () => {
        throw await responseError(503, 'Service Unavailable');
      }),
    });
    await renderWithApis(<PoliciesView />, { api, entities });

    expect(
      await screen.findByText(
        'Error: Dashboard Health is unavailable: Service Unavailable',
      ),
    ).toBeInTheDocument();
  });
});
