#!/usr/bin/env bash
# Regenerates tests/fixtures/db/schema-002.db: a SQLite database written by the code of the last
# commit on schema 002 (before migration 003 renamed the columns to the seed schema's names).
# The forward-migration tests load it (and copy it into PostgreSQL) to prove old data survives.
# Usage: scripts/make-legacy-db.sh [git-rev]   (needs the .NET SDK and sqlite3)
set -euo pipefail
cd "$(dirname "$0")/.."
rev=${1:-6c3fe63}
work=$(mktemp -d /tmp/newscurator-legacy.XXXXXX)
trap 'rm -rf "$work"' EXIT

git archive "$rev" | tar -x -C "$work"
dotnet build "$work/functions/NewsCurator.Cli/NewsCurator.Cli.csproj" -c Release -v q -o "$work/cli" >/dev/null
cli() { (cd "$work" && dotnet cli/newscurator.dll "$@"); }

# Two real runs of the sample (the second drops what the first sent).
cli run --out "$work/out" --config config/pipeline.yaml --run-id legacy-1 --quiet >/dev/null
cli run --out "$work/out" --config config/pipeline.yaml --run-id legacy-2 --quiet >/dev/null

# Small enough to check in: every selected article, the first 25 dropped ones of each run.
sqlite3 "$work/out/newscurator.db" <<'SQL'
PRAGMA journal_mode=DELETE;
DELETE FROM articles WHERE decision = 'dropped' AND article_id NOT IN
  (SELECT article_id FROM articles a2 WHERE a2.run_id = articles.run_id AND a2.decision = 'dropped' ORDER BY article_id LIMIT 25);
VACUUM;
SQL
cp "$work/out/newscurator.db" tests/fixtures/db/schema-002.db
echo "wrote tests/fixtures/db/schema-002.db ($(stat -c %s tests/fixtures/db/schema-002.db) bytes) from $rev"
