#!/usr/bin/env bash
# Builds the site from content/ and serves site and API on http://localhost:5080 with the embedded
# defaults: SQLite file portal.db, e-mail written to mail/ as .eml files (no SMTP server needed).
set -euo pipefail
cd "$(dirname "$0")/.."
port="${PORT:-5080}"
dotnet run --project site -c Release -- build --content content --out out "$@"
echo "Serving http://localhost:$port/ (API under /api/); e-mail goes to ./mail/"
# Run the built API from the repository root (dotnet run would start it in api/), so relative paths and
# the development card key in .portal/ are the same ones the build used.
dotnet build api -c Release -v q -nologo >/dev/null
exec dotnet api/bin/Release/net10.0/Enforcement.Api.dll --contentRoot "$PWD/api/bin/Release/net10.0" \
  --urls "http://localhost:$port" --Portal:Data="$PWD/out/data" --Portal:Site="$PWD/out/site" \
  --Portal:Database="$PWD/portal.db" --Portal:Mail:Pickup="$PWD/mail"
