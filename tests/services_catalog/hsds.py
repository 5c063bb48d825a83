"""Validating API answers against Open Referral's published HSDS 3.0 schemas.

The schemas are vendored in `hsds_schemas/` (source commit and licence in
its README): no network at test time. `assert_hsds(kind, document)` checks
one document against the schema HSDS publishes for its type — required
fields, UUID formats, enums, nested objects — and reports every error.
"""

import functools
import gzip
import json
from pathlib import Path

from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

HERE = Path(__file__).parent / "hsds_schemas"
COMPILED = (
    "service",
    "service_list",
    "service_at_location",
    "service_at_location_list",
    "organization",
    "organization_list",
)
PLAIN = ("taxonomy", "taxonomy_term", "metadata")


@functools.cache
def schema(name):
    if name in COMPILED:
        return json.loads(gzip.decompress((HERE / f"{name}.json.gz").read_bytes()))
    return json.loads((HERE / f"{name}.json").read_text(encoding="utf-8"))


@functools.cache
def registry():
    # taxonomy_term.json refers to "taxonomy.json" and "metadata.json" by file name.
    return Registry().with_resources(
        (f"{name}.json", Resource(contents=schema(name), specification=DRAFT202012))
        for name in PLAIN
    )


def location_schema():
    """HSDS has no compiled location schema: the location nested in a service_at_location."""
    return schema("service_at_location")["properties"]["location"]


@functools.cache
def validator(kind):
    contents = location_schema() if kind == "location" else schema(kind)
    if kind in PLAIN:
        contents = {"$ref": f"{kind}.json"}
    return Draft202012Validator(
        contents, registry=registry(), format_checker=Draft202012Validator.FORMAT_CHECKER
    )


def hsds_errors(kind, document):
    return [
        f"{kind} {'/'.join(str(p) for p in error.absolute_path)}: {error.message}"
        for error in validator(kind).iter_errors(document)
    ]


def assert_hsds(kind, document):
    """`document` is a valid HSDS 3.0 `kind` (service, service_list, location, …)."""
    errors = hsds_errors(kind, document)
    assert not errors, errors


def hsds_operations():
    """{operationId: (method, path)} of the HSDS 3.0 OpenAPI document."""
    document = schema_file("openapi.json")
    return {
        operation["operationId"]: (method, path)
        for path, item in document["paths"].items()
        for method, operation in item.items()
        if isinstance(operation, dict) and "operationId" in operation
    }


def schema_file(name):
    return json.loads((HERE / name).read_text(encoding="utf-8"))
