/**
 * Runs a task when the browser has nothing else to do, for work that should be done before the
 * user needs it but not on the way to the first screen (fetching code loaded on first use).
 */

/**
 * Runs `task` once the browser is idle, at the latest after `timeoutMs`; returns a cancel. Where
 * there is no idle callback (Safari), a short timer stands in.
 */
export function whenIdle(task: () => void, timeoutMs = 2000): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(task, { timeout: timeoutMs });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(task, 200);
  return () => clearTimeout(handle);
}
