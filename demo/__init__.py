"""The demo content of development machines, tests and benchmarks: data files and their loader.

Never part of the production image."""
