"""Referrals API for partner organisations: `POST /api/v1/referrals`, `GET /api/v1/referrals`
(the partner's own) and `GET /api/v1/referrals/{id}`, authenticated by a partner token
(`Authorization: Bearer <token>`, referrals.tokens). The same form as the admin's
(referrals.forms.ReferralForm) checks the answers. `register(api)` adds the operations
to a NinjaAPI built in `portal.api`.
"""

from .operations import register

__all__ = ["register"]
