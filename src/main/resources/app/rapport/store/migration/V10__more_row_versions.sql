-- The other rows people edit on a team workspace carry a version too: a shortlisted creator's plan, a message
-- template, a saved view. A save made from an older version is refused instead of overwriting unseen changes.
ALTER TABLE shortlist_entry ADD COLUMN row_version BIGINT DEFAULT 1 NOT NULL;
ALTER TABLE message_template ADD COLUMN row_version BIGINT DEFAULT 1 NOT NULL;
ALTER TABLE saved_view ADD COLUMN row_version BIGINT DEFAULT 1 NOT NULL;
