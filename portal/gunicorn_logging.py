"""gunicorn's logger with private tokens masked (see portal.log_masking).

gunicorn writes its access log itself, outside Django's logging: the
request line (`%(r)s`), the path (`%(U)s`), the Referer (`%(f)s`, and the
`{referer}i` header) and the raw URI all carry a manage or feed token. This
logger masks every field before the access-log format is applied, and adds
the masking filter to gunicorn's error log ("Error handling request …").
Selected by `logger_class` in the shipped gunicorn.conf.py.
"""

from gunicorn.glogging import Logger

from portal.log_masking import TokenMaskingFilter, mask_tokens


class TokenMaskingLogger(Logger):
    def setup(self, cfg):
        super().setup(cfg)
        for log in (self.error_log, self.access_log):
            if not any(isinstance(f, TokenMaskingFilter) for f in log.filters):
                log.addFilter(TokenMaskingFilter())

    def atoms(self, resp, req, environ, request_time):
        return {
            key: mask_tokens(value)
            for key, value in super().atoms(resp, req, environ, request_time).items()
        }
