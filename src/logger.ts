import { pino } from 'pino';
import pretty from 'pino-pretty';
import { env } from './env.ts';

// JSON lines for log collectors; readable, coloured lines when a person watches a terminal.
// pino-pretty runs in this thread (sync), so the last lines before an exit are not lost.
const level = env().NODE_ENV === 'test' ? 'silent' : env().LOG_LEVEL;

export const logger = process.stdout.isTTY
  ? pino({ level }, pretty({ sync: true, colorize: true, translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname' }))
  : pino({ level });
