-- Server: jurisdictions, accounts (login fields on the shared users table), sessions,
-- the login audit, and catalogs as imported through the server.

CREATE TABLE IF NOT EXISTS jurisdictions (
  id text PRIMARY KEY,               -- path: 山西省/阳泉市/矿区
  name text NOT NULL,
  level text NOT NULL CHECK (level IN ('省', '市', '县区')),
  parent text REFERENCES jurisdictions(id),
  bureau text NOT NULL
);

-- The users table is shared with the case engine (which may create it first); the server
-- only adds what login needs.
CREATE TABLE IF NOT EXISTS users (
  name text PRIMARY KEY
);
ALTER TABLE users ADD COLUMN IF NOT EXISTS display_name text;
ALTER TABLE users ADD COLUMN IF NOT EXISTS roles text[] NOT NULL DEFAULT '{}';
ALTER TABLE users ADD COLUMN IF NOT EXISTS jurisdiction_id text;
ALTER TABLE users ADD COLUMN IF NOT EXISTS certificate_no text;
ALTER TABLE users ADD COLUMN IF NOT EXISTS certificate_valid_from date;
ALTER TABLE users ADD COLUMN IF NOT EXISTS certificate_valid_to date;
ALTER TABLE users ADD COLUMN IF NOT EXISTS password_hash text;
ALTER TABLE users ADD COLUMN IF NOT EXISTS failed_logins integer NOT NULL DEFAULT 0;
ALTER TABLE users ADD COLUMN IF NOT EXISTS locked_until timestamptz;
ALTER TABLE users ADD COLUMN IF NOT EXISTS disabled boolean NOT NULL DEFAULT false;
ALTER TABLE users ADD COLUMN IF NOT EXISTS account_created_at timestamptz NOT NULL DEFAULT now();

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
