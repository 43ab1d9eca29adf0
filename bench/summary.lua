-- wrk's figures as one line of JSON for bench/run.py: requests, errors, latency in µs and,
-- when the script counts them (mixed.lua), the statuses of the responses.
function done(summary, latency, requests)
  local errors = summary.errors
  io.write(string.format(
    'wrk-json: {"requests": %d, "duration_us": %d, "connect_errors": %d, "read_errors": %d, '
      .. '"write_errors": %d, "timeouts": %d, "bad_statuses": %d, "p50_us": %d, '
      .. '"p95_us": %d, "p99_us": %d, "max_us": %d, "statuses": %s}\n',
    summary.requests, summary.duration, errors.connect, errors.read, errors.write,
    errors.timeout, errors.status, latency:percentile(50), latency:percentile(95),
    latency:percentile(99), latency.max, statuses_json and statuses_json() or "{}"
  ))
end
