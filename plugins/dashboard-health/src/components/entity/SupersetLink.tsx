import { Link } from '@backstage/core-components';
import { Entity } from '@backstage/catalog-model';
import Typography from '@material-ui/core/Typography';
import { findSupersetLink } from './findSupersetLink';

/** Where to fix what the checks found: the dashboard itself in Superset. */
export function SupersetLink(props: { entity: Entity }) {
  const link = findSupersetLink(props.entity);
  if (!link) return null;
  return (
    <Typography variant="body2">
      <Link to={link.url}>{link.title ?? 'Open in Superset'}</Link>
    </Typography>
  );
}
