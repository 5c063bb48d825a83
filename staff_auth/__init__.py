"""Staff sign-in: lock-out, second factor, throttled password reset, idle timeout.

Wagtail's own login view does the password; this app adds what comes around it
(django-axes for lock-out, django-otp for the second factor) and never touches
citizens, who have no accounts.
"""
