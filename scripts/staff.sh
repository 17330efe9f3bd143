#!/usr/bin/env bash
# Staff accounts of the portal scripts/run.sh serves: the same database (portal.db) and build (out/data).
#   bash scripts/staff.sh add --name zhangjing --body yichun-amr    (the password is read from standard input)
#   bash scripts/staff.sh list  |  bash scripts/staff.sh disable --name zhangjing
# On a server, run the API's own program with the service's settings instead (docs/INTERFACES.md, "Staff console").
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build api -c Release -v q -nologo >/dev/null
exec dotnet api/bin/Release/net10.0/Enforcement.Api.dll --contentRoot "$PWD/api/bin/Release/net10.0" \
  --Portal:Data="$PWD/out/data" --Portal:Database="$PWD/portal.db" staff "$@"
