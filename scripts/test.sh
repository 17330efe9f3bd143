#!/usr/bin/env bash
# Runs every test of the solution and ends with one line "N passed, M failed" summed over all test
# assemblies (dotnet test prints one line per assembly and no total).
#   scripts/test.sh            everything, installing missing system packages first (scripts/install-test-deps.sh)
#   scripts/test.sh --fast     without the tests marked [Trait("Category", "Slow")]: the 10,000-decision build,
#                              kill -9, Chromium and real-SMTP tests (these need no system packages)
# The API tests run twice: on SQLite with the rest, then again on PostgreSQL (PORTAL_TEST_STORE=postgres,
# a private server the tests start from Debian's postgresql package; skipped, and said so, when it is missing).
# Other arguments go to dotnet test, e.g. scripts/test.sh --filter "FullyQualifiedName~Redaction".
set -uo pipefail
cd "$(dirname "$0")/.."

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 SE_OFFLINE=true

fast=false
args=()
for a in "$@"; do
  if [ "$a" = "--fast" ]; then fast=true; else args+=("$a"); fi
done
if $fast; then
  args+=(--filter "Category!=Slow")
elif ! bash scripts/install-test-deps.sh; then
  echo "0 passed, 1 failed (could not install the test dependencies)"
  exit 1
fi

log=$(mktemp)
if ! dotnet build Enforcement.sln -c Release > "$log" 2>&1; then
  grep -E "error" "$log" | sort -u | head -n 40
  echo "0 passed, 1 failed"
  exit 1
fi
dotnet test Enforcement.sln -c Release --no-build "${args[@]}" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
if compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null; then
  echo "API tests again, on PostgreSQL:"
  PORTAL_TEST_STORE=postgres dotnet test tests/Api.Tests/Enforcement.Api.Tests.csproj -c Release --no-build "${args[@]}" 2>&1 | tee -a "$log"
  pg_status=${PIPESTATUS[0]}
  [ "$status" -eq 0 ] && status=$pg_status
else
  echo "PostgreSQL is not installed (scripts/install-test-deps.sh installs it): the API tests ran on SQLite only."
fi

passed=$(grep -Eo 'Passed: +[0-9]+' "$log" | awk '{s += $2} END {print s + 0}')
failed=$(grep -Eo 'Failed: +[0-9]+' "$log" | awk '{s += $2} END {print s + 0}')
rm -f "$log"
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
echo "$passed passed, $failed failed"
exit "$status"
