-- Sessions: one per certification attempt. Person details live here until a submission takes them
-- over; unused sessions are deleted by the retention sweep a day after they expire.
CREATE TABLE sessions (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  id_number TEXT NOT NULL,
  phone TEXT,
  challenges TEXT NOT NULL,          -- JSON array of challenge kinds, in order
  nonce TEXT NOT NULL,
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL,
  used_at TEXT                       -- set once, when a submission consumes the nonce
);
CREATE INDEX sessions_expires_at ON sessions (expires_at);

-- tus uploads accepted for a session (the bytes are in the upload staging folder until a submission claims them).
CREATE TABLE uploads (
  id TEXT PRIMARY KEY,
  session_id TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
  part TEXT NOT NULL CHECK (part IN ('photo', 'video')),
  declared_bytes INTEGER NOT NULL,
  filetype TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE INDEX uploads_session_id ON uploads (session_id);

CREATE TABLE submissions (
  id TEXT PRIMARY KEY,
  session_id TEXT NOT NULL UNIQUE,
  idempotency_key_hash TEXT NOT NULL UNIQUE,
  sealed_status_token TEXT NOT NULL,  -- the first status token, encrypted with a key only the client's idempotency key derives
  short_code TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  id_number TEXT NOT NULL,
  phone TEXT,
  challenges TEXT NOT NULL,
  metadata TEXT NOT NULL,             -- EvidenceMetadata as sent (JSON)
  photo_key TEXT NOT NULL,
  photo_bytes INTEGER NOT NULL,
  photo_mime TEXT NOT NULL,
  video_key TEXT NOT NULL,
  video_bytes INTEGER NOT NULL,
  video_mime TEXT NOT NULL,
  video_duration_ms INTEGER,
  precheck_results TEXT NOT NULL,     -- JSON array of PrecheckResult
  precheck_all_passed INTEGER NOT NULL,
  state TEXT NOT NULL CHECK (state IN ('received', 'in-review', 'approved', 'rejected', 'redo-requested', 'withdrawn')),
  received_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  decision TEXT,
  reason_code TEXT,
  reason_text TEXT,
  decided_at TEXT,
  decided_by TEXT,
  next_due_date TEXT,
  evidence_deleted_at TEXT,
  withdrawn_at TEXT
);
CREATE INDEX submissions_state_received ON submissions (state, received_at);
CREATE INDEX submissions_decided_at ON submissions (decided_at);

-- Status tokens are stored only as SHA-256 hashes; a submission can have several (receipt, short-code look-ups).
CREATE TABLE status_tokens (
  token_hash TEXT PRIMARY KEY,
  submission_id TEXT NOT NULL REFERENCES submissions (id) ON DELETE CASCADE,
  created_at TEXT NOT NULL
);
CREATE INDEX status_tokens_submission_id ON status_tokens (submission_id);

CREATE TABLE reviewers (
  username TEXT PRIMARY KEY,
  password_hash TEXT NOT NULL,
  created_at TEXT NOT NULL
);

CREATE TABLE review_sessions (
  token_hash TEXT PRIMARY KEY,
  username TEXT NOT NULL REFERENCES reviewers (username) ON DELETE CASCADE,
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL
);

CREATE TABLE audit_log (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  action TEXT NOT NULL,
  submission_id TEXT,
  detail TEXT NOT NULL
);
CREATE INDEX audit_log_submission_id ON audit_log (submission_id);
