"""Pages as Open Referral HSDS 3 lists them."""

import math
from collections.abc import Sequence
from typing import Any

from ninja import Field, Schema
from ninja.pagination import PaginationBase


class HSDSPagination(PaginationBase):
    """Pages as HSDS lists them: total_items, total_pages, page_number, contents…"""

    items_attribute = "contents"

    class Input(Schema):
        page: int = Field(1, ge=1, description="Page number, from 1.")
        per_page: int = Field(50, ge=1, le=500, description="Items per page (at most 500).")

    class Output(Schema):
        total_items: int
        total_pages: int
        page_number: int
        size: int
        first_page: bool
        last_page: bool
        empty: bool
        contents: list[Any]

    def paginate_queryset(self, queryset, pagination, request, **params):
        total = self._items_count(queryset)
        pages = max(1, math.ceil(total / pagination.per_page))
        start = (pagination.page - 1) * pagination.per_page
        contents = list(queryset[start : start + pagination.per_page])
        return {
            "total_items": total,
            "total_pages": pages,
            "page_number": pagination.page,
            "size": len(contents),
            "first_page": pagination.page == 1,
            "last_page": pagination.page >= pages,
            "empty": not contents,
            "contents": contents,
        }


class Converted(Sequence):
    """`items`, each turned into its document by `convert` only when a page is cut.

    For lists of thousands of occurrences or free slots, of which one page
    (at most 500) is sent: converting them all cost more than finding them.
    """

    def __init__(self, items, convert):
        self.items = items
        self.convert = convert

    def __len__(self):
        return len(self.items)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [self.convert(item) for item in self.items[index]]
        return self.convert(self.items[index])
