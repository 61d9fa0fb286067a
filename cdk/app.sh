#!/usr/bin/env bash
# The CDK app command (cdk.json): publish the Lambda code, then synthesise the stack.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet publish functions/NewsCurator.Functions/NewsCurator.Functions.csproj -c Release -o .build/lambda --nologo -v q >&2
dotnet run --project cdk/NewsCurator.Cdk/NewsCurator.Cdk.csproj -c Release --no-launch-profile
