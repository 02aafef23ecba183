-- Delivery API revalidation for wrk: every request sends the delivery key and the ETag of the
-- answer it revalidates, as a CDN or an app's HTTP cache does.
--   wrk ... -s bench/wrk/delivery.lua URL -- KEY ETAG|-
-- done() prints the WRK line http-bench.sh and delivery-bench.sh parse (304s are not errors).
local key, etag

init = function(args)
  key = args[1]
  if args[2] and args[2] ~= "-" then etag = args[2] end
end

request = function()
  local headers = { ["X-Delivery-Key"] = key }
  if etag then headers["If-None-Match"] = etag end
  return wrk.format("GET", nil, headers)
end

done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    "WRK requests=%d duration_s=%.3f non2xx=%d socket=%d p50_ms=%.2f p95_ms=%.2f p99_ms=%.2f\n",
    summary.requests, summary.duration / 1e6, e.status, e.connect + e.read + e.write + e.timeout,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000))
end
