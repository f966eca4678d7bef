import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Content search matches the words of a query together (issue 17).
 *
 * A Vietnamese word is one to four syllables, and the syllables of a query are the common ones of
 * the language: every syllable of "chữ ký số" ('chu ky so' once normalised) was in 97 % of a
 * province's texts at full scale, so a match on the syllables found nearly every text and ranking
 * them all was the search's cost (1.7 s p95 province-wide). file_texts.pairs holds each pair of
 * adjacent words of a text within a clause ('chu ky', 'ky so'), written by the worker with the
 * text (contentPairs(), libs/documents/src/search/content-pairs.ts), and the tsvector holds them
 * besides the words: a query of several words asks for its pairs as well, which the GIN index
 * answers from posting lists as selective as the phrase.
 *
 * A text without pairs (extracted before this migration, written with another text since, or
 * whose pairs would pass a tsvector's 1 MB) carries the lexeme ' unpaired' instead (a space: no
 * parser token has one) and is matched by its words alone, as before; the worker's sweep writes
 * the pairs of such texts. A change of text without its pairs empties them (trigger), so pairs
 * never describe another text.
 */
export class ContentSearchPairs1795220000000 implements MigrationInterface {
  name = 'ContentSearchPairs1795220000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE file_texts ADD COLUMN pairs text');
    await q.query(`
      CREATE FUNCTION content_tsvector(body text, pairs text) RETURNS tsvector
        LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
      DECLARE
        words tsvector := to_tsvector('simple', body);
      BEGIN
        IF pairs IS NOT NULL THEN
          BEGIN
            RETURN words || pairs::tsvector;
          EXCEPTION WHEN program_limit_exceeded THEN
            NULL; -- too long with its pairs: kept unpaired
          END;
        END IF;
        RETURN words || ''' unpaired'''::tsvector;
      END $$`);
    await q.query(`
      CREATE FUNCTION file_texts_stale_pairs() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.text IS DISTINCT FROM OLD.text AND NEW.pairs IS NOT DISTINCT FROM OLD.pairs THEN
          NEW.pairs := NULL;
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE TRIGGER file_texts_stale_pairs BEFORE UPDATE OF text ON file_texts
        FOR EACH ROW EXECUTE FUNCTION file_texts_stale_pairs()`);
    await q.query('DROP INDEX file_texts_tsv');
    await q.query('ALTER TABLE file_texts DROP COLUMN tsv');
    await q.query(
      'ALTER TABLE file_texts ADD COLUMN tsv tsvector GENERATED ALWAYS AS (content_tsvector(text, pairs)) STORED',
    );
    await q.query('CREATE INDEX file_texts_tsv ON file_texts USING gin (tsv)');
    // the texts the sweep gives pairs to
    await q.query(
      `CREATE INDEX file_texts_unpaired ON file_texts (file_id) WHERE pairs IS NULL AND status = 'EXTRACTED'`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX file_texts_unpaired');
    await q.query('DROP INDEX file_texts_tsv');
    await q.query('ALTER TABLE file_texts DROP COLUMN tsv');
    await q.query(
      `ALTER TABLE file_texts ADD COLUMN tsv tsvector GENERATED ALWAYS AS (to_tsvector('simple', text)) STORED`,
    );
    await q.query('CREATE INDEX file_texts_tsv ON file_texts USING gin (tsv)');
    await q.query('DROP TRIGGER file_texts_stale_pairs ON file_texts');
    await q.query('DROP FUNCTION file_texts_stale_pairs()');
    await q.query('ALTER TABLE file_texts DROP COLUMN pairs');
    await q.query('DROP FUNCTION content_tsvector(text, text)');
  }
}
