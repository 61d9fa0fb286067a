-- Read API: a run's articles in keyset order (run_id, article_id) straight from an index. The seed's
-- UNIQUE (pipeline_run_id, article_id) does not serve it, so every /articles?run= page sorted the run.
CREATE INDEX IF NOT EXISTS ix_articles_run_article ON articles (run_id, article_id);

-- Each run's estimated AWS cost (functions/NewsCurator.Domain/Runs/RunCost.cs): measured Lambda seconds times
-- configured memory, requests, Step Functions transitions, their dollars at list prices, and the total with the
-- GPU job (gpu_seconds, gpu_cost_usd) and the LLM (llm_cost_usd) from migration 003. NULL for older runs.
ALTER TABLE pipeline_runs ADD COLUMN lambda_gb_seconds DECIMAL(12,3);
ALTER TABLE pipeline_runs ADD COLUMN lambda_requests INTEGER;
ALTER TABLE pipeline_runs ADD COLUMN state_transitions INTEGER;
ALTER TABLE pipeline_runs ADD COLUMN lambda_cost_usd DECIMAL(12,6);
ALTER TABLE pipeline_runs ADD COLUMN step_functions_cost_usd DECIMAL(12,6);
ALTER TABLE pipeline_runs ADD COLUMN estimated_cost_usd DECIMAL(12,6);
