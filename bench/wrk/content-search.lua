-- Searches for one word per request, cycling through 32 words spread log-uniformly over the seed
-- vocabulary's frequency ranks (from a word in most items to one in a few hundred), like the peer
-- benchmarks' search.
--   wrk ... -s bench/wrk/content-search.lua URL -- TOKENS_FILE
package.path = package.path .. ";bench/wrk/?.lua"
local common = require("content-common")
local threads, counter = {}, 0
local tokens, idx, words, next_word = {}, 0, {}, 0
s412 = 0

setup = function(thread)
  counter = counter + 1
  thread:set("thread_no", counter)
  threads[#threads + 1] = thread
end

init = function(args)
  tokens = common.tokens(args[1])
  words = common.search_words(32)
  math.randomseed(os.time() * 1000 + (thread_no or 0))
  idx = math.random(#tokens)
  next_word = math.random(#words)
end

request = function()
  idx = idx % #tokens + 1
  next_word = next_word % #words + 1
  return wrk.format("GET", "/api/v1/content/search?q=" .. words[next_word],
    { ["Authorization"] = "Bearer " .. tokens[idx] })
end

done = function(summary, latency, requests) common.done(summary, latency, threads) end
