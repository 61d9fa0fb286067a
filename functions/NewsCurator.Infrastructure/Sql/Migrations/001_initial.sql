-- One schema for PostgreSQL and SQLite: portable types only, timestamps as ISO-8601 text (UTC),
-- booleans as 0/1. Natural keys everywhere so every write can be an upsert.
CREATE TABLE IF NOT EXISTS pipeline_runs (
    run_id TEXT PRIMARY KEY,
    status TEXT NOT NULL,
    started_at TEXT NOT NULL,
    completed_at TEXT,
    updated_at TEXT NOT NULL,
    config_digest TEXT NOT NULL,
    total_feeds INTEGER NOT NULL DEFAULT 0,
    failed_feeds INTEGER NOT NULL DEFAULT 0,
    total_items INTEGER NOT NULL DEFAULT 0,
    after_dedupe INTEGER NOT NULL DEFAULT 0,
    after_content_filter INTEGER NOT NULL DEFAULT 0,
    after_ad_detection INTEGER NOT NULL DEFAULT 0,
    after_scoring INTEGER NOT NULL DEFAULT 0,
    selected_articles INTEGER NOT NULL DEFAULT 0,
    newsletter_id TEXT,
    error_stage TEXT,
    error_message TEXT
);

CREATE TABLE IF NOT EXISTS articles (
    run_id TEXT NOT NULL REFERENCES pipeline_runs(run_id),
    article_id TEXT NOT NULL,
    feed_url TEXT NOT NULL,
    feed_title TEXT,
    title TEXT NOT NULL,
    url TEXT,
    canonical_url TEXT,
    author TEXT,
    published_at TEXT,
    language TEXT,
    word_count INTEGER NOT NULL DEFAULT 0,
    content_type TEXT,
    tech_relevance_score DOUBLE PRECISION,
    quality_score DOUBLE PRECISION,
    ad_probability DOUBLE PRECISION,
    is_advertisement INTEGER,
    decision TEXT NOT NULL,
    decision_stage TEXT NOT NULL,
    decision_rule TEXT NOT NULL,
    decision_reason TEXT NOT NULL,
    duplicate_of TEXT,
    rank INTEGER,
    summary TEXT,
    topics TEXT,
    preview TEXT,
    reading_time_minutes INTEGER,
    PRIMARY KEY (run_id, article_id)
);
CREATE INDEX IF NOT EXISTS ix_articles_decision ON articles (run_id, decision);
CREATE INDEX IF NOT EXISTS ix_articles_published ON articles (published_at);

CREATE TABLE IF NOT EXISTS feed_statistics (
    run_id TEXT NOT NULL REFERENCES pipeline_runs(run_id),
    feed_url TEXT NOT NULL,
    feed_title TEXT,
    status TEXT NOT NULL,
    error TEXT,
    http_status INTEGER,
    latency_ms INTEGER NOT NULL DEFAULT 0,
    total_items INTEGER NOT NULL DEFAULT 0,
    passed_content_filter INTEGER NOT NULL DEFAULT 0,
    passed_ad_detection INTEGER NOT NULL DEFAULT 0,
    passed_scoring INTEGER NOT NULL DEFAULT 0,
    final_selected INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (run_id, feed_url)
);

CREATE TABLE IF NOT EXISTS newsletters (
    newsletter_id TEXT PRIMARY KEY,
    run_id TEXT NOT NULL UNIQUE REFERENCES pipeline_runs(run_id),
    subject TEXT NOT NULL,
    article_count INTEGER NOT NULL,
    html_key TEXT NOT NULL,
    text_key TEXT NOT NULL,
    html_content TEXT NOT NULL,
    text_content TEXT NOT NULL,
    created_at TEXT NOT NULL
);

-- Feed health across runs. last_run_id makes the update idempotent: a re-exported run does not count twice.
CREATE TABLE IF NOT EXISTS feeds (
    feed_url TEXT PRIMARY KEY,
    title TEXT,
    consecutive_failures INTEGER NOT NULL DEFAULT 0,
    failures_before_last_run INTEGER NOT NULL DEFAULT 0,
    last_error TEXT,
    last_success_at TEXT,
    last_attempt_at TEXT,
    last_run_id TEXT,
    runs_seen INTEGER NOT NULL DEFAULT 0,
    avg_latency_ms DOUBLE PRECISION NOT NULL DEFAULT 0
);
