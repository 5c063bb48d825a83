"""Phone numbers of citizens: one normal form, how to show it, and whether it takes texts.

Numbers are stored in E.164 (`+302101234567`), Greek when typed without a
country code. A Greek landline (2x…) is accepted — some people have no
mobile — but it cannot receive a text message: the booking pages say so
plainly (write down the reference, give an e-mail address) and
`booking.notifications` sends it no text message at all, so the citizen
never waits for a manage link that cannot arrive.
"""

import phonenumbers

# Types that certainly cannot take a text message. Anything else (mobile,
# "fixed line or mobile" where a country cannot tell, VoIP, personal numbers)
# is sent one: a lost message costs less than a citizen never told.
_NO_TEXT_MESSAGES = {
    phonenumbers.PhoneNumberType.FIXED_LINE,
    phonenumbers.PhoneNumberType.TOLL_FREE,
    phonenumbers.PhoneNumberType.PREMIUM_RATE,
    phonenumbers.PhoneNumberType.SHARED_COST,
    phonenumbers.PhoneNumberType.UAN,
    phonenumbers.PhoneNumberType.VOICEMAIL,
}


def _parse(value):
    text = (value or "").strip()
    if text.startswith("00"):
        text = "+" + text[2:]
    try:
        number = phonenumbers.parse(text, "GR")
    except phonenumbers.NumberParseException:
        return None
    return number if phonenumbers.is_valid_number(number) else None


def normalise_phone(value):
    """A mobile or landline number as E.164 ("+306912345678"); Greek when no country code."""
    number = _parse(value)
    if number is None:
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def display_phone(value):
    """How a person writes the number: "691 234 5678" for a Greek one, "+44 7911 123456"
    for any other (never the bare "+30…" of storage)."""
    number = _parse(value)
    if number is None:
        return value or ""
    if phonenumbers.region_code_for_number(number) == "GR":
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def takes_text_messages(value):
    """False for a number that cannot receive a text message (a landline); True otherwise,
    also for an empty or unreadable one (nothing to warn about)."""
    number = _parse(value)
    if number is None:
        return True
    return phonenumbers.number_type(number) not in _NO_TEXT_MESSAGES
