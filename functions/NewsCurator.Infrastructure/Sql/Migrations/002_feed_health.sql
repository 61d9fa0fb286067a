-- Where a feed moved (permanent redirect), and feed health with the share of items that reach a newsletter.
ALTER TABLE feed_statistics ADD COLUMN moved_to TEXT;

CREATE VIEW feed_health AS
SELECT f.feed_url, f.title, f.consecutive_failures, f.last_error, f.last_success_at, f.last_attempt_at, f.runs_seen, f.avg_latency_ms,
       COALESCE(s.items, 0) AS items, COALESCE(s.selected, 0) AS selected,
       CASE WHEN COALESCE(s.items, 0) = 0 THEN 0.0 ELSE s.selected * 1.0 / s.items END AS newsletter_share
FROM feeds f
LEFT JOIN (SELECT feed_url, SUM(total_items) AS items, SUM(final_selected) AS selected FROM feed_statistics GROUP BY feed_url) s
  ON s.feed_url = f.feed_url;
