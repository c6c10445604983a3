"""Settings split by environment: base (shared), dev, production, test.

`manage.py` defaults to `dev`; pytest uses `test`; `make serve` and deployments use `production`.
"""
