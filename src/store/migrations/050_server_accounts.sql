-- Server: jurisdictions, users (accounts), sessions, the login audit, and catalogs as
-- imported through the server.

CREATE TABLE IF NOT EXISTS jurisdictions (
  id text PRIMARY KEY,               -- path: 山西省/阳泉市/矿区
  name text NOT NULL,
  level text NOT NULL CHECK (level IN ('省', '市', '县区')),
  parent text REFERENCES jurisdictions(id),
  bureau text NOT NULL
);

-- Users: one row per person, shared by the case engine (roles, jurisdiction, 执法证,
-- conflicts for recusal) and the server (login). The one definition of the table.
-- (Amended: see AMENDED.tsv.)
CREATE TABLE IF NOT EXISTS users (
  name text PRIMARY KEY,
  display_name text,
  roles text[] NOT NULL DEFAULT '{}',
  jurisdiction_id text,
  certificate_no text,                 -- 执法证
  certificate_valid_from date,
  certificate_valid_to date,
  conflicts text[] NOT NULL DEFAULT '{}', -- parties this user has a standing interest in (recusal, 行政处罚法 第四十三条)
  password_hash text,
  failed_logins integer NOT NULL DEFAULT 0,
  locked_until timestamptz,
  disabled boolean NOT NULL DEFAULT false,
  account_created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE IF NOT EXISTS sessions (
  token_sha256 text PRIMARY KEY,     -- the cookie holds the token; only its hash is stored
  user_name text NOT NULL REFERENCES users(name) ON DELETE CASCADE,
  csrf_token text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  ip text,
  user_agent text
);
CREATE INDEX IF NOT EXISTS sessions_user ON sessions (user_name);

CREATE TABLE IF NOT EXISTS login_events (
  id bigserial PRIMARY KEY,
  at timestamptz NOT NULL DEFAULT now(),
  user_name text NOT NULL,           -- as typed, even when no such account exists
  outcome text NOT NULL,             -- success / bad_password / unknown_user / locked / disabled / logout
  ip text,
  user_agent text
);
CREATE INDEX IF NOT EXISTS login_events_user ON login_events (user_name, at);

CREATE TABLE IF NOT EXISTS server_catalogs (
  id text PRIMARY KEY,               -- source file stem, or sha256 prefix of an upload
  jurisdiction_id text NOT NULL REFERENCES jurisdictions(id),
  title text NOT NULL,
  source_file text NOT NULL,
  source_sha256 text NOT NULL,
  catalog jsonb NOT NULL,            -- the imported catalog (src/catalog model)
  published boolean NOT NULL DEFAULT false,
  published_at timestamptz,
  imported_by text,
  imported_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX IF NOT EXISTS server_catalogs_jurisdiction ON server_catalogs (jurisdiction_id);
