#!/usr/bin/env bash
# Builds the site from content/ and serves site and API on http://localhost:5080 with the embedded
# defaults: SQLite file portal.db, e-mail written to mail/ as .eml files (no SMTP server needed).
set -euo pipefail
cd "$(dirname "$0")/.."
port="${PORT:-5080}"
dotnet run --project site -c Release -- build --content content --out out "$@"
echo "Serving http://localhost:$port/ (API under /api/); e-mail goes to ./mail/"
exec dotnet run --project api -c Release --no-launch-profile -- \
  --urls "http://localhost:$port" --Portal:Data=out/data --Portal:Site=out/site \
  --Portal:Database=portal.db --Portal:Mail:Pickup=mail
