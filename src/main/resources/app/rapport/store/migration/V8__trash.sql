-- Deleted contacts wait in the Trash (restorable) until it is emptied or they are 30 days old.
ALTER TABLE contact ADD COLUMN deleted_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX ix_contact_deleted ON contact (deleted_at);
