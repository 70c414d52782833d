import { AsyncChannelLost, AsyncEventPoller } from './AsyncEventPoller';
import { RawAsyncEvent } from './asyncEventSchema';

/** A sleep the test releases by hand, so each poll round is one step. */
function steppedSleep() {
  const waiting: Array<() => void> = [];
  return {
    sleep: () => new Promise<void>(resolve => waiting.push(resolve)),
    async step() {
      waiting.shift()?.();
      // Let the read and the dispatch that follow the sleep run.
      for (let i = 0; i < 10; i++) await Promise.resolve();
    },
  };
}

const event = (id: number, jobId: string, status: string): RawAsyncEvent => ({
  id: `1753351200000-${id}`,
  channel_id: 'c1',
  job_id: jobId,
  status,
  errors: [],
  result_url: status === 'done' ? `/api/v1/chart/data/qc-${jobId}` : null,
});

describe('AsyncEventPoller', () => {
  function poller(stream: RawAsyncEvent[][], channel = () => 'c1') {
    const clock = steppedSleep();
    const reads: Array<string | undefined> = [];
    const instance = new AsyncEventPoller({
      readEvents: async lastId => {
        reads.push(lastId);
        return stream.shift() ?? [];
      },
      currentChannel: channel,
      intervalMs: 500,
      sleep: clock.sleep,
      aborted: jobId => new Error(`gave up on ${jobId}`),
    });
    return { instance, reads, step: clock.step };
  }

  it('reads the stream once per round for all jobs, continuing from the last event id', async () => {
    const { instance, reads, step } = poller([
      [event(1, 'a', 'running'), event(2, 'b', 'running')],
      [event(3, 'a', 'done')],
      [event(4, 'b', 'error')],
    ]);
    const signal = new AbortController().signal;
    const a = instance.wait({ jobId: 'a', channelId: 'c1' }, signal);
    const b = instance.wait({ jobId: 'b', channelId: 'c1' }, signal);
    await step();
    await step();
    await expect(a).resolves.toMatchObject({ status: 'done' });
    await step();
    await expect(b).resolves.toMatchObject({ status: 'error' });
    expect(reads).toEqual([undefined, '1753351200000-2', '1753351200000-3']);
    expect(instance.pending).toBe(0);
  });

  it('keeps a final event that arrived before anyone waited for it', async () => {
    const { instance, step } = poller([[event(1, 'early', 'done')]]);
    const signal = new AbortController().signal;
    const other = instance.wait({ jobId: 'other', channelId: 'c1' }, signal);
    await step();
    await expect(
      instance.wait({ jobId: 'early', channelId: 'c1' }, signal),
    ).resolves.toMatchObject({ status: 'done' });
    expect(instance.pending).toBe(1);
    void other.catch(() => undefined);
  });

  it('rejects a waiter whose signal ends, and one whose channel is no longer read', async () => {
    let channel = 'c1';
    const { instance, step } = poller([[], []], () => channel);
    const controller = new AbortController();
    const aborted = instance.wait(
      { jobId: 'a', channelId: 'c1' },
      controller.signal,
    );
    const lost = instance.wait(
      { jobId: 'b', channelId: 'c1' },
      new AbortController().signal,
    );
    controller.abort();
    await expect(aborted).rejects.toThrow('gave up on a');
    channel = 'c2';
    await step();
    await expect(lost).rejects.toBeInstanceOf(AsyncChannelLost);
  });

  it('gives every waiter the reason when a read fails', async () => {
    const clock = steppedSleep();
    const instance = new AsyncEventPoller({
      readEvents: async () => {
        throw new Error('async_event answered 500');
      },
      currentChannel: () => 'c1',
      intervalMs: 500,
      sleep: clock.sleep,
      aborted: () => new Error('aborted'),
    });
    const waiting = instance.wait(
      { jobId: 'a', channelId: 'c1' },
      new AbortController().signal,
    );
    await clock.step();
    await expect(waiting).rejects.toThrow('async_event answered 500');
  });
});
