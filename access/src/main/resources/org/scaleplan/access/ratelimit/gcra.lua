-- Generic cell rate algorithm (GCRA), one bucket per key and route class.
-- KEYS[1]  the bucket, holding its theoretical arrival time (TAT) in microseconds since the epoch
-- ARGV[1]  emission interval: microseconds per request (1e6 / rate)
-- ARGV[2]  burst: requests admitted at once after a quiet period
-- Returns {admitted (1|0), remaining, retry after (us), until full again (us)}.
-- The clock is Redis's own TIME, so every instance of every service shares one clock. Redis 5+ replicates a
-- script by its effects, so reading TIME before a write is allowed.
local interval = tonumber(ARGV[1])
local burst = tonumber(ARGV[2])
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000000 + tonumber(time[2])
local tat = tonumber(redis.call('GET', KEYS[1])) or now
if tat < now then
  tat = now
end
local tolerance = interval * burst
local new_tat = tat + interval
local allow_at = new_tat - tolerance
if now < allow_at then
  return {0, 0, math.ceil(allow_at - now), math.ceil(tat - now)}
end
redis.call('SET', KEYS[1], string.format('%d', math.ceil(new_tat)), 'PX', math.ceil((new_tat - now) / 1000))
return {1, math.floor((tolerance - (new_tat - now)) / interval), 0, math.ceil(new_tat - now)}
