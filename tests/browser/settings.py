"""Settings of the demo site served for the browser tests, `make screenshots`, `make lighthouse`.

The test settings, with static files served by whitenoise straight from the apps (no
collectstatic into the shared work tree), the database from DATABASE_URL (a SQLite file of the
run's own), and media from MEDIA_ROOT (a folder of the run's own), served by the app.
"""

import os

from site_config.settings.test import *  # noqa: F403

WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = False
SERVE_MEDIA = True
MEDIA_ROOT = os.environ["MEDIA_ROOT"]
DEMO_USERS_ALLOWED = False
