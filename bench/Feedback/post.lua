-- wrk script: POST /api/feedback as JSON, each request for a different card (cards.tsv from prepare.py).
-- usage: wrk ... -s post.lua URL -- CARDS_FILE THREADS VISIT_DATE POOR_EVERY
-- Every POOR_EVERY-th rating is poor with a problem, so it also queues an e-mail in the same transaction.
local threads = {}
local next_id = 0

function setup(thread)
  thread:set("id", next_id)
  next_id = next_id + 1
  table.insert(threads, thread)
end

function init(args)
  local file, step = args[1], tonumber(args[2])
  visit, poor_every = args[3], tonumber(args[4])
  cards = {}
  local n = 0
  for line in io.lines(file) do
    -- thread `id` takes lines id, id + step, id + 2 * step ...: no two threads rate the same card
    if n % step == id then
      local cert, token = line:match("^(%S+)\t(%S+)$")
      cards[#cards + 1] = { cert, token }
    end
    n = n + 1
  end
  i, created, limited, other = 0, 0, 0, 0
end

function request()
  i = i + 1
  local card = cards[(i - 1) % #cards + 1]
  local rating, problems = 4, "[]"
  if i % poor_every == 0 then rating, problems = 2, '["态度粗暴"]' end
  local body = string.format(
    '{"certificate":"%s","token":"%s","visitDate":"%s","rating":%d,"checks":["主动出示执法证件","文明规范"],"problems":%s,"comment":"基准测试"}',
    card[1], card[2], visit, rating, problems)
  return wrk.format("POST", "/api/feedback", { ["Content-Type"] = "application/json" }, body)
end

function response(status, headers, body)
  if status == 201 then created = created + 1
  elseif status == 429 then limited = limited + 1
  else other = other + 1 end
end

function done(summary, latency, requests)
  local c, l, o = 0, 0, 0
  for _, t in ipairs(threads) do
    c = c + t:get("created"); l = l + t:get("limited"); o = o + t:get("other")
  end
  local seconds = summary.duration / 1e6
  io.write(string.format("accepted (201): %d  refused 429: %d  other: %d\n", c, l, o))
  io.write(string.format("accepted ratings/s: %.0f\n", c / seconds))
  io.write(string.format("latency p50 %.1f ms  p99 %.1f ms\n", latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
