-- Reads items by id, picked at random from the ids the seed wrote.
--   wrk ... -s bench/wrk/content-get.lua URL -- TOKENS_FILE IDS_FILE
package.path = package.path .. ";bench/wrk/?.lua"
local common = require("content-common")
local threads, counter = {}, 0
local tokens, idx, ids = {}, 0, {}
s412 = 0

setup = function(thread)
  counter = counter + 1
  thread:set("thread_no", counter)
  threads[#threads + 1] = thread
end

init = function(args)
  tokens = common.tokens(args[1])
  for _, line in ipairs(common.lines(args[2])) do ids[#ids + 1] = line:match("^(%S+)") end
  math.randomseed(os.time() * 1000 + (thread_no or 0))
  idx = math.random(#tokens)
end

request = function()
  idx = idx % #tokens + 1
  return wrk.format("GET", "/api/v1/content/" .. ids[math.random(#ids)],
    { ["Authorization"] = "Bearer " .. tokens[idx] })
end

done = function(summary, latency, requests) common.done(summary, latency, threads) end
