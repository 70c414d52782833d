import { DateTime } from 'luxon';
import { formatInstant, formatRelative } from '../shared';

/**
 * An instant as the viewer reads it ("today 02:24", their own zone, or "2 days ago" when `relative`);
 * hovering shows the full date and names the zone, because "02:24" alone does not say whose clock it is.
 */
export function Instant(props: { iso: string; relative?: boolean }) {
  const full = DateTime.fromISO(props.iso)
    .toLocal()
    .toFormat('yyyy-LL-dd HH:mm ZZZZ');
  return (
    <time dateTime={props.iso} title={full}>
      {props.relative ? formatRelative(props.iso) : formatInstant(props.iso)}
    </time>
  );
}
