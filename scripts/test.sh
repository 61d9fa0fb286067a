#!/usr/bin/env bash
# Installs what the tests need (idempotently) and runs every test of the solution: every category
# (unit, integration, cdk, gpu; the xunit trait "Category") that can run on this machine. A test whose
# service or device is missing here is skipped with its reason, and the end of the output lists each.
# Used as-is by CI (.ci/run) and by the README's quick start.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v dotnet >/dev/null 2>&1; then
  echo "test.sh: the .NET 10 SDK is required (https://dotnet.microsoft.com/download)" >&2
  exit 2
fi

# Tests never assert wall-clock time; keep the machine's two cores for the test host.
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

# PostgreSQL on loopback for the database tests (the production adapter): install once, then a
# throwaway cluster per test run, removed on exit.
# A loopback port nobody listens on (servers started here must not collide with anything running).
free_port() {
  local port
  for _ in $(seq 1 50); do
    port=$((20000 + RANDOM % 40000))
    if ! (echo > "/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "$port"; return; fi
  done
  echo "test.sh: no free loopback port found" >&2; return 1
}
as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
if [ -z "$pg_bin" ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "test.sh: installing PostgreSQL for the database tests"
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null) || echo "test.sh: PostgreSQL install failed" >&2
  pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
fi
pg_data=""
s3_pid=""
s3_data=""
cdk_out=""
run_tmp=""
cleanup() {
  if [ -n "$run_tmp" ]; then rm -rf "$run_tmp"; fi
  if [ -n "$pg_data" ]; then as_postgres "$pg_bin/pg_ctl" -D "$pg_data" -m immediate stop >/dev/null 2>&1 || true; rm -rf "$pg_data"; fi
  if [ -n "$s3_pid" ]; then kill "$s3_pid" 2>/dev/null || true; rm -rf "$s3_data"; fi
  if [ -n "$cdk_out" ]; then rm -rf "$cdk_out" "$cdk_out.log"; fi
}
trap cleanup EXIT
if [ -n "$pg_bin" ]; then
  pg_data=$(mktemp -d /tmp/newscurator-pg.XXXXXX)
  [ "$(id -u)" = 0 ] && chown postgres: "$pg_data"
  pg_port=$(free_port)
  as_postgres "$pg_bin/initdb" -D "$pg_data" -A trust -U postgres >/dev/null
  # TLS with a throwaway CA, so the certificate-verification tests (VerifyFull) run against a real server.
  pg_tls=""
  if command -v openssl >/dev/null 2>&1; then
    openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=NewsCurator test CA" \
      -keyout "$pg_data/ca.key" -out "$pg_data/ca.pem" >/dev/null 2>&1
    openssl req -newkey rsa:2048 -nodes -subj "/CN=localhost" -keyout "$pg_data/server.key" -out "$pg_data/server.csr" >/dev/null 2>&1
    printf "subjectAltName=DNS:localhost,IP:127.0.0.1\n" > "$pg_data/san.ext"
    openssl x509 -req -days 2 -in "$pg_data/server.csr" -CA "$pg_data/ca.pem" -CAkey "$pg_data/ca.key" -CAcreateserial \
      -extfile "$pg_data/san.ext" -out "$pg_data/server.pem" >/dev/null 2>&1
    chmod 600 "$pg_data/server.key"
    [ "$(id -u)" = 0 ] && chown postgres: "$pg_data"/server.* "$pg_data"/ca.*
    pg_tls="-c ssl=on -c ssl_cert_file=$pg_data/server.pem -c ssl_key_file=$pg_data/server.key"
    export NEWSCURATOR_TEST_POSTGRES_CA="$pg_data/ca.pem"
  fi
  as_postgres "$pg_bin/pg_ctl" -D "$pg_data" -w -l "$pg_data/log" \
    -o "-p $pg_port -k $pg_data -c listen_addresses=127.0.0.1 -c fsync=off $pg_tls" start >/dev/null
  export NEWSCURATOR_TEST_POSTGRES="Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=postgres"
  echo "test.sh: PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$pg_port"
else
  echo "test.sh: no PostgreSQL available; the PostgreSQL tests will be skipped" >&2
fi

# Debian's Chromium for the dashboard tests (Playwright's own browser download does not work here).
if ! command -v chromium >/dev/null 2>&1 && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "test.sh: installing Chromium for the dashboard tests"
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) || echo "test.sh: Chromium install failed" >&2
fi

