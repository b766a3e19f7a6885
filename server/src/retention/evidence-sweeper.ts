import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { ServerContext } from '../server-context';
import { uploadIdPattern } from '../staging/staging-area';

const dayMs = 24 * 3600 * 1000;

export type SweepReport = { evidenceDeleted: number; sessionsDeleted: number; stagedUploadsDeleted: number; recordsScrubbed: number };

/**
 * Keeps nothing longer than needed: evidence EVIDENCE_RETENTION_DAYS after the decision, the person's
 * details RECORD_RETENTION_DAYS after it, sessions a day after they expired, and staged uploads nobody
 * can finish (see sweepStagingOnce).
 */
export async function sweepOnce(context: ServerContext): Promise<SweepReport> {
  const { repository, evidence, config, now } = context;
  const at = now();
  const report: SweepReport = { evidenceDeleted: 0, sessionsDeleted: 0, stagedUploadsDeleted: 0, recordsScrubbed: 0 };
  const decidedBefore = new Date(at.getTime() - config.evidenceRetentionDays * dayMs).toISOString();
  for (;;) {
    const due = await repository.listEvidenceDueForDeletion(decidedBefore, 100);
    if (due.length === 0) break;
    for (const submission of due) {
      await evidence.deletePrefix(submission.id);
      await repository.markEvidenceDeleted(submission.id, at.toISOString());
      await repository.appendAudit({
        at: at.toISOString(),
        actor: 'retention',
        action: 'evidence-deleted',
        submissionId: submission.id,
        detail: `${config.evidenceRetentionDays} days after the decision`,
      });
      report.evidenceDeleted += 1;
    }
  }
  report.recordsScrubbed = await repository.scrubPersonalData(new Date(at.getTime() - config.recordRetentionDays * dayMs).toISOString());
  if (report.recordsScrubbed > 0) {
    await repository.appendAudit({
      at: at.toISOString(),
      actor: 'retention',
      action: 'records-scrubbed',
      submissionId: null,
      detail: `${report.recordsScrubbed} submission(s): personal details blanked ${config.recordRetentionDays} days after the decision`,
    });
  }
  report.stagedUploadsDeleted = (await sweepStagingOnce(context)).stagedUploadsDeleted;
  const stale = await repository.deleteStaleSessions(new Date(at.getTime() - dayMs).toISOString());
  report.sessionsDeleted = stale.sessions;
  for (const id of stale.uploadIds) await context.staging.delete(id);
  report.stagedUploadsDeleted += stale.uploadIds.length;
  await context.accounts.deleteExpiredReviewSessions(at.toISOString());
  return report;
}

export type StagingSweepReport = { stagedUploadsDeleted: number; sessionsBlanked: number };

/**
 * Uploads nobody can finish any more (their session's upload deadline, SESSION_TTL + UPLOAD_GRACE,
 * has passed) are deleted with the person's details in that session; so are staged files whose upload
 * is unknown, once they are older than that deadline. Runs every STAGING_SWEEP_MINUTES: nothing
 * abandoned stays on disk for more than an hour.
 */
export async function sweepStagingOnce(context: ServerContext): Promise<StagingSweepReport> {
  const { repository, config, now } = context;
  const at = now().getTime();
  const abandoned = await repository.abandonExpiredSessions(new Date(at - config.uploadGraceMs).toISOString());
  for (const id of abandoned.uploadIds) await context.staging.delete(id);
  let orphans = 0;
  const names = await readdir(context.staging.directory).catch(() => [] as string[]);
  for (const name of names) {
    if (!uploadIdPattern.test(name)) continue;
    const info = await stat(path.join(context.staging.directory, name)).catch(() => null);
    if (!info || at - info.mtimeMs < config.sessionTtlMs + config.uploadGraceMs) continue;
    if (await repository.findUpload(name)) continue;
    await context.staging.delete(name);
    orphans += 1;
  }
  return { stagedUploadsDeleted: abandoned.uploadIds.length + orphans, sessionsBlanked: abandoned.sessionsBlanked };
}

/** Runs `task` at start and every `intervalMs`, never two at once; the returned function stops it. */
function every(intervalMs: number, task: () => Promise<void>): () => void {
  let running = false;
  const run = () => {
    if (running) return;
    running = true;
    task().finally(() => {
      running = false;
    });
  };
  run();
  const timer = setInterval(run, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}

/**
 * The retention sweep (RETENTION_SWEEP_MINUTES) and the staging sweep (STAGING_SWEEP_MINUTES); the
 * returned function stops both. With several servers only the leader sweeps (an advisory lock it
 * holds as long as it lives); when it dies, another server takes over at its next interval.
 */
export function startEvidenceSweeper(context: ServerContext): () => void {
  const leaderOnly =
    <T>(task: () => Promise<T>) =>
    async (): Promise<T | null> =>
      (await context.coordination.holdLeadership('retention-sweep')) ? task() : null;
  const stopRetention = every(context.config.retentionSweepIntervalMs, () =>
    leaderOnly(() => sweepOnce(context))().then(
      (report) => {
        if (report && report.evidenceDeleted + report.sessionsDeleted + report.stagedUploadsDeleted + report.recordsScrubbed > 0) context.log.info(report, 'retention sweep');
      },
      (error: unknown) => context.log.error({ err: error }, 'retention sweep failed'),
    ),
  );
  const stopStaging = every(context.config.stagingSweepIntervalMs, () =>
    leaderOnly(() => sweepStagingOnce(context))().then(
      (report) => {
        if (report && report.stagedUploadsDeleted + report.sessionsBlanked > 0) context.log.info(report, 'staging sweep');
      },
      (error: unknown) => context.log.error({ err: error }, 'staging sweep failed'),
    ),
  );
  return () => {
    stopRetention();
    stopStaging();
  };
}
