-- The same tables as sqlite/001-initial.sql, in PostgreSQL's own types: timestamptz for times, boolean,
-- jsonb for the JSON lists the server reads back, text for the evidence metadata kept exactly as sent.
-- Sessions: one per certification attempt. Person details live here until a submission takes them
-- over; unused sessions are deleted by the retention sweep a day after they expire.
CREATE TABLE sessions (
  id text PRIMARY KEY,
  name text NOT NULL,
  id_number text NOT NULL,
  phone text,
  challenges jsonb NOT NULL,          -- array of challenge kinds, in order
  nonce text NOT NULL,
  created_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL,
  used_at timestamptz                 -- set once, when a submission consumes the nonce
);
CREATE INDEX sessions_expires_at ON sessions (expires_at);

-- tus uploads accepted for a session (the bytes are in the shared staging folder until a submission claims them).
CREATE TABLE uploads (
  id text PRIMARY KEY,
  session_id text NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
  part text NOT NULL CHECK (part IN ('photo', 'video')),
  declared_bytes integer NOT NULL,
  filetype text NOT NULL,
  created_at timestamptz NOT NULL
);
CREATE INDEX uploads_session_id ON uploads (session_id);

CREATE TABLE submissions (
  id text PRIMARY KEY,
  session_id text NOT NULL UNIQUE,
  idempotency_key_hash text NOT NULL UNIQUE,
  sealed_status_token text NOT NULL,  -- the first status token, encrypted with a key only the client's idempotency key derives
  short_code text NOT NULL UNIQUE,
  name text NOT NULL,
  id_number text NOT NULL,
  phone text,
  challenges jsonb NOT NULL,
  metadata text NOT NULL,             -- EvidenceMetadata as sent (JSON)
  photo_key text NOT NULL,
  photo_bytes integer NOT NULL,
  photo_mime text NOT NULL,
  video_key text NOT NULL,
  video_bytes integer NOT NULL,
  video_mime text NOT NULL,
  video_duration_ms integer,
  precheck_results jsonb NOT NULL,    -- array of PrecheckResult
  precheck_all_passed boolean NOT NULL,
  state text NOT NULL CHECK (state IN ('received', 'in-review', 'approved', 'rejected', 'redo-requested', 'withdrawn')),
  received_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  decision text,
  reason_code text,
  reason_text text,
  decided_at timestamptz,
  decided_by text,
  next_due_date date,
  evidence_deleted_at timestamptz,
  withdrawn_at timestamptz
);
CREATE INDEX submissions_state_received ON submissions (state, received_at);
CREATE INDEX submissions_decided_at ON submissions (decided_at);

-- Status tokens are stored only as SHA-256 hashes; a submission can have several (receipt, short-code look-ups).
CREATE TABLE status_tokens (
  token_hash text PRIMARY KEY,
  submission_id text NOT NULL REFERENCES submissions (id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL
);
CREATE INDEX status_tokens_submission_id ON status_tokens (submission_id);

CREATE TABLE reviewers (
  username text PRIMARY KEY,
  password_hash text NOT NULL,
  created_at timestamptz NOT NULL
);

CREATE TABLE review_sessions (
  token_hash text PRIMARY KEY,
  username text NOT NULL REFERENCES reviewers (username) ON DELETE CASCADE,
  created_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL
);

CREATE TABLE audit_log (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  at timestamptz NOT NULL,
  actor text NOT NULL,
  action text NOT NULL,
  submission_id text,
  detail text NOT NULL
);
CREATE INDEX audit_log_submission_id ON audit_log (submission_id);
