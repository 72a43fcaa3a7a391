import { env } from '../env.ts';
import { logger } from '../logger.ts';
import { publishOneDue } from '../writes/article-workflow.ts';

// Scheduled articles go live by a poll on every instance: each tick publishes the articles whose
// time has come, one transaction each, claimed with SKIP LOCKED (src/writes/article-workflow.ts), so any
// number of instances may poll together. Publishing records the `article.due` event.

/** Publishes every article that has fallen due (at most `limit` per call); returns how many. */
export async function publishDueArticles(limit = 100): Promise<number> {
  let published = 0;
  while (published < limit && (await publishOneDue())) published++;
  return published;
}

export interface Scheduler {
  stop(): Promise<void>;
}

export function startScheduler({ pollMs = env().SCHEDULER_POLL_MS } = {}): Scheduler {
  let running: Promise<unknown> = Promise.resolve();
  let busy = false;
  const tick = () => {
    if (busy) return;
    busy = true;
    running = publishDueArticles()
      .then((n) => n && logger.info({ published: n }, 'scheduled articles published'))
      .catch((err) => logger.warn({ err: (err as Error).message }, 'publishing scheduled articles failed'))
      .finally(() => {
        busy = false;
      });
  };
  const timer = pollMs > 0 ? setInterval(tick, pollMs) : undefined;
  timer?.unref();
  if (timer) tick();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
