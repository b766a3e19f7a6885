-- Receipts (issue 12, finding 3). A status token's scope: the token the submitting device received
-- ('owner') may withdraw; a token from a short-code look-up ('read') may only read the status.
-- Tokens made after the submission itself came from look-ups.
ALTER TABLE status_tokens ADD COLUMN scope TEXT NOT NULL DEFAULT 'owner' CHECK (scope IN ('owner', 'read'));
UPDATE status_tokens SET scope = 'read'
  WHERE created_at > (SELECT received_at FROM submissions WHERE submissions.id = status_tokens.submission_id);

-- Wrong ID-number endings tried against a submission's short code, in the database so that every
-- server process agrees; the code is locked for good at the limit (see status-service.ts).
ALTER TABLE submissions ADD COLUMN lookup_failures INTEGER NOT NULL DEFAULT 0;
