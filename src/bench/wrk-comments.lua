-- wrk script for comment intake and the ceiling's bare insert (WrkLoad.java runs it): POSTs of JSON on
-- kept-alive connections, every request with a fresh ~300-character text and, for intake, the token of
-- the next person of a slice, so that consecutive requests come from different people and nobody
-- reaches the rate limit (ParticipationBenchmark chooses the slices). Request i of the run (thread k of
-- T sends i = k, k + T, k + 2T, ...) comes from person first + (i + shift) % people and says "Taklif i: ...".
--   wrk -t2 -c16 -d20s --latency --timeout 30s -s src/bench/wrk-comments.lua http://127.0.0.1:9080 -- \
--       /api/v1/drafts/ID-101999/comments 2 4000 10000 0          (path, threads, first, people, shift)
--   ... -- /ceiling/insert 2 -1 0 0                                (no token: the bare insert)
-- The answers are not read by Lua (no response() callback, which would cost wrk a table per answer):
-- 201 is the success; wrk counts answers of 400 or more (a 429, a 503) as errors. done() (wrk-common.lua)
-- prints the same WRK-RESULT line as for the reads.
dofile((debug.getinfo(1, "S").source:match("^@(.*[/\\])") or "./") .. "wrk-common.lua")  -- setup() and done()

local WORDS = {"tarif", "soliq", "band", "loyiha", "taklif", "hisobot", "tadbirkor", "xarajat",
  "muddat", "nazorat", "litsenziya", "imtiyoz", "fuqaro", "huquq", "tartib", "xizmat"}

function init(args)
  path = args[1]
  threads = tonumber(args[2])
  first = tonumber(args[3])
  people = tonumber(args[4])
  shift = tonumber(args[5])
  counter = 0
end

-- About 300 characters of Uzbek-looking words, different for every i (Park-Miller steps: exact in doubles).
local function text(i)
  local parts = {"Taklif " .. i .. ":"}
  local length = #parts[1]
  local x = (i * 2654435761) % 2147483646 + 1
  while length < 300 do
    x = (x * 16807) % 2147483647
    local word = WORDS[math.floor(x / 65536) % #WORDS + 1]
    parts[#parts + 1] = word
    length = length + 1 + #word
  end
  return table.concat(parts, " ")
end

-- wrk calls request() once more on the first thread, before the run, to check the script: that
-- thread starts at its second request.
function request()
  local i = counter * threads + place
  counter = counter + 1
  local headers = {["Content-Type"] = "application/json"}
  if first >= 0 then
    headers["Authorization"] = "Bearer bench-token-" .. (first + (i + shift) % people)
  end
  return wrk.format("POST", path, headers, '{"text":"' .. text(i) .. '"}')
end

