-- Catalog editions: a new edition of a bureau's catalog keeps the ones before it (cases
-- opened under an edition resolve their item in that edition), and the portal shows the
-- edition a maintainer published, not necessarily the latest.
CREATE TABLE IF NOT EXISTS server_catalog_editions (
  catalog_id text NOT NULL REFERENCES server_catalogs(id) ON DELETE CASCADE,
  edition integer NOT NULL CHECK (edition >= 1),
  title text NOT NULL,
  source_file text NOT NULL,
  source_sha256 text NOT NULL,
  catalog jsonb NOT NULL,            -- the imported catalog of this edition (src/catalog model)
  imported_by text,
  imported_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (catalog_id, edition)
);

-- server_catalogs keeps the latest edition (and its number); published_edition is the one on the portal.
ALTER TABLE server_catalogs ADD COLUMN IF NOT EXISTS edition integer NOT NULL DEFAULT 1;
ALTER TABLE server_catalogs ADD COLUMN IF NOT EXISTS published_edition integer;

-- Catalogs imported before editions existed are their own edition 1.
INSERT INTO server_catalog_editions (catalog_id, edition, title, source_file, source_sha256, catalog, imported_by, imported_at)
  SELECT id, 1, title, source_file, source_sha256, catalog, imported_by, imported_at FROM server_catalogs
  ON CONFLICT (catalog_id, edition) DO NOTHING;
UPDATE server_catalogs SET published_edition = edition WHERE published AND published_edition IS NULL;
