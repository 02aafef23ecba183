-- Shared by the content scripts: access tokens cycled per request, realistic random text, and the
-- "WRK" summary line http-bench.sh parses (plus s412, the lost-update refusals, counted apart).
local M = {}

-- The vocabulary: 5,000 pseudo-words made of syllables by a fixed generator (the same in every
-- thread and run), drawn with a Zipf(s=1) distribution, so a word can be in most items or a few
-- hundred of them; like the peer benchmarks' data set, so search figures compare.
local SYLLABLES = {
  "ka", "lo", "mi", "ne", "ru", "ta", "vo", "si", "de", "po", "la", "ri",
  "no", "ve", "xu", "be", "zo", "fi", "ga", "he", "ju", "qi", "wa", "yo",
  "tra", "sto", "pre", "ble", "gro", "fen", "mar", "lin", "dor", "pal",
}
local VOCABULARY = 5000
local WORDS, CUMULATIVE = {}, {}
do
  local state, seen = 20240601, {}
  local function next_int(n) -- Park-Miller, exact in doubles, so the words never vary
    state = (state * 16807) % 2147483647
    return state % n
  end
  while #WORDS < VOCABULARY do
    local parts = {}
    for i = 1, 2 + next_int(3) do parts[i] = SYLLABLES[1 + next_int(#SYLLABLES)] end
    local w = table.concat(parts)
    if not seen[w] then seen[w] = true; WORDS[#WORDS + 1] = w end
  end
  local sum = 0
  for r = 1, VOCABULARY do sum = sum + 1 / r; CUMULATIVE[r] = sum end
end
M.WORDS = WORDS
M.TYPES = { "article", "blog-post", "social-post", "video-script", "newsletter" }

-- one word, by its Zipf weight (binary search over the cumulative weights)
function M.word()
  local x, lo, hi = math.random() * CUMULATIVE[VOCABULARY], 1, VOCABULARY
  while lo < hi do
    local mid = math.floor((lo + hi) / 2)
    if CUMULATIVE[mid] < x then lo = mid + 1 else hi = mid end
  end
  return WORDS[lo]
end

-- n words spread log-uniformly over the frequency ranks, from the commonest to the rarest: what
-- the search scenario asks for
function M.search_words(n)
  local out, seen = {}, {}
  for i = 0, n - 1 do
    local rank = math.max(1, math.min(VOCABULARY, math.floor(VOCABULARY ^ (i / (n - 1)) + 0.5)))
    if not seen[rank] then seen[rank] = true; out[#out + 1] = WORDS[rank] end
  end
  return out
end

function M.tokens(path)
  local tokens = {}
  for line in io.lines(path) do
    if #line > 0 then tokens[#tokens + 1] = line end
  end
  return tokens
end

function M.lines(path)
  local lines = {}
  for line in io.lines(path) do
    if #line > 0 then lines[#lines + 1] = line end
  end
  return lines
end

function M.words(n)
  local out = {}
  for i = 1, n do out[i] = M.word() end
  return table.concat(out, " ")
end

-- `n` words in sentences of twelve
local function sentences(n)
  local out = {}
  while n > 0 do
    local k = math.min(n, 12)
    local s = M.words(k)
    out[#out + 1] = s:sub(1, 1):upper() .. s:sub(2) .. "."
    n = n - k
  end
  return table.concat(out, " ")
end

-- Markdown of 60-140 words (about 0.8 KB; 20-40 when short): a heading, two paragraphs, a bold
-- phrase
function M.body(short)
  local n = short and math.random(20, 40) or math.random(60, 140)
  local first = math.floor(n / 2)
  return "## " .. M.words(3) .. "\\n\\n" .. sentences(first) .. " **" .. M.words(2) .. "**\\n\\n"
    .. sentences(n - first)
end

-- 1-4 of 30 tags
function M.tags()
  local n, seen, out = math.random(1, 4), {}, {}
  while #out < n do
    local t = "tag-" .. math.random(30)
    if not seen[t] then seen[t] = true; out[#out + 1] = '"' .. t .. '"' end
  end
  return "[" .. table.concat(out, ",") .. "]"
end

-- a create body (with type and status) or an update body (for an item of type `of`): only the
-- panels the type has
function M.item_json(kind, status, of)
  local t = kind or of
  local title = M.words(math.random(4, 9))
  local fields = {
    '"title":"' .. title:sub(1, 1):upper() .. title:sub(2) .. '"',
    '"body":"' .. M.body(t == "social-post") .. '"',
    '"tags":' .. M.tags(),
  }
  if kind then fields[#fields + 1] = '"type":"' .. kind .. '"' end
  if status then fields[#fields + 1] = '"status":"' .. status .. '"' end
  if t ~= "social-post" then
    fields[#fields + 1] = '"summary":"' .. M.words(12) .. '"'
  end
  return "{" .. table.concat(fields, ",") .. "}"
end

-- the summary line; conflicts come from each thread's own counter
function M.done(summary, latency, threads)
  local e, s412 = summary.errors, 0
  for _, t in ipairs(threads) do s412 = s412 + (t:get("s412") or 0) end
  io.write(string.format(
    "WRK requests=%d duration_s=%.3f non2xx=%d socket=%d p50_ms=%.2f p95_ms=%.2f p99_ms=%.2f s412=%d\n",
    summary.requests, summary.duration / 1e6, e.status, e.connect + e.read + e.write + e.timeout,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, s412))
end

return M
