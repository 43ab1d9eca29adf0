"""The portal's benchmarks, run by `make bench` (bench/run.py); results in bench/results.md."""
