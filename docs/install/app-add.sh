yarn --cwd packages/app add @dashboard-health/plugin-dashboard-health
