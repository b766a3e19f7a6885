import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { ServerContext } from '../server-context';
import { uploadIdPattern } from '../staging/staging-area';

const dayMs = 24 * 3600 * 1000;

export type SweepReport = { evidenceDeleted: number; sessionsDeleted: number; stagedUploadsDeleted: number; recordsScrubbed: number };

/**
 * Keeps nothing longer than needed: evidence EVIDENCE_RETENTION_DAYS after the decision, the person's
 * details RECORD_RETENTION_DAYS after it, sessions a day after they expired, and staged uploads nobody claimed.
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
  const stale = await repository.deleteStaleSessions(new Date(at.getTime() - dayMs).toISOString());
  report.sessionsDeleted = stale.sessions;
  for (const id of stale.uploadIds) await context.staging.delete(id);
  // Staged files with no upload row (e.g. the row went with its session) older than a day.
  const names = await readdir(context.staging.directory).catch(() => [] as string[]);
  for (const name of names) {
    const id = name.replace(/\.json$/, '');
    if (!uploadIdPattern.test(id) || name.endsWith('.json')) continue;
    const info = await stat(path.join(context.staging.directory, name)).catch(() => null);
    if (!info || at.getTime() - info.mtimeMs < dayMs) continue;
    if (await repository.findUpload(id)) continue;
    await context.staging.delete(id);
    report.stagedUploadsDeleted += 1;
  }
  report.stagedUploadsDeleted += stale.uploadIds.length;
  await context.accounts.deleteExpiredReviewSessions(at.toISOString());
  return report;
}

/** Sweeps at start and then on an interval; the returned function stops it. */
export function startEvidenceSweeper(context: ServerContext): () => void {
  let running = false;
  const run = () => {
    if (running) return;
    running = true;
    sweepOnce(context)
      .then((report) => {
        if (report.evidenceDeleted + report.sessionsDeleted + report.stagedUploadsDeleted + report.recordsScrubbed > 0) context.log.info(report, 'retention sweep');
      })
      .catch((error: unknown) => context.log.error({ err: error }, 'retention sweep failed'))
      .finally(() => {
        running = false;
      });
  };
  run();
  const timer = setInterval(run, context.config.retentionSweepIntervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
