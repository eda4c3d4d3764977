-- An imported list may give a channel's figures before its handle (a ranked list of channel names and
-- subscribers). Such an account keeps an empty handle and no key, so any number of them fit beside the
-- unique (platform, handle_key) of the accounts whose handles are known.
ALTER TABLE social_account ALTER COLUMN handle_key DROP NOT NULL;
