import { ValidationRecord } from '@dashboard-health/plugin-dashboard-health-common';
import { Instant } from './Instant';

/** The reason goes into the middle of a sentence, so its own full stop would end that sentence early. */
const withoutFinalStop = (text: string) => text.trim().replace(/\.$/, '');

/**
 * What the latest check says, in one line. A check that could not be done (`error`: Superset down, a run
 * timeout) says nothing about the dashboard, so the line says why it could not check and how the last
 * completed check ended: "Could not check: … — last completed check: pass, 2 days ago".
 */
export function LatestCheckSummary(props: {
  record: ValidationRecord;
  lastCompleted: ValidationRecord | null;
}) {
  const { record, lastCompleted } = props;
  if (record.status !== 'error') return <>{record.summary}</>;
  return (
    <>
      Could not check: {withoutFinalStop(record.summary)}
      {lastCompleted && (
        <>
          {' '}
          — last completed check: {lastCompleted.status},{' '}
          <Instant iso={lastCompleted.finishedAt} relative />
        </>
      )}
    </>
  );
}
