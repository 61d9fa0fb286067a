-- The seed schema ("Database Schema" of the product's origin), column for column, plus what the
-- pipeline needs. Existing rows are carried over: each table is renamed aside, recreated, copied
-- and dropped (the only portable way to rename columns and change keys in SQLite and PostgreSQL).
--
-- Dialect placeholders (Sql/MigrationDialect.cs substitutes them):
--   {uuid}        PostgreSQL UUID;   SQLite TEXT holding the lowercase 8-4-4-4-12 form.
--   {uuid_array}  PostgreSQL UUID[]; SQLite TEXT holding the same PostgreSQL array literal
--                 ('{id1,id2}'), so one SQL export loads into both.
--   {now}         the current UTC time as ISO-8601 text.
-- Helper functions, PostgreSQL functions or SQLite connection functions with the same results:
--   nc_uuid(name)          the deterministic id of a name: md5(name) read as a UUID (RowIds.cs).
--   nc_seconds(from, to)   seconds between two ISO-8601 timestamps.
-- DECIMAL(p,s) and BOOLEAN are native in PostgreSQL; SQLite stores them as REAL and 0/1.
-- Timestamps stay ISO-8601 UTC text in both (sortable; the API's keyset cursors compare them).

DROP VIEW IF EXISTS feed_health;
DROP INDEX IF EXISTS ix_articles_decision;
DROP INDEX IF EXISTS ix_articles_published;
ALTER TABLE newsletters RENAME TO newsletters_002;
ALTER TABLE feed_statistics RENAME TO feed_statistics_002;
ALTER TABLE articles RENAME TO articles_002;
ALTER TABLE pipeline_runs RENAME TO pipeline_runs_002;

CREATE TABLE pipeline_runs (
    id {uuid} PRIMARY KEY,                      -- nc_uuid('run:' || run_id)
    started_at TEXT NOT NULL,
    completed_at TEXT,
    status VARCHAR(20) NOT NULL,                -- 'running', 'completed', 'failed'
    total_articles_input INTEGER,               -- items read from every feed
    articles_output INTEGER,                    -- articles in the newsletter
    processing_time_seconds INTEGER,            -- completed_at - started_at, measured
    s3_output_path TEXT,                        -- where the run's artifacts are (s3:// URI or a folder)
    error_message TEXT,
    created_at TEXT NOT NULL DEFAULT {now},
    -- The pipeline's own columns.
    run_id TEXT NOT NULL UNIQUE,                -- the execution name: in URLs, blob keys and the state machine
    updated_at TEXT NOT NULL,
    config_digest TEXT NOT NULL,
    error_stage TEXT,
    total_feeds INTEGER NOT NULL DEFAULT 0,
    failed_feeds INTEGER NOT NULL DEFAULT 0,
    after_dedupe INTEGER NOT NULL DEFAULT 0,
    after_content_filter INTEGER NOT NULL DEFAULT 0,
    after_ad_detection INTEGER NOT NULL DEFAULT 0,
    after_scoring INTEGER NOT NULL DEFAULT 0,
    newsletter_id TEXT,
    scoring_model TEXT,                         -- the scorer that ranked the run: name and version
    llm_cost_usd DECIMAL(10,4),                 -- present when a stage reported what it spent
    gpu_seconds DECIMAL(10,2),
    gpu_cost_usd DECIMAL(10,4)
);
CREATE INDEX ix_pipeline_runs_started ON pipeline_runs (started_at);

INSERT INTO pipeline_runs (id, started_at, completed_at, status, total_articles_input, articles_output, processing_time_seconds,
    s3_output_path, error_message, created_at, run_id, updated_at, config_digest, error_stage, total_feeds, failed_feeds,
    after_dedupe, after_content_filter, after_ad_detection, after_scoring, newsletter_id)
SELECT nc_uuid('run:' || run_id), started_at, completed_at,
       CASE status WHEN 'succeeded' THEN 'completed' ELSE status END,
       total_items, selected_articles,
       CASE WHEN completed_at IS NULL THEN NULL ELSE CAST(ROUND(nc_seconds(started_at, completed_at)) AS INTEGER) END,
       NULL, error_message, started_at, run_id, updated_at, config_digest, error_stage, total_feeds, failed_feeds,
       after_dedupe, after_content_filter, after_ad_detection, after_scoring, newsletter_id
FROM pipeline_runs_002;

CREATE TABLE articles (
    id {uuid} PRIMARY KEY,                      -- nc_uuid('article:' || run_id || ':' || article_id)
    pipeline_run_id {uuid} NOT NULL REFERENCES pipeline_runs(id),
    title TEXT NOT NULL,
    content TEXT,                               -- extracted plain text, at most 50,000 characters (ArticleText.MaxContentLength)
    summary TEXT,
    url TEXT,
    feed_name TEXT,
    published_date TEXT,
    quality_score DECIMAL(4,2),
    content_type VARCHAR(50),
    tech_relevance_score DECIMAL(4,2),
    is_advertisement BOOLEAN DEFAULT FALSE,     -- NULL: the item never reached scoring
    created_at TEXT NOT NULL DEFAULT {now},
    -- The pipeline's own columns.
    run_id TEXT NOT NULL,                       -- pipeline_runs.run_id, for readable queries
    article_id TEXT NOT NULL,                   -- the item's id, stable across runs (decisions, duplicate_of)
    feed_url TEXT NOT NULL,
    canonical_url TEXT,
    author TEXT,
    language TEXT,
    word_count INTEGER NOT NULL DEFAULT 0,
    content_length INTEGER NOT NULL DEFAULT 0,  -- characters of the extracted text before the cap
    ad_probability DOUBLE PRECISION,
    decision TEXT NOT NULL,                     -- 'selected' or 'dropped'
    decision_stage TEXT NOT NULL,
    decision_rule TEXT NOT NULL,
    decision_reason TEXT NOT NULL,
    duplicate_of TEXT,
    rank INTEGER,
    topics TEXT,                                -- a JSON array of strings
    preview TEXT,
    reading_time_minutes INTEGER,
    UNIQUE (pipeline_run_id, article_id)
);
CREATE INDEX ix_articles_run_decision ON articles (run_id, decision);
CREATE INDEX ix_articles_published ON articles (published_date, id);

INSERT INTO articles (id, pipeline_run_id, title, content, summary, url, feed_name, published_date, quality_score, content_type,
    tech_relevance_score, is_advertisement, created_at, run_id, article_id, feed_url, canonical_url, author, language, word_count,
    content_length, ad_probability, decision, decision_stage, decision_rule, decision_reason, duplicate_of, rank, topics, preview,
    reading_time_minutes)
SELECT nc_uuid('article:' || a.run_id || ':' || a.article_id), nc_uuid('run:' || a.run_id), a.title, NULL, a.summary, a.url,
       a.feed_title, a.published_at, ROUND(CAST(a.quality_score AS NUMERIC), 2), a.content_type,
       ROUND(CAST(a.tech_relevance_score AS NUMERIC), 2), (a.is_advertisement = 1), r.started_at, a.run_id, a.article_id, a.feed_url,
       a.canonical_url, a.author, a.language, a.word_count, 0, a.ad_probability, a.decision, a.decision_stage, a.decision_rule,
       a.decision_reason, a.duplicate_of, a.rank, a.topics, a.preview, a.reading_time_minutes
FROM articles_002 a JOIN pipeline_runs_002 r ON r.run_id = a.run_id;

CREATE TABLE feed_statistics (
    id {uuid} PRIMARY KEY,                      -- nc_uuid('feed_statistics:' || run_id || ':' || feed_url)
    pipeline_run_id {uuid} NOT NULL REFERENCES pipeline_runs(id),
    feed_name TEXT NOT NULL,                    -- the feed's title, else its URL
    feed_url TEXT NOT NULL,
    total_articles INTEGER NOT NULL DEFAULT 0,
    passed_content_filter INTEGER NOT NULL DEFAULT 0,
    passed_ad_detection INTEGER NOT NULL DEFAULT 0,
    passed_quality_scoring INTEGER NOT NULL DEFAULT 0,
    final_articles INTEGER NOT NULL DEFAULT 0,
    processing_time_seconds DECIMAL(8,2),       -- fetch, parse and full-text extraction of this feed, measured
    created_at TEXT NOT NULL DEFAULT {now},
    -- The pipeline's own columns.
    run_id TEXT NOT NULL,
    status TEXT NOT NULL,                       -- 'ok', 'not_modified', 'error', 'backed_off'
    error TEXT,
    http_status INTEGER,
    latency_ms INTEGER NOT NULL DEFAULT 0,      -- the HTTP fetch alone
    moved_to TEXT,
    UNIQUE (pipeline_run_id, feed_url)
);
CREATE INDEX ix_feed_statistics_feed ON feed_statistics (feed_url);

INSERT INTO feed_statistics (id, pipeline_run_id, feed_name, feed_url, total_articles, passed_content_filter, passed_ad_detection,
    passed_quality_scoring, final_articles, processing_time_seconds, created_at, run_id, status, error, http_status, latency_ms, moved_to)
SELECT nc_uuid('feed_statistics:' || f.run_id || ':' || f.feed_url), nc_uuid('run:' || f.run_id), COALESCE(f.feed_title, f.feed_url),
       f.feed_url, f.total_items, f.passed_content_filter, f.passed_ad_detection, f.passed_scoring, f.final_selected, NULL,
       r.started_at, f.run_id, f.status, f.error, f.http_status, f.latency_ms, f.moved_to
FROM feed_statistics_002 f JOIN pipeline_runs_002 r ON r.run_id = f.run_id;

CREATE TABLE newsletters (
    id {uuid} PRIMARY KEY,                      -- nc_uuid('newsletter:' || newsletter_id)
    pipeline_run_id {uuid} NOT NULL UNIQUE REFERENCES pipeline_runs(id),
    subject_line TEXT NOT NULL,
    html_content TEXT NOT NULL,
    text_content TEXT NOT NULL,
    article_ids {uuid_array} NOT NULL,          -- articles.id of the newsletter's stories, in rank order
    generated_at TEXT NOT NULL DEFAULT {now},
    -- The pipeline's own columns.
    newsletter_id TEXT NOT NULL UNIQUE,         -- in URLs: /newsletters/{newsletter_id}
    run_id TEXT NOT NULL,
    article_count INTEGER NOT NULL,
    html_key TEXT NOT NULL,
    text_key TEXT NOT NULL
);

INSERT INTO newsletters (id, pipeline_run_id, subject_line, html_content, text_content, article_ids, generated_at, newsletter_id,
    run_id, article_count, html_key, text_key)
SELECT nc_uuid('newsletter:' || n.newsletter_id), nc_uuid('run:' || n.run_id), n.subject, n.html_content, n.text_content,
       CAST('{' || COALESCE((SELECT string_agg(CAST(nc_uuid('article:' || a.run_id || ':' || a.article_id) AS TEXT), ',' ORDER BY a.rank)
                             FROM articles_002 a WHERE a.run_id = n.run_id AND a.decision = 'selected'), '') || '}' AS {uuid_array}),
       n.created_at, n.newsletter_id, n.run_id, n.article_count, n.html_key, n.text_key
FROM newsletters_002 n;

DROP TABLE newsletters_002;
DROP TABLE feed_statistics_002;
DROP TABLE articles_002;
DROP TABLE pipeline_runs_002;

CREATE VIEW feed_health AS
SELECT f.feed_url, f.title, f.consecutive_failures, f.last_error, f.last_success_at, f.last_attempt_at, f.runs_seen, f.avg_latency_ms,
       COALESCE(s.items, 0) AS items, COALESCE(s.selected, 0) AS selected,
       CASE WHEN COALESCE(s.items, 0) = 0 THEN 0.0 ELSE s.selected * 1.0 / s.items END AS newsletter_share
FROM feeds f
LEFT JOIN (SELECT feed_url, SUM(total_articles) AS items, SUM(final_articles) AS selected FROM feed_statistics GROUP BY feed_url) s
  ON s.feed_url = f.feed_url;
