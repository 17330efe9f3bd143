-- wrk script for GET /api/search: cycles through a fixed mix of queries (see bench/Search/RESULTS.md).
-- wrk -t2 -c32 -d30s --latency -s bench/Search/wrk-search.lua http://127.0.0.1:5099
local queries = {
  "宜市监处罚〔2024〕1234号", "鑫隆超市", "过期食品", "過期食品", "风险", "药", "超市 酸奶", "危险废物",
  "\"未按规定\"", "夷陵区 超市", "未取得道路运输经营许可从事经营", "医疗废物", "宜环罚〔2025〕77号", "特种作业",
}
local function encode(s)
  return (s:gsub("[^%w%-_%.~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end
local paths = {}
for i, q in ipairs(queries) do paths[i] = "/api/search?q=" .. encode(q) end
local n = 0
request = function()
  n = n + 1
  return wrk.format("GET", paths[(n % #paths) + 1])
end
