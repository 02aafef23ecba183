-- Creates content items with random titles, Markdown bodies, tags, types and idea/draft status,
-- as a real client would (each create mints version 1 and audits).
--   wrk ... -s bench/wrk/content-create.lua URL/api/v1/content -- TOKENS_FILE [IDS_DIR|-] [COUNT THREADS]
-- With IDS_DIR, each thread appends "id type" of what it created to IDS_DIR/ids-<n>.txt; with
-- COUNT, each of the THREADS threads stops after its share of COUNT creates (the seed). done()
-- prints the WRK line.
package.path = package.path .. ";bench/wrk/?.lua"
local common = require("content-common")
local threads, counter = {}, 0
local tokens, idx, ids, quota, created = {}, 0, nil, nil, 0
s412 = 0

setup = function(thread)
  counter = counter + 1
  thread:set("thread_no", counter)
  threads[#threads + 1] = thread
end

init = function(args)
  tokens = common.tokens(args[1])
  idx = math.random(#tokens)
  math.randomseed(os.time() * 1000 + (thread_no or 0))
  if args[2] and args[2] ~= "-" then
    ids = assert(io.open(args[2] .. "/ids-" .. thread_no .. ".txt", "a"))
  end
  if args[3] then quota = math.ceil(tonumber(args[3]) / tonumber(args[4] or 1)) end
end

request = function()
  idx = idx % #tokens + 1
  local roll = math.random(100)
  local kind = common.TYPES[math.random(#common.TYPES)]
  local body = common.item_json(kind, roll <= 20 and "idea" or "draft")
  return wrk.format("POST", nil, {
    ["Authorization"] = "Bearer " .. tokens[idx], ["Content-Type"] = "application/json" }, body)
end

response = function(status, headers, body)
  if status == 201 then
    created = created + 1
    if ids then
      local id = body:match('"id":"([%x-]+)"')
      local kind = body:match('"type":"([%a-]+)"')
      if id then ids:write(id, " ", kind or "article", "\n") end
    end
    if quota and created >= quota then
      if ids then ids:flush() end
      wrk.thread:stop()
    end
  end
end

done = function(summary, latency, requests) common.done(summary, latency, threads) end
