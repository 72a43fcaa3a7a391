import { mapNinjs } from './map.ts';
import { saveImportedArticle, type ImportOutcome, type SaveOptions } from './save.ts';

/** Imports one ninjs item: mapped and validated, then saved in one (retried) transaction. */
export async function importNinjs(raw: unknown, opts: SaveOptions): Promise<{ articleId: number; outcome: ImportOutcome }> {
  return saveImportedArticle(mapNinjs(raw), opts);
}
