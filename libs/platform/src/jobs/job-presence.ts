import { Queue } from 'bullmq';
import Redis from 'ioredis';

/**
 * Where a job stands, as far as a reconciler needs to know:
 * - `missing`: no such job (never added, removed, or Redis lost it);
 * - `finished`: completed or failed, kept for inspection;
 * - `delayed`: waiting for its time;
 * - `pending`: waiting, prioritised or running.
 */
export type JobPresence = 'missing' | 'finished' | 'delayed' | 'pending';

/**
 * The presence of many jobs in one round trip. BullMQ's own `getJobState` scans the whole wait
 * list for each job (LRANGE), which turns a backlog of n jobs into n² work when a sweep checks
 * them all; the job hash and the three sorted sets answer in O(log n) each.
 */
export async function jobPresence(queue: Queue, jobIds: string[]): Promise<JobPresence[]> {
  if (jobIds.length === 0) return [];
  // our queues run on ioredis connections (JobQueue); BullMQ types its client more narrowly
  const client = (await queue.client) as unknown as Redis;
  const pipeline = client.pipeline();
  for (const id of jobIds) {
    pipeline.exists(queue.toKey(id));
    pipeline.zscore(queue.keys.completed, id);
    pipeline.zscore(queue.keys.failed, id);
    pipeline.zscore(queue.keys.delayed, id);
  }
  const replies = (await pipeline.exec()) ?? [];
  return jobIds.map((_, i) => {
    const [exists, completed, failed, delayed] = replies.slice(i * 4, i * 4 + 4).map(([error, value]) => {
      if (error) throw error;
      return value;
    });
    if (!exists) return 'missing';
    if (completed !== null || failed !== null) return 'finished';
    if (delayed !== null) return 'delayed';
    return 'pending';
  });
}
