-- Like activity.lua, but each connection waits between its requests, so the bot is loaded at a fixed rate instead of
-- as fast as it answers: latency below saturation, not queueing at it.
--
-- Usage: MEETINGBOT_PACE_MS=<ms between one connection's requests> wrk -s paced-activity.lua <bot url> -- <template> <phase>
local here = debug.getinfo(1, "S").source:sub(2):match("(.*/)") or "./"
dofile(here .. "activity.lua")

local pace = tonumber(os.getenv("MEETINGBOT_PACE_MS") or "0")

function delay()
  return pace
end
