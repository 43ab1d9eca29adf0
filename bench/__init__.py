"""The portal's benchmarks, run by `make bench` (bench/run.py); results in bench/results.md.

A Django app only for its commands, installed by bench/settings.py alone: no app of the
portal imports it, and the production image leaves it out."""
