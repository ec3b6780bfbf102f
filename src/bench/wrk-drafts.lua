-- wrk script for the draft page: every request a different seeded draft, far apart in the archive
-- (the Java client's i * 7919 order). Each thread starts at a different place in that order, 0.618 of
-- the archive after the one before (wrk starts a thread before it sets up the next, so none can know
-- how many there are), so that the threads never read the same drafts in lockstep.
-- Argument: the file of seeded draft ids.
local started = 0
function setup(thread)
  thread:set("place", started)
  started = started + 1
end
function init(args)
  ids = {}
  for line in io.lines(args[1]) do
    if #line > 0 then ids[#ids + 1] = line end
  end
  counter = math.floor(place * 0.6180339887 * #ids) % #ids
end
function request()
  local id = ids[(counter * 7919) % #ids + 1]
  counter = counter + 1
  return wrk.format("GET", "/drafts/ID-" .. id)
end
