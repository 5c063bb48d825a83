-- wrk script of the performance suite (benchmarks/wrk.py): at the end of a run, one
-- line "BENCH_JSON {...}" with the counts and the latency percentiles (microseconds).
-- `wrk --latency` alone prints only 50/75/90/99; the suite needs 95 too.
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    'BENCH_JSON {"requests": %d, "duration_us": %d, "bytes": %d, "errors": {"connect": %d, "read": %d, "write": %d, "status": %d, "timeout": %d}, "latency_us": {"50": %d, "90": %d, "95": %d, "99": %d, "max": %d, "mean": %.1f}}\n',
    summary.requests, summary.duration, summary.bytes, e.connect, e.read, e.write, e.status, e.timeout,
    latency:percentile(50), latency:percentile(90), latency:percentile(95), latency:percentile(99), latency.max, latency.mean))
end
