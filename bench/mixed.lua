-- Mixed pages: each thread cycles over the paths given after `--`, from its own starting
-- point, and counts the statuses of the responses.
local here = debug.getinfo(1, "S").source:match("^@(.*/)") or "./"
dofile(here .. "summary.lua")

local threads = {}

function setup(thread)
  thread:set("first", #threads)
  table.insert(threads, thread)
end

function init(args)
  paths = args
  position = first % #paths
  statuses = {}
end

function request()
  position = position % #paths + 1
  return wrk.format(nil, paths[position])
end

function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end

function statuses_json()
  local counted = {}
  for _, thread in ipairs(threads) do
    for status, number in pairs(thread:get("statuses")) do
      counted[status] = (counted[status] or 0) + number
    end
  end
  local items = {}
  for status, number in pairs(counted) do
    table.insert(items, string.format('"%d": %d', status, number))
  end
  return "{" .. table.concat(items, ", ") .. "}"
end
