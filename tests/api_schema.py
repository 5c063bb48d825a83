"""Checking API answers against the OpenAPI document the API serves.

Every JSON answer a test reads is checked against the schema its operation
declares in /api/v1/openapi.json (the `openapi` fixture, tests/conftest.py),
so the document and the API cannot drift apart. Used by the catalogue and
booking API tests and their bad-input tests.
"""

import json

from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

OPENAPI_URI = "urn:portal:openapi"


def assert_matches_schema(openapi, path, method, status, body):
    """`body` is what the OpenAPI document promises for `method path` answering `status`."""
    operation = openapi["paths"][path][method.lower()]
    assert str(status) in operation["responses"], (
        f"{method.upper()} {path} answered {status}, which its OpenAPI description does not list"
    )
    pointer = "/".join(
        part.replace("~", "~0").replace("/", "~1")
        for part in ("paths", path, method.lower(), "responses", str(status))
    )
    schema = {"$ref": f"{OPENAPI_URI}#/{pointer}/content/application~1json/schema"}
    registry = Registry().with_resource(
        OPENAPI_URI, Resource(contents=openapi, specification=DRAFT202012)
    )
    validator = Draft202012Validator(
        schema, registry=registry, format_checker=Draft202012Validator.FORMAT_CHECKER
    )
    errors = [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(body)]
    assert not errors, errors


def get_json(client, openapi, url, path, *, status=200, **headers):
    """GET `url`, check the status and the body against operation `path`; the body."""
    response = client.get(url, **headers)
    assert response.status_code == status, response.content
    assert response["Content-Type"].startswith("application/json")
    body = response.json()
    assert_matches_schema(openapi, path, "get", status, body)
    return body


def call(client, openapi, method, url, path, *, status, body=None, **headers):
    """One request; checks the status and the JSON answer against operation `path`."""
    kwargs = {"headers": headers} if headers else {}
    if body is not None:
        kwargs["data"] = json.dumps(body)
        kwargs["content_type"] = "application/json"
    response = getattr(client, method)(url, **kwargs)
    assert response.status_code == status, response.content.decode()
    assert response["Content-Type"].startswith("application/json")
    data = response.json()
    assert_matches_schema(openapi, path, method, status, data)
    return data
