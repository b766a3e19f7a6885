import type { CreateSessionRequest, CreateSessionResponse } from '../../../contract/certification-api';
import { pickChallenges, spokenCodeByteCount, spokenCodeFrom } from '../../../contract/challenges';
import { checkIdNumber } from '../../../contract/id-number';
import { checkPersonName } from '../../../contract/person-name';
import { newId, newToken } from '../http/crypto-tokens';
import { HttpError } from '../http/errors';
import type { ServerContext } from '../server-context';
import { assertRoomForNewWork } from '../staging/storage-pressure';
import type { SessionRecord } from '../storage/submissions-repository';

export type SessionService = {
  /**
   * A certification session: the person's details, the actions to perform (picked for the frame-rate
   * tier the app measured) and a one-time nonce; for the recorded route also the code to read aloud.
   */
  start(request: CreateSessionRequest): Promise<CreateSessionResponse>;
};

export function createSessionService(context: Pick<ServerContext, 'config' | 'repository' | 'staging' | 'evidence' | 'now' | 'random' | 'log'>): SessionService {
  const { config, repository, now, random } = context;
  if (config.fixedChallenges) {
    context.log.warn(`FIXED_CHALLENGES=${config.fixedChallenges.join(',')}: every session asks for the same actions (tests and demonstrations only)`);
  }
  return {
    async start(request) {
      const id = checkIdNumber(request.idNumber, now());
      if (!id.valid) {
        throw new HttpError(400, 'invalid-id-number', `The ID number is not valid (${id.problem}).`, { problem: id.problem, fields: ['idNumber'] });
      }
      const name = checkPersonName(request.name);
      if (!name.valid) throw new HttpError(400, 'invalid-name', `The name is not accepted (${name.problem}).`, { problem: name.problem, fields: ['name'] });
      // A session leads to uploads: none begin while the disk is nearly full.
      await assertRoomForNewWork(context);
      const createdAt = now();
      const tier = request.tier ?? 'standard';
      const route = request.route ?? 'live';
      const session: SessionRecord = {
        id: newId(random),
        name: name.normalized,
        idNumber: id.normalized,
        phone: request.phone && request.phone !== '' ? request.phone : null,
        challenges: config.fixedChallenges ? [...config.fixedChallenges] : pickChallenges(tier, random),
        nonce: newToken(random),
        createdAt: createdAt.toISOString(),
        expiresAt: new Date(createdAt.getTime() + config.sessionTtlMs).toISOString(),
        usedAt: null,
        tier,
        route,
        spokenCode: route === 'recorded' ? spokenCodeFrom(random(spokenCodeByteCount)) : null,
      };
      await repository.createSession(session);
      return {
        sessionId: session.id,
        challenges: session.challenges,
        nonce: session.nonce,
        expiresAt: session.expiresAt,
        ...(session.spokenCode ? { spokenCode: session.spokenCode } : {}),
        // The app fits the video to these (a phone camera's file is often bigger), not to the defaults.
        evidenceLimits: { photoMaxBytes: config.photoMaxBytes, videoMaxBytes: config.videoMaxBytes, videoMaxDurationMs: Math.round(config.videoMaxDurationMs) },
      };
    },
  };
}
