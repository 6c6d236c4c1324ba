-- Conditional GET without losing items: feed_cache keeps the last good body next to its validators,
-- so a 304 Not Modified is answered from the stored copy. Rows from before this migration have a NULL
-- body and are treated as a miss (no conditional headers are sent; the next 200 fills them in).
ALTER TABLE feed_cache ADD COLUMN body TEXT;
ALTER TABLE feed_cache ADD COLUMN content_type TEXT;
