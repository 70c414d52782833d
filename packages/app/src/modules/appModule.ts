import { createFrontendModule } from '@backstage/frontend-plugin-api';
import { sidebar } from './Sidebar';
import { signInPage } from './SignIn';

/** This app's own pieces of the `app` plugin: sign-in and navigation. */
export const appModule = createFrontendModule({
  pluginId: 'app',
  extensions: [signInPage, sidebar],
});
