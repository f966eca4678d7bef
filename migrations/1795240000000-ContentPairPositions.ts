import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Content search ranks a query of several words by its pairs (issue 17), so each text's pairs now
 * keep their positions (contentPairsLiteral). Pairs written before carry none, and would rank
 * every text alike: they are emptied, so those texts are matched by their words (the ' unpaired'
 * lexeme, migration 1795220000000) until the worker's sweep writes their pairs again, with
 * positions. A text with no pair at all ('') has nothing to redo.
 */
export class ContentPairPositions1795240000000 implements MigrationInterface {
  name = 'ContentPairPositions1795240000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`UPDATE file_texts SET pairs = NULL WHERE pairs <> '' AND strpos(pairs, ''':') = 0`);
  }

  async down(): Promise<void> {
    // pairs with positions are valid pairs for the previous ranking too
  }
}
