"""gunicorn configuration for `make serve` and production.

Access logs are off on purpose: they would hold readers' IP addresses and search queries. The
error log, and the access log if an operator turns it on, go through
`site_config.gunicorn_logging.PrivateLogger`, which keeps neither.
"""

import multiprocessing
import os

bind = f"{os.environ.get('HOST', '127.0.0.1')}:{os.environ.get('PORT', '8000')}"
workers = int(os.environ.get("WEB_CONCURRENCY", multiprocessing.cpu_count() * 2 + 1))
threads = int(os.environ.get("GUNICORN_THREADS", "1"))
worker_class = "sync" if threads == 1 else "gthread"
timeout = 30
graceful_timeout = 20
keepalive = 5
max_requests = 5000
# Load Django once in the master and fork workers from it: a worker recycled by max_requests is
# back in milliseconds instead of re-importing Wagtail for seconds while requests queue behind it.
preload_app = os.environ.get("GUNICORN_PRELOAD", "1") == "1"
max_requests_jitter = 500
accesslog = None
errorlog = os.environ.get("GUNICORN_ERROR_LOG", "-")
logger_class = "site_config.gunicorn_logging.PrivateLogger"
# Only what PrivateLogger keeps: no address (%(h)s), request line (%(r)s), query or referrer.
access_log_format = '%(t)s "%(m)s %(U)s" %(s)s %(B)s %(M)sms'
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "warning")
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")
