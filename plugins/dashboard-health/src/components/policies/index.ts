export { PoliciesView } from './PoliciesView';
