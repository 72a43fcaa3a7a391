import { mapNinjs } from './map.ts';
import { saveImportedArticle, type ImportOutcome, type SaveOptions } from './save.ts';

/**
 * Imports one ninjs item. Two imports naming the same new person (or tag...) at once can collide
 * on its unique slug, or deadlock on the list counters; the loser is retried, a bounded number
 * of times, and then finds the row the winner made.
 */
export async function importNinjs(raw: unknown, opts: SaveOptions): Promise<{ articleId: number; outcome: ImportOutcome }> {
  const item = mapNinjs(raw);
  for (let attempt = 1; ; attempt++) {
    try {
      return await saveImportedArticle(item, opts);
    } catch (err) {
      const code = (err as { code?: string }).code;
      const retryable = code === 'P2002' || code === 'P2034' || /deadlock detected/.test(String((err as Error).message));
      if (!retryable || attempt >= 4) throw err;
    }
  }
}
