"""Reading rendered pages in the catalogue's tests (not a test module: several import it)."""


def get(client, url, status=200):
    """The page at `url` as text, after checking its status."""
    response = client.get(url)
    assert response.status_code == status
    return response.content.decode()


def between(html, start, end):
    """The part of `html` after `start` and before the next `end` (`start` must be there)."""
    assert start in html, start
    return html.split(start, 1)[1].split(end, 1)[0]
