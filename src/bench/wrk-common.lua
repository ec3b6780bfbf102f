-- What both benchmark scripts of wrk share (loaded by wrk-paths.lua and wrk-comments.lua from their own
-- folder): each thread's place in the run, and the one result line WrkLoad.java parses.
local started = 0
function setup(thread)
  thread:set("place", started)
  started = started + 1
end

-- done() prints one WRK-RESULT line: requests, duration, p50/p95/p99 from wrk's histogram (microseconds)
-- and the errors (connect, read, write, timeout, and answers with a status of 400 or more).
function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("WRK-RESULT requests=%d duration_us=%d p50_us=%d p95_us=%d p99_us=%d connect=%d read=%d write=%d timeout=%d status=%d\n",
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(95), latency:percentile(99),
    e.connect, e.read, e.write, e.timeout, e.status))
end
