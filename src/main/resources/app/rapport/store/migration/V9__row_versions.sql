-- Several people may edit one team workspace at once. Every row a user edits in a form carries a version,
-- raised by each save; a save made from an older version is refused instead of overwriting unseen changes.
ALTER TABLE contact ADD COLUMN row_version BIGINT DEFAULT 1 NOT NULL;
ALTER TABLE deal ADD COLUMN row_version BIGINT DEFAULT 1 NOT NULL;
ALTER TABLE campaign ADD COLUMN row_version BIGINT DEFAULT 1 NOT NULL;
