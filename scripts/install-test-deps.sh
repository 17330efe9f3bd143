#!/usr/bin/env bash
# Installs the system packages the tests need, only those missing, quietly (Debian/Ubuntu, apt).
# The one list of them: scripts/test.sh and .ci/run both come through here.
set -euo pipefail

need=()
# want PACKAGE CHECK...: PACKAGE is installed unless CHECK succeeds.
want() { local package=$1; shift; "$@" >/dev/null 2>&1 || need+=("$package"); }

want chromium          command -v chromium                       # browser tests (Playwright drives Debian's chromium)
# The phone-layout tests measure Chinese text: without a CJK font chromium draws boxes of another width.
want fonts-noto-cjk    test -e /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc
want python3-aiosmtpd  /usr/bin/python3 -c 'import aiosmtpd'     # the loopback SMTP server of the mail tests
want nginx             test -x /usr/sbin/nginx                    # the deployment tests' private reverse proxy
# The API suite's second run (PORTAL_TEST_STORE=postgres) starts a private server with initdb and pg_ctl.
want postgresql        compgen -G '/usr/lib/postgresql/*/bin/initdb'

[ ${#need[@]} -eq 0 ] && exit 0
as_root=()
[ "$(id -u)" -eq 0 ] || as_root=(sudo)
echo "installing test dependencies: ${need[*]}" >&2
"${as_root[@]}" apt-get update -qq
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
