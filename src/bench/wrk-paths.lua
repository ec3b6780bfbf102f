-- wrk script for the benchmarks' reads (WrkLoad.java runs it): GETs on kept-alive connections, the paths
-- taken in turn from a file the benchmark wrote in the order its Java client would ask them (the draft
-- page: every request a different seeded draft, far apart in the archive, the i * 7919 order; search:
-- its queries in turn). Each thread starts at a different place in that order, 0.618 of the file after
-- the one before (wrk starts a thread before it sets up the next, so none can know how many there are),
-- so that the threads never read the same paths in lockstep. Optional request headers follow the file
-- as "Name: value" arguments (a session cookie, say).
--   wrk -t2 -c16 -d20s --latency --timeout 30s -s src/bench/wrk-paths.lua http://127.0.0.1:9080 -- paths.txt ["Cookie: x=y"]
-- done() (wrk-common.lua) prints one WRK-RESULT line: requests, duration, p50/p95/p99 from wrk's
-- histogram and the errors, which WrkLoad.java parses into the same results table as the Java client's rows.
dofile((debug.getinfo(1, "S").source:match("^@(.*[/\\])") or "./") .. "wrk-common.lua")  -- setup() and done()

function init(args)
  paths = {}
  for line in io.lines(args[1]) do
    if #line > 0 then paths[#paths + 1] = line end
  end
  if #paths == 0 then error("no paths in " .. args[1]) end
  local headers = {}
  for i = 2, #args do
    local name, value = args[i]:match("^([^:]+):%s*(.*)$")
    if name then headers[name] = value end
  end
  -- Prebuilt requests: per request wrk calls request() and copies its string; nothing is built then.
  prebuilt = {}
  for i, path in ipairs(paths) do
    prebuilt[i] = wrk.format("GET", path, headers)
  end
  counter = math.floor(place * 0.6180339887 * #prebuilt) % #prebuilt
end

-- wrk calls request() once more on the first thread, before the run, to check the script: that
-- thread starts at its second request.
function request()
  counter = counter + 1
  return prebuilt[(counter - 1) % #prebuilt + 1]
end

