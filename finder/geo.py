"""Distances between stored coordinates, and a map drawn by the server: no map host.

A municipal community has no coordinates of its own; its centre is the mean
of the coordinates of the places in it (branches and van stops), which is
where the centre's own services in that community are. Places are sorted by
the great-circle distance from it. The map is an SVG of the places' points
in an equirectangular projection (fine at the scale of a town), drawn from
the same numbers as the list beside it: no tiles, nothing from another host.

No models here: callers pass objects with `latitude` and `longitude`.
"""

import math
from dataclasses import dataclass

EARTH_RADIUS_KM = 6371.0
MAP_WIDTH = 320
MAP_HEIGHT = 240
MAP_MARGIN = 24


@dataclass(frozen=True)
class Point:
    latitude: float
    longitude: float


def point_of(place):
    """The place's stored coordinates as a Point, or None when it has none."""
    if getattr(place, "latitude", None) is None or getattr(place, "longitude", None) is None:
        return None
    return Point(float(place.latitude), float(place.longitude))


def centre(places):
    """The mean point of the places that have coordinates, or None."""
    points = [p for p in (point_of(place) for place in places) if p is not None]
    if not points:
        return None
    return Point(
        sum(p.latitude for p in points) / len(points),
        sum(p.longitude for p in points) / len(points),
    )


def distance_km(a, b):
    """Great-circle distance between two Points (haversine)."""
    lat1, lat2 = math.radians(a.latitude), math.radians(b.latitude)
    dlat = lat2 - lat1
    dlon = math.radians(b.longitude - a.longitude)
    h = math.sin(dlat / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin(dlon / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))


@dataclass(frozen=True)
class Projection:
    """Longitude/latitude to SVG x/y for a box around the given points."""

    west: float
    north: float
    scale: float  # SVG units per degree of longitude
    squash: float  # cos(latitude): a degree of longitude is shorter than one of latitude
    offset_x: float
    offset_y: float

    def xy(self, point):
        x = self.offset_x + (point.longitude - self.west) * self.scale
        y = self.offset_y + (self.north - point.latitude) * self.scale / self.squash
        return round(x, 1), round(y, 1)

    def as_data(self):
        """What the page's script needs to place "you are here" on the same map."""
        return {
            "west": f"{self.west:.6f}",
            "north": f"{self.north:.6f}",
            "scale": f"{self.scale:.4f}",
            "squash": f"{self.squash:.6f}",
            "ox": f"{self.offset_x:.1f}",
            "oy": f"{self.offset_y:.1f}",
        }


def projection(points):
    """A projection that fits `points` in the map with a margin, centred."""
    west = min(p.longitude for p in points)
    east = max(p.longitude for p in points)
    south = min(p.latitude for p in points)
    north = max(p.latitude for p in points)
    squash = math.cos(math.radians((north + south) / 2)) or 1.0
    width_deg = max(east - west, 0.002)
    height_deg = max(north - south, 0.002) / squash  # in longitude-degree units
    usable_w = MAP_WIDTH - 2 * MAP_MARGIN
    usable_h = MAP_HEIGHT - 2 * MAP_MARGIN
    scale = min(usable_w / width_deg, usable_h / height_deg)
    offset_x = MAP_MARGIN + (usable_w - (east - west) * scale) / 2
    offset_y = MAP_MARGIN + (usable_h - (north - south) / squash * scale) / 2
    return Projection(west, north, scale, squash, offset_x, offset_y)


@dataclass(frozen=True)
class MapMarker:
    number: int
    x: float
    y: float
    label: str


def draw(numbered_places, origin=None):
    """The map's markers: (number, place) pairs and the origin (a Point) or None.

    Returns (markers, origin_xy or None, projection) or None when nothing has coordinates.
    """
    located = [(n, place, point_of(place)) for n, place in numbered_places]
    located = [(n, place, point) for n, place, point in located if point is not None]
    points = [point for _n, _place, point in located]
    if origin is not None:
        points.append(origin)
    if not points:
        return None
    proj = projection(points)
    markers = [
        MapMarker(n, *proj.xy(point), label=str(place.display_name)) for n, place, point in located
    ]
    return markers, (proj.xy(origin) if origin is not None else None), proj
