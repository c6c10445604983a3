"""Production settings for the demo site that `make lighthouse` measures.

As `make serve`: DEBUG off, compressed and hashed static files (collected into the run's own
folder, STATIC_ROOT), whole-page cache; over plain HTTP on 127.0.0.1, with the run's own
database (DATABASE_URL) and media (MEDIA_ROOT), served by the app.
"""

import os

from site_config.settings.production import *  # noqa: F403

STATIC_ROOT = os.environ["STATIC_ROOT"]
MEDIA_ROOT = os.environ["MEDIA_ROOT"]
SERVE_MEDIA = True
DEMO_USERS_ALLOWED = False
