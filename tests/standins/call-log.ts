/**
 * The calls a stand-in received, and a way to wait for one: what every stand-in's `waitFor` needs.
 * `describe` names a call in the timeout message so a failing test says what did arrive.
 */
export function callLog<T>(describe: (call: T) => string) {
  const calls: T[] = [];
  const waiters: { match: (call: T) => boolean; resolve: (call: T) => void }[] = [];
  return {
    calls,
    record(call: T): void {
      calls.push(call);
      for (const waiter of [...waiters]) {
        if (!waiter.match(call)) continue;
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(call);
      }
    },
    waitFor(match: (call: T) => boolean, timeoutMs = 20_000): Promise<T> {
      const found = calls.find(match);
      if (found) return Promise.resolve(found);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          reject(
            new Error(`no matching call within ${timeoutMs} ms; received: ${calls.map(describe).join(', ') || 'none'}`),
          );
        }, timeoutMs);
        waiters.push({
          match,
          resolve: (call) => {
            clearTimeout(timer);
            resolve(call);
          },
        });
      });
    },
  };
}