# An S3-protocol server on loopback (npm s3rver) for the S3 blob-store tests.
if [ ! -f .tools/node_modules/s3rver/bin/s3rver.js ]; then
  npm install --prefix .tools --no-audit --no-fund --silent s3rver@3.7.1 >/dev/null || echo "test.sh: could not install s3rver" >&2
fi
# The AWS CDK CLI, pinned, for the real `cdk synth` through cdk.json below (what ops runs to deploy).
cdk_version=2.1148.1
if ! grep -qs "\"version\": \"$cdk_version\"" .tools/node_modules/aws-cdk/package.json; then
  npm install --prefix .tools --no-audit --no-fund --silent "aws-cdk@$cdk_version" >/dev/null || echo "test.sh: could not install aws-cdk" >&2
fi
if [ -f .tools/node_modules/s3rver/bin/s3rver.js ]; then
  s3_data=$(mktemp -d /tmp/newscurator-s3.XXXXXX)
  s3_port=$(free_port)
  node .tools/node_modules/s3rver/bin/s3rver.js -d "$s3_data" -a 127.0.0.1 -p "$s3_port" --silent --configure-bucket newscurator-test >/dev/null 2>&1 &
  s3_pid=$!
  for _ in $(seq 1 50); do (echo > "/dev/tcp/127.0.0.1/$s3_port") 2>/dev/null && break; sleep 0.1; done
  export NEWSCURATOR_TEST_S3="http://127.0.0.1:$s3_port"
  echo "test.sh: s3rver on 127.0.0.1:$s3_port"
fi

dotnet build Serverless.sln -c Release --nologo -v q

# The deploy path, exactly as ops runs it: cdk.json -> cdk/app.sh (dotnet publish of the Lambda code,
# then the CDK app) -> cloud assembly. A broken publish or synth fails the test command here; the
# CdkCliSynthTests then check what it produced (NEWSCURATOR_TEST_CDK_OUT). No AWS account is needed:
# the stack is environment-agnostic without credentials, and nothing asks a metadata endpoint.
# The synth's and the tests' temp files in one folder that goes with the run: the CDK's jsii runtime unpacks
# about 64 MB of packages into a fresh temp folder for every synthesised app and never removes
# them, which filled a developer's disk after a few dozen runs.
run_tmp=$(mktemp -d /tmp/newscurator-test.XXXXXX)
export TMPDIR="$run_tmp"
if [ -x .tools/node_modules/.bin/cdk ]; then
  cdk_out=$(mktemp -d /tmp/newscurator-cdk.XXXXXX)
  echo "test.sh: cdk synth (aws-cdk $(.tools/node_modules/.bin/cdk --version 2>/dev/null | awk '{print $1}'))"
  if ! AWS_EC2_METADATA_DISABLED=true CDK_DISABLE_CLI_TELEMETRY=true CDK_DISABLE_VERSION_CHECK=true \
      .tools/node_modules/.bin/cdk synth --no-notices --quiet --output "$cdk_out" >"$cdk_out.log" 2>&1; then
    tail -40 "$cdk_out.log" >&2
    echo "test.sh: cdk synth through cdk.json failed: the stack cannot be deployed (see above)" >&2
    exit 1
  fi
  export NEWSCURATOR_TEST_CDK_OUT="$cdk_out"
else
  echo "test.sh: no CDK CLI available; the cdk synth tests will be skipped" >&2
fi
log=$(mktemp)
set +e
dotnet test Serverless.sln -c Release --no-build --nologo -v q --logger "console;verbosity=normal" 2>&1 | grep -v -E '^\s+Passed ' | tee "$log"
status=${PIPESTATUS[0]}
set -e

# What was skipped and why (xunit prints the reason on the line after "[SKIP]"), grouped by reason,
# then one closing line for CI: "N passed, N failed, N skipped", summed over the test assemblies.
awk '/\[SKIP\]$/ { name = $0; getline reason; print reason "\t" name }' "$log" | sed -e "s/^\[xUnit\.net [0-9:.]*\] *//" -e "s/\t\[xUnit\.net [0-9:.]*\] */\t/" -e 's/ \[SKIP\]$//' \
  | sort | awk -F '\t' 'NR == 1 { print "Skipped tests, by reason:" } $1 != last { print "  " $1; last = $1 } { print "    " $2 }'
awk '/^ +Passed: [0-9]+$/ { p += $2 } /^ +Failed: [0-9]+$/ { f += $2 } /^ +Skipped: [0-9]+$/ { s += $2 }
     END { printf "%d passed, %d failed, %d skipped\n", p, f, s }' "$log"
rm -f "$log"
exit "$status"
