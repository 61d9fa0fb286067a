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
python3 - "$log" <<'PY' || true
import re, sys
passed = failed = skipped = 0
for line in open(sys.argv[1], encoding="utf-8", errors="replace"):
    m = re.search(r"Failed:\s*(\d+),\s*Passed:\s*(\d+),\s*Skipped:\s*(\d+)", line)
    if m:
        failed += int(m.group(1)); passed += int(m.group(2)); skipped += int(m.group(3))
print(f"{passed} passed, {failed} failed, {skipped} skipped")
PY
rm -f "$log"
exit "$status"
