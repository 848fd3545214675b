import { and, asc, eq, inArray } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import type { BackupRecords, ReboundStore } from '../core/ports.js';
import type { SelfAssessment, UserId } from '../core/records.js';
import * as t from './schema.js';

// The store's sections for learning from rejections: self-assessments, goals and their
// journals. Kept beside drizzle-store.ts so each file stays about one thing.

type Database = PgDatabase<PgQueryResultHKT, typeof t>;
type SelfAssessmentRow = typeof t.selfAssessments.$inferSelect;

// The answers column is JSON; the tracker validates answers before every write, so what
// comes back is the shape it wrote.
const toSelfAssessment = (row: SelfAssessmentRow): SelfAssessment => ({
  ...row,
  answers: row.answers as SelfAssessment['answers'],
});

export function learnSections(
  db: Database,
): Pick<ReboundStore, 'selfAssessments' | 'goals' | 'goalEntries'> {
  const goal = (userId: UserId, id: string) => and(eq(t.goals.userId, userId), eq(t.goals.id, id));
  return {
    selfAssessments: {
      upsert: async (row) => {
        await db
          .insert(t.selfAssessments)
          .values(row)
          .onConflictDoUpdate({
            target: t.selfAssessments.rejectionId,
            set: { answers: row.answers, updatedAt: row.updatedAt },
          });
      },
      getForRejection: async (userId, rejectionId) => {
        const [row] = await db
          .select()
          .from(t.selfAssessments)
          .where(
            and(
              eq(t.selfAssessments.userId, userId),
              eq(t.selfAssessments.rejectionId, rejectionId),
            ),
          );
        return row ? toSelfAssessment(row) : null;
      },
      list: async (userId) =>
        (
          await db
            .select()
            .from(t.selfAssessments)
            .where(eq(t.selfAssessments.userId, userId))
            .orderBy(asc(t.selfAssessments.createdAt), asc(t.selfAssessments.id))
        ).map(toSelfAssessment),
    },
    goals: {
      insert: async (row) => {
        await db.insert(t.goals).values(row);
      },
      update: async (row) => {
        await db.update(t.goals).set(row).where(goal(row.userId, row.id));
      },
      get: async (userId, id) =>
        (await db.select().from(t.goals).where(goal(userId, id)))[0] ?? null,
      list: (userId) =>
        db
          .select()
          .from(t.goals)
          .where(eq(t.goals.userId, userId))
          .orderBy(asc(t.goals.createdAt), asc(t.goals.id)),
      delete: async (userId, id) =>
        (await db.delete(t.goals).where(goal(userId, id)).returning()).length > 0,
    },
    goalEntries: {
      insert: async (row) => {
        await db.insert(t.goalEntries).values(row);
      },
      list: async (userId, goalIds) =>
        goalIds?.length === 0
          ? []
          : db
              .select()
              .from(t.goalEntries)
              .where(
                and(
                  eq(t.goalEntries.userId, userId),
                  goalIds ? inArray(t.goalEntries.goalId, goalIds) : undefined,
                ),
              )
              .orderBy(asc(t.goalEntries.at), asc(t.goalEntries.id)),
    },
  };
}

/** The learning records of a user for a backup; each left out when empty. */
export async function readLearnBackup(
  db: Database,
  userId: UserId,
): Promise<Pick<BackupRecords, 'goals' | 'goalEntries' | 'selfAssessments'>> {
  const sections = learnSections(db);
  const goals = await sections.goals.list(userId);
  const goalEntries = await sections.goalEntries.list(userId);
  const selfAssessments = await sections.selfAssessments.list(userId);
  return {
    ...(goals.length > 0 ? { goals } : {}),
    ...(goalEntries.length > 0 ? { goalEntries } : {}),
    ...(selfAssessments.length > 0 ? { selfAssessments } : {}),
  };
}

/** Writes learning records whose id is not there yet (after applications and rejections). */
export async function writeLearnBackup(
  records: BackupRecords,
  insertNew: (
    table: typeof t.goals | typeof t.goalEntries | typeof t.selfAssessments,
    rows: Record<string, unknown>[],
  ) => Promise<number>,
): Promise<number> {
  return (
    (await insertNew(t.goals, records.goals ?? [])) +
    (await insertNew(t.goalEntries, records.goalEntries ?? [])) +
    (await insertNew(t.selfAssessments, records.selfAssessments ?? []))
  );
}
