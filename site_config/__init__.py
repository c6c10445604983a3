"""Project configuration: settings, URL routing, WSGI entry point and gunicorn config."""
