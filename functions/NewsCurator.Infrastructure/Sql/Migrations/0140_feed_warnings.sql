-- What a feed got wrong that did not stop it being read (a repaired document, unreadable dates, private links), and a
-- feed whose every item one content rule drops: a JSON array of sentences, NULL when there is nothing to say.
ALTER TABLE feed_statistics ADD COLUMN warnings TEXT;
