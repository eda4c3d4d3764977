-- Finding a contact by email (import duplicates, the editor's check) must not scan every contact.
-- The key is written by the application, like social_account.handle_key, so H2 and PostgreSQL agree.
ALTER TABLE contact ADD COLUMN email_key VARCHAR(320);
UPDATE contact SET email_key = LOWER(email);
CREATE INDEX ix_contact_email_key ON contact (email_key);
