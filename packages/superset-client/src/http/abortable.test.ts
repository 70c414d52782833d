import { untilAborted } from './abortable';
import { sleepUnlessAborted } from './sleep';

const abortError = () => new Error('aborted');

describe('untilAborted', () => {
  it('passes the value through without a signal or abort', async () => {
    await expect(
      untilAborted(Promise.resolve(1), undefined, abortError),
    ).resolves.toBe(1);
    await expect(
      untilAborted(
        Promise.resolve(2),
        new AbortController().signal,
        abortError,
      ),
    ).resolves.toBe(2);
  });

  it('passes rejections through', async () => {
    await expect(
      untilAborted(
        Promise.reject(new Error('boom')),
        new AbortController().signal,
        abortError,
      ),
    ).rejects.toThrow('boom');
  });

  it('rejects as soon as the signal aborts, leaving the shared work alone', async () => {
    const controller = new AbortController();
    let settle!: () => void;
    const shared = new Promise<void>(resolve => {
      settle = resolve;
    });
    const waiting = untilAborted(shared, controller.signal, abortError);
    controller.abort();
    await expect(waiting).rejects.toThrow('aborted');
    settle();
    await expect(shared).resolves.toBeUndefined();
  });

  it('rejects at once for an already aborted signal', async () => {
    await expect(
      untilAborted(new Promise(() => {}), AbortSignal.abort(), abortError),
    ).rejects.toThrow('aborted');
  });
});

describe('sleepUnlessAborted', () => {
  it('uses the injected sleep', async () => {
    const slept: number[] = [];
    await sleepUnlessAborted(
      async ms => {
        slept.push(ms);
      },
      1234,
      undefined,
      abortError,
    );
    expect(slept).toEqual([1234]);
  });

  it('waits with a timer by default', async () => {
    const startedAt = Date.now();
    await sleepUnlessAborted(undefined, 30, undefined, abortError);
    expect(Date.now() - startedAt).toBeGreaterThanOrEqual(25);
  });

  it('ends a long default wait when the signal aborts', async () => {
    const controller = new AbortController();
    const waiting = sleepUnlessAborted(
      undefined,
      60_000,
      controller.signal,
      abortError,
    );
    controller.abort();
    await expect(waiting).rejects.toThrow('aborted');
  });

  it('does not start waiting for an aborted signal', async () => {
    const sleep = jest.fn(async () => {});
    await expect(
      sleepUnlessAborted(sleep, 10, AbortSignal.abort(), abortError),
    ).rejects.toThrow('aborted');
    expect(sleep).not.toHaveBeenCalled();
  });
});
