-- One benchmark scenario for wrk: a method and path, optionally a bearer token (cycling through a
-- file of access tokens, one session each) and a JSON body.
--   wrk ... -s bench/wrk/scenario.lua URL -- METHOD TOKENS_FILE|- BODY_FILE|-
-- done() prints one line starting with "WRK" that http-bench.sh parses.
local method, tokens, body = "GET", {}, nil
local idx = 0

init = function(args)
  method = args[1] or "GET"
  if args[2] and args[2] ~= "-" then
    for line in io.lines(args[2]) do
      if #line > 0 then tokens[#tokens + 1] = line end
    end
    idx = math.random(math.max(#tokens, 1))
  end
  if args[3] and args[3] ~= "-" then
    local f = assert(io.open(args[3], "rb"))
    body = f:read("*a")
    f:close()
  end
end

request = function()
  local headers = {}
  if #tokens > 0 then
    idx = idx % #tokens + 1
    headers["Authorization"] = "Bearer " .. tokens[idx]
  end
  if body then headers["Content-Type"] = "application/json" end
  return wrk.format(method, nil, headers, body)
end

done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    "WRK requests=%d duration_s=%.3f non2xx=%d socket=%d p50_ms=%.2f p95_ms=%.2f p99_ms=%.2f\n",
    summary.requests, summary.duration / 1e6, e.status, e.connect + e.read + e.write + e.timeout,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000))
end
