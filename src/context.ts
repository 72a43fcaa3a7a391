import type { YogaInitialContext } from 'graphql-yoga';

// A fresh context per request. `now` is read once so every visibility check in one response
// agrees on what has been published.
export interface Context {
  now: Date;
}

export function createContext(_initial: YogaInitialContext): Context {
  return { now: new Date() };
}
