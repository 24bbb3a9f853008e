-- Sign-in: failed attempts counted per name typed — for an existing account and for a name
-- that has none alike, so that lockout does not tell which accounts exist. Each attempt is
-- reserved by one atomic INSERT … ON CONFLICT DO UPDATE … RETURNING before the password is
-- checked (src/server/auth.ts), so concurrent guesses cannot all pass an unlocked check.
-- Replaces users.failed_logins / users.locked_until (their state is carried over).
CREATE TABLE IF NOT EXISTS login_throttle (
  name text PRIMARY KEY,             -- as typed, trimmed and lower-cased
  failures integer NOT NULL CHECK (failures >= 0),
  locked_until timestamptz,
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX IF NOT EXISTS login_throttle_updated ON login_throttle (updated_at);

INSERT INTO login_throttle (name, failures, locked_until)
  SELECT name, failed_logins, locked_until FROM users WHERE failed_logins > 0 OR locked_until > now()
  ON CONFLICT (name) DO NOTHING;
ALTER TABLE users DROP COLUMN IF EXISTS failed_logins;
ALTER TABLE users DROP COLUMN IF EXISTS locked_until;
