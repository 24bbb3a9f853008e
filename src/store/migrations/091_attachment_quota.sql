-- Who uploaded which attachment (POST /api/attachments), for the per-user quota on stored
-- attachments. The bytes stay in record_attachment (stored once by hash); an account is
-- charged once for each distinct file it uploaded.
CREATE TABLE IF NOT EXISTS attachment_uploads (
  user_name text NOT NULL,
  sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  size bigint NOT NULL CHECK (size >= 0),
  uploaded_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (user_name, sha256)
);
