-- Subject lines A/B: both variants of every issue, and which one was sent (subject_line keeps the sent text).
ALTER TABLE newsletters ADD COLUMN subject_variant TEXT;
ALTER TABLE newsletters ADD COLUMN subject_informative TEXT;
ALTER TABLE newsletters ADD COLUMN subject_engaging TEXT;

-- What the optional LLM did in a run: calls made (cache hits cost none), articles answered from the
-- cache, tokens. Its dollars go to llm_cost_usd (migration 003) with the other stages' reported costs.
ALTER TABLE pipeline_runs ADD COLUMN llm_calls INTEGER NOT NULL DEFAULT 0;
ALTER TABLE pipeline_runs ADD COLUMN llm_cached INTEGER NOT NULL DEFAULT 0;
ALTER TABLE pipeline_runs ADD COLUMN llm_input_tokens INTEGER NOT NULL DEFAULT 0;
ALTER TABLE pipeline_runs ADD COLUMN llm_output_tokens INTEGER NOT NULL DEFAULT 0;
