-- Shared by the content scripts: access tokens cycled per request, realistic random text, and the
-- "WRK" summary line http-bench.sh parses (plus s412, the lost-update refusals, counted apart).
local M = {}

local WORDS = {
  "launch", "garden", "river", "market", "signal", "design", "coffee", "planet", "studio", "winter",
  "summer", "travel", "camera", "recipe", "budget", "health", "growth", "podcast", "startup", "creator",
  "video", "letter", "review", "update", "weekly", "guide", "story", "simple", "remote", "future",
  "ocean", "forest", "city", "music", "books", "craft", "habit", "focus", "energy", "climate",
  "data", "cloud", "privacy", "brand", "audience", "launching", "planning", "writing", "editing", "notes",
}
M.WORDS = WORDS
M.TYPES = { "article", "blog-post", "social-post", "video-script", "newsletter" }

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
  for i = 1, n do out[i] = WORDS[math.random(#WORDS)] end
  return table.concat(out, " ")
end

-- Markdown of roughly `paragraphs` paragraphs, some bold words and a heading: about 1 KB each
function M.body(paragraphs)
  local parts = { "## " .. M.words(3) }
  for p = 1, paragraphs do
    parts[#parts + 1] = M.words(60) .. " **" .. M.words(2) .. "** " .. M.words(40) .. "."
  end
  return table.concat(parts, "\n\n")
end

function M.tags()
  local n, seen, out = math.random(0, 3), {}, {}
  for _ = 1, n do
    local t = "tag-" .. math.random(50)
    if not seen[t] then seen[t] = true; out[#out + 1] = '"' .. t .. '"' end
  end
  return "[" .. table.concat(out, ",") .. "]"
end

-- a create body (with type and status) or an update body (for an item of type `of`): only the
-- panels the type has
function M.item_json(kind, status, of)
  local t = kind or of
  local fields = {
    '"title":"' .. M.words(math.random(3, 7)) .. " " .. math.random(1e9) .. '"',
    '"body":"' .. M.body(t == "social-post" and 1 or math.random(1, 3)):gsub("\n", "\\n") .. '"',
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
