-- wrk script: POST /slack/commands with slash commands signed beforehand, each sent once.
--
-- Usage: wrk -s slack-command.lua <bot url> -- <requests file> <sent-times file> <wrk threads>
-- Slack signs every request (HMAC over timestamp and body) and the bot refuses a (timestamp, signature) pair it has
-- seen, so bench/slack.py writes one line per request — "<timestamp> <signature> <form body>" — and each thread
-- walks its share of the lines once (thread n takes lines n, n + threads, …). Lua has no HMAC, and signing here
-- would cost the load generator more than the bot spends checking.
-- Each form body's response_url ends in /respond/<phase>/<line number>; the send time of every line goes to the
-- sent-times file at the end ("<line> <µs since the epoch>"), so slack.py pairs it with the stub's log of that
-- response_url post: command sent → meeting message posted.
-- At the end one line "WRKJSON {...}" carries the totals, the acknowledgement latency percentiles and "exhausted"
-- (threads that ran out of lines: the phase then had too few; slack.py fails it).

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

local threads = {}
function setup(thread)
  threads[#threads + 1] = thread
  thread:set("thread_no", #threads)
end

local requests, numbers, next_index
sent, exhausted, sent_file = {}, 0, nil -- globals: done(), in wrk's main state, reads them from each thread

function init(args)
  sent_file = args[2]
  local thread_count = tonumber(args[3])
  requests, numbers = {}, {}
  local line_no = 0
  for line in io.lines(args[1]) do
    line_no = line_no + 1
    if (line_no - 1) % thread_count == (thread_no or 1) - 1 then
      local timestamp, signature, body = line:match("^(%d+) (v0=%x+) (.+)$")
      assert(body, "bad line " .. line_no)
      requests[#requests + 1] = wrk.format("POST", "/slack/commands", {
        ["Content-Type"] = "application/x-www-form-urlencoded",
        ["X-Slack-Request-Timestamp"] = timestamp,
        ["X-Slack-Signature"] = signature,
      }, body)
      numbers[#numbers + 1] = line_no
    end
  end
  next_index = 0
end

function request()
  next_index = next_index + 1
  if next_index > #requests then
    -- Out of signed requests: sending one again would be a replay (401). Stop this thread; the phase fails.
    if exhausted == 0 then
      exhausted = 1
      wrk.thread:stop()
    end
    return requests[#requests]
  end
  sent[numbers[next_index]] = now_us()
  return requests[next_index]
end

function done(summary, latency, _)
  local out = assert(io.open(threads[1]:get("sent_file"), "w"))
  local ran_out = 0
  for _, thread in ipairs(threads) do
    for line, us in pairs(thread:get("sent")) do
      out:write(line, " ", string.format("%d", us), "\n")
    end
    ran_out = ran_out + thread:get("exhausted")
  end
  out:close()
  local e = summary.errors
  io.write(string.format(
    'WRKJSON {"requests":%d,"duration_us":%d,"bytes":%d,"connect_errors":%d,"read_errors":%d,"write_errors":%d,' ..
    '"status_errors":%d,"timeouts":%d,"lat_p50_us":%d,"lat_p90_us":%d,"lat_p99_us":%d,"lat_max_us":%d,"lat_mean_us":%.1f,' ..
    '"exhausted":%d}\n',
    summary.requests, summary.duration, summary.bytes, e.connect, e.read, e.write, e.status, e.timeout,
    latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max, latency.mean, ran_out))
end
