-- wrk script: POST /api/messages with a realistic Teams channel activity, a new activity id on every request.
--
-- Usage: wrk -s activity.lua <bot url> -- <template file> <phase code 10..99>
-- The template is one activity JSON with the placeholders @@ID@@ (activity id) and @@TS@@ (timestamp), any number each.
--
-- Activity id = 27 digits: <send time, microseconds since the epoch, 16><phase, 2><wrk thread, 2><counter, 7>.
-- The bot puts the id into the Connector reply URL (…/activities/{id}), so the connector stub's access log
-- alone gives sent → card received for every command (bench.py reads it).
-- At the end one line "WRKJSON {...}" carries the totals and the HTTP answer latency percentiles.

local ffi = require("ffi")
ffi.cdef [[
  typedef struct { long tv_sec; long tv_nsec; } meetingbot_bench_timespec;
  int clock_gettime(int clk_id, meetingbot_bench_timespec *tp);
]]
local clock = ffi.new("meetingbot_bench_timespec")
local function now_us()
  ffi.C.clock_gettime(0, clock) -- CLOCK_REALTIME, the clock nginx's $msec uses
  return tonumber(clock.tv_sec) * 1000000 + math.floor(tonumber(clock.tv_nsec) / 1000)
end

local next_thread = 0
function setup(thread)
  next_thread = next_thread + 1
  thread:set("thread_no", next_thread)
end

local pieces, slots, phase, counter -- template split into constant pieces and placeholder slots ("ID"/"TS")
local headers = { ["Content-Type"] = "application/json; charset=utf-8" }

function init(args)
  local file = assert(io.open(args[1], "rb"))
  local template = file:read("*a")
  file:close()
  phase = tonumber(args[2])
  counter = 0
  pieces, slots = {}, {}
  local at = 1
  while true do
    local s, e, name = template:find("@@(%u+)@@", at)
    if not s then break end
    assert(name == "ID" or name == "TS", "unknown placeholder @@" .. name .. "@@")
    pieces[#pieces + 1] = template:sub(at, s - 1)
    slots[#slots + 1] = name
    at = e + 1
  end
  pieces[#pieces + 1] = template:sub(at)
  assert(#slots > 0, "the template has no @@ID@@")
end

function request()
  counter = counter + 1
  local us = now_us()
  local values = {
    ID = string.format("%016d%02d%02d%07d", us, phase, thread_no or 0, counter),
    TS = os.date("!%Y-%m-%dT%H:%M:%S", math.floor(us / 1000000)) .. string.format(".%03dZ", math.floor(us / 1000) % 1000),
  }
  local out = {}
  for i = 1, #slots do
    out[#out + 1] = pieces[i]
    out[#out + 1] = values[slots[i]]
  end
  out[#out + 1] = pieces[#pieces]
  return wrk.format("POST", "/api/messages", headers, table.concat(out))
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    'WRKJSON {"requests":%d,"duration_us":%d,"bytes":%d,"connect_errors":%d,"read_errors":%d,"write_errors":%d,' ..
    '"status_errors":%d,"timeouts":%d,"lat_p50_us":%d,"lat_p90_us":%d,"lat_p99_us":%d,"lat_max_us":%d,"lat_mean_us":%.1f}\n',
    summary.requests, summary.duration, summary.bytes, e.connect, e.read, e.write, e.status, e.timeout,
    latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max, latency.mean))
end
