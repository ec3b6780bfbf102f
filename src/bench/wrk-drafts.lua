-- wrk script for the draft page: every request a different seeded draft, far apart in the archive
-- (the Java client's i * 7919 order); each thread starts half the archive away from the other, so that
-- the two threads do not read the same drafts in lockstep. Argument: the file of seeded draft ids.
local started = 0
function setup(thread)
  thread:set("first", started * 50000)
  started = started + 1
end
function init(args)
  ids = {}
  for line in io.lines(args[1]) do
    if #line > 0 then ids[#ids + 1] = line end
  end
  counter = first
end
function request()
  local id = ids[(counter * 7919) % #ids + 1]
  counter = counter + 1
  return wrk.format("GET", "/drafts/ID-" .. id)
end
