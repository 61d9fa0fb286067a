#!/usr/bin/env bash
# The CDK app command (cdk.json): publish the Lambda code, then synthesise the stack.
set -euo pipefail
cd "$(dirname "$0")/.."
# For the functions' architecture (ARM64) only: every platform's natives (ONNX Runtime, SQLite) would
# take the package past Lambda's 250 MB unzipped limit (368 MB; 124 MB for linux-arm64).
rm -rf .build/lambda
dotnet publish functions/NewsCurator.Functions/NewsCurator.Functions.csproj -c Release -r linux-arm64 --self-contained false -o .build/lambda --nologo -v q >&2
dotnet run --project cdk/NewsCurator.Cdk/NewsCurator.Cdk.csproj -c Release --no-launch-profile
