-- Replaces items' content with a correct If-Match, as an editor saving does. Each thread owns its
-- own slice of the seeded ids and walks a small working set of it round-robin, so two connections
-- rarely hold one item at once; the version to send is the ETag of the item's last answer (a 200,
-- or a 412 that carries the current version), so a stale guess costs one 412, counted as s412.
--   wrk ... -s bench/wrk/content-update.lua URL -- TOKENS_FILE IDS_FILE THREADS CONNECTIONS
package.path = package.path .. ";bench/wrk/?.lua"
local common = require("content-common")
local threads, counter = {}, 0
local tokens, idx, set, versions, next_item = {}, 0, {}, {}, 0
s412 = 0

setup = function(thread)
  counter = counter + 1
  thread:set("thread_no", counter)
  threads[#threads + 1] = thread
end

init = function(args)
  tokens = common.tokens(args[1])
  local all = common.lines(args[2])
  local nthreads, conns = tonumber(args[3] or 1), tonumber(args[4] or 16)
  math.randomseed(os.time() * 1000 + (thread_no or 0))
  idx = math.random(#tokens)
  -- this thread's slice of the ids, and in it a working set of 8 items per connection
  local per = math.floor(#all / nthreads)
  local first = (thread_no - 1) * per
  local size = math.min(per, math.max(8, 8 * math.ceil(conns / nthreads)))
  local offset = math.random(0, math.max(per - size, 0))
  for i = 1, size do set[i] = all[first + offset + i] end
end

request = function()
  idx = idx % #tokens + 1
  next_item = next_item % #set + 1
  local id, kind = set[next_item]:match("^(%S+)%s*(%S*)")
  return wrk.format("PUT", "/api/v1/content/" .. id, {
    ["Authorization"] = "Bearer " .. tokens[idx], ["Content-Type"] = "application/json",
    ["If-Match"] = '"' .. (versions[id] or 1) .. '"' }, common.item_json(nil, nil, kind))
end

response = function(status, headers, body)
  -- answers come back in request order per connection but not across them; the id in the body
  -- (the item itself, or the 412's current item) says whose version this is
  local id = body:match('"id":"([%x-]+)"')
  local etag = headers["ETag"] or headers["etag"]
  if id and etag then versions[id] = tonumber(etag:match("%d+")) end
  if status == 412 then s412 = s412 + 1 end
end

done = function(summary, latency, requests) common.done(summary, latency, threads) end
