/**
 * The per-host cap on browser work that loads the audited site: at most `slots` tasks at once
 * (page loads of the crawl, probe navigations, a Lighthouse run), first come first served, except
 * that an urgent task takes the next free slot ahead of the queue. The crawl queues a whole level
 * of pages at once; a probe run that started beside it (Lighthouse on the home page) would
 * otherwise wait for the level to drain.
 */
export interface HostGate {
  <T>(task: () => Promise<T>): Promise<T>;
  /** Runs the task in the next free slot, before the tasks already waiting. */
  urgent<T>(task: () => Promise<T>): Promise<T>;
  readonly slots: number;
}

export function hostGate(slots: number): HostGate {
  const max = Math.max(1, Math.floor(slots));
  let running = 0;
  const waiting: (() => void)[] = [];
  const release = () => {
    running--;
    const next = waiting.shift();
    if (next) {
      running++;
      next();
    }
  };
  const enter = (task: () => Promise<unknown>, urgent: boolean) =>
    new Promise<unknown>((resolve, reject) => {
      const start = () => {
        // A task that throws synchronously still frees its slot.
        Promise.resolve().then(task).then(resolve, reject).finally(release);
      };
      if (running < max) {
        running++;
        start();
      } else if (urgent) waiting.unshift(start);
      else waiting.push(start);
    });
  const gate = (<T>(task: () => Promise<T>) => enter(task, false) as Promise<T>) as HostGate;
  Object.assign(gate, { urgent: <T>(task: () => Promise<T>) => enter(task, true) as Promise<T>, slots: max });
  return gate;
}
