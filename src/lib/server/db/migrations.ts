/**
 * The schema's versions, applied in name order by Kysely's Migrator at start (storage.ts). A
 * migration, once released, is never edited: a change is a new entry. They live in code, not in a
 * folder of files, because the server is bundled and a folder would not be there to read.
 */
import { sql, type Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';

export const migrations: Record<string, Migration> = {
	'0001_short_links': {
		async up(db: Kysely<unknown>) {
			await db.schema
				.createTable('short_link')
				.addColumn('id', 'text', (c) => c.primaryKey())
				.addColumn('query', 'text', (c) => c.notNull())
				.addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
				.execute();
			// rate-limiter-flexible's table, made here rather than by the library so that two processes
			// starting at once do not race to create it (the migration lock orders them).
			await db.schema
				.createTable('rate_limit')
				.addColumn('key', 'varchar(255)', (c) => c.primaryKey())
				.addColumn('points', 'integer', (c) => c.notNull().defaultTo(0))
				.addColumn('expire', 'bigint')
				.execute();
		},
		async down(db: Kysely<unknown>) {
			await db.schema.dropTable('rate_limit').execute();
			await db.schema.dropTable('short_link').execute();
		}
	},
	'0002_group_decisions': {
		async up(db: Kysely<unknown>) {
			await db.schema
				.createTable('decision')
				.addColumn('id', 'text', (c) => c.primaryKey())
				.addColumn('facilitator_hash', 'text', (c) => c.notNull())
				.addColumn('query', 'text', (c) => c.notNull())
				.addColumn('status', 'text', (c) => c.notNull().defaultTo('open'))
				.addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
				.addColumn('active_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
				.execute();
			await db.schema
				.createTable('answer')
				.addColumn('id', 'text', (c) => c.primaryKey())
				.addColumn('decision_id', 'text', (c) => c.notNull().references('decision.id').onDelete('cascade'))
				.addColumn('token_hash', 'text', (c) => c.notNull())
				.addColumn('name', 'text', (c) => c.notNull())
				.addColumn('weights', 'text', (c) => c.notNull())
				.addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
				.addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
				.execute();
			await db.schema.createIndex('answer_decision').on('answer').column('decision_id').execute();
			await db.schema.createIndex('decision_active').on('decision').column('active_at').execute();
		},
		async down(db: Kysely<unknown>) {
			await db.schema.dropTable('answer').execute();
			await db.schema.dropTable('decision').execute();
		}
	},
	/**
	 * How many answers a decision has, kept on its row: an answer is then one statement that adds
	 * one to it only while the decision is open, live and under the cap (the row's lock orders
	 * answers that arrive together), instead of a transaction that locks, counts and inserts.
	 */
	'0003_answer_count': {
		async up(db: Kysely<unknown>) {
			await db.schema
				.alterTable('decision')
				.addColumn('answers', 'integer', (c) => c.notNull().defaultTo(0))
				.execute();
			await sql`update decision set answers = (select count(*) from answer where answer.decision_id = decision.id)`.execute(
				db
			);
		},
		async down(db: Kysely<unknown>) {
			await db.schema.alterTable('decision').dropColumn('answers').execute();
		}
	}
};
