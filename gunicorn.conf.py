"""gunicorn settings shipped with the portal (README, "Deploying").

gunicorn reads this file by itself when started from the project's root;
command-line options (bind, workers, access log file) add to it. It only
chooses how gunicorn logs: the usual "combined" access-log format, through
a logger that shows the private tokens of manage links and staff calendar
feeds as `…` in every field (request line, path, Referer) and in the error
log (portal.gunicorn_logging).
"""

wsgi_app = "portal.wsgi:application"
logger_class = "portal.gunicorn_logging.TokenMaskingLogger"
access_log_format = '%(h)s %(l)s %(u)s %(t)s "%(r)s" %(s)s %(b)s "%(f)s" "%(a)s"'
