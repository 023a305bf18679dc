"""`make bench`: seed a PostgreSQL dataset, serve it as production does, load it with wrk.

- `python -m bench.seed`: the deterministic dataset alone (database `jamlik_bench`).
- `python -m bench.run`: seed, serve, measure; results in `bench/results/latest.json`.

See docs/bench.md.
"""
