#!/usr/bin/env bash
# Installs what the tests need (idempotently) and runs every test of the solution.
# Used as-is by CI (.ci/run) and by the README's quick start.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v dotnet >/dev/null 2>&1; then
  echo "test.sh: the .NET 10 SDK is required (https://dotnet.microsoft.com/download)" >&2
  exit 2
fi

# Tests never assert wall-clock time; keep the machine's two cores for the test host.
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

dotnet build Serverless.sln -c Release --nologo -v q
log=$(mktemp)
set +e
dotnet test Serverless.sln -c Release --no-build --nologo -v q 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e

# One closing line for CI: "N passed, N failed, N skipped", summed over the test assemblies.
grep -oE 'Failed: *[0-9]+, Passed: *[0-9]+, Skipped: *[0-9]+' "$log" \
  | awk -F'[:,]' '{ f += $2; p += $4; s += $6 } END { printf "%d passed, %d failed, %d skipped\n", p, f, s }'
rm -f "$log"
exit "$status"
