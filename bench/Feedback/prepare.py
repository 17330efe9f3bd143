#!/usr/bin/python3
"""Makes the data for the ratings benchmark: a registry with N active officers, the page shell, and a
tab-separated lists of certificate + card token for wrk's Lua script (one card per request, so the
one-rating-per-card-per-address-per-day rule never refuses during a run).

usage: prepare.py OUT_DIR OFFICERS BASE64_CARD_KEY
"""
import base64, hashlib, hmac, json, os, sys

out, count, key = sys.argv[1], int(sys.argv[2]), base64.b64decode(sys.argv[3])
data = os.path.join(out, "data")
os.makedirs(data, exist_ok=True)

def token(certificate, serial):
    # core/Cards/CardToken.For: "{serial}." + base64url of the first 12 bytes of HMAC-SHA256(key, "certificate|serial").
    mac = hmac.new(key, f"{certificate}|{serial}".encode("utf-8"), hashlib.sha256).digest()[:12]
    return f"{serial}." + base64.urlsafe_b64encode(mac).decode("ascii").rstrip("=")

certificates = [f"36{n:09d}" for n in range(1, count + 1)]
registry = {
    "title": "基准测试平台", "baseUrl": "https://zfgs.example.gov.cn", "builtFor": "2026-01-01",
    "retention": {"default": {"amount": 5, "unit": "years"}, "naturalPerson": {"amount": 2, "unit": "years"}},
    "supervision": {"name": "市局执法监督科", "email": "jdk@example.gov.cn", "phone": "0795-1234567"},
    "bodies": [{"slug": f"body-{b}", "name": f"第{b}执法局", "phone": "0795-0000000", "notify": None} for b in range(20)],
    "officers": [{"certificate": c, "name": "测试人员", "bodySlug": f"body-{i % 20}", "unit": "执法稽查局", "position": "科员",
                  "categories": ["市场监管综合执法"], "region": "宜春市", "status": "active", "validUntil": None}
                 for i, c in enumerate(certificates)],
    "decisions": [],
}
with open(os.path.join(data, "registry.json"), "w", encoding="utf-8") as f:
    json.dump(registry, f, ensure_ascii=False)
with open(os.path.join(data, "shell.html"), "w", encoding="utf-8") as f:
    f.write('<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>{{title}}</title></head>'
            '<body><main><h1>{{title}}</h1><!--content--></main></body></html>\n')
# Card n (serial n) is the n-th officer's; run.sh registers them once the API has made its database.
with open(os.path.join(out, "serials.tsv"), "w", encoding="ascii") as f:
    for i, c in enumerate(certificates):
        f.write(f"{c}\tbody-{i % 20}\n")
# The warm-up rates the first cards (ten seconds at full load: ~30,000 on PostgreSQL); the measured run never
# meets them again.
warm = count * 3 // 10
for name, first, part in (("warm.tsv", 0, certificates[:warm]), ("cards.tsv", warm, certificates[warm:])):
    with open(os.path.join(out, name), "w", encoding="ascii") as f:
        for i, c in enumerate(part):
            f.write(f"{c}\t{token(c, first + i + 1)}\n")
print(f"{count} officers -> {data}/registry.json; cards {out}/warm.tsv ({warm}), {out}/cards.tsv ({count - warm})")
