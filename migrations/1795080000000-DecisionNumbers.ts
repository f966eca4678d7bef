import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Decision numbers (Nghị định 30/2020 art. 15): per issuing agency and calendar year, from 01,
 * unique and without gaps. The counter row is incremented in the approval's transaction; the
 * number row keeps the issuer's names and symbol as they were when it was given.
 */
export class DecisionNumbers1795080000000 implements MigrationInterface {
  name = 'DecisionNumbers1795080000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE decision_number_counters (
        agency_id uuid NOT NULL REFERENCES agencies(id),
        year int NOT NULL CHECK (year BETWEEN 2000 AND 9999),
        last_number int NOT NULL CHECK (last_number > 0),
        PRIMARY KEY (agency_id, year)
      )`);
    await q.query(`
      CREATE TABLE decision_numbers (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        request_id uuid NOT NULL UNIQUE REFERENCES approval_requests(id),
        issuer_agency_id uuid NOT NULL REFERENCES agencies(id),
        year int NOT NULL,
        number int NOT NULL CHECK (number > 0),
        symbol text NOT NULL,
        decided_on date NOT NULL,
        issuer jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (issuer_agency_id, year, number)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE IF EXISTS decision_numbers');
    await q.query('DROP TABLE IF EXISTS decision_number_counters');
  }
}
