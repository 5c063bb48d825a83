"""References citizens read out, and private tokens stored only as hashes."""

import hashlib
import secrets

# No 0/O, 1/I/L, 2/Z, 5/S, 8/B: each character can be read out and typed back
# without doubt, even from a handwritten note.
ALPHABET = "ACDEFGHJKMNPQRTUVWXY34679"
LENGTH = 8


def new_reference():
    return "".join(secrets.choice(ALPHABET) for _ in range(LENGTH))


def normalise_reference(text):
    """What a citizen typed ("kx47 mt9a", "KX47-MT9A") as stored ("KX47MT9A"), or ""."""
    cleaned = "".join(ch for ch in (text or "").upper() if ch.isalnum())
    if len(cleaned) != LENGTH or any(ch not in ALPHABET for ch in cleaned):
        return ""
    return cleaned


def new_token():
    """A private token (for a manage link or a staff feed) and its hash to store."""
    token = secrets.token_urlsafe(24)
    return token, hash_token(token)


def hash_token(token):
    return hashlib.sha256((token or "").encode()).hexdigest()
